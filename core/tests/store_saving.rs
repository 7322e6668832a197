//! Saving a tab's changes by replaying them onto whatever is saved, so that
//! no tab writes over another's: including after a failed save, and when
//! another tab's newer version no longer lets a change apply.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{incident, next_minute, note};
use incident_desk_core::domain::{Command, Incident, Status};
use incident_desk_core::store::{
    save_changes, Change, IncidentStore, MemoryBackend, SaveFailure, StoreError, INDEX_KEY,
};

fn noted(base: &Incident, text: &str, device: &str) -> Change {
    Change::Command(note(text), next_minute(base).with_device(device.to_owned()))
}

fn texts(store: &IncidentStore<MemoryBackend>, incident: &Incident) -> Vec<String> {
    store
        .load(&incident.id)
        .unwrap()
        .timeline
        .into_iter()
        .map(|e| e.text)
        .collect()
}

#[test]
fn two_tabs_adding_notes_to_the_same_incident_both_keep_their_notes() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    // Both tabs made their note on the version they opened.
    let a = noted(&opened, "from tab A", "aaaa");
    let b = noted(&opened, "from tab B", "bbbb");
    save_changes(&mut store, &opened.id, &[a], false).unwrap();
    let saved = save_changes(&mut store, &opened.id, &[b], false).unwrap();
    assert_eq!(saved.revision, 3);
    assert_eq!(
        texts(&store, &opened),
        ["Incident declared.", "from tab A", "from tab B"]
    );
}

/// The reproduction from the issue: fill the quota, tab 1 adds a note and
/// fails; space is freed; tab 2 adds a note; tab 1 retries, then adds another.
#[test]
fn a_retried_save_rebases_onto_the_other_tabs_newer_save_instead_of_replacing_it() {
    let opened = incident(1);
    let mut full = IncidentStore::new(MemoryBackend::with_quota(2_500));
    full.save(&opened).unwrap();
    let mut tab_1 = vec![noted(&opened, &"x".repeat(3_000), "tab1")];
    assert_eq!(
        save_changes(&mut full, &opened.id, &tab_1, false),
        Err(SaveFailure::Store(StoreError::QuotaExceeded))
    );
    let mut store = IncidentStore::new(MemoryBackend {
        quota: None,
        ..full.backend().clone()
    });
    save_changes(
        &mut store,
        &opened.id,
        &[noted(&opened, "tab 2's note", "tab2")],
        false,
    )
    .unwrap();
    let retried = save_changes(&mut store, &opened.id, &tab_1, false).unwrap();
    tab_1.clear();
    tab_1.push(noted(&retried, "tab 1's next note", "tab1"));
    save_changes(&mut store, &opened.id, &tab_1, false).unwrap();
    let texts = texts(&store, &opened);
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts.contains(&"tab 2's note".to_owned()));
    assert!(texts.contains(&"tab 1's next note".to_owned()));
}

#[test]
fn a_change_that_no_longer_applies_is_a_conflict_and_writes_nothing() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    let ctx = next_minute(&opened);
    let other_tab = Change::Command(
        Command::ChangeStatus {
            to: Status::Mitigated,
        },
        ctx.clone(),
    );
    let saved = save_changes(&mut store, &opened.id, &[other_tab], false).unwrap();
    let this_tab = Change::Command(
        Command::ChangeStatus {
            to: Status::Mitigated,
        },
        ctx,
    );
    let writes = store.backend().writes.len();
    match save_changes(&mut store, &opened.id, &[this_tab], false) {
        Err(SaveFailure::Conflict { saved: theirs, .. }) => assert_eq!(*theirs, saved),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(store.backend().writes.len(), writes);
}

#[test]
fn an_index_write_that_failed_is_finished_by_the_next_save_without_repeating_the_change() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    let mut backend = store.backend().clone();
    backend.full_for_key = Some(INDEX_KEY.to_owned());
    let mut store = IncidentStore::new(backend);
    let severity = Change::Command(
        Command::SetSeverity {
            severity: incident_desk_core::domain::Severity::P2,
            reason: String::new(),
        },
        next_minute(&opened),
    );
    let saved = match save_changes(&mut store, &opened.id, &[severity], false) {
        Err(SaveFailure::IndexBehind { saved, .. }) => *saved,
        other => panic!("expected the index to be behind, got {other:?}"),
    };
    let mut backend = store.backend().clone();
    backend.full_for_key = None;
    let mut store = IncidentStore::new(backend);
    assert_eq!(
        save_changes(&mut store, &opened.id, &[], true),
        Ok(saved.clone())
    );
    assert_eq!(store.load(&opened.id).unwrap(), saved);
    assert_eq!(store.list().unwrap().entries[0].severity, saved.severity);
}

#[test]
fn a_new_incident_is_created_once_and_commands_follow_it() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let new = incident(2);
    let changes = [Change::Create(new.clone()), noted(&new, "first note", "t")];
    let saved = save_changes(&mut store, &new.id, &changes, false).unwrap();
    assert_eq!(saved.timeline.len(), 2);
    assert_eq!(store.list().unwrap().entries[0].id, new.id);
}

#[test]
fn a_copy_from_a_file_is_merged_with_whatever_is_saved_when_it_is_applied() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    let mut teammate = opened.clone();
    teammate
        .apply(
            note("from the file"),
            &next_minute(&opened).with_device("file".into()),
        )
        .unwrap();
    // Another tab saved a note after the import was previewed.
    save_changes(
        &mut store,
        &opened.id,
        &[noted(&opened, "from a tab", "tab")],
        false,
    )
    .unwrap();
    save_changes(&mut store, &opened.id, &[Change::Merge(teammate)], false).unwrap();
    let texts = texts(&store, &opened);
    assert!(texts.contains(&"from the file".to_owned()), "{texts:?}");
    assert!(texts.contains(&"from a tab".to_owned()), "{texts:?}");
}

#[test]
fn a_refused_command_saves_nothing() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    let writes = store.backend().writes.len();
    assert!(save_changes(&mut store, &opened.id, &[noted(&opened, " ", "t")], false).is_err());
    assert_eq!(store.backend().writes.len(), writes);
}

#[test]
fn a_save_from_a_stale_copy_is_noticed_and_merging_back_loses_nothing() {
    use incident_desk_core::domain::ItemId;
    use incident_desk_core::store::{keeps_all_of, replay};
    let base = incident(1);
    // Tab A saves a note; tab B, not yet shown A's write, saves its own on
    // the old copy, which writes over A's.
    let a = replay(Some(base.clone()), &[noted(&base, "From A", "aaaa")]).unwrap();
    let b = replay(Some(base.clone()), &[noted(&base, "From B", "bbbb")]).unwrap();
    assert!(keeps_all_of(&a, &a));
    assert!(!keeps_all_of(&b, &a), "A notices its note is gone");
    let repaired = replay(Some(b.clone()), &[Change::Merge(a.clone())]).unwrap();
    assert!(keeps_all_of(&repaired, &a) && keeps_all_of(&repaired, &b));

    // An edit leaves an earlier version on its entry: losing it counts too.
    let entry: ItemId = a.timeline.last().unwrap().id.clone();
    let edit = Command::EditNote {
        entry,
        text: "From A, edited".into(),
    };
    let edited = replay(
        Some(a.clone()),
        &[Change::Command(
            edit,
            next_minute(&a).with_device("aaaa".into()),
        )],
    )
    .unwrap();
    assert!(keeps_all_of(&edited, &a));
    assert!(!keeps_all_of(&a, &edited));
}
