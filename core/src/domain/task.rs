//! The response's tasks as values: which they are, their names, and a task
//! marked as not needed. Their status comes from `checklist`.

use super::comms::{MessageKind, Round};
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
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
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
