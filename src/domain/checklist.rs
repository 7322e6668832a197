//! The response checklist: the process's steps in order, each with a status
//! derived from the incident wherever the incident can tell, and from an
//! explicit record only where it cannot (a message was posted, say).

use super::comms::MessageKind;
use super::incident::Incident;
use super::playbook::Playbook;
use super::role::Role;
use super::status::Status;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    TellTeam,
    FormTeam,
    StartReport,
    DecideSeverity,
    InformStakeholders,
    DecideUserComms,
    Tackle,
    ConfirmResolved,
    HoldReview,
    FileActions,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskStatus {
    /// Waits for an earlier step, such as the review for resolving.
    CannotStartYet,
    NotStarted,
    InProgress,
    Completed,
    NotNeeded,
}

/// A task someone marked as not needed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkippedTask {
    pub task: Task,
    pub reason: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

impl Task {
    /// The response, then what comes after it, in the order the process takes them.
    pub const ALL: [Task; 11] = [
        Task::TellTeam,
        Task::FormTeam,
        Task::StartReport,
        Task::DecideSeverity,
        Task::InformStakeholders,
        Task::DecideUserComms,
        Task::Tackle,
        Task::ConfirmResolved,
        Task::HoldReview,
        Task::FileActions,
        Task::Close,
    ];

    /// After the incident: the review, its actions, and closing.
    pub fn is_after_the_incident(self) -> bool {
        matches!(self, Task::HoldReview | Task::FileActions | Task::Close)
    }

    pub fn title(self) -> &'static str {
        match self {
            Task::TellTeam => "Tell the team",
            Task::FormTeam => "Form the incident team",
            Task::StartReport => "Start the report",
            Task::DecideSeverity => "Decide severity",
            Task::InformStakeholders => "Inform stakeholders",
            Task::DecideUserComms => "Decide whether to tell users",
            Task::Tackle => "Tackle it and keep people updated",
            Task::ConfirmResolved => "Confirm it is resolved",
            Task::HoldReview => "Hold the incident review",
            Task::FileActions => "Turn actions into GitHub issues",
            Task::Close => "Close the incident",
        }
    }

    /// The message that completes a task a person may also mark as not
    /// needed, with a reason. The other tasks are done by doing them.
    pub fn skippable_message(self) -> Option<MessageKind> {
        match self {
            Task::TellTeam => Some(MessageKind::TeamAlert),
            Task::InformStakeholders => Some(MessageKind::StakeholderEmail),
            _ => None,
        }
    }
}

impl TaskStatus {
    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::CannotStartYet => "Cannot start yet",
            TaskStatus::NotStarted => "Not yet started",
            TaskStatus::InProgress => "In progress",
            TaskStatus::Completed => "Completed",
            TaskStatus::NotNeeded => "Not needed",
        }
    }

    /// Done, one way or the other.
    pub fn is_finished(self) -> bool {
        matches!(self, TaskStatus::Completed | TaskStatus::NotNeeded)
    }
}

/// The whole checklist, in order.
pub fn checklist(incident: &Incident, playbook: &Playbook) -> Vec<(Task, TaskStatus)> {
    Task::ALL
        .into_iter()
        .map(|task| (task, task_status(incident, playbook, task)))
        .collect()
}

pub fn task_status(incident: &Incident, playbook: &Playbook, task: Task) -> TaskStatus {
    use TaskStatus::*;
    let done_if = |done: bool| if done { Completed } else { NotStarted };
    let resolved = matches!(
        incident.status,
        Status::Resolved | Status::Reviewed | Status::Closed
    );
    match task {
        // Done by sending the message, or marked as not needed with a reason.
        Task::TellTeam | Task::InformStakeholders => {
            let skipped = incident.skipped_tasks.iter().any(|s| s.task == task);
            match task.skippable_message().map(|kind| incident.has_sent(kind)) {
                Some(true) => Completed,
                _ if skipped => NotNeeded,
                _ => NotStarted,
            }
        }
        Task::FormTeam => match Role::REQUIRED
            .iter()
            .filter(|role| incident.holder(role).is_some())
            .count()
        {
            0 => NotStarted,
            1 => InProgress,
            _ => Completed,
        },
        // Declaring gives a title and summary; the report needs impact and services too.
        Task::StartReport => {
            let details = &incident.details;
            if details.impact.is_empty() || details.services_affected.is_empty() {
                InProgress
            } else {
                Completed
            }
        }
        Task::DecideSeverity => done_if(incident.severity.is_some()),
        Task::DecideUserComms => match &incident.user_comms {
            None => NotStarted,
            Some(decision) if !decision.tell_users => Completed,
            Some(_) => {
                let posted_everywhere = playbook
                    .user_channels
                    .iter()
                    .all(|channel| incident.posted_to_users_in(&channel.label()));
                if posted_everywhere && incident.has_sent(MessageKind::UserMessage) {
                    Completed
                } else {
                    InProgress
                }
            }
        },
        Task::Tackle => {
            // Mitigated, or someone has written on the timeline.
            let worked_on = incident.status == Status::Mitigated
                || incident.timeline.iter().any(|e| !e.kind.is_automatic());
            match (resolved, worked_on) {
                (true, _) => Completed,
                (false, true) => InProgress,
                (false, false) => NotStarted,
            }
        }
        Task::ConfirmResolved => done_if(resolved),
        Task::HoldReview => match incident.status {
            Status::Reviewed | Status::Closed => Completed,
            _ if !resolved => CannotStartYet,
            _ if incident.review.is_empty() => NotStarted,
            _ => InProgress,
        },
        Task::FileActions => {
            let review = &incident.review;
            if review.held_at.is_none() {
                CannotStartYet
            } else if incident.actions.is_empty() {
                match review.no_actions_reason.is_empty() {
                    true => NotStarted,
                    false => NotNeeded,
                }
            } else if incident.actions.iter().all(|a| a.is_filed()) {
                Completed
            } else {
                InProgress
            }
        }
        Task::Close => match incident.status {
            Status::Closed => Completed,
            Status::Reviewed => NotStarted,
            _ => CannotStartYet,
        },
    }
}
