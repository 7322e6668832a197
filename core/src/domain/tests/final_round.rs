//! The final round of messages: once mitigated and once resolved, to
//! everyone told before, each completed by sending it or marked as not
//! needed with a reason.
use super::*;
use TaskStatus::*;

const GDS_SLACK: &str = "#govuk-design-system on the GDS Slack";
const X_GOV_SLACK: &str = "#govuk-design-system on the cross-government Slack";

fn said(kind: MessageKind, channel: &str, text: &str) -> Command {
    Command::RecordMessageSent {
        kind,
        channel: channel.into(),
        text: text.into(),
    }
}

/// Told the team and stakeholders, and users on one channel of two.
fn told() -> Incident {
    with(
        declared(),
        [
            severity(Severity::P3),
            sent(MessageKind::TeamAlert, "#team"),
            sent(MessageKind::StakeholderEmail, "dsp"),
            telling_users().to_command().unwrap(),
            sent(MessageKind::UserMessage, GDS_SLACK),
        ],
    )
}

fn mitigate() -> Command {
    Command::ChangeStatus {
        to: Status::Mitigated,
    }
}

fn resolve() -> Command {
    Command::Resolve {
        how: "Restored the health check".into(),
    }
}

fn tasks(incident: &Incident) -> Vec<(Task, TaskStatus)> {
    checklist(incident, &playbook())
        .into_iter()
        .filter(|(task, _)| task.round().is_some())
        .collect()
}

#[test]
fn there_is_no_final_round_while_the_incident_is_active() {
    assert_eq!(tasks(&told()), []);
}

#[test]
fn mitigating_asks_to_tell_everyone_told_before_and_no_one_else() {
    let mitigated = with(told(), [mitigate()]);
    assert_eq!(
        tasks(&mitigated),
        [
            (Task::TellTeamMitigated, NotStarted),
            (Task::InformStakeholdersMitigated, NotStarted),
            (Task::TellUsersMitigated, NotStarted),
        ]
    );
    // Nobody was emailed or told among users: only the team hears again.
    let team_only = with(
        declared(),
        [sent(MessageKind::TeamAlert, "#team"), mitigate()],
    );
    assert_eq!(tasks(&team_only), [(Task::TellTeamMitigated, NotStarted)]);
}

#[test]
fn a_message_sent_before_the_round_does_not_count_for_it() {
    let mitigated = with(told(), [sent(MessageKind::TeamAlert, "#team"), mitigate()]);
    assert_eq!(status_of(&mitigated, Task::TellTeamMitigated), NotStarted);
    let told_again = with(mitigated, [sent(MessageKind::TeamAlert, "#team")]);
    assert_eq!(status_of(&told_again, Task::TellTeamMitigated), Completed);
}

#[test]
fn resolving_brings_its_own_round_even_after_the_mitigated_one() {
    let resolved = with(
        told(),
        [mitigate(), sent(MessageKind::TeamAlert, "#team"), resolve()],
    );
    let list = tasks(&resolved);
    assert_eq!(list[0], (Task::TellTeamResolved, NotStarted));
    assert!(list
        .iter()
        .all(|(task, _)| task.title().ends_with("it is resolved")));
    let done = with(resolved, [sent(MessageKind::TeamAlert, "#team")]);
    assert_eq!(status_of(&done, Task::TellTeamResolved), Completed);
}

#[test]
fn users_hear_the_final_message_on_every_channel_they_were_told_on() {
    let incident = with(
        told(),
        [sent(MessageKind::UserMessage, X_GOV_SLACK), resolve()],
    );
    assert_eq!(status_of(&incident, Task::TellUsersResolved), NotStarted);
    let one = with(incident, [sent(MessageKind::UserMessage, GDS_SLACK)]);
    assert_eq!(status_of(&one, Task::TellUsersResolved), InProgress);
    let both = with(one, [sent(MessageKind::UserMessage, X_GOV_SLACK)]);
    assert_eq!(status_of(&both, Task::TellUsersResolved), Completed);
}

#[test]
fn a_final_message_can_be_marked_as_not_needed_with_a_reason_only_in_its_round() {
    let skip = Command::SkipTask {
        task: Task::InformStakeholdersResolved,
        reason: "SMT were in the call when it was fixed".into(),
    };
    assert_eq!(
        refused(&told(), skip.clone()),
        CommandError::TaskNotDue(Task::InformStakeholdersResolved)
    );
    let resolved = with(told(), [resolve(), skip.clone()]);
    assert_eq!(
        status_of(&resolved, Task::InformStakeholdersResolved),
        NotNeeded
    );
    assert_eq!(
        refused(&resolved, skip),
        CommandError::TaskAlreadyDone(Task::InformStakeholdersResolved)
    );
}

#[test]
fn what_a_message_said_is_kept_with_it_and_on_the_timeline() {
    let incident = with(
        told(),
        [
            resolve(),
            said(
                MessageKind::TeamAlert,
                "#team",
                "Resolved: the website is back.",
            ),
        ],
    );
    let message = incident.communications.last().unwrap();
    assert_eq!(message.text, "Resolved: the website is back.");
    assert_eq!(message.status, Some(Status::Resolved));
    assert_eq!(
        last_entry(&incident).text,
        "Posted an update to the team in #team.\n\nResolved: the website is back."
    );
    let too_long = said(MessageKind::TeamAlert, "#team", &"x".repeat(TEXT_MAX + 1));
    assert_eq!(refused(&incident, too_long), CommandError::MessageTooLong);
}

#[test]
fn after_a_message_the_next_task_is_the_first_one_not_started() {
    let resolved = with(told(), [resolve()]);
    assert_eq!(next_task(&resolved, &playbook()), Some(Task::FormTeam));
    let fresh = declared();
    assert_eq!(next_task(&fresh, &playbook()), Some(Task::TellTeam));
}

fn status_of(incident: &Incident, task: Task) -> TaskStatus {
    task_status(incident, &playbook(), task)
}
