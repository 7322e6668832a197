//! Status and severity shown as GOV.UK tags, coloured by urgency.

use crate::domain::{Severity, Status, TaskStatus};
use crate::ui::components::{Tag, TaskListStatus};
use leptos::prelude::*;

pub fn status_tag(status: Status) -> impl IntoView {
    let classes = match status {
        Status::Triage => "govuk-tag--purple",
        Status::Active => "govuk-tag--red",
        Status::Mitigated => "govuk-tag--orange",
        Status::Resolved => "govuk-tag--green",
        Status::Reviewed => "govuk-tag--turquoise",
        Status::Closed | Status::NotAnIncident => "govuk-tag--grey",
    };
    view! { <Tag text=status.label() classes /> }
}

/// “Security” beside a security incident's status, wherever it is listed.
pub fn security_tag(security: bool) -> impl IntoView {
    security.then(|| view! { " " <Tag text="Security" classes="govuk-tag--pink" /> })
}

pub fn severity_tag(severity: Option<Severity>) -> impl IntoView {
    let (text, classes) = match severity {
        Some(Severity::P1) => ("P1", "govuk-tag--red"),
        Some(Severity::P2) => ("P2", "govuk-tag--orange"),
        Some(Severity::P3) => ("P3", "govuk-tag--yellow"),
        Some(Severity::P4) => ("P4", "govuk-tag--blue"),
        None => ("Severity not set", "govuk-tag--grey"),
    };
    view! { <Tag text classes /> }
}

/// A task's status as the GOV.UK task list pattern shows it: finished tasks
/// and those that cannot start yet in plain text, the rest as tags.
pub fn task_status(status: TaskStatus) -> TaskListStatus {
    let tag = match status {
        TaskStatus::NotStarted => Some("govuk-tag--blue"),
        TaskStatus::InProgress => Some("govuk-tag--light-blue"),
        TaskStatus::Completed | TaskStatus::NotNeeded | TaskStatus::CannotStartYet => None,
    };
    let classes = match status {
        TaskStatus::CannotStartYet => "govuk-task-list__status--cannot-start-yet",
        _ => "",
    };
    TaskListStatus {
        text: status.label().to_owned(),
        tag_classes: tag.map(str::to_owned),
        classes: classes.to_owned(),
    }
}
