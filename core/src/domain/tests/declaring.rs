use super::*;

#[test]
fn declaring_makes_an_active_incident_with_the_reporter_and_a_first_timeline_entry() {
    let incident = declared();
    assert_eq!(incident.status, Status::Active);
    assert_eq!(incident.reporter, "Ada");
    assert_eq!(incident.declared_at, at(9, 15));
    assert_eq!(incident.details.started_at, at(9, 0));
    assert_eq!(incident.severity, None);
    assert_eq!(incident.revision, 1);
    assert_eq!(incident.schema_version, SCHEMA_VERSION);
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::Declared);
    assert_eq!(entry.author, "Ada");
    assert_eq!(entry.recorded_at, at(9, 15));
}

#[test]
fn declaring_trims_the_title_and_summary() {
    let mut details = declaration();
    details.title = "  Site down  ".to_owned();
    let id = IncidentId::generate(at(9, 15), 1);
    let incident = Incident::declare(id, details, None, &ctx("Ada", at(9, 15))).unwrap();
    assert_eq!(incident.title(), "Site down");
}

#[test]
fn declaring_needs_a_title_a_summary_and_a_start_in_the_past_all_reported_together() {
    let details = Declaration {
        title: "  ".to_owned(),
        summary: String::new(),
        impact: String::new(),
        services_affected: String::new(),
        departmental_impact: String::new(),
        started_at: at(10, 0),
        security_related: true,
        detection: None,
        detection_note: String::new(),
    };
    let id = IncidentId::generate(at(9, 15), 1);
    let error = Incident::declare(id, details, None, &ctx("Ada", at(9, 15))).unwrap_err();
    assert_eq!(
        error.field_errors(),
        [
            FieldError::TitleMissing,
            FieldError::SummaryMissing,
            FieldError::StartedAt(MomentProblem::InTheFuture)
        ]
    );
    assert_eq!(
        error.to_string(),
        "Enter a title. Enter a summary of what is happening. The start date and time must be in the past"
    );
}

#[test]
fn a_title_longer_than_the_limit_is_refused() {
    let mut details = declaration();
    details.title = "x".repeat(TITLE_MAX + 1);
    let id = IncidentId::generate(at(9, 15), 1);
    let error = Incident::declare(id, details, None, &ctx("Ada", at(9, 15))).unwrap_err();
    assert_eq!(error.to_string(), "Title must be 150 characters or fewer");
}

#[test]
fn every_change_needs_the_name_of_the_person_making_it() {
    let id = IncidentId::generate(at(9, 15), 1);
    let error = Incident::declare(id, declaration(), None, &ctx(" ", at(9, 15))).unwrap_err();
    assert_eq!(error.field_errors(), [FieldError::ReporterMissing]);
    assert_eq!(error.to_string(), "Enter your name");
}

#[test]
fn an_incident_cannot_be_declared_twice() {
    let incident = declared();
    let error = refused(
        &incident,
        Command::Declare {
            details: declaration(),
            triage: None,
        },
    );
    assert_eq!(error, CommandError::AlreadyDeclared);
}

#[test]
fn ids_carry_the_declare_minute_and_random_bits_so_same_minute_declarations_differ() {
    let a = IncidentId::generate(at(9, 15), 1);
    let b = IncidentId::generate(at(9, 15), 2);
    assert_eq!(a.as_str(), "20260314-0915-0000000000000001");
    assert_ne!(a, b);
}

#[test]
fn ids_from_outside_are_checked_so_they_are_safe_in_urls_and_storage_keys() {
    assert!(IncidentId::parse("20260314-0915-00ff").is_ok());
    for bad in ["", "a/b", "../x", "a b", &"x".repeat(65)] {
        assert_eq!(IncidentId::parse(bad), Err(InvalidId(bad.to_owned())));
    }
}
