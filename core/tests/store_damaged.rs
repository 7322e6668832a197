//! Tampered or odd stored data: reported and kept, never saved over, and
//! never allowed to hide the incidents that can be read.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{incident, with_note, with_severity};
use incident_desk_core::domain::Severity;
use incident_desk_core::store::{
    incident_key, IncidentStore, IndexMemory, MemoryBackend, StoreError, INCIDENT_PREFIX, INDEX_KEY,
};

fn stored(incidents: &[u64]) -> MemoryBackend {
    let mut store = IncidentStore::new(MemoryBackend::default());
    for n in incidents {
        store.save(&incident(*n)).unwrap();
    }
    store.backend().clone()
}

#[test]
fn an_incident_under_another_incidents_key_is_damaged_and_never_saved_over_the_real_one() {
    let mut backend = stored(&[1, 2]);
    // Key 1 now holds a copy of incident 2, as tampering might leave it.
    let copy_of_2 = backend.values[&incident_key(&incident(2).id)].clone();
    backend
        .values
        .insert(incident_key(&incident(1).id), copy_of_2.clone());
    let mut store = IncidentStore::new(backend);
    match store.load(&incident(1).id) {
        Err(StoreError::Corrupt { reason, raw, .. }) => {
            assert!(reason.contains("belongs under another key"), "{reason}");
            assert_eq!(raw, copy_of_2);
        }
        other => panic!("expected damaged data, got {other:?}"),
    }
    assert!(store.save(&with_note(incident(1), "x")).is_err());
    assert_eq!(store.load(&incident(2).id).unwrap(), incident(2));
}

#[test]
fn a_stored_revision_at_its_maximum_is_damaged_data() {
    let mut backend = stored(&[1]);
    let key = incident_key(&incident(1).id);
    let mut json: serde_json::Value = serde_json::from_str(&backend.values[&key]).unwrap();
    json["revision"] = u64::MAX.into();
    backend.values.insert(key, json.to_string());
    let store = IncidentStore::new(backend);
    assert!(matches!(
        store.load(&incident(1).id),
        Err(StoreError::Corrupt { .. })
    ));
}

#[test]
fn keys_under_the_incident_prefix_that_are_not_ids_are_listed_as_unreadable() {
    let mut backend = stored(&[1]);
    let odd = format!("{INCIDENT_PREFIX}not an id!");
    backend.values.insert(odd.clone(), "{}".into());
    let load = IncidentStore::new(backend).list().unwrap();
    assert_eq!(load.entries.len(), 1);
    assert_eq!(load.unreadable.len(), 1);
    assert_eq!(load.unreadable[0].key, odd);
    assert!(load.unreadable[0].reason.contains("not an incident id"));
}

#[test]
fn a_newer_format_index_is_left_alone_and_the_incidents_are_listed_from_their_own_keys() {
    let mut backend = stored(&[1, 2]);
    let newer = r#"{"schema_version":99,"incidents":[],"shape":"unknown"}"#;
    backend.values.insert(INDEX_KEY.into(), newer.into());
    let mut store = IncidentStore::new(backend);
    let load = store.list().unwrap();
    assert_eq!(load.index_too_new, Some(99));
    let titles: Vec<String> = load.entries.into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["Incident 2", "Incident 1"]);
    assert_eq!(store.backend().values[INDEX_KEY], newer);
    // Saving would have to write the index: refused, so it stays untouched.
    assert!(matches!(
        store.save(&with_severity(incident(1))),
        Err(StoreError::TooNew { .. })
    ));
    assert_eq!(store.backend().values[INDEX_KEY], newer);
}

#[test]
fn a_duplicated_index_row_is_made_again_from_its_incident() {
    let mut backend = stored(&[1, 2]);
    let mut index: serde_json::Value = serde_json::from_str(&backend.values[INDEX_KEY]).unwrap();
    let rows = index["incidents"].as_array_mut().unwrap();
    let mut wrong = rows[0].clone();
    wrong[1] = "A stale title".into(); // The title, in a row as stored.
    rows.push(wrong);
    backend.values.insert(INDEX_KEY.into(), index.to_string());
    let mut store = IncidentStore::new(backend);
    let titles: Vec<String> = store
        .list()
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.title)
        .collect();
    assert_eq!(titles, ["Incident 2", "Incident 1"]);
    assert!(!store.backend().values[INDEX_KEY].contains("A stale title"));
}

#[test]
fn a_stale_index_row_is_brought_up_to_date_when_every_incident_is_read() {
    let mut backend = stored(&[1]);
    // The incident was saved with a severity (by a version that stored the
    // export format, 2), but its index write failed.
    let mut changed = with_severity(incident(1));
    changed.schema_version = 2;
    backend.values.insert(
        incident_key(&changed.id),
        serde_json::to_string(&changed).unwrap(),
    );
    let mut store = IncidentStore::new(backend);
    assert_eq!(store.list().unwrap().entries[0].severity, None);
    store.all_incidents().unwrap();
    assert_eq!(
        store.list().unwrap().entries[0].severity,
        Some(Severity::P2)
    );
}

#[test]
fn an_index_rebuilt_while_storage_is_full_is_kept_for_the_session_and_the_person_told() {
    let mut backend = stored(&[1, 2, 3]);
    backend.values.remove(INDEX_KEY);
    backend.full_for_key = Some(INDEX_KEY.into());
    let memory = IndexMemory::default();
    let mut store = IncidentStore::new(backend).with_index_memory(memory.clone());
    let first = store.list().unwrap();
    assert_eq!(first.entries.len(), 3);
    assert_eq!(first.index_not_saved, Some(StoreError::QuotaExceeded));
    // Opened again in the same session: the incidents are not read again.
    let backend = store.backend().clone();
    let reads_before = backend.reads.get();
    let mut again = IncidentStore::new(backend).with_index_memory(memory);
    let second = again.list().unwrap();
    assert_eq!(second.entries, first.entries);
    assert_eq!(second.index_not_saved, Some(StoreError::QuotaExceeded));
    assert!(
        again.backend().reads.get() - reads_before <= 1,
        "read {} values",
        again.backend().reads.get() - reads_before
    );
}

#[test]
fn recover_data_lists_every_damaged_value_and_deletes_only_those_when_asked() {
    let mut backend = stored(&[1, 2]);
    let damaged = incident_key(&incident(1).id);
    backend.values.insert(damaged.clone(), "{not json".into());
    backend.values.insert(INDEX_KEY.into(), "garbage".into());
    let mut store = IncidentStore::new(backend);
    store.list().unwrap(); // keeps the damaged index aside
    let found = store.damaged().unwrap();
    let keys: Vec<&str> = found.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(keys, ["incident-desk/v1/damaged-index/1", damaged.as_str()]);
    assert_eq!(found[0].raw, "garbage");
    assert_eq!(found[1].raw, "{not json");

    let good = incident_key(&incident(2).id);
    assert_eq!(
        store.remove_damaged(&good),
        Err(StoreError::NotDamaged(good.clone()))
    );
    store.remove_damaged(&damaged).unwrap();
    assert!(!store.backend().values.contains_key(&damaged));
    assert!(store.backend().values.contains_key(&good));
}

#[test]
fn reading_the_register_to_draw_it_writes_nothing_and_lists_what_a_repair_would() {
    let mut backend = stored(&[1, 2, 3]);
    backend.values.insert(INDEX_KEY.into(), "{ damaged".into());
    let before = backend.values.clone();
    let store = IncidentStore::new(backend);
    let read = store.read_list().unwrap();
    assert_eq!(store.backend().values, before, "a read changed storage");
    assert_eq!(read.entries.len(), 3);
    assert_eq!(read.damaged_index_kept_at, None);

    let mut store = store;
    let repaired = store.list().unwrap();
    assert_eq!(repaired.entries, read.entries);
    assert!(repaired.damaged_index_kept_at.is_some());
    assert_ne!(store.backend().values, before, "the repair wrote nothing");
    assert_eq!(store.read_list().unwrap().entries, read.entries);
}

#[test]
fn the_index_alone_draws_the_register_reading_no_incident_when_it_lists_them_all() {
    let backend = stored(&[1, 2, 3]);
    let listed = IncidentStore::new(backend.clone()).read_list().unwrap();
    // Every incident's own value made unreadable: only the index is read.
    let mut garbled = backend.clone();
    for n in [1, 2, 3] {
        garbled
            .values
            .insert(incident_key(&incident(n).id), "not an incident".into());
    }
    let quick = IncidentStore::new(garbled).read_index_only().unwrap();
    assert_eq!(
        quick,
        Some(listed),
        "the index alone lists what a full read does"
    );

    // A row missing, a damaged index, or one from a newer version: only a
    // full read lists every incident.
    let mut missing_row = stored(&[1, 2]);
    let third = stored(&[3]);
    let key = incident_key(&incident(3).id);
    missing_row
        .values
        .insert(key.clone(), third.values[&key].clone());
    let mut damaged = backend.clone();
    damaged.values.insert(INDEX_KEY.into(), "{ damaged".into());
    let mut too_new = backend.clone();
    too_new.values.insert(
        INDEX_KEY.into(),
        r#"{"schema_version":999,"incidents":[]}"#.into(),
    );
    let store = IncidentStore::new(too_new.clone());
    assert_eq!(store.read_list().unwrap().index_too_new, Some(999));
    for backend in [missing_row, damaged, too_new] {
        let store = IncidentStore::new(backend);
        assert_eq!(store.read_index_only().unwrap(), None);
        assert_eq!(store.read_list().unwrap().entries.len(), 3);
    }
}
