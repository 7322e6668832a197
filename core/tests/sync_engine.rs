//! The save engine: each tab's changes kept until saved, replayed onto
//! what another tab saved, per-incident save status, conflicts settled by
//! merging, and a tab's save written over by a stale one merged back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{TimeZone, Utc};
use common::{incident, next_minute, note};
use incident_desk_core::domain::{Command, Incident, Status};
use incident_desk_core::store::{Change, IncidentStore, MemoryBackend};
use incident_desk_core::sync::{Engine, ForeignWrite, SaveStatus, Waiting};

/// One tab: its engine, and a note it adds to what it shows.
fn add_note(engine: &mut Engine, shown: &Incident, text: &str, device: &str) -> Incident {
    let ctx = next_minute(shown).with_device(device.to_owned());
    let mut next = shown.clone();
    next.apply(note(text), &ctx).unwrap();
    engine.keep(Change::Command(note(text), ctx), next.clone());
    next
}

fn texts(incident: &Incident) -> Vec<&str> {
    incident.timeline.iter().map(|e| e.text.as_str()).collect()
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, 12, 0, 0).unwrap()
}

#[test]
fn two_tabs_each_keep_their_note_and_each_incident_has_its_own_save_status() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    let other = incident(2);
    store.save(&opened).unwrap();
    store.save(&other).unwrap();
    let (mut tab_a, mut tab_b) = (Engine::default(), Engine::default());
    add_note(&mut tab_a, &opened, "from tab A", "aaaa");
    add_note(&mut tab_b, &opened, "from tab B", "bbbb");
    assert!(tab_a.has_unsaved());
    assert_eq!(tab_a.status(&opened.id), SaveStatus::Unchanged);
    tab_a.saving(&opened.id);
    assert_eq!(tab_a.status(&opened.id), SaveStatus::Saving);
    tab_a.save(&mut store, &opened.id, now()).unwrap().unwrap();
    let shown = tab_b.save(&mut store, &opened.id, now()).unwrap().unwrap();
    assert_eq!(
        texts(&shown),
        ["Incident declared.", "from tab A", "from tab B"]
    );
    assert_eq!(store.load(&opened.id).unwrap(), shown);
    assert_eq!(tab_b.status(&opened.id), SaveStatus::Saved(now()));
    assert_eq!(
        tab_b.status(&other.id),
        SaveStatus::Unchanged,
        "another incident's status is its own"
    );
    assert!(!tab_b.has_unsaved());
    assert_eq!(
        tab_b.save(&mut store, &opened.id, now()),
        None,
        "nothing left to save"
    );
}

#[test]
fn a_refused_save_keeps_the_change_and_says_why_until_a_retry_saves_it() {
    let opened = incident(1);
    let mut full = IncidentStore::new(MemoryBackend::with_quota(2_500));
    full.save(&opened).unwrap();
    let mut tab = Engine::default();
    let shown = add_note(&mut tab, &opened, &"x".repeat(3_000), "aaaa");
    assert_eq!(
        tab.save(&mut full, &opened.id, now()),
        Some(Ok(shown.clone()))
    );
    let SaveStatus::NotSaved(why) = tab.status(&opened.id) else {
        panic!("saved while full");
    };
    assert!(why.contains("full"), "{why}");
    assert_eq!(
        tab.current(&full, &opened.id).unwrap(),
        shown,
        "this tab shows its change"
    );
    let mut roomy = IncidentStore::new(MemoryBackend {
        quota: None,
        ..full.backend().clone()
    });
    tab.save(&mut roomy, &opened.id, now()).unwrap().unwrap();
    assert_eq!(tab.status(&opened.id), SaveStatus::Saved(now()));
    assert_eq!(texts(&roomy.load(&opened.id).unwrap()).len(), 2);
}

#[test]
fn a_change_that_no_longer_fits_waits_for_the_person_and_keeping_both_loses_nothing() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    // Another tab resolves it.
    let mut closer = Engine::default();
    let ctx = next_minute(&opened).with_device("cccc".into());
    let mut resolved = opened.clone();
    let resolve = Command::Resolve {
        how: "Rolled back".into(),
    };
    resolved.apply(resolve.clone(), &ctx).unwrap();
    closer.keep(Change::Command(resolve, ctx), resolved);
    closer.save(&mut store, &opened.id, now()).unwrap().unwrap();
    // This tab, on the old version, moves it to Mitigated: that no longer fits.
    let mut tab = Engine::default();
    let ctx = next_minute(&opened).with_device("aaaa".into());
    let mitigate = Command::ChangeStatus {
        to: Status::Mitigated,
    };
    let mut mitigated = opened.clone();
    mitigated.apply(mitigate.clone(), &ctx).unwrap();
    tab.keep(Change::Command(mitigate, ctx), mitigated);
    let shown = tab.current(&store, &opened.id).unwrap();
    add_note(&mut tab, &shown, "Mine", "aaaa");
    tab.save(&mut store, &opened.id, now());
    assert!(tab.in_conflict(&opened.id));
    assert!(matches!(
        tab.outbox(&opened.id).unwrap().state(),
        Waiting::Conflict { .. }
    ));
    tab.update(&opened.id, |outbox| outbox.merge_into_saved());
    let kept = tab.save(&mut store, &opened.id, now()).unwrap().unwrap();
    assert!(texts(&kept).contains(&"Mine"));
    assert!(
        kept.resolution.is_some(),
        "the other tab's resolution is kept"
    );
    assert!(!tab.has_unsaved());
}

#[test]
fn a_save_written_over_by_a_stale_tab_is_merged_back() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    let opened = incident(1);
    store.save(&opened).unwrap();
    let mut tab = Engine::default();
    let mine = add_note(&mut tab, &opened, "Mine", "aaaa");
    tab.save(&mut store, &opened.id, now()).unwrap().unwrap();
    // A stale tab writes its own copy over it, without this tab's note.
    let mut stale = opened.clone();
    for text in ["Theirs", "Theirs again"] {
        let ctx = next_minute(&stale).with_device("bbbb".into());
        stale.apply(note(text), &ctx).unwrap();
    }
    store.save(&stale).unwrap();
    assert_eq!(
        tab.on_foreign_write(&store, &opened.id),
        ForeignWrite::MergeBack
    );
    let merged = tab.save(&mut store, &opened.id, now()).unwrap().unwrap();
    assert!(texts(&merged).contains(&"Mine"));
    assert!(texts(&merged).contains(&"Theirs"));
    assert_eq!(mine.id, merged.id);
    // Another tab's save that keeps everything is simply shown.
    assert!(matches!(
        tab.on_foreign_write(&store, &opened.id),
        ForeignWrite::Show(_)
    ));
}
