//! After the incident: the review, its actions filed as GitHub issues, what
//! the report lacks, and closing.
use super::*;
use crate::domain::messages::{issue_body, new_issue_link, URL_LIMIT};

fn resolved() -> Incident {
    with(
        declared(),
        [
            severity(Severity::P2),
            Command::Resolve {
                how: "Restored the health check".into(),
            },
        ],
    )
}

fn to(status: Status) -> Command {
    Command::ChangeStatus { to: status }
}

#[test]
fn the_review_and_its_actions_wait_until_the_incident_is_resolved() {
    let review = Command::RecordReview(Review {
        root_cause: "x".into(),
        ..Review::default()
    });
    assert_eq!(refused(&declared(), review), CommandError::NotResolvedYet);
    let action = Command::AddAction(action_draft("Alert"));
    assert_eq!(refused(&declared(), action), CommandError::NotResolvedYet);
    // The pages ask the same question before offering the forms.
    assert!(!declared().is_up_for_review());
    assert!(resolved().is_up_for_review());
}

#[test]
fn reviewed_needs_a_date_a_root_cause_and_actions_or_the_reason_there_are_none() {
    let error = refused(&resolved(), to(Status::Reviewed));
    assert_eq!(
        error,
        CommandError::NotReadyForReview(vec![
            Missing::ReviewDate,
            Missing::RootCause,
            Missing::ActionsOrReason
        ])
    );
    assert_eq!(
        error.to_string(),
        "Before marking it as reviewed: record when the review was held; write the root cause; \
         agree at least one action, or say why none is needed"
    );
    let no_actions = with(
        resolved(),
        [Command::RecordReview(Review {
            held_at: Some(at(9, 30)),
            root_cause: "A one-off typo".into(),
            no_actions_reason: "The typo is fixed and cannot recur".into(),
            ..Review::default()
        })],
    );
    let reviewed = with(no_actions, [to(Status::Reviewed)]);
    assert_eq!(reviewed.status, Status::Reviewed);
}

#[test]
fn the_severity_must_be_decided_before_the_review() {
    let unset = with(
        declared(),
        [Command::Resolve {
            how: "Fixed".into(),
        }],
    );
    let unset = with(unset, review_held());
    assert_eq!(
        refused(&unset, to(Status::Reviewed)),
        CommandError::NotReadyForReview(vec![Missing::Severity])
    );
}

#[test]
fn closing_needs_every_action_filed_or_done_and_the_long_tail_settled() {
    let reviewed = with(
        with(
            resolved(),
            [Command::AddLongTailItem {
                text: "Remove old links".into(),
                owner: "Ken".into(),
            }],
        ),
        review_held(),
    );
    let reviewed = with(reviewed, [to(Status::Reviewed)]);
    assert_eq!(
        refused(&reviewed, to(Status::Closed)),
        CommandError::NotReadyToClose(vec![Missing::UnfiledActions(1), Missing::OpenLongTail(1)])
    );
    let dropped = with(
        reviewed,
        [
            Command::CompleteAction { action: id(1) },
            Command::DropLongTailItem {
                item: id(1),
                reason: "The page is being deleted anyway".into(),
            },
        ],
    );
    assert_eq!(
        last_entry(&dropped).text,
        "Clean-up dropped: Remove old links. Reason: The page is being deleted anyway"
    );
    let closed = with(dropped, [to(Status::Closed)]);
    assert_eq!(closed.status, Status::Closed);
}

#[test]
fn dropping_clean_up_needs_a_reason() {
    let incident = with(
        resolved(),
        [Command::AddLongTailItem {
            text: "Tidy".into(),
            owner: "Ken".into(),
        }],
    );
    let error = refused(
        &incident,
        Command::DropLongTailItem {
            item: id(1),
            reason: " ".into(),
        },
    );
    assert_eq!(error.field_errors(), [FieldError::DropReasonMissing]);
}

#[test]
fn a_reviewed_incident_can_be_reopened_but_a_closed_one_cannot() {
    let reviewed = with(with(resolved(), review_held()), [to(Status::Reviewed)]);
    let reopened = with(reviewed, [to(Status::Active)]);
    assert_eq!(reopened.status, Status::Active);
    assert_eq!(refused(&closed(), to(Status::Active)), CommandError::Closed);
}

#[test]
fn every_review_change_is_on_the_timeline_by_name() {
    let incident = with(resolved(), review_held());
    let entry = incident
        .timeline
        .iter()
        .find(|e| e.kind == EntryKind::ReviewChange)
        .unwrap();
    assert_eq!(
        entry.text,
        "Review updated: date, organiser, attendees and root cause."
    );
    let mut review = incident.review.clone();
    review.categories = vec![RootCauseCategory::Configuration];
    review.went_well = "The alert fired at once".into();
    let changed = with(incident, [Command::RecordReview(review.clone())]);
    assert_eq!(
        last_entry(&changed).text,
        "Review updated: root cause categories and what went well."
    );
    assert_eq!(
        refused(&changed, Command::RecordReview(review)),
        CommandError::NothingChanged
    );
}

#[test]
fn the_review_form_reads_dates_names_and_categories() {
    let form = ReviewForm {
        held: DateTimeParts {
            day: "14".into(),
            month: "3".into(),
            year: "2026".into(),
            hour: "09".into(),
            minute: "30".into(),
            repeated: None,
        },
        attendees: " Ada \n\nGrace\n".into(),
        categories: vec![RootCauseCategory::Other],
        ..ReviewForm::default()
    };
    assert_eq!(
        form.to_command(&Utc, at(12, 0)),
        Err(vec![FieldError::OtherCategoryMissing])
    );
    let form = ReviewForm {
        other_category: "Expired certificate".into(),
        ..form
    };
    let incident = with(resolved(), [form.to_command(&Utc, at(12, 0)).unwrap()]);
    assert_eq!(incident.review.held_at, Some(at(9, 30)));
    assert_eq!(incident.review.attendees, ["Ada", "Grace"]);
    assert_eq!(
        ReviewForm::from_review(&incident.review, &Utc).attendees,
        "Ada\nGrace"
    );
}

#[test]
fn an_action_needs_a_title_an_owner_a_due_date_a_kind_an_area_and_a_repository() {
    let problems = ActionForm::default().to_draft().unwrap_err();
    assert_eq!(
        problems,
        [
            FieldError::ActionTitleMissing,
            FieldError::ActionOwnerMissing,
            FieldError::ActionDue(MomentProblem::Empty),
            FieldError::ActionKindNotChosen,
            FieldError::ActionAreaNotChosen,
            FieldError::RepositoryInvalid,
        ]
    );
    let form = ActionForm::from_draft(&action_draft("Alert"));
    assert_eq!(form.to_draft(), Ok(action_draft("Alert")));
}

#[test]
fn repositories_and_issue_addresses_are_checked() {
    for good in ["alphagov/govuk-frontend", "a/b.c_d-e", "x-1/.github"] {
        assert!(is_repository(good), "{good}");
    }
    for bad in [
        "",
        "alphagov",
        "/x",
        "alphagov/",
        "a/b/c",
        "-a/b",
        "a b/c",
        "a/..",
        "a/b?x",
    ] {
        assert!(!is_repository(bad), "{bad}");
    }
    assert!(is_issue_url(
        "https://github.com/alphagov/govuk-frontend/issues/123"
    ));
    for bad in [
        "http://github.com/alphagov/govuk-frontend/issues/123",
        "https://github.com/alphagov/govuk-frontend/pull/123",
        "https://github.com/alphagov/govuk-frontend/issues/",
        "https://github.com/alphagov/govuk-frontend/issues/12x",
        "https://github.com/alphagov/govuk-frontend/issues/0",
        "https://github.com.evil.example/a/b/issues/1",
        "javascript:alert(1)//https://github.com/a/b/issues/1",
    ] {
        assert!(!is_issue_url(bad), "{bad}");
    }
    let incident = with(resolved(), review_held());
    let bad = Command::LinkActionIssue {
        action: id(1),
        url: "https://example.com/issues/1".into(),
    };
    assert_eq!(
        refused(&incident, bad).field_errors(),
        [FieldError::IssueUrlInvalid]
    );
}

#[test]
fn the_playbook_routes_actions_to_a_repository_by_what_they_are_about() {
    let playbook = playbook();
    assert_eq!(
        playbook.repository_for(ActionArea::Website),
        "alphagov/govuk-design-system"
    );
    assert_eq!(
        playbook.repository_for(ActionArea::Components),
        "alphagov/govuk-frontend"
    );
    assert_eq!(
        playbook.repository_for(ActionArea::Security),
        "",
        "only the team knows its internal repository"
    );
}

fn filed(title: &str, detail: &str) -> (Incident, Action) {
    let mut draft = action_draft(title);
    draft.detail = detail.into();
    let incident = with(resolved(), [Command::AddAction(draft)]);
    let action = incident.actions[0].clone();
    (incident, action)
}

#[test]
fn the_new_issue_link_names_the_incident_its_date_and_severity_the_owner_and_due_date() {
    let (incident, action) = filed("Fix & check? #1 100% \"done\"", "Line one\nLine two 🔥");
    assert_eq!(
        issue_body(&action, &incident),
        "An action from the review of the incident “Design system website is down” (P2, declared 14 March 2026).\n\
         \n\
         Line one\nLine two 🔥\n\
         \n\
         Owner: Ken\n\
         Due: 1 April 2026\n\
         Kind: Detect"
    );
    let link = new_issue_link(&action, &incident, &["incident".into(), "a b".into()]);
    assert_eq!(link.body_to_paste, None);
    assert_eq!(
        link.url,
        "https://github.com/alphagov/govuk-design-system/issues/new\
         ?title=Fix%20%26%20check%3F%20%231%20100%25%20%22done%22\
         &body=An%20action%20from%20the%20review%20of%20the%20incident%20%E2%80%9CDesign%20system%20website%20is%20down%E2%80%9D%20%28P2%2C%20declared%2014%20March%202026%29.%0A%0ALine%20one%0ALine%20two%20%F0%9F%94%A5%0A%0AOwner%3A%20Ken%0ADue%3A%201%20April%202026%0AKind%3A%20Detect\
         &labels=incident%2Ca%20b"
    );
}

#[test]
fn a_link_that_would_pass_8000_characters_carries_the_title_only_and_hands_over_the_body() {
    let (incident, action) = filed("Long one", &"word ".repeat(2_000));
    let link = new_issue_link(&action, &incident, &["incident".into()]);
    assert!(link.url.len() <= URL_LIMIT);
    assert_eq!(
        link.url,
        "https://github.com/alphagov/govuk-design-system/issues/new?title=Long%20one&labels=incident"
    );
    assert_eq!(link.body_to_paste, Some(issue_body(&action, &incident)));
}

#[test]
fn actions_past_their_due_date_are_overdue_until_done() {
    let (incident, action) = filed("Alert", "");
    let due = action.draft.due;
    assert!(!action.is_overdue(due));
    assert!(action.is_overdue(due.succ_opt().unwrap()));
    let done = with(incident, [Command::CompleteAction { action: id(1) }]);
    assert!(!done.actions[0].is_overdue(due.succ_opt().unwrap()));
}

#[test]
fn the_report_lists_what_it_lacks_each_with_the_page_that_fixes_it() {
    let gaps = |incident: &Incident| -> Vec<Task> {
        report_gaps(incident, &playbook())
            .iter()
            .map(|g| g.task)
            .collect()
    };
    assert_eq!(
        gaps(&declared()),
        [
            Task::DecideSeverity,
            Task::StartReport,
            Task::FormTeam,
            Task::ConfirmResolved,
            Task::Tackle,
            Task::InformStakeholders,
            Task::DecideUserComms,
        ]
    );
    let mut details = declaration();
    details.impact = "No guidance for 2 hours".into();
    let complete = with(
        resolved(),
        [
            Command::EditDetails(details),
            assign(Role::IncidentLead, "Ada"),
            assign(Role::CommsLead, "Grace"),
            note(NoteKind::Mitigation, "Switched to the backup origin"),
            sent(MessageKind::StakeholderEmail, "dsp"),
            telling_users().to_command().unwrap(),
        ],
    );
    assert_eq!(gaps(&complete), []);
    // Once the review is held, its root cause and actions count too.
    let held = with(
        complete,
        [Command::RecordReview(Review {
            held_at: Some(at(9, 30)),
            ..Review::default()
        })],
    );
    assert_eq!(gaps(&held), [Task::HoldReview, Task::FileActions]);
    let labels: Vec<&str> = report_gaps(&held, &playbook())
        .iter()
        .map(|g| g.text)
        .collect();
    assert_eq!(
        labels,
        ["The root cause", "Actions, or why none are needed"]
    );
}

#[test]
fn the_tasks_after_the_incident_wait_for_their_turn() {
    let status = |incident: &Incident, task| task_status(incident, &playbook(), task);
    use TaskStatus::*;
    assert_eq!(status(&declared(), Task::HoldReview), CannotStartYet);
    assert_eq!(status(&declared(), Task::FileActions), CannotStartYet);
    assert_eq!(status(&declared(), Task::Close), CannotStartYet);
    assert_eq!(status(&resolved(), Task::HoldReview), NotStarted);
    let held = with(resolved(), review_held());
    assert_eq!(status(&held, Task::HoldReview), InProgress);
    assert_eq!(status(&held, Task::FileActions), InProgress);
    let reviewed = with(held, [to(Status::Reviewed)]);
    assert_eq!(status(&reviewed, Task::HoldReview), Completed);
    assert_eq!(status(&reviewed, Task::Close), NotStarted);
    let closed = closed();
    for task in [Task::HoldReview, Task::FileActions, Task::Close] {
        assert_eq!(status(&closed, task), Completed, "{task:?}");
    }
}

#[test]
fn a_security_action_waits_until_settings_name_the_repository_for_them() {
    let mut playbook = playbook();
    playbook.repositories.security = " ".into();
    assert_eq!(
        playbook.filing_refusal(ActionArea::Security),
        Some(FieldError::SecurityRepositoryNotSet)
    );
    assert_eq!(playbook.filing_refusal(ActionArea::Website), None);
    playbook.repositories.security = "alphagov/internal".into();
    assert_eq!(playbook.filing_refusal(ActionArea::Security), None);
}
