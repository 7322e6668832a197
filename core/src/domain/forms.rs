//! Turning what a person typed into a command, reporting every problem at once
//! (GOV.UK forms list all errors together). The rules are the ones `apply` uses.

use super::actions::{ActionArea, ActionDraft, ActionKind};
use super::command::{Command, Declaration};
use super::commands::{
    action_problems, details_problems, not_an_incident_problems, note_problems,
    resolution_problems, review_problems, user_comms_problems,
};
use super::comms::UserCommsAnswers;
use super::detection::Detection;
use super::error::{Field, FieldError};
use super::moment::{DateParts, DateTimeParts, MomentProblem};
use super::review::{Review, RootCauseCategory};
use super::timeline::NoteKind;
use super::triage::{TriageAnswers, TriageSignal, Urgency};
use super::validate::{optional, required, TEXT_MAX};
use super::zone::ZoneRules;
use crate::domain::tidy::Tidy;
use chrono::{DateTime, Utc};

/// The declare and change-details forms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetailsForm {
    pub title: String,
    pub summary: String,
    pub impact: String,
    pub departmental_impact: String,
    pub services_affected: String,
    pub started: DateTimeParts,
    /// `None` until the person picks yes or no: never assumed.
    pub security_related: Option<bool>,
    pub detection: Option<Detection>,
    pub detection_note: String,
}

impl DetailsForm {
    pub fn from_declaration(details: &Declaration, tz: &dyn ZoneRules) -> Self {
        Self {
            title: details.title.clone(),
            summary: details.summary.clone(),
            impact: details.impact.clone(),
            departmental_impact: details.departmental_impact.clone(),
            services_affected: details.services_affected.clone(),
            started: DateTimeParts::from_moment(details.started_at, tz),
            security_related: Some(details.security_related),
            detection: details.detection,
            detection_note: details.detection_note.clone(),
        }
    }

    pub fn to_declaration(
        &self,
        tz: &dyn ZoneRules,
        now: DateTime<Utc>,
    ) -> Result<Declaration, Vec<FieldError>> {
        let started = self.started.parse(tz, now).map_err(FieldError::StartedAt);
        let details = Declaration {
            title: self.title.clone(),
            summary: self.summary.clone(),
            impact: self.impact.clone(),
            departmental_impact: self.departmental_impact.clone(),
            services_affected: self.services_affected.clone(),
            started_at: started.clone().unwrap_or(now),
            security_related: self.security_related.unwrap_or(false),
            detection: self.detection,
            detection_note: self.detection_note.clone(),
        };
        let mut problems = details_problems(&details);
        // In form order: the start and the security question come after the texts.
        let texts_end = problems
            .iter()
            .position(|p| p.field() == Field::DetectionNote)
            .unwrap_or(problems.len());
        let mut later = Vec::new();
        if let Err(problem) = &started {
            later.push(problem.clone());
        }
        if self.security_related.is_none() {
            later.push(FieldError::SecurityNotChosen);
        }
        problems.splice(texts_end..texts_end, later);
        if problems.is_empty() {
            Ok(details)
        } else {
            Err(problems)
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
    pub fn to_command(
        &self,
        tz: &dyn ZoneRules,
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

/// “Is this an incident?”: the signals ticked and whether it can wait.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TriageForm {
    pub signals: Vec<TriageSignal>,
    pub urgency: Option<Urgency>,
}

impl TriageForm {
    pub fn to_answers(&self) -> Result<TriageAnswers, Vec<FieldError>> {
        match self.urgency {
            Some(urgency) => Ok(TriageAnswers::new(self.signals.iter().copied(), urgency)),
            None => Err(vec![FieldError::UrgencyNotChosen]),
        }
    }
}

/// Keeping a triage as “not an incident”.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotAnIncidentForm {
    pub title: String,
    pub summary: String,
    pub reason: String,
}

impl NotAnIncidentForm {
    /// Every problem, in form order: the rules the command applies.
    pub fn problems(&self) -> Vec<FieldError> {
        not_an_incident_problems(&self.title, &self.summary, &self.reason)
    }
}

/// “Has the main harm to users been removed?”, and what removed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolveForm {
    pub harm_removed: Option<bool>,
    pub how: String,
}

impl ResolveForm {
    pub fn to_command(&self) -> Result<Command, Vec<FieldError>> {
        match self.harm_removed {
            None => Err(vec![FieldError::HarmRemovedNotChosen]),
            Some(false) => Err(vec![FieldError::HarmNotRemoved]),
            Some(true) => match resolution_problems(&self.how) {
                problems if !problems.is_empty() => Err(problems),
                _ => Ok(Command::Resolve {
                    how: self.how.clone(),
                }),
            },
        }
    }
}

/// The decision on telling users.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserCommsForm {
    pub answers: UserCommsAnswers,
    pub tell_users: Option<bool>,
    pub reason: String,
    pub what_users_should_do: String,
    pub what_users_need_to_know: String,
}

impl UserCommsForm {
    pub fn to_command(&self) -> Result<Command, Vec<FieldError>> {
        let Some(tell_users) = self.tell_users else {
            return Err(vec![FieldError::TellUsersNotChosen]);
        };
        let problems = user_comms_problems(
            tell_users,
            &self.reason,
            &self.what_users_should_do,
            &self.what_users_need_to_know,
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Command::DecideUserComms {
            answers: self.answers,
            tell_users,
            reason: self.reason.clone(),
            what_users_should_do: self.what_users_should_do.clone(),
            what_users_need_to_know: self.what_users_need_to_know.clone(),
        })
    }
}

/// A handover note, for when the person working on it stops: out of hours,
/// or at the end of their day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandoverForm {
    pub known: String,
    pub tried: String,
    pub next: String,
    pub pickup: String,
}

impl HandoverForm {
    pub fn to_command(&self) -> Result<Command, Vec<FieldError>> {
        // Four parts that together still fit in one note.
        const PART_MAX: usize = TEXT_MAX / 4 - 50;
        let parts = [
            (&self.known, Field::HandoverKnown, None),
            (&self.tried, Field::HandoverTried, None),
            (
                &self.next,
                Field::HandoverNext,
                Some(FieldError::HandoverNextMissing),
            ),
            (
                &self.pickup,
                Field::HandoverPickup,
                Some(FieldError::HandoverPickupMissing),
            ),
        ];
        let problems: Vec<FieldError> = parts
            .iter()
            .filter_map(|(text, field, missing)| match missing {
                Some(missing) => required(text, missing.clone(), *field, PART_MAX),
                None => optional(text, *field, PART_MAX),
            })
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let text = parts
            .iter()
            .filter(|(text, _, _)| !text.tidy().is_empty())
            .map(|(text, field, _)| format!("{}: {}", field.name(), text.clean()))
            .collect::<Vec<_>>()
            .join("\n");
        Ok(Command::AddNote {
            kind: NoteKind::HandoverNote,
            text,
            occurred_at: None,
        })
    }
}

/// The review form: dates and lists as typed, read into a [`Review`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewForm {
    /// All boxes empty means the review has not been held yet.
    pub held: DateTimeParts,
    pub organiser: String,
    /// One name per line.
    pub attendees: String,
    pub summary: String,
    pub root_cause: String,
    pub trigger: String,
    pub categories: Vec<RootCauseCategory>,
    pub other_category: String,
    pub contributing_factors: String,
    pub went_well: String,
    pub went_badly: String,
    pub lucky: String,
    pub recommendations: String,
    pub no_actions_reason: String,
    /// The playbook's standing actions ticked as considered.
    pub standing_actions: Vec<String>,
}

impl ReviewForm {
    pub fn from_review(review: &Review, tz: &dyn ZoneRules) -> Self {
        Self {
            held: review
                .held_at
                .map(|at| DateTimeParts::from_moment(at, tz))
                .unwrap_or_default(),
            organiser: review.organiser.clone(),
            attendees: review.attendees.join("\n"),
            summary: review.summary.clone(),
            root_cause: review.root_cause.clone(),
            trigger: review.trigger.clone(),
            categories: review.categories.clone(),
            other_category: review.other_category.clone(),
            contributing_factors: review.contributing_factors.clone(),
            went_well: review.went_well.clone(),
            went_badly: review.went_badly.clone(),
            lucky: review.lucky.clone(),
            recommendations: review.recommendations.clone(),
            no_actions_reason: review.no_actions_reason.clone(),
            standing_actions: review.standing_actions.clone(),
        }
    }

    pub fn to_command(
        &self,
        tz: &dyn ZoneRules,
        now: DateTime<Utc>,
    ) -> Result<Command, Vec<FieldError>> {
        let held_at = match self.held.parse(tz, now) {
            Ok(at) => Ok(Some(at)),
            Err(MomentProblem::Empty) => Ok(None),
            Err(problem) => Err(FieldError::ReviewHeldAt(problem)),
        };
        let review = Review {
            held_at: held_at.clone().unwrap_or(None),
            organiser: self.organiser.clone(),
            attendees: self.attendees.lines().map(str::to_owned).collect(),
            summary: self.summary.clone(),
            root_cause: self.root_cause.clone(),
            trigger: self.trigger.clone(),
            categories: self.categories.clone(),
            other_category: self.other_category.clone(),
            contributing_factors: self.contributing_factors.clone(),
            went_well: self.went_well.clone(),
            went_badly: self.went_badly.clone(),
            lucky: self.lucky.clone(),
            recommendations: self.recommendations.clone(),
            no_actions_reason: self.no_actions_reason.clone(),
            standing_actions: self.standing_actions.clone(),
        };
        let mut problems: Vec<FieldError> = held_at.err().into_iter().collect();
        problems.extend(review_problems(&review, now));
        if problems.is_empty() {
            Ok(Command::RecordReview(review))
        } else {
            Err(problems)
        }
    }
}

/// An action, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionForm {
    pub title: String,
    pub detail: String,
    pub owner: String,
    pub due: DateParts,
    pub kind: Option<ActionKind>,
    pub area: Option<ActionArea>,
    pub repository: String,
}

impl ActionForm {
    pub fn from_draft(draft: &ActionDraft) -> Self {
        Self {
            title: draft.title.clone(),
            detail: draft.detail.clone(),
            owner: draft.owner.clone(),
            due: DateParts::from_date(draft.due),
            kind: Some(draft.kind),
            area: Some(draft.area),
            repository: draft.repository.clone(),
        }
    }

    pub fn to_draft(&self) -> Result<ActionDraft, Vec<FieldError>> {
        let due = self.due.parse();
        let draft = ActionDraft {
            title: self.title.clone(),
            detail: self.detail.clone(),
            owner: self.owner.clone(),
            due: due.clone().unwrap_or_default(),
            kind: self.kind.unwrap_or(ActionKind::Prevent),
            area: self.area.unwrap_or(ActionArea::Other),
            repository: self.repository.clone(),
        };
        let mut problems = action_problems(&draft);
        // In form order: the due date, kind and area come before the repository.
        let at = problems
            .iter()
            .position(|p| p.field() == Field::ActionRepository)
            .unwrap_or(problems.len());
        let choices = [
            due.err().map(FieldError::ActionDue),
            self.kind
                .is_none()
                .then_some(FieldError::ActionKindNotChosen),
            self.area
                .is_none()
                .then_some(FieldError::ActionAreaNotChosen),
        ];
        problems.splice(at..at, choices.into_iter().flatten());
        if problems.is_empty() {
            Ok(draft)
        } else {
            Err(problems)
        }
    }
}
