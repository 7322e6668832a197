use super::*;

fn answers(security: Option<bool>, act: Option<bool>, publicity: Option<bool>) -> UserCommsAnswers {
    UserCommsAnswers {
        security_issue: security,
        users_must_act: act,
        publicity_could_harm: publicity,
    }
}

#[test]
fn the_advice_is_to_tell_users_unless_publicity_could_harm_and_they_need_not_act() {
    use UserCommsAdvice::*;
    let (y, n) = (Some(true), Some(false));
    let table = [
        (answers(y, n, n), TellUsers),
        (answers(n, y, n), TellUsers),
        (answers(y, y, y), TellUsers),
        (answers(n, y, y), TellUsers),
        (answers(n, n, y), ConsiderNotTelling),
        (answers(None, None, y), ConsiderNotTelling),
        (answers(n, n, n), TellUsersIfInDoubt),
        (answers(None, None, None), TellUsersIfInDoubt),
    ];
    for (answers, expected) in table {
        assert_eq!(answers.advice(), expected, "{answers:?}");
    }
    assert!(!ConsiderNotTelling.recommends_telling());
}

#[test]
fn the_decision_is_kept_as_typed_data_with_its_reason() {
    let form = UserCommsForm {
        answers: answers(Some(false), Some(false), Some(true)),
        tell_users: Some(false),
        reason: "Telling people would send them to the defaced page".into(),
        what_users_should_do: String::new(),
        what_users_need_to_know: String::new(),
    };
    let incident = with(declared(), [form.to_command().unwrap()]);
    let decision = incident.user_comms.as_ref().unwrap();
    assert!(!decision.tell_users);
    assert_eq!(decision.answers.publicity_could_harm, Some(true));
    assert_eq!(decision.decided_by, "Grace");
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::UserCommsDecided);
    assert!(entry.text.starts_with(
        "Decided not to tell users. Reason: Telling people would send them to the defaced page The app advised: Consider not telling users."
    ));
}

#[test]
fn not_telling_users_needs_a_reason_and_a_choice_must_be_made() {
    assert_eq!(
        UserCommsForm::default().to_command(),
        Err(vec![FieldError::TellUsersNotChosen])
    );
    let form = UserCommsForm {
        tell_users: Some(false),
        ..UserCommsForm::default()
    };
    assert_eq!(
        form.to_command(),
        Err(vec![FieldError::UserCommsReasonMissing])
    );
    let telling = telling_users();
    assert!(
        telling.to_command().is_ok(),
        "telling users needs no reason"
    );
}

#[test]
fn telling_users_needs_the_words_they_need_since_the_title_is_internal() {
    let form = UserCommsForm {
        what_users_need_to_know: " ".into(),
        ..telling_users()
    };
    assert_eq!(
        form.to_command(),
        Err(vec![FieldError::WhatUsersNeedToKnowMissing])
    );
}

#[test]
fn messages_to_users_can_be_recorded_only_after_deciding_to_tell_them() {
    let post = sent(
        MessageKind::UserMessage,
        "#govuk-design-system on the GDS Slack",
    );
    assert_eq!(
        refused(&declared(), post.clone()),
        CommandError::NotTellingUsers
    );
    let decide = telling_users();
    let incident = with(declared(), [decide.to_command().unwrap(), post]);
    assert!(incident.posted_to_users_in("#govuk-design-system on the GDS Slack"));
    assert_eq!(
        last_entry(&incident).text,
        "Posted a message to users in #govuk-design-system on the GDS Slack."
    );
}

#[test]
fn the_same_decision_twice_is_nothing_new() {
    let decide = telling_users().to_command().unwrap();
    let incident = with(declared(), [decide.clone()]);
    assert_eq!(refused(&incident, decide), CommandError::NothingChanged);
}
