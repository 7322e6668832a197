//! Three people, each with their own browser, working on the same incidents
//! with only a shared folder between them, on a drive that syncs late and
//! sometimes refuses to write: every copy ends up the same, and nothing
//! anyone recorded (an entry, an action, a deletion) is lost.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.

use super::*;
use crate::domain::tests::serialising::any_command;
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::LocalCopy;
use crate::store::{save_changes, Change, IncidentStore, MemoryBackend, StoreError};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;

/// A person's view of the shared folder: their drive shows what it last
/// synced, and passes their writes on when it can.
struct Drive {
    cloud: Rc<MemoryFolder>,
    synced: MemoryFolder,
}

impl Drive {
    fn sync(&self) {
        self.synced.copy_from(&self.cloud);
    }
}

impl Folder for Drive {
    async fn list(&self, dir: &str) -> Result<Vec<FileInfo>, FolderError> {
        self.synced.list(dir).await
    }
    async fn read(&self, path: &str) -> Result<String, FolderError> {
        self.synced.read(path).await
    }
    async fn write(&self, path: &str, text: &str) -> Result<(), FolderError> {
        self.cloud.write(path, text).await?;
        self.synced.write(path, text).await
    }
}

/// One browser's copy.
struct Browser {
    store: IncidentStore<MemoryBackend>,
}

impl Local for Browser {
    fn incidents(&self) -> Vec<Incident> {
        let mut store = IncidentStore::new(self.store.backend().clone());
        store
            .all_incidents()
            .map(|(all, _)| all)
            .unwrap_or_default()
    }

    fn local_copy(&self, id: &IncidentId) -> LocalCopy {
        match self.store.load(id) {
            Ok(incident) => LocalCopy::Readable(Box::new(incident)),
            Err(StoreError::NotFound(_)) => LocalCopy::Missing,
            Err(_) => LocalCopy::Unreadable,
        }
    }

    fn deletions(&self) -> Vec<Deletion> {
        self.store.deletions().unwrap_or_default()
    }

    async fn merge(&mut self, copy: Incident) -> Result<(), String> {
        let id = copy.id.clone();
        save_changes(&mut self.store, &id, &[Change::Merge(copy)], false)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    async fn delete(&mut self, deletions: &[Deletion]) -> Result<(), String> {
        self.store
            .apply_deletions(deletions)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

struct Person {
    name: &'static str,
    device: &'static str,
    clock: DateTime<Utc>,
    browser: Browser,
    seen: Seen,
    drive: Drive,
}

impl Person {
    fn new(
        name: &'static str,
        device: &'static str,
        clock: DateTime<Utc>,
        cloud: &Rc<MemoryFolder>,
        start: &[Incident],
    ) -> Self {
        let mut store = IncidentStore::new(MemoryBackend::default());
        for incident in start {
            store.save(incident).unwrap();
        }
        Self {
            name,
            device,
            clock,
            browser: Browser { store },
            seen: Seen::default(),
            drive: Drive {
                cloud: cloud.clone(),
                synced: MemoryFolder::default(),
            },
        }
    }

    /// Applies `command` to incident `which` as this person, saving it.
    fn does(&mut self, which: usize, minutes: i64, command: Command) {
        self.clock += Duration::minutes(minutes);
        let ids: Vec<IncidentId> = self.browser.incidents().into_iter().map(|i| i.id).collect();
        let Some(id) = ids.get(which % ids.len().max(1)).cloned() else {
            return;
        };
        let Ok(mut incident) = self.browser.store.load(&id) else {
            return;
        };
        let ctx = Context::new(self.name, self.clock).with_device(self.device.to_owned());
        let command = retarget(command, &incident);
        if incident.apply(command.clone(), &ctx).is_ok()
            && save_changes(
                &mut self.browser.store,
                &id,
                &[Change::Command(command, ctx)],
                false,
            )
            .is_ok()
        {
            self.seen.changed_here(&id);
        }
    }

    /// Deletes incident `which`, if it is finished with.
    fn deletes(&mut self, which: usize) {
        let closed: Vec<IncidentId> = self
            .browser
            .incidents()
            .into_iter()
            .filter(|i| !i.is_changeable())
            .map(|i| i.id)
            .collect();
        if let Some(id) = closed.get(which % closed.len().max(1)) {
            let deletion = Deletion {
                id: id.clone(),
                by: self.name.into(),
                at: self.clock,
            };
            self.browser.store.delete(deletion).unwrap();
            self.seen.deleted_here();
        }
    }

    fn syncs(&mut self, drive_caught_up: bool) -> Report {
        if drive_caught_up {
            self.drive.sync();
        }
        let playbook = playbook();
        let me = Me {
            browser: self.device,
            name: self.name,
            zone: &LONDON,
            playbook: &playbook,
        };
        run_now(round(&self.drive, &mut self.browser, &mut self.seen, &me))
    }
}

/// Commands name records by number: the number picks among those the copy holds.
fn retarget(command: Command, incident: &Incident) -> Command {
    let pick = |n: &ItemId, ids: Vec<ItemId>| -> ItemId {
        let n: usize = n.as_str().parse().unwrap_or(0);
        ids.get(n % ids.len().max(1))
            .cloned()
            .unwrap_or_else(|| id(1))
    };
    let notes = incident
        .timeline
        .iter()
        .filter(|e| !e.kind.is_automatic())
        .map(|e| e.id.clone())
        .collect();
    let actions = incident.actions.iter().map(|a| a.id.clone()).collect();
    let clean_up: Vec<ItemId> = incident.long_tail.iter().map(|i| i.id.clone()).collect();
    match command {
        Command::EditNote { entry, text } => Command::EditNote {
            entry: pick(&entry, notes),
            text,
        },
        Command::CompleteLongTailItem { item } => Command::CompleteLongTailItem {
            item: pick(&item, clean_up),
        },
        Command::DropLongTailItem { item, reason } => Command::DropLongTailItem {
            item: pick(&item, clean_up),
            reason,
        },
        Command::LinkActionIssue { action, url } => Command::LinkActionIssue {
            action: pick(&action, actions),
            url,
        },
        Command::CompleteAction { action } => Command::CompleteAction {
            action: pick(&action, actions),
        },
        Command::EditAction { action, draft } => Command::EditAction {
            action: pick(&action, actions),
            draft,
        },
        command => command,
    }
}

/// Everything recorded that must never be lost: each entry and action, by incident.
fn recorded(people: &[Person]) -> BTreeSet<(IncidentId, String)> {
    people
        .iter()
        .flat_map(|p| p.browser.incidents())
        .flat_map(|i| {
            let entries = i
                .timeline
                .iter()
                .filter(|e| e.kind != EntryKind::Merged)
                .map(|e| format!("entry {}", e.id));
            let actions = i.actions.iter().map(|a| format!("action {}", a.id));
            let id = i.id.clone();
            entries
                .chain(actions)
                .map(move |what| (id.clone(), what))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn start() -> Vec<Incident> {
    let open = declared();
    let mut other = declared();
    other.id = IncidentId::generate(at(10, 0), 0x77);
    let mut finished = closed();
    finished.id = IncidentId::generate(at(8, 0), 0x99);
    vec![open, other, finished]
}

#[derive(Debug, Clone)]
enum Step {
    Work(usize, usize, i64, Box<Command>),
    Delete(usize, usize),
    Sync(usize, bool, bool),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        5 => (0usize..3, 0usize..3, 0i64..20, any_command()).prop_map(|(p, i, m, c)| Step::Work(p, i, m, Box::new(c))),
        1 => (0usize..3, 0usize..3).prop_map(|(p, i)| Step::Delete(p, i)),
        4 => (0usize..3, any::<bool>(), prop::bool::weighted(0.15)).prop_map(|(p, caught_up, refused)| Step::Sync(p, caught_up, refused)),
    ];
    prop::collection::vec(step, 1..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn three_people_syncing_through_one_folder_end_up_with_the_same_incidents_and_lose_nothing(
        steps in steps(),
        offsets in (prop_oneof![Just(0i64), Just(-180i64)], 0i64..30, 0i64..30),
    ) {
        let cloud = Rc::new(MemoryFolder::default());
        let begin = start();
        let t = at(11, 0);
        let mut people = [
            Person::new("Ada", "aaaa", t + Duration::minutes(offsets.0), &cloud, &begin),
            Person::new("Bob", "bbbb", t + Duration::minutes(offsets.1), &cloud, &begin),
            Person::new("Cy", "cccc", t + Duration::minutes(offsets.2), &cloud, &begin),
        ];
        let mut ever = recorded(&people);
        for step in steps {
            match step {
                Step::Work(p, which, minutes, command) => people[p].does(which, minutes, *command),
                Step::Delete(p, which) => people[p].deletes(which),
                Step::Sync(p, caught_up, refused) => {
                    cloud.refuse_writes.set(refused);
                    people[p].syncs(caught_up);
                    cloud.refuse_writes.set(false);
                }
            }
            ever.extend(recorded(&people));
        }
        // The drive catches up and everyone syncs until nothing changes.
        for _ in 0..3 {
            for person in &mut people {
                let report = person.syncs(true);
                prop_assert_eq!(report.problem, None);
                prop_assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
            }
        }
        let copies: Vec<Vec<Incident>> = people.iter().map(|p| p.browser.incidents()).collect();
        prop_assert_eq!(&copies[0], &copies[1]);
        prop_assert_eq!(&copies[1], &copies[2]);
        let deleted: BTreeSet<IncidentId> = people[0].browser.deletions().into_iter().map(|d| d.id).collect();
        for person in &people {
            let theirs: BTreeSet<IncidentId> = person.browser.deletions().into_iter().map(|d| d.id).collect();
            prop_assert_eq!(&theirs, &deleted, "every deletion everywhere");
        }
        let now = recorded(&people);
        for (incident, what) in &ever {
            if !deleted.contains(incident) {
                prop_assert!(now.contains(&(incident.clone(), what.clone())), "lost {} of {}", what, incident);
            }
        }
        for incident in &copies[0] {
            prop_assert!(!deleted.contains(&incident.id), "a deleted incident came back");
            prop_assert!(missing_for_status(incident, incident.status).is_empty());
        }
    }
}

#[test]
fn a_teammates_note_arrives_and_the_folder_holds_a_report_of_every_incident_by_year() {
    let cloud = Rc::new(MemoryFolder::default());
    let begin = start();
    let mut ada = Person::new("Ada", "aaaa", at(11, 0), &cloud, &begin);
    let mut bob = Person::new("Bob", "bbbb", at(11, 0), &cloud, &begin);
    ada.does(0, 1, note(NoteKind::Note, "Restarted the servers"));
    let first = ada.syncs(true);
    assert_eq!(first.people, ["Ada"]);
    let report = bob.syncs(true);
    assert_eq!(report.people, ["Bob", "Ada"]);
    assert_eq!(report.arrived.len(), 1);
    assert_eq!(
        report.latest_from.as_ref().map(|(who, _)| who.as_str()),
        Some("Ada")
    );
    let id = &report.arrived[0];
    assert!(bob
        .browser
        .store
        .load(id)
        .unwrap()
        .timeline
        .iter()
        .any(|e| e.text == "Restarted the servers"));
    let files = cloud.files();
    assert!(files.contains_key("incident-desk/people/aaaa.json"));
    assert!(files.contains_key("incident-desk/people/bbbb.json"));
    let reports: Vec<&String> = files.keys().filter(|k| k.ends_with(".md")).collect();
    assert_eq!(reports.len(), 3, "{reports:?}");
    assert!(
        reports.iter().all(|k| k.starts_with("2026/2026-03-14-")),
        "{reports:?}"
    );
    // Nothing changed: the next round reads only the list of files, and writes nothing.
    let before = cloud.files();
    let quiet = bob.syncs(true);
    assert!(quiet.arrived.is_empty() && quiet.problem.is_none());
    assert_eq!(cloud.files(), before);
}

#[test]
fn a_damaged_file_is_listed_and_never_stops_the_others_or_is_changed() {
    let cloud = Rc::new(MemoryFolder::default());
    let begin = start();
    let mut ada = Person::new("Ada", "aaaa", at(11, 0), &cloud, &begin);
    let mut bob = Person::new("Bob", "bbbb", at(11, 0), &cloud, &begin);
    cloud.put(
        "incident-desk/people/zzzz.json",
        "{\"format\": \"incident-desk\", ",
    );
    cloud.put("incident-desk/people/notes.txt", "not ours");
    ada.does(0, 1, note(NoteKind::Note, "From Ada"));
    ada.syncs(true);
    let report = bob.syncs(true);
    assert_eq!(report.arrived.len(), 1, "Ada's file still merges");
    assert_eq!(report.unreadable.len(), 1);
    assert_eq!(report.unreadable[0].file, "incident-desk/people/zzzz.json");
    assert!(
        report.unreadable[0].reason.contains("not valid JSON"),
        "{}",
        report.unreadable[0].reason
    );
    assert_eq!(
        cloud.files()["incident-desk/people/zzzz.json"],
        "{\"format\": \"incident-desk\", "
    );
    assert_eq!(cloud.files()["incident-desk/people/notes.txt"], "not ours");
}

#[test]
fn a_folder_that_refuses_writes_is_reported_and_nothing_here_is_lost() {
    let cloud = Rc::new(MemoryFolder::default());
    let begin = start();
    let mut ada = Person::new("Ada", "aaaa", at(11, 0), &cloud, &begin);
    ada.does(0, 1, note(NoteKind::Note, "Kept here"));
    cloud.refuse_writes.set(true);
    let report = ada.syncs(true);
    assert!(
        report
            .problem
            .as_deref()
            .is_some_and(|p| p.contains("could not be written")),
        "{report:?}"
    );
    assert!(ada
        .browser
        .incidents()
        .iter()
        .any(|i| i.timeline.iter().any(|e| e.text == "Kept here")));
    cloud.refuse_writes.set(false);
    assert_eq!(
        ada.syncs(true).problem,
        None,
        "written once the folder allows it"
    );
    assert!(cloud.files()["incident-desk/people/aaaa.json"].contains("Kept here"));
}

#[test]
fn a_deleted_incident_does_not_come_back_from_a_teammates_file() {
    let cloud = Rc::new(MemoryFolder::default());
    let begin = start();
    let mut ada = Person::new("Ada", "aaaa", at(11, 0), &cloud, &begin);
    let mut bob = Person::new("Bob", "bbbb", at(11, 0), &cloud, &begin);
    ada.syncs(true);
    bob.syncs(true);
    bob.deletes(0);
    assert_eq!(bob.browser.incidents().len(), 2);
    // Ada syncs first: her file still holds it, but Bob's deletion wins.
    ada.syncs(true);
    bob.syncs(true);
    let report = ada.syncs(true);
    assert_eq!(report.deleted.len(), 1);
    assert_eq!(ada.browser.incidents().len(), 2);
    bob.syncs(true);
    assert_eq!(bob.browser.incidents().len(), 2, "not brought back");
}
