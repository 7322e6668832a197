//! Merging copies: every change anyone made survives, whatever the other
//! copies did, and the order of merging does not matter.
use crate::domain::tests::serialising::any_command;
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{merge, plan, DifferentIncidents, LocalCopy, Outcome};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

/// Someone working on their own copy, with their own browser and clock.
#[derive(Clone)]
struct Person {
    name: &'static str,
    device: &'static str,
    clock: DateTime<Utc>,
}

impl Person {
    fn new(name: &'static str, device: &'static str, clock: DateTime<Utc>) -> Self {
        Self {
            name,
            device,
            clock,
        }
    }

    /// Applies `command` to `incident` at this person's clock, `minutes`
    /// after their last change; a refused command changes nothing.
    fn does(&mut self, incident: &mut Incident, minutes: i64, command: Command) -> bool {
        self.clock += Duration::minutes(minutes);
        let ctx = Context::new(self.name, self.clock).with_device(self.device.to_owned());
        let command = retarget(command, incident);
        incident.apply(command, &ctx).is_ok()
    }
}

/// Commands name records by number (`id(3)`): the number picks among the
/// records the copy holds, whoever made them.
fn retarget(command: Command, incident: &Incident) -> Command {
    let pick = |n: &ItemId, ids: Vec<ItemId>| -> ItemId {
        let n: usize = n.as_str().parse().unwrap_or(0);
        ids.get(n % ids.len().max(1))
            .cloned()
            .unwrap_or_else(|| id(1))
    };
    let notes = || {
        incident
            .timeline
            .iter()
            .filter(|e| !e.kind.is_automatic())
            .map(|e| e.id.clone())
            .collect::<Vec<_>>()
    };
    let actions = || incident.actions.iter().map(|a| a.id.clone()).collect();
    let clean_up = || incident.long_tail.iter().map(|i| i.id.clone()).collect();
    match command {
        Command::EditNote { entry, text } => Command::EditNote {
            entry: pick(&entry, notes()),
            text,
        },
        Command::CompleteLongTailItem { item } => Command::CompleteLongTailItem {
            item: pick(&item, clean_up()),
        },
        Command::DropLongTailItem { item, reason } => Command::DropLongTailItem {
            item: pick(&item, clean_up()),
            reason,
        },
        Command::LinkActionIssue { action, url } => Command::LinkActionIssue {
            action: pick(&action, actions()),
            url,
        },
        Command::CompleteAction { action } => Command::CompleteAction {
            action: pick(&action, actions()),
        },
        Command::EditAction { action, draft } => Command::EditAction {
            action: pick(&action, actions()),
            draft,
        },
        command => command,
    }
}

fn m(a: &Incident, b: &Incident) -> Incident {
    merge(a, b).unwrap()
}

fn merged_all(copies: &[&Incident]) -> Incident {
    copies[1..]
        .iter()
        .fold(copies[0].clone(), |merged, copy| m(&merged, copy))
}

/// The merge notes keeping `field`'s other values.
fn kept(incident: &Incident, field: &str) -> Vec<String> {
    incident
        .timeline
        .iter()
        .filter_map(|e| e.merged.as_ref())
        .filter(|m| m.field == field)
        .map(|m| m.value.clone())
        .collect()
}

fn notes_text(incident: &Incident) -> Vec<&str> {
    incident
        .timeline
        .iter()
        .filter(|e| e.kind == EntryKind::Merged)
        .map(|e| e.text.as_str())
        .collect()
}

/// Declared at 09:15 and worked on a little in one browser before anyone copied it.
fn shared() -> Incident {
    let mut base = declared();
    let mut ada = Person::new("Ada", "base", base.updated_at);
    ada.does(&mut base, 1, note(NoteKind::Note, "Before the copies"));
    base
}

mod the_reproductions {
    use super::*;

    #[test]
    fn one_persons_changes_survive_anothers_later_note() {
        let base = shared();
        let mut alice = Person::new("Alice", "aaaa", base.updated_at);
        let mut bob = Person::new("Bob", "bbbb", base.updated_at + Duration::minutes(30));
        let mut hers = base.clone();
        alice.does(&mut hers, 5, severity(Severity::P2));
        alice.does(&mut hers, 1, assign(Role::IncidentLead, "Alice"));
        alice.does(&mut hers, 1, assign(Role::CommsLead, "Sam"));
        let mut his = base.clone();
        bob.does(&mut his, 5, note(NoteKind::Note, "Cache cleared"));
        for merged in [m(&hers, &his), m(&his, &hers)] {
            assert_eq!(merged.severity, Some(Severity::P2));
            assert_eq!(merged.holder(&Role::IncidentLead).unwrap().person, "Alice");
            assert_eq!(merged.holder(&Role::CommsLead).unwrap().person, "Sam");
            assert!(merged.timeline.iter().any(|e| e.text == "Cache cleared"));
            assert!(notes_text(&merged).is_empty(), "nothing conflicted");
        }
    }

    #[test]
    fn a_reviewed_copy_keeps_its_review_against_a_later_unreviewed_one() {
        let resolved = with(
            shared(),
            [
                severity(Severity::P3),
                Command::Resolve {
                    how: "Rolled back".into(),
                },
            ],
        );
        let reviewed = with(
            with(resolved.clone(), review_held()),
            [Command::ChangeStatus {
                to: Status::Reviewed,
            }],
        );
        let mut later = resolved.clone();
        let mut ken = Person::new("Ken", "kkkk", reviewed.updated_at + Duration::hours(2));
        ken.does(&mut later, 1, note(NoteKind::Note, "Monitoring is quiet"));
        for merged in [m(&reviewed, &later), m(&later, &reviewed)] {
            assert_eq!(merged.status, Status::Reviewed);
            assert_eq!(merged.review, reviewed.review);
            assert_eq!(merged.resolution, reviewed.resolution);
            assert_eq!(merged.actions.len(), 1);
        }
    }

    #[test]
    fn a_note_edited_in_both_copies_keeps_both_edits() {
        let base = shared();
        let entry = base.timeline.last().unwrap().id.clone();
        let edit = |text: &str| Command::EditNote {
            entry: id(0),
            text: text.into(),
        };
        let (mut a, mut b) = (base.clone(), base.clone());
        Person::new("Ada", "aaaa", base.updated_at).does(
            &mut a,
            3,
            edit("Before the copies, edited by Ada"),
        );
        Person::new("Bob", "bbbb", base.updated_at).does(
            &mut b,
            4,
            edit("Before the copies, edited by Bob"),
        );
        let merged = m(&a, &b);
        assert_eq!(merged, m(&b, &a));
        let note = merged.timeline.iter().find(|e| e.id == entry).unwrap();
        assert_eq!(
            note.text, "Before the copies, edited by Bob",
            "the later edit"
        );
        let earlier: Vec<&str> = note
            .previous_versions
            .iter()
            .map(|v| v.text.as_str())
            .collect();
        assert_eq!(
            earlier,
            ["Before the copies", "Before the copies, edited by Ada"]
        );
        assert_eq!(note.previous_versions[1].replaced_by, "Bob");
    }

    #[test]
    fn a_different_incident_with_the_same_id_is_never_merged() {
        let ours = shared();
        let mut declaration = declaration();
        declaration.title = "Someone else's incident".into();
        let theirs = Incident::declare(
            ours.id.clone(),
            declaration,
            None,
            &ctx("Mallory", at(9, 20)),
        )
        .unwrap();
        assert_eq!(merge(&ours, &theirs), Err(DifferentIncidents));
        let planned = plan(&theirs, LocalCopy::Readable(Box::new(ours.clone())));
        assert_eq!(planned.outcome, Outcome::Different);
        assert_eq!(planned.result, theirs, "nothing of ours in it");
    }

    #[test]
    fn the_same_file_twice_or_an_older_copy_changes_nothing() {
        let base = shared();
        let mut newer = base.clone();
        Person::new("Bob", "bbbb", base.updated_at).does(&mut newer, 5, severity(Severity::P2));
        let mut ours = base.clone();
        Person::new("Ada", "aaaa", base.updated_at).does(
            &mut ours,
            5,
            note(NoteKind::Note, "Ours"),
        );
        let first = plan(&newer, LocalCopy::Readable(Box::new(ours.clone())));
        assert_eq!(first.outcome, Outcome::Merged);
        let mut saved = first.result;
        Person::new("Ada", "aaaa", saved.updated_at).does(
            &mut saved,
            1,
            note(NoteKind::Note, "Merged with a copy from “file.json”."),
        );
        assert_eq!(
            plan(&newer, LocalCopy::Readable(Box::new(saved.clone()))).outcome,
            Outcome::Older
        );
        assert_eq!(
            plan(&saved, LocalCopy::Readable(Box::new(saved.clone()))).outcome,
            Outcome::Unchanged
        );
        assert_eq!(
            plan(&base, LocalCopy::Readable(Box::new(saved.clone()))).outcome,
            Outcome::Older
        );
        assert_eq!(
            plan(&saved, LocalCopy::Readable(Box::new(base.clone()))).outcome,
            Outcome::Updated
        );
        assert_eq!(plan(&saved, LocalCopy::Missing).outcome, Outcome::New);
        assert_eq!(
            plan(&saved, LocalCopy::Unreadable).outcome,
            Outcome::Blocked
        );
    }
}

#[test]
fn a_field_changed_in_both_copies_takes_the_later_change_and_keeps_the_other() {
    let base = shared();
    let mut title = declaration();
    title.title = "Website down for everyone".into();
    let mut earlier = base.clone();
    let mut ada = Person::new("Ada", "aaaa", base.updated_at);
    ada.does(&mut earlier, 5, Command::EditDetails(title));
    ada.does(&mut earlier, 5, severity(Severity::P2));
    let mut title = declaration();
    title.title = "Website slow".into();
    let mut later = base.clone();
    let mut bob = Person::new("Bob", "bbbb", base.updated_at);
    bob.does(&mut later, 9, Command::EditDetails(title));
    bob.does(&mut later, 9, severity(Severity::P3));
    let merged = m(&earlier, &later);
    assert_eq!(merged.title(), "Website slow");
    assert_eq!(merged.severity, Some(Severity::P3));
    assert_eq!(
        notes_text(&merged),
        [
            "Another copy of this incident had a different title: Website down for everyone",
            "Another copy of this incident had a different severity: P2",
        ]
    );
    // Bob, having seen the merge, picks P2 after all: that is no conflict.
    let mut settled = merged.clone();
    let p2 = Command::SetSeverity {
        severity: Severity::P2,
        reason: "It is wider".into(),
    };
    assert!(bob.does(&mut settled, 1, p2));
    let again = m(&settled, &later);
    assert_eq!(again.severity, Some(Severity::P2));
    assert_eq!(again, m(&earlier, &settled));
}

#[test]
fn a_change_made_after_seeing_another_wins_even_on_a_clock_hours_behind() {
    let base = shared();
    let mut alice = Person::new("Alice", "aaaa", base.updated_at + Duration::hours(3));
    let mut hers = base.clone();
    alice.does(&mut hers, 1, severity(Severity::P1));
    // Bob's clock is three hours behind hers; he merges her copy, then decides.
    let mut bob = Person::new("Bob", "bbbb", base.updated_at);
    let mut his = m(&base, &hers);
    bob.does(
        &mut his,
        1,
        Command::SetSeverity {
            severity: Severity::P3,
            reason: "Only the preview site".into(),
        },
    );
    let his_change = his.timeline.iter().find(|e| e.author == "Bob").unwrap();
    assert!(
        his_change.recorded_at < hers.updated_at,
        "his clock is behind"
    );
    for merged in [m(&hers, &his), m(&his, &hers)] {
        assert_eq!(merged.severity, Some(Severity::P3));
        assert!(
            kept(&merged, "severity").is_empty(),
            "no conflict: he saw hers"
        );
    }
}

#[test]
fn a_role_removed_in_one_copy_stays_removed() {
    let base = with(shared(), [assign(Role::Other("Scribe".into()), "Ken")]);
    let mut removed = base.clone();
    Person::new("Ada", "aaaa", base.updated_at).does(
        &mut removed,
        1,
        Command::UnassignRole {
            role: Role::Other("scribe".into()),
        },
    );
    let mut other = base.clone();
    Person::new("Bob", "bbbb", base.updated_at).does(&mut other, 5, note(NoteKind::Note, "Later"));
    assert_eq!(m(&removed, &other).extra_roles().count(), 0);
}

#[test]
fn a_copy_closed_while_another_added_clean_up_is_held_back_until_it_is_done() {
    let reviewed = with(
        with(
            with(
                shared(),
                [
                    severity(Severity::P3),
                    Command::Resolve {
                        how: "Fixed".into(),
                    },
                ],
            ),
            review_held(),
        ),
        [Command::ChangeStatus {
            to: Status::Reviewed,
        }],
    );
    let action = reviewed.actions[0].id.clone();
    let mut closed = reviewed.clone();
    let mut ada = Person::new("Ada", "aaaa", reviewed.updated_at);
    ada.does(
        &mut closed,
        1,
        Command::LinkActionIssue {
            action: action.clone(),
            url: "https://github.com/alphagov/govuk-design-system/issues/1".into(),
        },
    );
    ada.does(&mut closed, 1, Command::ChangeStatus { to: Status::Closed });
    assert_eq!(closed.status, Status::Closed);
    let mut more = reviewed.clone();
    let mut bob = Person::new("Bob", "bbbb", reviewed.updated_at);
    bob.does(
        &mut more,
        1,
        Command::AddLongTailItem {
            text: "Remove the old links".into(),
            owner: "Bob".into(),
        },
    );
    let merged = m(&closed, &more);
    assert_eq!(merged, m(&more, &closed));
    assert_eq!(merged.status, Status::Reviewed);
    assert_eq!(merged.status_held_back, Some(Status::Closed));
    assert!(missing_for_status(&merged, merged.status).is_empty());
    let why = merged
        .timeline
        .iter()
        .find(|e| e.text.contains("cannot be closed"))
        .unwrap();
    assert!(why.text.contains("clean-up (1 left)"), "{}", why.text);
    // Once the clean-up is done, it is closed, as Ada asked.
    let mut done = merged.clone();
    let item = done.long_tail[0].id.clone();
    assert!(bob.does(&mut done, 1, Command::CompleteLongTailItem { item }));
    assert_eq!(done.status, Status::Closed);
    assert_eq!(done.status_held_back, None);
    assert!(!done
        .timeline
        .iter()
        .any(|e| e.text.contains("cannot be closed")));
    assert_eq!(m(&done, &closed), done);
    assert_eq!(m(&done, &more), done);
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
fn copies_from_before_stamps_merge_as_the_later_copy_wins() {
    let base = shared();
    let mut a = base.clone();
    Person::new("Ada", "aaaa", base.updated_at).does(&mut a, 5, severity(Severity::P2));
    let mut b = base.clone();
    let mut bob = Person::new("Bob", "bbbb", base.updated_at);
    bob.does(&mut b, 5, note(NoteKind::Note, "Later"));
    bob.does(&mut b, 5, severity(Severity::P4));
    for copy in [&mut a, &mut b] {
        copy.stamps.clear();
        copy.stamp_legacy();
    }
    let merged = m(&a, &b);
    assert_eq!(merged, m(&b, &a));
    assert_eq!(merged.severity, Some(Severity::P4), "changed last");
    assert_eq!(kept(&merged, "severity"), ["P2"]);
    // A change made after reading them forward wins, with no note.
    let mut c = a.clone();
    let p1 = Command::SetSeverity {
        severity: Severity::P1,
        reason: "Wider than we thought".into(),
    };
    assert!(Person::new("Ada", "aaaa", b.updated_at).does(&mut c, 5, p1));
    assert_eq!(m(&c, &a).severity, Some(Severity::P1));
    assert!(kept(&m(&c, &a), "severity").is_empty());
}

/// What a copy holds that must survive any merge: every entry, every
/// wording each ever had, every action, piece of clean-up and message.
fn assert_nothing_lost(merged: &Incident, copy: &Incident) -> Result<(), TestCaseError> {
    for entry in copy.timeline.iter().filter(|e| e.kind != EntryKind::Merged) {
        let Some(kept) = merged.timeline.iter().find(|e| e.id == entry.id) else {
            return Err(TestCaseError::fail(format!("lost entry {entry:?}")));
        };
        let wordings = |e: &TimelineEntry| -> Vec<String> {
            e.previous_versions
                .iter()
                .map(|v| v.text.clone())
                .chain([e.text.clone()])
                .collect()
        };
        for wording in wordings(entry) {
            prop_assert!(
                wordings(kept).contains(&wording),
                "lost wording {wording:?}"
            );
        }
    }
    for action in &copy.actions {
        prop_assert!(merged.actions.iter().any(|x| x.id == action.id));
    }
    for item in &copy.long_tail {
        prop_assert!(merged.long_tail.iter().any(|x| x.id == item.id));
    }
    for sent in &copy.communications {
        let count = |i: &Incident| i.communications.iter().filter(|c| *c == sent).count();
        prop_assert!(count(merged) >= count(copy));
    }
    for skipped in &copy.skipped_tasks {
        prop_assert!(merged.skipped_tasks.contains(skipped));
    }
    Ok(())
}

/// Each field changed in exactly one copy has that copy's value; each
/// changed in several has the value with the latest stamp, and every other
/// value on the timeline.
fn assert_intentions_kept(
    merged: &Incident,
    base: &Incident,
    copies: &[&Incident],
) -> Result<(), TestCaseError> {
    for field in FIELDS.iter().filter(|f| f.noted) {
        let changed: Vec<&&Incident> = copies
            .iter()
            .filter(|c| c.stamp_of(field.key) != base.stamp_of(field.key))
            .collect();
        let Some(latest) = changed.iter().max_by_key(|c| c.stamp_of(field.key)) else {
            if field.key != "status" {
                prop_assert!(
                    (field.same)(merged, base),
                    "{} changed by nobody",
                    field.key
                );
            }
            continue;
        };
        if field.key == "status" {
            prop_assert_eq!(merged.wanted_status(), latest.wanted_status());
            prop_assert_eq!(&merged.resolution, &latest.resolution);
        } else {
            prop_assert_eq!((field.show)(merged), (field.show)(latest), "{}", field.key);
        }
        if changed.len() > 1 {
            let others = kept(merged, field.key);
            for copy in changed
                .iter()
                .filter(|c| (field.show)(c) != (field.show)(latest))
            {
                prop_assert!(
                    others.contains(&(field.show)(copy)),
                    "{}: {:?} not kept among {:?}",
                    field.key,
                    (field.show)(copy),
                    others
                );
            }
        }
    }
    for role in [Role::IncidentLead, Role::CommsLead] {
        let key = role_key(&role.key());
        let person = |c: &Incident| c.holder(&role).map(|r| r.person.clone());
        let changed: Vec<&&Incident> = copies
            .iter()
            .filter(|c| c.stamp_of(&key) != base.stamp_of(&key))
            .collect();
        match changed.iter().max_by_key(|c| c.stamp_of(&key)) {
            Some(latest) => prop_assert_eq!(person(merged), person(latest)),
            None => prop_assert_eq!(person(merged), person(base)),
        }
    }
    let status = merged.status;
    prop_assert!(
        missing_for_status(merged, status).is_empty(),
        "{status} without its rules"
    );
    Ok(())
}

/// A copy of `base` worked on by one person: commands some minutes apart
/// (none apart: in the same millisecond), starting from their clock.
fn worked(base: &Incident, person: &mut Person, steps: Vec<(i64, Command)>) -> Incident {
    let mut copy = base.clone();
    for (minutes, command) in steps {
        person.does(&mut copy, minutes, command);
    }
    copy
}

fn steps() -> impl Strategy<Value = Vec<(i64, Command)>> {
    let edit_details = ("[ a-zA-Z]{1,12}", any::<bool>()).prop_map(|(summary, security)| {
        Command::EditDetails(Declaration {
            summary,
            security_related: security,
            ..declaration()
        })
    });
    let command = prop_oneof![4 => any_command(), 1 => edit_details];
    prop::collection::vec((0i64..20, command), 0..14)
}

/// Clocks: on time, a little ahead, or hours behind the shared copy.
fn clock_offset() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), 1i64..30, Just(-180i64), Just(-600i64)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn three_copies_merged_in_any_order_agree_and_keep_every_intention(
        (sa, sb, sc) in (steps(), steps(), steps()),
        (oa, ob, oc) in (clock_offset(), clock_offset(), clock_offset()),
    ) {
        let base = with(
            shared(),
            [severity(Severity::P3), assign(Role::IncidentLead, "Ada")],
        );
        let start = base.updated_at;
        let person = |name, device, offset| Person::new(name, device, start + Duration::minutes(offset));
        let a = worked(&base, &mut person("Ada", "aaaa", oa), sa);
        let b = worked(&base, &mut person("Bob", "bbbb", ob), sb);
        let c = worked(&base, &mut person("Cy", "cccc", oc), sc);
        let ab = m(&a, &b);
        for copy in [&a, &b, &c, &ab] {
            prop_assert_eq!(&m(copy, copy), copy);
        }
        prop_assert_eq!(&ab, &m(&b, &a));
        prop_assert_eq!(&m(&ab, &b), &ab);
        let all = m(&ab, &c);
        for order in [[&a, &b, &c], [&a, &c, &b], [&b, &c, &a], [&c, &b, &a], [&c, &a, &b]] {
            prop_assert_eq!(&merged_all(&order), &all);
        }
        prop_assert_eq!(&m(&a, &m(&b, &c)), &all);
        for copy in [&a, &b, &c] {
            assert_nothing_lost(&all, copy)?;
        }
        assert_intentions_kept(&all, &base, &[&a, &b, &c])?;
        assert_intentions_kept(&ab, &base, &[&a, &b])?;
    }

    #[test]
    fn copies_that_sync_now_and_then_converge_and_lose_nothing(
        rounds in prop::collection::vec((0usize..3, steps(), 0usize..3), 1..5),
        offsets in (clock_offset(), clock_offset(), clock_offset()),
    ) {
        let base = shared();
        let start = base.updated_at;
        let mut people = [
            Person::new("Ada", "aaaa", start + Duration::minutes(offsets.0)),
            Person::new("Bob", "bbbb", start + Duration::minutes(offsets.1)),
            Person::new("Cy", "cccc", start + Duration::minutes(offsets.2)),
        ];
        let mut copies = [base.clone(), base.clone(), base.clone()];
        let mut everything: Vec<Incident> = Vec::new();
        for (who, steps, from) in rounds {
            // Someone works, then takes in another's copy, then carries on.
            let split = steps.len() / 2;
            for (minutes, command) in steps[..split].iter().cloned() {
                people[who].does(&mut copies[who], minutes, command);
            }
            everything.push(copies[who].clone());
            copies[who] = m(&copies[who], &copies[from]);
            for (minutes, command) in steps[split..].iter().cloned() {
                people[who].does(&mut copies[who], minutes, command);
            }
            everything.push(copies[who].clone());
        }
        let all = merged_all(&[&copies[0], &copies[1], &copies[2]]);
        prop_assert_eq!(&all, &merged_all(&[&copies[2], &copies[0], &copies[1]]));
        for copy in copies.iter().chain(&everything) {
            assert_nothing_lost(&all, copy)?;
            prop_assert_eq!(&m(&all, copy), &all, "a copy already merged in adds nothing");
        }
        prop_assert!(missing_for_status(&all, all.status).is_empty());
    }
}
