//! The team folder's code against a real `FileSystemDirectoryHandle`: the
//! browser's origin-private file system, which the File System Access API
//! serves the same way as a folder the person picks.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(target_arch = "wasm32")]

#[path = "../core/tests/common/mod.rs"]
mod common;

use common::{incident, with_note};
use incident_desk::domain::Playbook;
use incident_desk::report::LocalCopy;
use incident_desk::store::{save_changes, Change, IncidentStore, MemoryBackend};
use incident_desk::sync::{round, Folder, FolderError, Local, Me, Seen};
use incident_desk::ui::team::{remembered, DirectoryHandle, Disk};
use incident_desk::ui::zone::TeamZone;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A folder of its own in the origin-private file system.
async fn folder(name: &str) -> DirectoryHandle {
    let navigator = web_sys::window().unwrap().navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).unwrap();
    let get: js_sys::Function = js_sys::Reflect::get(&storage, &"getDirectory".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let root: js_sys::Promise = get.call0(&storage).unwrap().dyn_into().unwrap();
    let root = JsFuture::from(root).await.unwrap();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"create".into(), &true.into()).unwrap();
    let make: js_sys::Function = js_sys::Reflect::get(&root, &"getDirectoryHandle".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let made: js_sys::Promise = make
        .call2(&root, &name.into(), &options)
        .unwrap()
        .dyn_into()
        .unwrap();
    JsFuture::from(made).await.unwrap().unchecked_into()
}

#[wasm_bindgen_test]
async fn files_are_written_listed_and_read_back_in_folders_made_on_the_way() {
    let disk = Disk {
        root: folder("listing").await,
    };
    assert_eq!(
        disk.list("incident-desk/people").await,
        Ok(vec![]),
        "no folder yet"
    );
    assert_eq!(
        disk.read("incident-desk/people/a.json").await,
        Err(FolderError::NotFound)
    );
    disk.write("incident-desk/people/a.json", "{\"é\": 1}")
        .await
        .unwrap();
    disk.write("2026/2026-03-14-site-down.md", "# Site down")
        .await
        .unwrap();
    let listed = disk.list("incident-desk/people").await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "a.json");
    assert_eq!(
        listed[0].size,
        "{\"é\": 1}".len() as u64,
        "bytes, as written"
    );
    assert!(listed[0].modified > 0);
    assert_eq!(
        disk.read("incident-desk/people/a.json").await.unwrap(),
        "{\"é\": 1}"
    );
    disk.write("incident-desk/people/a.json", "shorter")
        .await
        .unwrap();
    assert_eq!(
        disk.read("incident-desk/people/a.json").await.unwrap(),
        "shorter",
        "written whole"
    );
}

#[wasm_bindgen_test]
async fn the_chosen_folder_is_kept_in_indexeddb_and_read_back() {
    let handle = folder("kept").await;
    remembered::keep(&handle).await.unwrap();
    let kept = remembered::kept().await.expect("kept");
    assert_eq!(kept.name(), "kept");
    Disk { root: kept }
        .write("note.txt", "through the kept handle")
        .await
        .unwrap();
    assert_eq!(
        Disk { root: handle }.read("note.txt").await.unwrap(),
        "through the kept handle"
    );
    remembered::forget().await.unwrap();
    assert!(remembered::kept().await.is_none());
}

struct Browser {
    store: IncidentStore<MemoryBackend>,
}

impl Local for Browser {
    fn incidents(&self) -> Vec<incident_desk::domain::Incident> {
        let mut store = IncidentStore::new(self.store.backend().clone());
        store.all_incidents().unwrap().0
    }
    fn local_copy(&self, id: &incident_desk::domain::IncidentId) -> LocalCopy {
        match self.store.load(id) {
            Ok(incident) => LocalCopy::Readable(Box::new(incident)),
            Err(_) => LocalCopy::Missing,
        }
    }
    fn deletions(&self) -> Vec<incident_desk::domain::Deletion> {
        self.store.deletions().unwrap()
    }
    async fn merge(&mut self, copy: incident_desk::domain::Incident) -> Result<(), String> {
        let id = copy.id.clone();
        save_changes(&mut self.store, &id, &[Change::Merge(copy)], false)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
    async fn delete(
        &mut self,
        deletions: &[incident_desk::domain::Deletion],
    ) -> Result<(), String> {
        self.store
            .apply_deletions(deletions)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

#[wasm_bindgen_test]
async fn two_browsers_meet_in_a_real_folder() {
    let disk = Disk {
        root: folder("meeting").await,
    };
    let playbook = Playbook::default();
    let zone = TeamZone::new("Europe/London");
    let mut ada = Browser {
        store: IncidentStore::new(MemoryBackend::default()),
    };
    ada.store.save(&with_note(incident(1), "From Ada")).unwrap();
    let mut bob = Browser {
        store: IncidentStore::new(MemoryBackend::default()),
    };
    let me = |browser, name| Me {
        browser,
        name,
        zone: &zone,
        playbook: &playbook,
    };
    let first = round(&disk, &mut ada, &mut Seen::default(), &me("aaaa", "Ada")).await;
    assert_eq!(first.problem, None);
    let report = round(&disk, &mut bob, &mut Seen::default(), &me("bbbb", "Bob")).await;
    assert_eq!(report.people, ["Bob", "Ada"]);
    assert_eq!(report.arrived, [incident(1).id]);
    assert!(bob
        .store
        .load(&incident(1).id)
        .unwrap()
        .timeline
        .iter()
        .any(|e| e.text == "From Ada"));
    let reports = disk.list("2026").await.unwrap();
    assert_eq!(reports.len(), 1);
    assert!(
        reports[0].name.ends_with("-incident-1.md"),
        "{}",
        reports[0].name
    );
}
