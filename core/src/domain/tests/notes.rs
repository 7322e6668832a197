use super::*;

fn note(text: &str, occurred_at: Option<DateTime<Utc>>) -> Command {
    Command::AddNote {
        kind: NoteKind::Note,
        text: text.to_owned(),
        occurred_at,
    }
}

#[test]
fn a_note_defaults_to_now_and_records_who_wrote_it() {
    let mut incident = declared();
    apply(&mut incident, note("Restarted the web servers", None)).unwrap();
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::Note);
    assert_eq!(entry.text, "Restarted the web servers");
    assert_eq!(entry.author, "Grace");
    assert_eq!(entry.occurred_at, entry.recorded_at);
    assert_eq!(incident.revision, 2);
}

#[test]
fn a_note_can_say_when_it_happened_and_the_timeline_reads_latest_event_first() {
    let mut incident = declared();
    apply(&mut incident, note("Alert fired", Some(at(8, 55)))).unwrap();
    apply(&mut incident, note("Found the cause", None)).unwrap();
    let texts: Vec<&str> = incident
        .timeline_newest_first()
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["Found the cause", "Incident declared.", "Alert fired"]
    );
}

#[test]
fn notes_can_be_of_each_kind_people_write() {
    let mut incident = declared();
    for kind in NoteKind::ALL {
        let command = Command::AddNote {
            kind,
            text: "x".to_owned(),
            occurred_at: None,
        };
        apply(&mut incident, command).unwrap();
        assert_eq!(last_entry(&incident).kind, EntryKind::from(kind));
        assert!(!last_entry(&incident).kind.is_automatic());
    }
}

#[test]
fn an_empty_note_or_one_in_the_future_is_refused() {
    let incident = declared();
    let error = refused(&incident, note("   ", None));
    assert_eq!(error.to_string(), "Enter what happened");
    let error = refused(&incident, note("later", Some(at(23, 0))));
    assert_eq!(
        error.to_string(),
        "The date and time it happened must be in the past"
    );
}

#[test]
fn editing_a_note_keeps_the_previous_text() {
    let mut incident = declared();
    apply(&mut incident, note("Restarted web servers", None)).unwrap();
    let entry_id = last_entry(&incident).id.clone();
    let edit = Command::EditNote {
        entry: entry_id,
        text: "Restarted both web servers".to_owned(),
    };
    apply(&mut incident, edit).unwrap();
    let entry = last_entry(&incident);
    assert_eq!(entry.text, "Restarted both web servers");
    assert_eq!(entry.previous_versions.len(), 1);
    assert_eq!(entry.previous_versions[0].text, "Restarted web servers");
    assert_eq!(entry.previous_versions[0].replaced_by, "Grace");
}

#[test]
fn automatic_entries_cannot_be_edited() {
    let incident = declared();
    let entry_id = last_entry(&incident).id.clone();
    let edit = Command::EditNote {
        entry: entry_id,
        text: "Something else".to_owned(),
    };
    assert_eq!(refused(&incident, edit), CommandError::AutomaticEntry);
}

#[test]
fn editing_a_missing_entry_or_changing_nothing_is_refused() {
    let mut incident = declared();
    let missing = Command::EditNote {
        entry: id(99),
        text: "x".to_owned(),
    };
    assert_eq!(
        refused(&incident, missing),
        CommandError::NoSuchEntry(id(99))
    );
    apply(&mut incident, note("Same", None)).unwrap();
    let same = Command::EditNote {
        entry: last_entry(&incident).id.clone(),
        text: " Same ".to_owned(),
    };
    assert_eq!(refused(&incident, same), CommandError::NoteUnchanged);
}
