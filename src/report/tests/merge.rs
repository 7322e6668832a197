//! Merging copies: nothing anyone wrote is lost, and the order does not matter.
use crate::domain::tests::serialising::any_command;
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{merge, DifferentIncidents};
use chrono::Duration;
use proptest::prelude::*;

/// `base` worked on in one browser: each command `step` minutes after the last change.
fn worked(base: &Incident, device: &str, step: i64, commands: Vec<Command>) -> Incident {
    let mut incident = base.clone();
    for command in commands {
        let ctx = Context::new(device, incident.updated_at + Duration::minutes(step))
            .with_device(device.to_owned());
        let _ = incident.apply(command, &ctx);
    }
    incident
}

fn m(a: &Incident, b: &Incident) -> Incident {
    merge(a, b).unwrap()
}

#[test]
fn two_peoples_notes_on_one_incident_are_both_kept() {
    let base = declared();
    let lead = worked(
        &base,
        "aaaa",
        5,
        vec![note(NoteKind::Note, "Restarted the servers")],
    );
    let comms = worked(
        &base,
        "bbbb",
        7,
        vec![note(NoteKind::StakeholderUpdate, "Told SMT")],
    );
    let merged = m(&lead, &comms);
    let texts: Vec<&str> = merged.timeline.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Incident declared.", "Restarted the servers", "Told SMT"]
    );
    assert_eq!(merged.last_update(), comms.last_update());
}

#[test]
fn a_field_changed_on_both_sides_takes_the_later_change_and_keeps_the_other() {
    let base = declared();
    let mut title = declaration();
    title.title = "Website down for everyone".into();
    let earlier = worked(
        &base,
        "aaaa",
        5,
        vec![Command::EditDetails(title), severity(Severity::P2)],
    );
    let mut title = declaration();
    title.title = "Website slow".into();
    let later = worked(
        &base,
        "bbbb",
        9,
        vec![Command::EditDetails(title), severity(Severity::P3)],
    );
    let merged = m(&earlier, &later);
    assert_eq!(merged.title(), "Website slow");
    assert_eq!(merged.severity, Some(Severity::P3));
    let kept: Vec<&str> = merged
        .timeline
        .iter()
        .filter(|e| e.kind == EntryKind::Merged)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        kept,
        [
            "Another copy of this incident had a different severity: P2",
            "Another copy of this incident had a different title: Website down for everyone",
        ]
    );
}

#[test]
fn an_edited_note_outranks_the_same_note_before_the_edit() {
    let base = worked(
        &declared(),
        "aaaa",
        5,
        vec![note(NoteKind::Note, "Restarted")],
    );
    let entry = base.timeline.last().unwrap().id.clone();
    let edited = worked(
        &base,
        "bbbb",
        5,
        vec![Command::EditNote {
            entry: entry.clone(),
            text: "Restarted both servers".into(),
        }],
    );
    let merged = m(&base, &edited);
    let note = merged.timeline.iter().find(|e| e.id == entry).unwrap();
    assert_eq!(note.text, "Restarted both servers");
    assert_eq!(note.previous_versions.len(), 1);
}

#[test]
fn the_same_message_posted_twice_in_one_copy_stays_twice() {
    let mut twice = declared();
    let ctx = Context::new("Ada", twice.updated_at + Duration::minutes(1));
    for _ in 0..2 {
        twice
            .apply(sent(MessageKind::TeamAlert, "#team"), &ctx)
            .unwrap();
    }
    assert_eq!(m(&twice, &twice).communications.len(), 2);
    assert_eq!(m(&twice, &declared()).communications.len(), 2);
}

#[test]
fn copies_of_different_incidents_are_not_merged() {
    let mut other = declared();
    other.id = IncidentId::parse("20260314-0915-00ff").unwrap();
    assert_eq!(merge(&declared(), &other), Err(DifferentIncidents));
}

fn copies() -> impl Strategy<Value = (Vec<Command>, Vec<Command>, Vec<Command>, i64, i64, i64)> {
    let commands = || prop::collection::vec(any_command(), 0..12);
    (
        commands(),
        commands(),
        commands(),
        1i64..15,
        1i64..15,
        1i64..15,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn merging_is_idempotent_commutative_and_associative_and_loses_no_record(
        (ca, cb, cc, sa, sb, sc) in copies()
    ) {
        let base = worked(&declared(), "base", 3, vec![note(NoteKind::Note, "Before the split")]);
        let a = worked(&base, "aaaa", sa, ca);
        let b = worked(&base, "bbbb", sb, cb);
        let c = worked(&base, "cccc", sc, cc);
        let ab = m(&a, &b);
        prop_assert_eq!(&m(&a, &a), &a);
        prop_assert_eq!(&m(&ab, &ab), &ab);
        prop_assert_eq!(&m(&ab, &b), &ab);
        prop_assert_eq!(&ab, &m(&b, &a));
        prop_assert_eq!(m(&ab, &c), m(&a, &m(&b, &c)));
        for copy in [&a, &b] {
            for entry in &copy.timeline {
                prop_assert!(ab.timeline.iter().any(|e| e.id == entry.id), "lost {:?}", entry);
            }
            for action in &copy.actions {
                prop_assert!(ab.actions.iter().any(|x| x.id == action.id));
            }
            for item in &copy.long_tail {
                prop_assert!(ab.long_tail.iter().any(|x| x.id == item.id));
            }
        }
    }
}

mod planning {
    use super::*;
    use crate::report::{plan, Outcome};

    #[test]
    fn an_import_is_planned_as_new_updated_unchanged_merged_or_blocked() {
        let base = declared();
        let theirs = worked(
            &base,
            "bbbb",
            5,
            vec![note(NoteKind::Note, "From the other browser")],
        );
        let ours = worked(
            &base,
            "aaaa",
            5,
            vec![note(NoteKind::Note, "From this browser")],
        );
        let mut other = declared();
        other.id = IncidentId::parse("20260314-0915-00ff").unwrap();
        let outcomes = |stored: Option<&Incident>, imported: &Incident| {
            let stored = stored.cloned();
            plan(std::slice::from_ref(imported), move |_| Ok(stored.clone()))[0].outcome
        };
        assert_eq!(outcomes(None, &other), Outcome::New);
        assert_eq!(outcomes(Some(&base), &theirs), Outcome::Updated);
        assert_eq!(outcomes(Some(&theirs), &base), Outcome::Unchanged);
        assert_eq!(outcomes(Some(&theirs), &theirs), Outcome::Unchanged);
        assert_eq!(outcomes(Some(&ours), &theirs), Outcome::Merged);
        let blocked = plan(std::slice::from_ref(&theirs), |_| Err(()));
        assert_eq!(blocked[0].outcome, Outcome::Blocked);
        let merged = &plan(std::slice::from_ref(&theirs), |_| Ok(Some(ours.clone())))[0].result;
        assert_eq!(merged.timeline.len(), 3, "both notes and the declaration");
    }
}
