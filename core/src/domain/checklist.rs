//! The response checklist: the process's steps in order, each with a status
//! derived from the incident wherever the incident can tell, and from an
//! explicit record only where it cannot (a message was posted, say).

use super::comms::{MessageKind, Round};
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
    TellTeamMitigated,
    InformStakeholdersMitigated,
    TellUsersMitigated,
    ConfirmResolved,
    TellTeamResolved,
    InformStakeholdersResolved,
    TellUsersResolved,
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
    pub const ALL: [Task; 17] = [
        Task::TellTeam,
        Task::FormTeam,
        Task::StartReport,
        Task::DecideSeverity,
        Task::InformStakeholders,
        Task::DecideUserComms,
        Task::Tackle,
        Task::TellTeamMitigated,
        Task::InformStakeholdersMitigated,
        Task::TellUsersMitigated,
        Task::ConfirmResolved,
        Task::TellTeamResolved,
        Task::InformStakeholdersResolved,
        Task::TellUsersResolved,
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
            Task::TellTeamMitigated => "Tell the team it is mitigated",
            Task::InformStakeholdersMitigated => "Tell stakeholders it is mitigated",
            Task::TellUsersMitigated => "Tell users it is mitigated",
            Task::ConfirmResolved => "Confirm it is resolved",
            Task::TellTeamResolved => "Tell the team it is resolved",
            Task::InformStakeholdersResolved => "Tell stakeholders it is resolved",
            Task::TellUsersResolved => "Tell users it is resolved",
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
            _ => self.round().map(|(kind, _)| kind),
        }
    }

    /// The final messages: to whom, and in which round.
    pub fn round(self) -> Option<(MessageKind, Round)> {
        use MessageKind::*;
        match self {
            Task::TellTeamMitigated => Some((TeamAlert, Round::Mitigated)),
            Task::InformStakeholdersMitigated => Some((StakeholderEmail, Round::Mitigated)),
            Task::TellUsersMitigated => Some((UserMessage, Round::Mitigated)),
            Task::TellTeamResolved => Some((TeamAlert, Round::Resolved)),
            Task::InformStakeholdersResolved => Some((StakeholderEmail, Round::Resolved)),
            Task::TellUsersResolved => Some((UserMessage, Round::Resolved)),
            _ => None,
        }
    }

    /// Whether the incident has this task at all: a final message is owed
    /// only in its round, and only to people told before.
    pub fn applies(self, incident: &Incident) -> bool {
        match self.round() {
            Some((kind, round)) => {
                Round::of(incident.status) == Some(round) && incident.has_sent(kind)
            }
            None => true,
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

/// The whole checklist, in order: the tasks this incident has.
pub fn checklist(incident: &Incident, playbook: &Playbook) -> Vec<(Task, TaskStatus)> {
    Task::ALL
        .into_iter()
        .filter(|task| task.applies(incident))
        .map(|task| (task, task_status(incident, playbook, task)))
        .collect()
}

/// What to do next: the first task not started yet, or else the first
/// still in progress (tackling it, say, which goes on for a while).
pub fn next_task(incident: &Incident, playbook: &Playbook) -> Option<Task> {
    let list = checklist(incident, playbook);
    let first = |wanted: TaskStatus| list.iter().find(|(_, s)| *s == wanted).map(|(t, _)| *t);
    first(TaskStatus::NotStarted).or_else(|| first(TaskStatus::InProgress))
}

pub fn task_status(incident: &Incident, playbook: &Playbook, task: Task) -> TaskStatus {
    use TaskStatus::*;
    let done_if = |done: bool| if done { Completed } else { NotStarted };
    let resolved = matches!(
        incident.status,
        Status::Resolved | Status::Reviewed | Status::Closed
    );
    let skipped = incident.skipped_tasks.iter().any(|s| s.task == task);
    if let Some((kind, round)) = task.round() {
        let (told, owed) = incident.told_in_round(kind, round);
        return match told {
            _ if told == owed => Completed,
            _ if skipped => NotNeeded,
            0 => NotStarted,
            _ => InProgress,
        };
    }
    match task {
        // Done by sending the message, or marked as not needed with a reason.
        Task::TellTeam | Task::InformStakeholders => {
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
        // Dealt with above.
        Task::TellTeamMitigated
        | Task::InformStakeholdersMitigated
        | Task::TellUsersMitigated
        | Task::TellTeamResolved
        | Task::InformStakeholdersResolved
        | Task::TellUsersResolved => NotStarted,
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
