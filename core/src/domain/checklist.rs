//! The response checklist: the process's steps in order, each with a status
//! derived from the incident wherever the incident can tell, and from an
//! explicit record only where it cannot (a message was posted, say).

use super::comms::{MessageKind, Round};
use super::incident::Incident;
use super::playbook::Playbook;
use super::role::Role;
use super::status::Status;
use super::task::{Task, TaskStatus};

impl Task {
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
