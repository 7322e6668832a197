use super::*;

fn to(status: Status) -> Command {
    match status {
        Status::Resolved => Command::Resolve {
            how: "Rolled back".into(),
        },
        to => Command::ChangeStatus { to },
    }
}

#[test]
fn an_incident_moves_active_to_mitigated_to_resolved_to_reviewed_to_closed() {
    let mut incident = with(declared(), [severity(Severity::P3)]);
    for status in [Status::Mitigated, Status::Resolved] {
        apply(&mut incident, to(status)).unwrap();
        assert_eq!(incident.status, status);
    }
    let incident = with(incident, review_held());
    let filed = Command::LinkActionIssue {
        action: id(1),
        url: "https://github.com/alphagov/govuk-design-system/issues/1".into(),
    };
    let incident = with(incident, [to(Status::Reviewed), filed, to(Status::Closed)]);
    assert_eq!(incident.status, Status::Closed);
    assert_eq!(last_entry(&incident).kind, EntryKind::StatusChange);
    assert_eq!(
        last_entry(&incident).text,
        "Status changed from Reviewed to Closed."
    );
}

#[test]
fn an_incident_can_go_back_to_active_when_the_impact_returns() {
    let mut incident = declared();
    apply(&mut incident, to(Status::Mitigated)).unwrap();
    apply(&mut incident, to(Status::Active)).unwrap();
    apply(&mut incident, to(Status::Resolved)).unwrap();
    apply(&mut incident, to(Status::Active)).unwrap();
    assert_eq!(incident.status, Status::Active);
}

#[test]
fn illegal_moves_are_refused_with_both_statuses_named() {
    let incident = declared();
    let error = refused(&incident, to(Status::Closed));
    assert_eq!(
        error.to_string(),
        "An incident that is Active cannot be moved to Closed"
    );
    let error = refused(&incident, to(Status::Active));
    assert_eq!(error.to_string(), "The incident is already Active");
}

#[test]
fn a_closed_incident_can_no_longer_be_changed() {
    assert_eq!(
        refused(&closed(), note(NoteKind::Note, "late")),
        CommandError::Closed
    );
}

#[test]
fn the_transition_table_matches_the_process() {
    use Status::*;
    let allowed = |from: Status| from.next_statuses().to_vec();
    assert_eq!(allowed(Triage), [Active, NotAnIncident]);
    assert_eq!(allowed(Active), [Mitigated, Resolved]);
    assert_eq!(allowed(Mitigated), [Active, Resolved]);
    assert_eq!(allowed(Resolved), [Active, Reviewed]);
    assert_eq!(allowed(Reviewed), [Active, Closed]);
    assert!(allowed(Closed).is_empty());
    assert!(allowed(NotAnIncident).is_empty());
    for status in Status::ALL {
        assert!(
            !status.can_move_to(status),
            "{status} may not move to itself"
        );
        assert_eq!(Status::from_key(status.key()), Some(status));
    }
}
