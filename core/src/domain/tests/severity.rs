use super::*;

fn set(severity: Severity, reason: &str) -> Command {
    Command::SetSeverity {
        severity,
        reason: reason.to_owned(),
    }
}

#[test]
fn the_first_severity_needs_no_reason() {
    let mut incident = declared();
    apply(&mut incident, set(Severity::P3, "")).unwrap();
    assert_eq!(incident.severity, Some(Severity::P3));
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::SeverityChange);
    assert_eq!(entry.text, "Severity set to P3.");
}

#[test]
fn changing_a_severity_needs_a_reason_and_the_history_stays() {
    let mut incident = declared();
    apply(&mut incident, set(Severity::P3, "")).unwrap();
    let error = refused(&incident, set(Severity::P1, "  "));
    assert_eq!(error.to_string(), "Give a reason for changing the severity");
    apply(&mut incident, set(Severity::P1, "Malicious code found")).unwrap();
    let history: Vec<&str> = incident
        .timeline
        .iter()
        .filter(|e| e.kind == EntryKind::SeverityChange)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        history,
        [
            "Severity set to P3.",
            "Severity changed from P3 to P1. Reason: Malicious code found"
        ]
    );
}

#[test]
fn setting_the_same_severity_again_is_refused() {
    let mut incident = declared();
    apply(&mut incident, set(Severity::P2, "")).unwrap();
    assert_eq!(
        refused(&incident, set(Severity::P2, "again")),
        CommandError::SeverityUnchanged(Severity::P2)
    );
}

#[test]
fn the_default_playbook_gives_an_example_for_every_severity() {
    let playbook = Playbook::default();
    assert_eq!(
        playbook.example_for(Severity::P1),
        Some("Malicious code in govuk-frontend")
    );
    assert_eq!(
        playbook.example_for(Severity::P3),
        Some("Design system website is down")
    );
    assert!(Severity::ALL
        .iter()
        .all(|s| playbook.example_for(*s).is_some()));
}
