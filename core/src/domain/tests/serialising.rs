use super::*;
use proptest::prelude::*;

#[test]
fn an_incident_round_trips_through_json_with_its_schema_version() {
    let mut incident = declared();
    apply(
        &mut incident,
        Command::AssignRole {
            role: Role::Other("Scribe".into()),
            person: "Ken".into(),
        },
    )
    .unwrap();
    let json = serde_json::to_string(&incident).unwrap();
    assert!(json.starts_with(r#"{"schema_version":4,"#));
    let back: Incident = serde_json::from_str(&json).unwrap();
    assert_eq!(back, incident);
}

#[test]
fn an_incident_saved_in_format_1_reads_with_the_newer_fields_empty() {
    let v1 = r#"{"schema_version":1,"id":"20260314-0915-0000000000001234",
        "details":{"title":"Site down","summary":"503s","started_at":"2026-03-14T09:00:00Z","security_related":false},
        "status":"active","severity":"P3","reporter":"Ada","declared_at":"2026-03-14T09:15:00Z","roles":[],
        "timeline":[{"id":1,"occurred_at":"2026-03-14T09:15:00Z","recorded_at":"2026-03-14T09:15:00Z",
        "author":"Ada","kind":"declared","text":"Incident declared."}],
        "revision":2,"created_at":"2026-03-14T09:15:00Z","updated_at":"2026-03-14T09:25:00Z"}"#;
    let incident: Incident = serde_json::from_str(v1).unwrap();
    assert_eq!(incident.details.impact, "");
    assert_eq!(incident.triage, None);
    assert!(incident.communications.is_empty() && incident.long_tail.is_empty());
    assert_eq!(incident.severity, Some(Severity::P3));
}

#[test]
fn empty_newer_fields_are_not_written_so_stored_incidents_stay_small() {
    let json = serde_json::to_string(&declared()).unwrap();
    for field in [
        "triage",
        "communications",
        "user_comms",
        "skipped_tasks",
        "resolution",
        "long_tail",
        "impact",
    ] {
        assert!(!json.contains(field), "{field} written while empty: {json}");
    }
}

#[test]
fn stored_ids_are_checked_when_read() {
    let mut json = serde_json::to_value(declared()).unwrap();
    json["id"] = "../other".into();
    assert!(serde_json::from_value::<Incident>(json).is_err());
}

pub(crate) fn any_command() -> impl Strategy<Value = Command> {
    let text = "[ a-zA-Z]{0,12}";
    let severity = prop::sample::select(Severity::ALL.to_vec());
    let status = prop::sample::select(Status::ALL.to_vec());
    let role = prop_oneof![
        Just(Role::IncidentLead),
        Just(Role::CommsLead),
        text.prop_map(Role::Other)
    ];
    prop_oneof![
        (text, 0i64..600).prop_map(|(text, minutes)| Command::AddNote {
            kind: NoteKind::Note,
            text,
            occurred_at: Some(at(9, 0) + Duration::minutes(minutes)),
        }),
        (1u32..20, text).prop_map(|(n, text)| Command::EditNote { entry: id(n), text }),
        (severity, text).prop_map(|(severity, reason)| Command::SetSeverity { severity, reason }),
        (role.clone(), text).prop_map(|(role, person)| Command::AssignRole { role, person }),
        role.prop_map(|role| Command::UnassignRole { role }),
        status.prop_map(|to| Command::ChangeStatus { to }),
        text.prop_map(|how| Command::Resolve { how }),
        (
            prop::sample::select(vec![
                MessageKind::TeamAlert,
                MessageKind::StakeholderEmail,
                MessageKind::UserMessage
            ]),
            text,
            text
        )
            .prop_map(|(kind, channel, text)| Command::RecordMessageSent {
                kind,
                channel,
                text
            }),
        (any::<bool>(), text, text).prop_map(|(tell_users, reason, need_to_know)| {
            Command::DecideUserComms {
                answers: UserCommsAnswers::default(),
                tell_users,
                reason,
                what_users_should_do: String::new(),
                what_users_need_to_know: need_to_know,
            }
        }),
        (prop::sample::select(Task::ALL.to_vec()), text)
            .prop_map(|(task, reason)| Command::SkipTask { task, reason }),
        (text, text).prop_map(|(text, owner)| Command::AddLongTailItem { text, owner }),
        (0u32..4).prop_map(|n| Command::CompleteLongTailItem { item: id(n) }),
        ((0u32..4), text).prop_map(|(n, reason)| Command::DropLongTailItem {
            item: id(n),
            reason
        }),
        (text, 0i64..600).prop_map(|(root_cause, minutes)| Command::RecordReview(Review {
            held_at: Some(at(9, 0) + Duration::minutes(minutes)),
            root_cause,
            ..Review::default()
        })),
        text.prop_map(|title| Command::AddAction(action_draft(&title))),
        (0u32..4).prop_map(|n| Command::LinkActionIssue {
            action: id(n),
            url: format!("https://github.com/a/b/issues/{}", n + 1),
        }),
        (0u32..4).prop_map(|n| Command::CompleteAction { action: id(n) }),
        (0u32..4, text).prop_map(|(n, title)| Command::EditAction {
            action: id(n),
            draft: action_draft(&title),
        }),
    ]
}

proptest! {
    /// Whatever people do, a refused command changes nothing, an accepted one
    /// bumps the revision by one and adds at most one entry, and the result
    /// survives a save and a load.
    #[test]
    fn any_sequence_of_commands_keeps_the_incident_consistent(
        commands in prop::collection::vec(any_command(), 0..30)
    ) {
        let mut incident = declared();
        for command in commands {
            let before = incident.clone();
            match apply(&mut incident, command) {
                Ok(()) => {
                    prop_assert_eq!(incident.revision, before.revision + 1);
                    prop_assert!(incident.timeline.len() - before.timeline.len() <= 1);
                }
                Err(_) => prop_assert_eq!(&incident, &before),
            }
            prop_assert!(incident.holder(&Role::IncidentLead).iter().count() <= 1);
        }
        let json = serde_json::to_string(&incident).unwrap();
        prop_assert_eq!(serde_json::from_str::<Incident>(&json).unwrap(), incident);
    }
}
