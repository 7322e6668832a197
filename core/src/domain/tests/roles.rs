use super::*;

fn assign(role: Role, person: &str) -> Command {
    Command::AssignRole {
        role,
        person: person.to_owned(),
    }
}

#[test]
fn assigning_the_incident_lead_and_comms_lead() {
    let mut incident = declared();
    apply(&mut incident, assign(Role::IncidentLead, "Ada")).unwrap();
    assert_eq!(last_entry(&incident).text, "Ada is now the incident lead.");
    apply(&mut incident, assign(Role::CommsLead, " Grace ")).unwrap();
    assert_eq!(incident.holder(&Role::IncidentLead).unwrap().person, "Ada");
    let comms = incident.holder(&Role::CommsLead).unwrap();
    assert_eq!(comms.person, "Grace");
    assert_eq!(comms.assigned_at, incident.updated_at);
    assert_eq!(last_entry(&incident).kind, EntryKind::RoleChange);
}

#[test]
fn reassigning_a_held_role_is_recorded_as_a_handover() {
    let mut incident = declared();
    apply(&mut incident, assign(Role::IncidentLead, "Ada")).unwrap();
    apply(&mut incident, assign(Role::IncidentLead, "Linus")).unwrap();
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::Handover);
    assert_eq!(entry.text, "Incident lead handed over from Ada to Linus.");
    assert_eq!(incident.roles.len(), 1);
}

#[test]
fn any_number_of_extra_named_roles_can_be_added() {
    let mut incident = declared();
    apply(&mut incident, assign(Role::IncidentLead, "Ada")).unwrap();
    apply(&mut incident, assign(Role::Other("Scribe".into()), "Grace")).unwrap();
    apply(
        &mut incident,
        assign(Role::Other("Technical lead".into()), "Linus"),
    )
    .unwrap();
    let extras: Vec<&str> = incident.extra_roles().map(|a| a.role.name()).collect();
    assert_eq!(extras, ["Scribe", "Technical lead"]);
    // The same name in other case is the same role: a handover, not a second scribe.
    apply(&mut incident, assign(Role::Other(" scribe".into()), "Ken")).unwrap();
    assert_eq!(last_entry(&incident).kind, EntryKind::Handover);
    assert_eq!(incident.extra_roles().count(), 2);
}

#[test]
fn a_role_needs_a_person_and_a_named_role_needs_a_name() {
    let incident = declared();
    let error = refused(&incident, assign(Role::Other(" ".into()), ""));
    assert_eq!(
        error.field_errors(),
        [FieldError::RoleNameMissing, FieldError::PersonMissing]
    );
}

#[test]
fn assigning_someone_to_the_role_they_hold_is_refused() {
    let mut incident = declared();
    apply(&mut incident, assign(Role::CommsLead, "Grace")).unwrap();
    let error = refused(&incident, assign(Role::CommsLead, "Grace"));
    assert_eq!(error.to_string(), "Grace is already the comms lead");
}

#[test]
fn unassigning_frees_the_role_and_says_so() {
    let mut incident = declared();
    apply(&mut incident, assign(Role::CommsLead, "Grace")).unwrap();
    apply(
        &mut incident,
        Command::UnassignRole {
            role: Role::CommsLead,
        },
    )
    .unwrap();
    assert!(incident.holder(&Role::CommsLead).is_none());
    assert_eq!(
        last_entry(&incident).text,
        "Grace is no longer the comms lead."
    );
    let error = refused(
        &incident,
        Command::UnassignRole {
            role: Role::CommsLead,
        },
    );
    assert_eq!(error.to_string(), "Nobody is the comms lead");
}
