//! When the next update is due, by severity, from the last update.
use super::*;

/// Declared by Ada at `when`, with `level` set straight away.
fn declared_at(when: DateTime<Utc>, level: Option<Severity>) -> Incident {
    let mut details = declaration();
    details.started_at = when;
    let id = IncidentId::generate(when, 1);
    let mut incident = Incident::declare(id, details, None, &ctx("Ada", when)).unwrap();
    if let Some(level) = level {
        incident.apply(severity(level), &ctx("Ada", when)).unwrap();
    }
    incident
}

fn due(incident: &Incident) -> Option<DateTime<Utc>> {
    next_update_due(incident, &playbook(), &LONDON).map(|due| due.at)
}

#[test]
fn updates_are_due_every_30_minutes_for_p1_an_hour_for_p2_and_4_hours_for_p3() {
    let start = london(2026, 3, 10, 10, 0);
    for (level, minutes) in [(Severity::P1, 30), (Severity::P2, 60), (Severity::P3, 240)] {
        let incident = declared_at(start, Some(level));
        assert_eq!(
            due(&incident),
            Some(start + Duration::minutes(minutes)),
            "{level}"
        );
    }
}

#[test]
fn p4_updates_are_due_at_the_start_of_the_next_working_day() {
    let friday = declared_at(london(2026, 3, 13, 15, 0), Some(Severity::P4));
    assert_eq!(due(&friday), Some(london(2026, 3, 16, 9, 0)));
}

#[test]
fn the_next_update_counts_from_the_last_message_or_stakeholder_update() {
    let start = london(2026, 3, 10, 10, 0);
    let mut incident = declared_at(start, Some(Severity::P2));
    let later = start + Duration::minutes(45);
    incident
        .apply(
            sent(MessageKind::StakeholderEmail, "smt@example"),
            &ctx("Grace", later),
        )
        .unwrap();
    assert_eq!(due(&incident), Some(later + Duration::hours(1)));
    let written = later + Duration::minutes(20);
    incident
        .apply(
            note(NoteKind::StakeholderUpdate, "Told SMT by phone"),
            &ctx("Grace", written),
        )
        .unwrap();
    let next = next_update_due(&incident, &playbook(), &LONDON).unwrap();
    assert_eq!(next.at, written + Duration::hours(1));
    assert_eq!(next.last_update, Some(written));
    assert!(!next.is_overdue(written + Duration::minutes(60)));
    assert!(next.is_overdue(written + Duration::minutes(61)));
}

#[test]
fn updates_run_across_midnight_and_clock_changes_in_elapsed_time() {
    let late = declared_at(london(2026, 3, 10, 22, 30), Some(Severity::P3));
    assert_eq!(due(&late), Some(london(2026, 3, 11, 2, 30)));
    // 00:45 GMT + 30 minutes is 02:15 BST: the clocks went forward at 01:00.
    let night = declared_at(london(2026, 3, 29, 0, 45), Some(Severity::P1));
    let at = due(&night).unwrap();
    assert_eq!(
        text::time_on_day(at, &LONDON),
        "02:15 on Sunday 29 March 2026"
    );
}

#[test]
fn no_update_is_due_before_severity_is_decided_or_once_resolved() {
    let start = london(2026, 3, 10, 10, 0);
    assert_eq!(due(&declared_at(start, None)), None);
    let resolved = with(
        declared_at(start, Some(Severity::P1)),
        [Command::Resolve {
            how: "Reverted".into(),
        }],
    );
    assert_eq!(due(&resolved), None);
}

#[test]
fn cadences_read_as_plain_words() {
    let words: Vec<String> = playbook()
        .severities
        .iter()
        .map(|guide| guide.update_every.describe())
        .collect();
    assert_eq!(
        words,
        [
            "every 30 minutes",
            "every hour",
            "every 4 hours",
            "by the next working day"
        ]
    );
}

#[test]
fn reminders_come_shortly_before_an_update_is_due_and_once_it_is_overdue() {
    let start = london(2026, 3, 10, 10, 0);
    let incident = declared_at(start, Some(Severity::P2));
    let due = next_update_due(&incident, &playbook(), &LONDON).unwrap();
    let at = |minutes| start + Duration::minutes(minutes);
    assert_eq!(due.reminder(at(49)), None);
    assert_eq!(due.reminder(at(50)), Some(Reminder::DueSoon));
    assert_eq!(due.reminder(at(60)), Some(Reminder::DueSoon));
    assert_eq!(due.reminder(at(61)), Some(Reminder::Overdue));
    let (title, text) = Reminder::Overdue.words(&incident, &due, &LONDON);
    assert_eq!(
        title,
        "An update is overdue: it was due by 11:00 on Tuesday 10 March 2026 (Europe/London)"
    );
    assert_eq!(
        text,
        "Design system website is down. Tell the team and stakeholders how it is going."
    );
    // Each reminder is named apart, so each is shown once.
    assert_ne!(
        Reminder::DueSoon.key(&incident, &due),
        Reminder::Overdue.key(&incident, &due)
    );
}

#[test]
fn a_security_incidents_reminder_leaves_its_title_out() {
    let start = london(2026, 3, 10, 10, 0);
    let mut details = declaration();
    details.security_related = true;
    details.started_at = start;
    let incident = with(
        declared_at(start, Some(Severity::P2)),
        [Command::EditDetails(details)],
    );
    let due = next_update_due(&incident, &playbook(), &LONDON).unwrap();
    let (_, text) = Reminder::DueSoon.words(&incident, &due, &LONDON);
    assert!(text.starts_with("A security incident."), "{text}");
}
