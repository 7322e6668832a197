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
    assert!(json.starts_with(r#"{"schema_version":1,"#));
    let back: Incident = serde_json::from_str(&json).unwrap();
    assert_eq!(back, incident);
}

#[test]
fn stored_ids_are_checked_when_read() {
    let mut json = serde_json::to_value(declared()).unwrap();
    json["id"] = "../other".into();
    assert!(serde_json::from_value::<Incident>(json).is_err());
}

fn any_command() -> impl Strategy<Value = Command> {
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
        (1u32..20, text).prop_map(|(n, text)| Command::EditNote {
            entry: EntryId(n),
            text
        }),
        (severity, text).prop_map(|(severity, reason)| Command::SetSeverity { severity, reason }),
        (role.clone(), text).prop_map(|(role, person)| Command::AssignRole { role, person }),
        role.prop_map(|role| Command::UnassignRole { role }),
        status.prop_map(|to| Command::ChangeStatus { to }),
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
