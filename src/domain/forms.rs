//! Turning what a person typed into a command, reporting every problem at once
//! (GOV.UK forms list all errors together). The rules are the ones `apply` uses.

use super::command::{Command, Declaration};
use super::error::FieldError;
use super::incident::{note_problems, summary_problem, title_problem};
use super::moment::{DateTimeParts, MomentProblem};
use super::timeline::NoteKind;
use chrono::{DateTime, TimeZone, Utc};

/// The declare and change-details forms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetailsForm {
    pub title: String,
    pub summary: String,
    pub started: DateTimeParts,
    /// `None` until the person picks yes or no: never assumed.
    pub security_related: Option<bool>,
}

impl DetailsForm {
    pub fn from_declaration<Tz: TimeZone>(details: &Declaration, tz: &Tz) -> Self
    where
        Tz::Offset: std::fmt::Display,
    {
        Self {
            title: details.title.clone(),
            summary: details.summary.clone(),
            started: DateTimeParts::from_moment(details.started_at, tz),
            security_related: Some(details.security_related),
        }
    }

    pub fn to_declaration<Tz: TimeZone>(
        &self,
        tz: &Tz,
        now: DateTime<Utc>,
    ) -> Result<Declaration, Vec<FieldError>> {
        let mut problems: Vec<FieldError> =
            [title_problem(&self.title), summary_problem(&self.summary)]
                .into_iter()
                .flatten()
                .collect();
        let started = self.started.parse(tz, now).map_err(FieldError::StartedAt);
        if let Err(problem) = &started {
            problems.push(problem.clone());
        }
        if self.security_related.is_none() {
            problems.push(FieldError::SecurityNotChosen);
        }
        match (started, self.security_related) {
            (Ok(started_at), Some(security_related)) if problems.is_empty() => Ok(Declaration {
                title: self.title.clone(),
                summary: self.summary.clone(),
                started_at,
                security_related,
            }),
            _ => Err(problems),
        }
    }
}

/// The “Add to timeline” form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteForm {
    pub kind: Option<NoteKind>,
    pub text: String,
    /// All boxes left empty means “now”.
    pub occurred: DateTimeParts,
}

impl NoteForm {
    pub fn to_command<Tz: TimeZone>(
        &self,
        tz: &Tz,
        now: DateTime<Utc>,
    ) -> Result<Command, Vec<FieldError>> {
        let mut problems = Vec::new();
        if self.kind.is_none() {
            problems.push(FieldError::NoteKindNotChosen);
        }
        problems.extend(note_problems(&self.text));
        let occurred_at = match self.occurred.parse(tz, now) {
            Ok(at) => Some(at),
            Err(MomentProblem::Empty) => None,
            Err(problem) => {
                problems.push(FieldError::OccurredAt(problem));
                None
            }
        };
        match self.kind {
            Some(kind) if problems.is_empty() => Ok(Command::AddNote {
                kind,
                text: self.text.clone(),
                occurred_at,
            }),
            _ => Err(problems),
        }
    }
}
