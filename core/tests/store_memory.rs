//! The store's rules, on the in-memory backend. The browser backend is tested
//! against real `localStorage` in `tests/store.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{incident, with_note, with_severity};
use incident_desk_core::domain::{Incident, Severity, Status, SCHEMA_VERSION};
use incident_desk_core::store::{
    incident_key, IncidentStore, MemoryBackend, StoreError, INDEX_KEY, STORE_FORMAT,
};

#[test]
fn a_saved_incident_loads_back_and_is_listed_newest_first() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    store.save(&incident(2)).unwrap();
    assert_eq!(store.load(&incident(1).id).unwrap(), incident(1));
    let titles: Vec<String> = store
        .list()
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.title)
        .collect();
    assert_eq!(titles, ["Incident 2", "Incident 1"]);
}

#[test]
fn a_save_writes_that_incident_and_the_index_only_when_its_entry_changed() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    for n in 0..20 {
        store.save(&incident(n)).unwrap();
    }
    let writes_of = |store: &IncidentStore<MemoryBackend>, before: usize| {
        store.backend().writes[before..].to_vec()
    };

    let before = store.backend().writes.len();
    let with_note = with_note(incident(7), "Restarted");
    store.save(&with_note).unwrap();
    assert_eq!(writes_of(&store, before), [incident_key(&incident(7).id)]);

    let before = store.backend().writes.len();
    store.save(&with_severity(with_note)).unwrap();
    assert_eq!(
        writes_of(&store, before),
        [incident_key(&incident(7).id), INDEX_KEY.to_owned()]
    );
}

#[test]
fn the_index_carries_what_the_register_shows() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&with_severity(incident(1))).unwrap();
    let entry = &store.list().unwrap().entries[0];
    assert_eq!(entry.severity, Some(Severity::P2));
    assert_eq!(entry.status, Status::Active);
}

#[test]
fn a_missing_incident_is_reported_as_not_found() {
    let store = IncidentStore::new(MemoryBackend::default());
    let id = incident(1).id;
    assert_eq!(store.load(&id), Err(StoreError::NotFound(id)));
}

#[test]
fn an_unreadable_incident_is_reported_with_its_text_and_never_overwritten() {
    let mut backend = MemoryBackend::default();
    let key = incident_key(&incident(1).id);
    backend.values.insert(key.clone(), "{not json".into());
    let mut store = IncidentStore::new(backend);
    match store.load(&incident(1).id) {
        Err(StoreError::Corrupt { key: k, raw, .. }) => {
            assert_eq!(k, key);
            assert_eq!(raw, "{not json");
        }
        other => panic!("expected a corrupt value, got {other:?}"),
    }
    assert!(matches!(
        store.save(&with_severity(incident(1))),
        Err(StoreError::Corrupt { .. })
    ));
    assert_eq!(store.backend().values[&key], "{not json");
    let unreadable = store.list().unwrap().unreadable;
    assert_eq!(unreadable[0].key, key);
    assert_eq!(unreadable[0].raw, "{not json");
}

#[test]
fn a_damaged_index_is_kept_aside_and_rebuilt_from_the_incidents() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    let mut backend = MemoryBackend {
        values: store.backend().values.clone(),
        ..MemoryBackend::default()
    };
    backend.values.insert(INDEX_KEY.into(), "garbage".into());
    let mut store = IncidentStore::new(backend);
    let load = store.list().unwrap();
    assert_eq!(load.entries.len(), 1);
    let kept_at = load.damaged_index_kept_at.unwrap();
    assert_eq!(store.backend().values[&kept_at], "garbage");
    assert!(store.list().unwrap().damaged_index_kept_at.is_none());
}

#[test]
fn an_incident_saved_without_its_index_entry_still_appears_in_the_register() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    let mut backend = store.backend().clone();
    backend.values.remove(INDEX_KEY);
    let mut store = IncidentStore::new(backend);
    assert_eq!(store.list().unwrap().entries[0].title, "Incident 1");
}

#[test]
fn a_full_quota_is_reported_and_the_stored_copy_is_unchanged() {
    let mut store = IncidentStore::new(MemoryBackend::with_quota(3_000));
    store.save(&incident(1)).unwrap();
    let big = with_note(incident(1), &"x".repeat(5_000));
    assert_eq!(store.save(&big), Err(StoreError::QuotaExceeded));
    assert_eq!(store.load(&big.id).unwrap(), incident(1));
}

#[test]
fn a_save_from_a_tab_holding_an_older_version_is_refused_as_a_conflict() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    let this_tab = with_note(incident(1), "from this tab");
    let other_tab = with_note(incident(1), "from the other tab");
    store.save(&other_tab).unwrap();
    assert_eq!(store.save(&this_tab), Err(StoreError::Conflict));
}

#[test]
fn data_from_a_newer_version_of_the_app_is_not_read_or_overwritten() {
    let mut json = serde_json::to_value(incident(1)).unwrap();
    json["schema_version"] = 99.into();
    let key = incident_key(&incident(1).id);
    let mut backend = MemoryBackend::default();
    backend.values.insert(key.clone(), json.to_string());
    let mut store = IncidentStore::new(backend);
    assert_eq!(
        store.load(&incident(1).id),
        Err(StoreError::TooNew {
            key: key.clone(),
            version: 99
        })
    );
    assert!(matches!(
        store.save(&with_severity(incident(1))),
        Err(StoreError::TooNew { .. })
    ));
}

/// An incident as read from a format before stamps: stamped at its last change.
fn from_before_stamps(mut incident: Incident) -> Incident {
    incident.stamp_legacy();
    incident
}

#[test]
fn an_incident_saved_by_an_earlier_format_loads_and_saves_in_the_current_one() {
    for format in [1, 2] {
        let mut json = serde_json::to_value(incident(1)).unwrap();
        json["schema_version"] = format.into();
        let key = incident_key(&incident(1).id);
        let mut backend = MemoryBackend::default();
        backend.values.insert(key.clone(), json.to_string());
        let mut store = IncidentStore::new(backend);
        let loaded = store.load(&incident(1).id).unwrap();
        assert_eq!(loaded.schema_version, SCHEMA_VERSION);
        assert_eq!(loaded, from_before_stamps(incident(1)));
        store.save(&with_note(loaded, "after the upgrade")).unwrap();
        assert!(store.backend().values[&key]
            .starts_with(&format!("{{\"schema_version\":{STORE_FORMAT},")));
    }
}

#[test]
fn a_register_saved_in_format_2_moves_to_the_current_format_when_first_listed() {
    // Format 2: each incident as exported, and an index with long names.
    let mut backend = MemoryBackend::default();
    let incidents: Vec<_> = (0..5)
        .map(|n| with_note(incident(n), "Restarted"))
        .collect();
    let mut rows = Vec::new();
    for incident in &incidents {
        let json = serde_json::to_string(&Incident {
            schema_version: 2,
            ..incident.clone()
        })
        .unwrap();
        backend.values.insert(incident_key(&incident.id), json);
        rows.push(format!(
            r#"{{"id":"{}","title":"{}","status":"active","severity":null,"started_at":"2026-03-14T09:00:00Z","declared_at":"2026-03-14T09:00:00Z"}}"#,
            incident.id,
            incident.title()
        ));
    }
    let index = format!(r#"{{"schema_version":2,"incidents":[{}]}}"#, rows.join(","));
    backend.values.insert(INDEX_KEY.into(), index);
    let before: usize = backend.values.values().map(String::len).sum();

    let mut store = IncidentStore::new(backend);
    let listed = store.list().unwrap();
    assert_eq!(listed.entries.len(), 5);
    assert!(listed.unreadable.is_empty() && listed.damaged_index_kept_at.is_none());
    for incident in &incidents {
        let stored = &store.backend().values[&incident_key(&incident.id)];
        assert!(stored.starts_with(&format!("{{\"schema_version\":{STORE_FORMAT},")));
        assert_eq!(
            store.load(&incident.id).unwrap(),
            from_before_stamps(incident.clone())
        );
    }
    assert!(store.backend().values[INDEX_KEY]
        .starts_with(&format!("{{\"schema_version\":{STORE_FORMAT},")));
    let after: usize = store.backend().values.values().map(String::len).sum();
    assert!(after < before, "{after} characters, from {before}");
}

#[test]
fn the_name_of_the_person_is_remembered() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    assert_eq!(store.your_name().unwrap(), None);
    store.remember_name(" Ada ").unwrap();
    assert_eq!(store.your_name().unwrap().as_deref(), Some("Ada"));
}

#[test]
fn every_error_reads_as_plain_words() {
    assert_eq!(
        StoreError::QuotaExceeded.to_string(),
        "This browser’s storage for Incident Desk is full, so the change could not be saved. Free some space, for example by clearing other data for this site."
    );
    assert!(StoreError::Conflict.to_string().contains("another tab"));
}

#[test]
fn unsaved_versions_replace_their_saved_entries_in_the_register_order() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    store.save(&incident(3)).unwrap();
    let mut load = store.list().unwrap();
    let unsaved_change = with_severity(incident(1));
    let never_saved = incident(2);
    load.overlay(vec![
        incident_desk_core::store::IndexEntry::from(&unsaved_change),
        incident_desk_core::store::IndexEntry::from(&never_saved),
    ]);
    let listed: Vec<(String, Option<Severity>)> = load
        .entries
        .into_iter()
        .map(|e| (e.title, e.severity))
        .collect();
    assert_eq!(
        listed,
        [
            ("Incident 3".to_owned(), None),
            ("Incident 2".to_owned(), None),
            ("Incident 1".to_owned(), Some(Severity::P2)),
        ]
    );
}

#[test]
fn a_save_whose_index_write_failed_can_be_retried_without_a_conflict() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    let backend = MemoryBackend {
        full_for_key: Some(INDEX_KEY.to_owned()),
        ..store.backend().clone()
    };
    let mut store = IncidentStore::new(backend);
    let changed = with_severity(incident(1));
    assert_eq!(store.save(&changed), Err(StoreError::QuotaExceeded));

    let backend = MemoryBackend {
        full_for_key: None,
        ..store.backend().clone()
    };
    let mut store = IncidentStore::new(backend);
    assert_eq!(store.save(&changed), Ok(()));
    assert_eq!(
        store.list().unwrap().entries[0].severity,
        Some(Severity::P2)
    );
}

mod playbook {
    use incident_desk_core::domain::Playbook;
    use incident_desk_core::store::{IncidentStore, MemoryBackend, StoreError, PLAYBOOK_KEY};

    fn edited() -> Playbook {
        Playbook {
            team_channel: "#our-incidents".into(),
            ..Playbook::default()
        }
    }

    #[test]
    fn settings_are_kept_with_a_copy_under_their_version_for_the_incidents_run_with_them() {
        let mut store = IncidentStore::new(MemoryBackend::default());
        assert_eq!(
            store.playbook().unwrap(),
            None,
            "the default needs no saving"
        );
        store.save_playbook(&edited()).unwrap();
        assert_eq!(store.playbook().unwrap(), Some(edited()));
        assert_eq!(
            store.playbook_version(&edited().version()).unwrap(),
            Some(edited())
        );
        store.save_playbook(&Playbook::default()).unwrap();
        assert_eq!(store.playbook().unwrap(), Some(Playbook::default()));
        assert_eq!(
            store.playbook_version(&edited().version()).unwrap(),
            Some(edited()),
            "earlier versions stay for the incidents run with them"
        );
        assert!(store.backend().values[PLAYBOOK_KEY].starts_with(r#"{"schema_version":2,"#));
    }

    #[test]
    fn damaged_settings_are_reported_and_kept_aside_before_new_ones_are_saved() {
        let mut backend = MemoryBackend::default();
        backend.values.insert(
            PLAYBOOK_KEY.into(),
            "{\"schema_version\":1,\"playbook\":".into(),
        );
        let mut store = IncidentStore::new(backend);
        assert!(matches!(store.playbook(), Err(StoreError::Corrupt { .. })));
        store.save_playbook(&edited()).unwrap();
        assert_eq!(store.playbook().unwrap(), Some(edited()));
        assert_eq!(
            store.backend().values["incident-desk/v1/damaged-playbook/1"],
            "{\"schema_version\":1,\"playbook\":"
        );
    }

    #[test]
    fn settings_from_a_newer_app_are_not_read_or_overwritten() {
        let mut backend = MemoryBackend::default();
        let newer = r#"{"schema_version":7,"playbook":{}}"#;
        backend.values.insert(PLAYBOOK_KEY.into(), newer.into());
        let mut store = IncidentStore::new(backend);
        assert!(matches!(
            store.playbook(),
            Err(StoreError::TooNew { version: 7, .. })
        ));
        assert!(matches!(
            store.save_playbook(&edited()),
            Err(StoreError::TooNew { .. })
        ));
        assert_eq!(store.backend().values[PLAYBOOK_KEY], newer);
    }
}

#[test]
fn a_full_export_reads_every_incident_and_names_those_it_cannot_read() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    store.save(&incident(2)).unwrap();
    let damaged = incident(3);
    let mut backend = store.backend().clone();
    backend
        .values
        .insert(incident_key(&damaged.id), "{not json".into());
    let (incidents, unreadable) = IncidentStore::new(backend).all_incidents().unwrap();
    let titles: Vec<&str> = incidents.iter().map(|i| i.title()).collect();
    assert_eq!(titles, ["Incident 2", "Incident 1"]);
    let keys: Vec<String> = unreadable.into_iter().map(|d| d.key).collect();
    assert_eq!(keys, [incident_key(&damaged.id)]);
}

#[test]
fn the_last_full_export_is_remembered() {
    let mut store = IncidentStore::new(MemoryBackend::default());
    assert_eq!(store.last_export(), None);
    let at = incident(1).declared_at;
    store.record_export(at).unwrap();
    assert_eq!(store.last_export(), Some(at));
}

#[test]
fn only_a_finished_record_can_be_deleted_and_it_leaves_the_register() {
    use incident_desk_core::domain::{Context, Deletion, IncidentId, TriageAnswers, Urgency};
    let mut store = IncidentStore::new(MemoryBackend::default());
    store.save(&incident(1)).unwrap();
    let by_ada = |id: &IncidentId| Deletion {
        id: id.clone(),
        by: "Ada".into(),
        at: incident(3).declared_at,
    };
    assert_eq!(
        store.delete(by_ada(&incident(1).id)),
        Err(StoreError::StillOpen)
    );
    let at = incident(2).declared_at;
    let record = incident_desk_core::domain::Incident::record_not_an_incident(
        IncidentId::generate(at, 7),
        "Typo".into(),
        "A typo on a page.".into(),
        TriageAnswers::new([], Urgency::CanWait),
        "Wrong text only.".into(),
        &Context::new("Ada", at),
    )
    .unwrap();
    store.save(&record).unwrap();
    store.delete(by_ada(&record.id)).unwrap();
    assert_eq!(
        store.deletions().unwrap(),
        [by_ada(&record.id)],
        "remembered"
    );
    let ids: Vec<_> = store
        .list()
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, [incident(1).id]);
    assert!(!store
        .backend()
        .values
        .contains_key(&incident_key(&record.id)));
}

#[test]
fn usage_counts_keys_and_values_as_the_browser_does() {
    let mut backend = MemoryBackend::default();
    backend.values.insert("k".into(), "€é".into());
    // One character for the key, and two for the value, not its five bytes.
    assert_eq!(IncidentStore::new(backend).usage().unwrap().used, 3);
}

#[test]
fn the_quota_counts_utf16_units_as_browsers_do_and_a_tabs_memory_keeps_no_write_log() {
    use incident_desk_core::store::Backend;
    // "é" is one unit (two UTF-8 bytes); "🔥" is two units (four bytes).
    let mut backend = MemoryBackend::with_quota(6);
    assert!(backend.set("k", "ééééé").is_ok());
    let mut backend = MemoryBackend::with_quota(6);
    assert_eq!(backend.set("k", "🔥🔥🔥"), Err(StoreError::QuotaExceeded));
    let mut tab = MemoryBackend::for_a_tab();
    for n in 0..100 {
        tab.set("k", &n.to_string()).unwrap();
    }
    assert!(tab.writes.is_empty());
}
