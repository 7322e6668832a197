use super::*;

#[test]
fn editing_details_records_each_change_with_its_old_value() {
    let mut incident = declared();
    let mut edit = declaration();
    edit.title = "Website down for everyone".to_owned();
    edit.security_related = true;
    apply(&mut incident, Command::EditDetails(edit)).unwrap();
    assert_eq!(incident.title(), "Website down for everyone");
    assert!(incident.details.security_related);
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::DetailsChange);
    assert_eq!(
        entry.text,
        "Title changed from “Design system website is down” to “Website down for everyone”. Marked as security related."
    );
}

#[test]
fn a_changed_summary_keeps_the_old_summary_on_the_timeline() {
    let mut incident = declared();
    let mut edit = declaration();
    edit.summary = "Only the search page fails.".to_owned();
    apply(&mut incident, Command::EditDetails(edit)).unwrap();
    assert_eq!(
        last_entry(&incident).text,
        "Summary changed. It was: “Users get a 503 on every page.”"
    );
}

#[test]
fn editing_with_nothing_changed_is_refused() {
    let incident = declared();
    assert_eq!(
        refused(&incident, Command::EditDetails(declaration())),
        CommandError::NothingChanged
    );
}

#[test]
fn edited_details_follow_the_same_rules_as_declaring() {
    let incident = declared();
    let mut edit = declaration();
    edit.title = String::new();
    let error = refused(&incident, Command::EditDetails(edit));
    assert_eq!(error.field_errors(), [FieldError::TitleMissing]);
}
