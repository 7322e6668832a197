use super::*;
use chrono::FixedOffset;

fn parts(day: &str, month: &str, year: &str, hour: &str, minute: &str) -> DateTimeParts {
    DateTimeParts {
        day: day.into(),
        month: month.into(),
        year: year.into(),
        hour: hour.into(),
        minute: minute.into(),
        repeated: None,
    }
}

fn form() -> DetailsForm {
    DetailsForm {
        title: "Website down".into(),
        summary: "503s everywhere".into(),
        started: parts("14", "3", "2026", "09", "00"),
        security_related: Some(false),
        ..DetailsForm::default()
    }
}

#[test]
fn another_way_of_finding_out_needs_saying_how() {
    let other = DetailsForm {
        detection: Some(Detection::Other),
        ..form()
    };
    assert_eq!(
        other.to_declaration(&Utc, at(12, 0)),
        Err(vec![FieldError::DetectionNoteMissing])
    );
    let said = DetailsForm {
        detection_note: "A journalist asked us".into(),
        ..other
    };
    let declaration = said.to_declaration(&Utc, at(12, 0)).unwrap();
    assert_eq!(
        describe_detection(&declaration),
        "Another way: A journalist asked us"
    );
}

#[test]
fn a_complete_form_becomes_a_declaration_in_utc() {
    let london_summer = FixedOffset::east_opt(3600).unwrap();
    let declaration = form().to_declaration(&london_summer, at(12, 0)).unwrap();
    assert_eq!(declaration.started_at, at(8, 0));
    assert!(!declaration.security_related);
}

#[test]
fn an_empty_form_lists_every_problem_in_form_order() {
    let messages: Vec<String> = DetailsForm::default()
        .to_declaration(&Utc, at(12, 0))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "Enter a title",
            "Enter a summary of what is happening",
            "Enter the start date and time",
            "Select yes if it puts security at risk, or no if it does not",
        ]
    );
}

#[test]
fn date_problems_say_exactly_what_is_wrong() {
    let problem = |p: DateTimeParts| p.parse(&Utc, at(12, 0)).unwrap_err().to_string();
    assert_eq!(
        problem(parts("14", "", "", "9", "00")),
        "The date and time must include a month and a year"
    );
    assert_eq!(
        problem(parts("14", "3", "2026", "9", "")),
        "The date and time must include a minute"
    );
    assert_eq!(
        problem(parts("30", "2", "2026", "9", "0")),
        "The date and time must be a real date"
    );
    assert_eq!(
        problem(parts("14", "3", "26", "9", "0")),
        "The date and time must be a real date"
    );
    assert_eq!(
        problem(parts("14", "3", "2026", "25", "0")),
        "The date and time must be a real time, in 24-hour format like 14:30"
    );
    assert_eq!(
        problem(parts("14", "3", "2026", "12", "01")),
        "The date and time must be in the past"
    );
}

#[test]
fn the_parts_shown_for_a_moment_read_back_as_the_same_moment() {
    let tz = FixedOffset::west_opt(5 * 3600).unwrap();
    let shown = DateTimeParts::from_moment(at(9, 7), &tz);
    assert_eq!(shown, parts("14", "3", "2026", "04", "07"));
    assert_eq!(shown.parse(&tz, at(12, 0)), Ok(at(9, 7)));
}

#[test]
fn a_note_with_empty_time_boxes_happened_now() {
    let note = NoteForm {
        kind: Some(NoteKind::Mitigation),
        text: "Rolled back".into(),
        occurred: DateTimeParts::default(),
    };
    assert_eq!(
        note.to_command(&Utc, at(12, 0)),
        Ok(Command::AddNote {
            kind: NoteKind::Mitigation,
            text: "Rolled back".into(),
            occurred_at: None
        })
    );
}

#[test]
fn a_note_form_reports_kind_text_and_time_problems_together() {
    let note = NoteForm {
        kind: None,
        text: String::new(),
        occurred: parts("1", "1", "", "", ""),
    };
    let messages: Vec<String> = note
        .to_command(&Utc, at(12, 0))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "Select the kind of entry",
            "Enter what happened",
            "The date and time it happened must include a year, an hour and a minute",
        ]
    );
}
