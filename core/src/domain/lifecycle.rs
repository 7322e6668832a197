//! What an incident still needs before it can be reviewed or closed, and what
//! its report still lacks. The status rules and the pages read the same lists.

use super::checklist::task_status;
use super::ids::{fnv1a, ItemId};
use super::incident::Incident;
use super::missing::{describe, Missing};
use super::playbook::Playbook;
use super::role::Role;
use super::status::Status;
use super::task::Task;
use super::text::lower_first;
use super::timeline::{EntryKind, MergedValue, TimelineEntry};

/// Reviewed needs the severity (decided before the review at the latest), the
/// review's date and root cause, and actions or the reason there are none.
pub fn missing_for_review(incident: &Incident) -> Vec<Missing> {
    let review = &incident.review;
    let mut missing = Vec::new();
    if incident.severity.is_none() {
        missing.push(Missing::Severity);
    }
    if review.held_at.is_none() {
        missing.push(Missing::ReviewDate);
    }
    if review.root_cause.is_empty() {
        missing.push(Missing::RootCause);
    }
    if incident.actions.is_empty() && review.no_actions_reason.is_empty() {
        missing.push(Missing::ActionsOrReason);
    }
    missing
}

/// Closed needs every action tracked and the long tail settled.
pub fn missing_to_close(incident: &Incident) -> Vec<Missing> {
    let mut missing = Vec::new();
    let unfiled = incident.actions.iter().filter(|a| !a.is_filed()).count();
    if unfiled > 0 {
        missing.push(Missing::UnfiledActions(unfiled));
    }
    let open = incident
        .long_tail
        .iter()
        .filter(|i| !i.is_settled())
        .count();
    if open > 0 {
        missing.push(Missing::OpenLongTail(open));
    }
    missing
}

/// What being in `status` needs that the incident lacks: the lifecycle's
/// rules, which the commands keep and merging checks again.
pub fn missing_for_status(incident: &Incident, status: Status) -> Vec<Missing> {
    let mut missing = Vec::new();
    if matches!(status, Status::Resolved | Status::Reviewed | Status::Closed)
        && incident.resolution.is_none()
    {
        missing.push(Missing::Resolution);
    }
    if matches!(status, Status::Reviewed | Status::Closed) {
        missing.extend(missing_for_review(incident));
    }
    if status == Status::Closed {
        missing.extend(missing_to_close(incident));
    }
    missing
}

/// Which field the timeline entry explaining a held-back status names.
const HELD_BACK: &str = "status:held";

impl Incident {
    /// Takes the status it was last moved to if that status's rules hold,
    /// or else the latest status before it whose rules do, holding the
    /// other back until they hold; a timeline entry says why. Returns the
    /// move, if the status changed.
    pub fn settle_status(&mut self) -> Option<(Status, Status)> {
        let wanted = self.wanted_status();
        let mut status = wanted;
        let mut missing = missing_for_status(self, status);
        let reason = describe(&missing);
        while !missing.is_empty() {
            status = match status {
                Status::Closed => Status::Reviewed,
                Status::Reviewed => Status::Resolved,
                _ => Status::Active,
            };
            missing = missing_for_status(self, status);
        }
        let from = self.status;
        self.status = status;
        self.status_held_back = (status != wanted).then_some(wanted);
        self.timeline
            .retain(|e| e.merged.as_ref().is_none_or(|m| m.field != HELD_BACK));
        if status != wanted {
            let text = format!(
                "Another copy of this incident moved it to {wanted}, but it cannot be {} here yet: {reason}. It stays {status} until then.",
                lower_first(wanted.label())
            );
            let at = self
                .stamp_of("status")
                .and_then(|stamp| stamp.at())
                .unwrap_or(self.declared_at);
            self.insert_entry(TimelineEntry {
                id: ItemId::derived("held", fnv1a(&text)),
                occurred_at: at,
                recorded_at: at,
                author: "Incident Desk".to_owned(),
                kind: EntryKind::Merged,
                text,
                previous_versions: Vec::new(),
                merged: Some(MergedValue {
                    field: HELD_BACK.to_owned(),
                    value: wanted.label().to_owned(),
                    stamp: None,
                }),
                stamp: None,
            });
        }
        (from != status).then_some((from, status))
    }
}

/// Something the report lacks, and the task whose page fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    pub text: &'static str,
    pub task: Task,
}

/// What the report still lacks for the review, and after it.
pub fn report_gaps(incident: &Incident, playbook: &Playbook) -> Vec<Gap> {
    let gap = |text, task| Gap { text, task };
    let mut gaps = Vec::new();
    if incident.severity.is_none() {
        gaps.push(gap("The severity", Task::DecideSeverity));
    }
    if incident.details.impact.is_empty() {
        gaps.push(gap("The impact on users", Task::StartReport));
    }
    if Role::REQUIRED
        .iter()
        .any(|role| incident.holder(role).is_none())
    {
        gaps.push(gap("An incident lead and a comms lead", Task::FormTeam));
    }
    if incident.resolution.is_none() {
        gaps.push(gap("When and how it was resolved", Task::ConfirmResolved));
    }
    if incident
        .timeline
        .iter()
        .all(|entry| entry.kind.is_automatic())
    {
        gaps.push(gap(
            "At least one timeline entry on what happened",
            Task::Tackle,
        ));
    }
    if !task_status(incident, playbook, Task::InformStakeholders).is_finished() {
        gaps.push(gap(
            "Stakeholders informed, or why not",
            Task::InformStakeholders,
        ));
    }
    if incident.user_comms.is_none() {
        gaps.push(gap("The decision on telling users", Task::DecideUserComms));
    }
    if incident.review.held_at.is_some() {
        if incident.review.root_cause.is_empty() {
            gaps.push(gap("The root cause", Task::HoldReview));
        }
        if incident.actions.is_empty() && incident.review.no_actions_reason.is_empty() {
            gaps.push(gap("Actions, or why none are needed", Task::FileActions));
        }
    }
    gaps
}
