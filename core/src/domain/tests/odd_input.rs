//! Input a careless user or an attacker might type: invisible text, huge
//! names, required roles under other spellings, implausible years, and local
//! times that never happened or happened twice.

use super::*;
use crate::domain::FieldError;

fn refused_with(result: Result<(), CommandError>) -> Vec<String> {
    result
        .unwrap_err()
        .field_errors()
        .iter()
        .map(ToString::to_string)
        .collect()
}

const INVISIBLE: &str = "\u{200B}\u{200E}\u{202E}\u{2066} \u{FEFF}\u{00AD}\u{3164}";

#[test]
fn text_of_invisible_characters_is_empty() {
    let mut details = declaration();
    details.title = INVISIBLE.into();
    let id = IncidentId::generate(at(9, 15), 1);
    let refusal = Incident::declare(id, details, None, &ctx("Ada", at(9, 15))).unwrap_err();
    assert_eq!(refusal.field_errors(), [FieldError::TitleMissing]);

    let mut incident = declared();
    let nobody = ctx(INVISIBLE, at(10, 0));
    assert_eq!(
        incident.apply(note(NoteKind::Note, "Restarted"), &nobody),
        Err(CommandError::Invalid(vec![FieldError::ReporterMissing]))
    );
    assert_eq!(
        refused_with(apply(&mut incident, assign(Role::IncidentLead, INVISIBLE))),
        ["Enter the name of the person"]
    );
}

#[test]
fn invisible_characters_around_a_name_are_dropped_so_they_cannot_reorder_what_follows() {
    let incident = with(declared(), [assign(Role::IncidentLead, "Eve\u{202E}")]);
    assert_eq!(incident.holder(&Role::IncidentLead).unwrap().person, "Eve");
    assert_eq!(last_entry(&incident).text, "Eve is now the incident lead.");
}

#[test]
fn characters_that_reorder_text_are_never_kept_so_a_name_cannot_reverse_the_sentence_it_is_in() {
    let incident = with(
        declared(),
        [
            assign(Role::IncidentLead, "Ev\u{202E}e"),
            note(NoteKind::Note, "a\u{2066}b\u{202D}c\u{200F}d"),
        ],
    );
    assert_eq!(incident.holder(&Role::IncidentLead).unwrap().person, "Eve");
    let texts: Vec<&str> = incident.timeline.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts[1], "Eve is now the incident lead.");
    // A direction mark only nudges neutral characters: it is kept.
    assert_eq!(texts[2], "abc\u{200F}d");
}

#[test]
fn every_name_and_reason_has_a_length_limit() {
    let mut incident = declared();
    let huge = "x".repeat(NAME_MAX + 1);
    assert_eq!(
        incident.apply(note(NoteKind::Note, "Restarted"), &ctx(&huge, at(10, 0))),
        Err(CommandError::Invalid(vec![FieldError::TooLong {
            field: Field::Reporter,
            max: NAME_MAX
        }]))
    );
    assert_eq!(
        refused_with(apply(&mut incident, assign(Role::IncidentLead, &huge))),
        ["Name of the person must be 100 characters or fewer"]
    );
    assert_eq!(
        refused_with(apply(
            &mut incident,
            assign(Role::Other(huge.clone()), "Ada")
        )),
        ["Name of the role must be 100 characters or fewer"]
    );
    let mut incident = with(incident, [severity(Severity::P3)]);
    let change = Command::SetSeverity {
        severity: Severity::P2,
        reason: "x".repeat(TEXT_MAX + 1),
    };
    assert_eq!(
        refused_with(apply(&mut incident, change)),
        ["Reason must be 10000 characters or fewer"]
    );
}

#[test]
fn a_required_role_typed_by_name_is_that_role_not_another() {
    for typed in ["Comms Lead", "comms lead ", "\u{200B}COMMS LEAD"] {
        let incident = with(declared(), [assign(Role::Other(typed.into()), "Grace")]);
        assert_eq!(incident.holder(&Role::CommsLead).unwrap().person, "Grace");
        assert!(incident.extra_roles().next().is_none(), "{typed:?}");
    }
    let incident = with(
        declared(),
        [
            assign(Role::IncidentLead, "Ada"),
            assign(Role::Other("incident lead ".into()), "Grace"),
        ],
    );
    assert_eq!(
        incident.holder(&Role::IncidentLead).unwrap().person,
        "Grace"
    );
    assert_eq!(
        last_entry(&incident).text,
        "Incident lead handed over from Ada to Grace."
    );
}

fn typed(day: &str, month: &str, year: &str, hour: &str, minute: &str) -> DateTimeParts {
    DateTimeParts {
        day: day.into(),
        month: month.into(),
        year: year.into(),
        hour: hour.into(),
        minute: minute.into(),
        repeated: None,
    }
}

fn later() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2100, 12, 31, 0, 0, 0).unwrap()
}

#[test]
fn years_before_1900_or_after_2100_are_refused_as_implausible() {
    for year in ["1899", "0226", "2101"] {
        assert_eq!(
            typed("14", "3", year, "09", "00").parse(&Utc, later()),
            Err(MomentProblem::ImplausibleYear),
            "{year}"
        );
        let date = DateParts {
            day: "1".into(),
            month: "4".into(),
            year: year.into(),
        };
        assert_eq!(date.parse(), Err(MomentProblem::ImplausibleYear));
    }
    assert!(typed("1", "1", "1900", "00", "00")
        .parse(&Utc, later())
        .is_ok());
    assert_eq!(
        MomentProblem::ImplausibleYear.describe("The start date and time"),
        "The start date and time must have a year from 1900 to 2100"
    );
}

/// The hour skipped when clocks go forward, in three zones: London at 01:00,
/// New York at 02:00, and Chatham at 02:45, a quarter-hour zone.
#[test]
fn a_local_time_that_never_happened_is_refused_in_words() {
    let skipped = [
        (
            chrono_tz::Europe::London,
            typed("29", "3", "2026", "01", "30"),
        ),
        (
            chrono_tz::America::New_York,
            typed("8", "3", "2026", "02", "30"),
        ),
        (
            chrono_tz::Pacific::Chatham,
            typed("27", "9", "2026", "03", "00"),
        ),
    ];
    for (zone, parts) in skipped {
        assert_eq!(
            parts.parse(&zone, later()),
            Err(MomentProblem::SkippedByClockChange),
            "{zone}"
        );
    }
    assert_eq!(
        MomentProblem::SkippedByClockChange.describe("The start date and time"),
        "The start date and time falls in the hour skipped when the clocks went forward: that time did not happen"
    );
}

/// The hour repeated when clocks go back: asked which, then read exactly.
#[test]
fn a_local_time_that_happened_twice_asks_which() {
    let utc = |mo, d, h, mi| Utc.with_ymd_and_hms(2026, mo, d, h, mi, 0).unwrap();
    let repeated = [
        // 01:30 BST (UTC+1), then 01:30 GMT (UTC+0).
        (
            chrono_tz::Europe::London,
            typed("25", "10", "2026", "01", "30"),
            [utc(10, 25, 0, 30), utc(10, 25, 1, 30)],
            ["01:30 (UTC+1)", "01:30 (UTC+0)"],
        ),
        // 01:30 EDT (UTC-4), then 01:30 EST (UTC-5).
        (
            chrono_tz::America::New_York,
            typed("1", "11", "2026", "01", "30"),
            [utc(11, 1, 5, 30), utc(11, 1, 6, 30)],
            ["01:30 (UTC-4)", "01:30 (UTC-5)"],
        ),
        // 03:00 at UTC+13:45, then at UTC+12:45: the day before in UTC.
        (
            chrono_tz::Pacific::Chatham,
            typed("5", "4", "2026", "03", "00"),
            [utc(4, 4, 13, 15), utc(4, 4, 14, 15)],
            ["03:00 (UTC+13:45)", "03:00 (UTC+12:45)"],
        ),
    ];
    for (zone, parts, [first, second], words) in repeated {
        assert_eq!(
            parts.parse(&zone, later()),
            Err(MomentProblem::RepeatedByClockChange),
            "{zone}"
        );
        assert_eq!(
            parts.repeated_moments(&zone),
            Some([first, second]),
            "{zone}"
        );
        assert_eq!(
            [
                moment_with_offset(first, &zone),
                moment_with_offset(second, &zone)
            ],
            words
        );
        for (choice, moment) in [(Repeated::First, first), (Repeated::Second, second)] {
            let chosen = DateTimeParts {
                repeated: Some(choice),
                ..parts.clone()
            };
            assert_eq!(
                chosen.parse(&zone, later()),
                Ok(moment),
                "{zone} {choice:?}"
            );
            // Shown again, the boxes and the choice read back as the same moment.
            assert_eq!(DateTimeParts::from_moment(moment, &zone), chosen);
        }
    }
}

#[test]
fn an_ordinary_local_time_asks_nothing_more() {
    let parts = typed("14", "3", "2026", "09", "00");
    assert_eq!(parts.repeated_moments(&LONDON), None);
    assert_eq!(DateTimeParts::from_moment(at(9, 0), &LONDON), parts);
}

#[test]
fn a_revision_at_its_maximum_is_refused_never_wrapped_to_zero() {
    let mut incident = declared();
    incident.revision = u64::MAX;
    let before = incident.clone();
    assert_eq!(
        apply(&mut incident, note(NoteKind::Note, "x")),
        Err(CommandError::AtLimit)
    );
    assert_eq!(incident, before);
}

#[test]
fn a_record_counter_at_its_maximum_is_refused_never_wrapped_or_reused() {
    let mut incident = declared();
    incident.timeline[0].id = ItemId::parse(&u64::MAX.to_string()).unwrap();
    let before = incident.clone();
    assert_eq!(
        apply(&mut incident, note(NoteKind::Note, "x")),
        Err(CommandError::AtLimit)
    );
    assert_eq!(incident, before);
    assert_eq!(
        ItemId::next(
            "dev",
            [ItemId::parse(&format!("dev-{}", u64::MAX)).unwrap()].iter()
        ),
        None
    );
}
