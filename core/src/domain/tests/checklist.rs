use super::*;
use TaskStatus::*;

fn status_of(incident: &Incident, task: Task) -> TaskStatus {
    task_status(incident, &playbook(), task)
}

#[test]
fn a_new_incident_has_every_task_to_do_and_its_report_started() {
    let list = checklist(&declared(), &playbook());
    let titles: Vec<&str> = list.iter().map(|(task, _)| task.title()).collect();
    assert_eq!(
        titles,
        [
            "Tell the team",
            "Form the incident team",
            "Start the report",
            "Decide severity",
            "Inform stakeholders",
            "Decide whether to tell users",
            "Tackle it and keep people updated",
            "Confirm it is resolved",
            "Hold the incident review",
            "Turn actions into GitHub issues",
            "Close the incident",
        ]
    );
    let statuses: Vec<TaskStatus> = list.iter().map(|(_, status)| *status).collect();
    assert_eq!(
        statuses,
        [
            NotStarted,
            NotStarted,
            InProgress,
            NotStarted,
            NotStarted,
            NotStarted,
            NotStarted,
            NotStarted,
            CannotStartYet,
            CannotStartYet,
            CannotStartYet
        ]
    );
}

#[test]
fn telling_the_team_is_completed_by_recording_the_post() {
    let incident = with(declared(), [sent(MessageKind::TeamAlert, "#team")]);
    assert_eq!(status_of(&incident, Task::TellTeam), Completed);
    assert_eq!(last_entry(&incident).kind, EntryKind::MessageSent);
    assert_eq!(last_entry(&incident).text, "Told the team in #team.");
}

#[test]
fn the_team_is_formed_once_both_leads_are_assigned() {
    let one = with(declared(), [assign(Role::IncidentLead, "Ada")]);
    assert_eq!(status_of(&one, Task::FormTeam), InProgress);
    let both = with(one, [assign(Role::CommsLead, "Grace")]);
    assert_eq!(status_of(&both, Task::FormTeam), Completed);
    let extra_only = with(declared(), [assign(Role::Other("Scribe".into()), "Ken")]);
    assert_eq!(status_of(&extra_only, Task::FormTeam), NotStarted);
}

#[test]
fn the_report_is_started_once_impact_and_services_are_written() {
    let mut details = declaration();
    details.impact = "Nobody can read the guidance".into();
    let partly = with(declared(), [Command::EditDetails(details.clone())]);
    assert_eq!(status_of(&partly, Task::StartReport), InProgress);
    details.services_affected = "Design system website".into();
    let done = with(partly, [Command::EditDetails(details)]);
    assert_eq!(status_of(&done, Task::StartReport), Completed);
}

#[test]
fn severity_is_decided_once_set() {
    let incident = with(declared(), [severity(Severity::P3)]);
    assert_eq!(status_of(&incident, Task::DecideSeverity), Completed);
}

#[test]
fn stakeholders_are_informed_by_recording_the_email() {
    let incident = with(
        declared(),
        [sent(MessageKind::StakeholderEmail, "smt@example.gov.uk")],
    );
    assert_eq!(status_of(&incident, Task::InformStakeholders), Completed);
}

#[test]
fn telling_users_is_completed_by_deciding_not_to_or_by_posting_in_every_channel() {
    let decide = |tell_users: bool, reason: &str| Command::DecideUserComms {
        answers: UserCommsAnswers::default(),
        tell_users,
        reason: reason.into(),
        what_users_should_do: String::new(),
        what_users_need_to_know: "The website is down".into(),
    };
    let not_telling = with(declared(), [decide(false, "Publicity would make it worse")]);
    assert_eq!(status_of(&not_telling, Task::DecideUserComms), Completed);

    let telling = with(declared(), [decide(true, "")]);
    assert_eq!(status_of(&telling, Task::DecideUserComms), InProgress);
    let channels: Vec<String> = playbook()
        .user_channels
        .iter()
        .map(UserChannel::label)
        .collect();
    let one = with(telling, [sent(MessageKind::UserMessage, &channels[0])]);
    assert_eq!(status_of(&one, Task::DecideUserComms), InProgress);
    let both = with(one, [sent(MessageKind::UserMessage, &channels[1])]);
    assert_eq!(status_of(&both, Task::DecideUserComms), Completed);
}

#[test]
fn tackling_starts_with_the_first_note_or_mitigation_and_ends_when_resolved() {
    let told = with(declared(), [sent(MessageKind::TeamAlert, "#team")]);
    assert_eq!(
        status_of(&told, Task::Tackle),
        NotStarted,
        "telling the team is not tackling it"
    );
    let noted = with(told, [note(NoteKind::Note, "Looking at the logs")]);
    assert_eq!(status_of(&noted, Task::Tackle), InProgress);
    let mitigated = with(
        declared(),
        [Command::ChangeStatus {
            to: Status::Mitigated,
        }],
    );
    assert_eq!(status_of(&mitigated, Task::Tackle), InProgress);
    let resolved = with(
        mitigated,
        [Command::Resolve {
            how: "Rolled back".into(),
        }],
    );
    assert_eq!(status_of(&resolved, Task::Tackle), Completed);
    assert_eq!(status_of(&resolved, Task::ConfirmResolved), Completed);
}

#[test]
fn telling_the_team_can_be_marked_not_needed_with_a_reason() {
    let skip = |reason: &str| Command::SkipTask {
        task: Task::TellTeam,
        reason: reason.into(),
    };
    let error = refused(&declared(), skip(" "));
    assert_eq!(error.field_errors(), [FieldError::SkipReasonMissing]);
    let skipped = with(declared(), [skip("The whole team is on the call")]);
    assert_eq!(status_of(&skipped, Task::TellTeam), NotNeeded);
    assert_eq!(
        last_entry(&skipped).text,
        "“Tell the team” marked as not needed. Reason: The whole team is on the call"
    );
    assert_eq!(
        refused(&skipped, skip("again")),
        CommandError::TaskAlreadyDone(Task::TellTeam)
    );
    // Posting after all completes it.
    let posted = with(skipped, [sent(MessageKind::TeamAlert, "#team")]);
    assert_eq!(status_of(&posted, Task::TellTeam), Completed);
}

#[test]
fn stakeholders_must_be_told_about_p1_and_p2_and_only_p3_or_p4_may_skip_it() {
    let skip = Command::SkipTask {
        task: Task::InformStakeholders,
        reason: "Minor bug, fixed in minutes".into(),
    };
    assert_eq!(
        refused(&declared(), skip.clone()),
        CommandError::SeverityNeededToSkip
    );
    for level in [Severity::P1, Severity::P2] {
        let incident = with(declared(), [severity(level)]);
        assert_eq!(
            refused(&incident, skip.clone()),
            CommandError::StakeholdersMustBeTold(level)
        );
    }
    let p4 = with(declared(), [severity(Severity::P4), skip]);
    assert_eq!(status_of(&p4, Task::InformStakeholders), NotNeeded);
}

#[test]
fn only_the_message_tasks_can_be_marked_not_needed() {
    for task in Task::ALL {
        if task.skippable_message().is_none() {
            let command = Command::SkipTask {
                task,
                reason: "no".into(),
            };
            assert_eq!(
                refused(&declared(), command),
                CommandError::TaskCannotBeSkipped(task)
            );
        }
    }
}
