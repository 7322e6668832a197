//! The incident's details: title, summary, impact, services, start, security.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::{Context, Declaration, DetailsEdit};
use crate::domain::detection::Detection;
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::moment::MomentProblem;
use crate::domain::text::{clock, date};
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::{optional, required};
use crate::domain::validate::{TEXT_MAX, TITLE_MAX};
use chrono::{DateTime, Utc};

impl Incident {
    pub(in crate::domain) fn edit_details(&mut self, edit: DetailsEdit, ctx: &Context) -> Outcome {
        invalid_if_any(declaration_problems(&edit, ctx.now))?;
        let edit = tidy(edit);
        let text = describe_change(&self.details, &edit).ok_or(CommandError::NothingChanged)?;
        self.details = edit;
        Ok(Recorded::new(EntryKind::DetailsChange, text))
    }
}

/// Problems with a title and summary, in form order.
pub(crate) fn text_problems(title: &str, summary: &str) -> Vec<FieldError> {
    [
        required(title, FieldError::TitleMissing, Field::Title, TITLE_MAX),
        required(
            summary,
            FieldError::SummaryMissing,
            Field::Summary,
            TEXT_MAX,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Problems with the written details, in form order.
pub(crate) fn details_problems(details: &Declaration) -> Vec<FieldError> {
    let mut problems = text_problems(&details.title, &details.summary);
    let detection_note = if details.detection == Some(Detection::Other) {
        required(
            &details.detection_note,
            FieldError::DetectionNoteMissing,
            Field::DetectionNote,
            TEXT_MAX,
        )
    } else {
        optional(&details.detection_note, Field::DetectionNote, TEXT_MAX)
    };
    problems.extend(
        [
            optional(&details.impact, Field::Impact, TEXT_MAX),
            optional(
                &details.departmental_impact,
                Field::DepartmentalImpact,
                TEXT_MAX,
            ),
            optional(
                &details.services_affected,
                Field::ServicesAffected,
                TEXT_MAX,
            ),
            detection_note,
        ]
        .into_iter()
        .flatten(),
    );
    problems
}

pub(super) fn declaration_problems(
    declaration: &Declaration,
    now: DateTime<Utc>,
) -> Vec<FieldError> {
    let mut problems = details_problems(declaration);
    if declaration.started_at > now {
        problems.push(FieldError::StartedAt(MomentProblem::InTheFuture));
    }
    problems
}

pub(super) fn tidy(declaration: Declaration) -> Declaration {
    Declaration {
        title: declaration.title.clean(),
        summary: declaration.summary.clean(),
        impact: declaration.impact.clean(),
        services_affected: declaration.services_affected.clean(),
        departmental_impact: declaration.departmental_impact.clean(),
        detection_note: declaration.detection_note.clean(),
        ..declaration
    }
}

/// How the team found out, in words: “A user told us: by email”.
pub fn describe_detection(details: &Declaration) -> String {
    let label = details.detection.map_or("Not recorded", Detection::label);
    if details.detection_note.is_empty() {
        label.to_owned()
    } else {
        format!("{label}: {}", details.detection_note)
    }
}

/// One sentence per changed field, keeping the old values on the timeline.
fn describe_change(old: &Declaration, new: &Declaration) -> Option<String> {
    let mut changes = Vec::new();
    if old.title != new.title {
        changes.push(format!(
            "Title changed from “{}” to “{}”.",
            old.title, new.title
        ));
    }
    let texts = [
        ("Summary", &old.summary, &new.summary),
        ("Impact on users", &old.impact, &new.impact),
        (
            "Impact on the department",
            &old.departmental_impact,
            &new.departmental_impact,
        ),
        (
            "Services affected",
            &old.services_affected,
            &new.services_affected,
        ),
    ];
    for (name, old, new) in texts {
        if old != new {
            changes.push(match old.is_empty() {
                true => format!("{name} added."),
                false => format!("{name} changed. It was: “{old}”"),
            });
        }
    }
    if old.started_at != new.started_at {
        let utc = |at: DateTime<Utc>| {
            let at = at.naive_utc();
            format!("{} {}", date(at), clock(at))
        };
        changes.push(format!(
            "Start time changed from {} to {} (UTC).",
            utc(old.started_at),
            utc(new.started_at)
        ));
    }
    if (old.detection, &old.detection_note) != (new.detection, &new.detection_note) {
        let how = describe_detection(new);
        changes.push(format!("How we found out: {how}."));
    }
    if old.security_related != new.security_related {
        let now = if new.security_related {
            "security related"
        } else {
            "not security related"
        };
        changes.push(format!("Marked as {now}."));
    }
    (!changes.is_empty()).then(|| changes.join(" "))
}
