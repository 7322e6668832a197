//! The localStorage backend, against the real thing in headless Chromium.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(target_arch = "wasm32")]

#[path = "../core/tests/common/mod.rs"]
mod common;

use common::{incident, with_note};
use incident_desk::store::{incident_key, Backend, IncidentStore, LocalStorage, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store() -> IncidentStore<LocalStorage> {
    IncidentStore::new(LocalStorage::open().unwrap())
}

#[wasm_bindgen_test]
fn an_incident_round_trips_through_local_storage_and_is_listed() {
    let mut store = store();
    let saved = with_note(incident(1), "Rolled back the release");
    store.save(&saved).unwrap();
    // A new store reads what the first wrote, as a reload would.
    let mut reopened = self::store();
    assert_eq!(reopened.load(&saved.id).unwrap(), saved);
    let listed = reopened.list().unwrap();
    assert!(listed
        .entries
        .iter()
        .any(|e| e.id == saved.id && e.title == "Incident 1"));
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_reported_with_its_text_and_not_overwritten() {
    let mut store = store();
    let damaged = incident(2);
    let key = incident_key(&damaged.id);
    let raw = store.backend().raw().clone();
    raw.set_item(&key, "{\"schema_version\":1,\"id\":").unwrap();
    match store.load(&damaged.id) {
        Err(StoreError::Corrupt {
            key: k, raw: text, ..
        }) => {
            assert_eq!(k, key);
            assert_eq!(text, "{\"schema_version\":1,\"id\":");
        }
        other => panic!("expected the value to be reported as corrupt, got {other:?}"),
    }
    assert!(matches!(
        store.save(&damaged),
        Err(StoreError::Corrupt { .. })
    ));
    assert_eq!(
        raw.get_item(&key).unwrap().as_deref(),
        Some("{\"schema_version\":1,\"id\":")
    );
    assert!(store
        .list()
        .unwrap()
        .unreadable
        .iter()
        .any(|d| d.key == key));
    raw.remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_the_saved_copy_survives() {
    let mut store = store();
    let original = incident(3);
    store.save(&original).unwrap();
    let raw = store.backend().raw().clone();

    // Fill storage until the browser refuses, in ever smaller pieces.
    let mut fillers = Vec::new();
    for size in [1 << 20, 1 << 16, 1 << 12, 1 << 8] {
        let chunk = "x".repeat(size);
        loop {
            let key = format!("test-filler/{}", fillers.len());
            if raw.set_item(&key, &chunk).is_err() {
                break;
            }
            fillers.push(key);
        }
    }
    assert!(!fillers.is_empty(), "storage never filled up");

    let bigger = with_note(original.clone(), &"y".repeat(4096));
    let result = store.save(&bigger);
    for key in &fillers {
        raw.remove_item(key).unwrap();
    }
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(store.load(&original.id).unwrap(), original);
    assert!(StoreError::QuotaExceeded.to_string().contains("full"));
}

#[wasm_bindgen_test]
fn the_backend_lists_the_keys_it_holds() {
    let mut backend = LocalStorage::open().unwrap();
    backend.set("test-key/listed", "1").unwrap();
    assert!(backend
        .keys()
        .unwrap()
        .contains(&"test-key/listed".to_owned()));
    assert_eq!(
        backend.get("test-key/listed").unwrap().as_deref(),
        Some("1")
    );
    backend.raw().remove_item("test-key/listed").unwrap();
}
