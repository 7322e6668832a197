//! State shared by every page: who is using the app, the team's playbook,
//! the time, and whether the last change was saved.

use super::pending::Pending;
use super::platform::{open_store, random_u64};
use super::zone::TeamZone;
use crate::domain::{Context, Incident, IncidentId, Playbook};
use crate::store::{
    incident_key, keeps_all_of, replay, save_changes, Change, IndexEntry, SaveFailure, INDEX_KEY,
};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Unchanged,
    Saving,
    Saved(DateTime<Utc>),
    /// The change is kept on this page only; the message says why.
    NotSaved(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The name recorded against changes made in this browser.
    pub your_name: RwSignal<String>,
    pub save_state: RwSignal<SaveState>,
    /// Every team-specific fact the pages show: the team's saved settings,
    /// or the default playbook until there are some.
    pub playbook: RwSignal<Playbook>,
    /// Why the saved settings could not be used, if they could not.
    pub playbook_problem: RwSignal<Option<String>>,
    /// This tab's id, which the ids of the records it makes start with, so
    /// that records made in two tabs or two browsers never share an id.
    device: StoredValue<String>,
    /// Now, to the half minute, so “overdue” appears without a reload.
    pub clock: RwSignal<DateTime<Utc>>,
    /// A message for the next page to show, such as “Incident declared”.
    pub flash: RwSignal<Option<String>>,
    /// Changes made in this tab and not saved yet, per incident: the only
    /// copy of them, so kept for as long as this tab is open.
    pending: RwSignal<Vec<Pending>>,
    /// Set once a save ran without Web Locks, so the page can say once that
    /// tabs cannot be kept from saving over each other.
    pub locks_missing: RwSignal<bool>,
    /// Whether the browser agreed to keep this site's data, once asked.
    pub persisted: RwSignal<Option<bool>>,
    /// The last version of each incident this tab wrote, until another
    /// tab's save is seen to keep it (see [`keeps_all_of`]).
    written: StoredValue<Vec<Incident>>,
}

impl AppState {
    pub fn new() -> Self {
        let name = open_store()
            .ok()
            .and_then(|store| store.your_name().ok().flatten())
            .unwrap_or_default();
        let device = format!("{:012x}", random_u64() >> 16);
        let (playbook, problem) = load_playbook();
        Self {
            your_name: RwSignal::new(name),
            save_state: RwSignal::new(SaveState::Unchanged),
            playbook: RwSignal::new(playbook),
            playbook_problem: RwSignal::new(problem),
            device: StoredValue::new(device),
            clock: RwSignal::new(super::time::now()),
            flash: RwSignal::new(None),
            pending: RwSignal::new(Vec::new()),
            locks_missing: RwSignal::new(false),
            persisted: RwSignal::new(None),
            written: StoredValue::new(Vec::new()),
        }
    }

    /// This tab's unsaved state of an incident, if it holds changes to it.
    pub fn pending(&self, id: &IncidentId) -> Option<Pending> {
        self.pending
            .with(|all| all.iter().find(|p| p.id() == id).cloned())
    }

    /// Every incident with unsaved changes in this tab, as this tab shows it.
    pub fn unsaved_incidents(&self) -> Vec<Incident> {
        self.pending
            .with_untracked(|all| all.iter().map(|p| p.shown.clone()).collect())
    }

    /// Index entries for every incident with unsaved changes in this tab.
    pub fn unsaved_entries(&self) -> Vec<IndexEntry> {
        self.pending
            .with(|all| all.iter().map(|p| IndexEntry::from(&p.shown)).collect())
    }

    /// Whether leaving the page now would lose changes.
    pub fn has_unsaved(&self) -> bool {
        self.pending.with_untracked(|all| !all.is_empty())
    }

    /// Keeps a change made in this tab, which led to `shown`, until it saves.
    pub fn keep_change(&self, change: Change, shown: Incident) {
        self.pending
            .update(|all| match all.iter_mut().find(|p| p.id() == &shown.id) {
                Some(pending) => pending.push(change, shown),
                None => all.push(Pending::new(change, shown)),
            });
    }

    /// Saves a new incident, or a not-an-incident record, then opens it with
    /// `done` as the page's message. If it cannot be saved, its page keeps
    /// it in this tab, says it is not saved, and offers to try again.
    pub fn create(self, incident: Incident, done: &'static str) {
        self.ask_to_persist();
        let id = incident.id.clone();
        self.keep_change(Change::Create(incident.clone()), incident);
        leptos::task::spawn_local(async move {
            self.save(id.clone()).await;
            if self.pending(&id).is_none() {
                self.flash.set(Some(done.to_owned()));
            }
            super::platform::go_to(&super::route::Route::Incident(id).href());
        });
    }

    /// Asks the browser, inside the person's action, to keep this site's
    /// data when it runs short of space, and notes the answer.
    pub fn ask_to_persist(self) {
        let answer = super::platform::ask_to_persist();
        leptos::task::spawn_local(async move {
            if let Some(kept) = answer.await {
                self.persisted.set(Some(kept));
            }
        });
    }

    /// Changes the pending state of one incident, dropping it once done.
    pub fn update_pending(&self, id: &IncidentId, f: impl FnOnce(&mut Pending)) {
        self.pending.update(|all| {
            if let Some(pending) = all.iter_mut().find(|p| p.id() == id) {
                f(pending);
            }
            all.retain(|p| !p.is_done());
        });
    }

    /// Drops this tab's unsaved changes to an incident, at the person's word.
    pub fn drop_pending(&self, id: &IncidentId) {
        self.pending.update(|all| all.retain(|p| p.id() != id));
    }

    /// Saves this tab's changes to incident `id`, replaying them onto the
    /// latest saved version while holding the incident's lock and the
    /// index's, so no other tab reads or writes in between. Returns the
    /// incident as this tab should now show it (`None` if it holds nothing).
    pub async fn save(self, id: IncidentId) -> Option<Incident> {
        self.save_state.set(SaveState::Saving);
        let names = [lock_name(&incident_key(&id)), lock_name(INDEX_KEY)];
        let saving = id.clone();
        let outcome = super::locks::holding(&names, move || self.save_now(&saving)).await;
        if !super::locks::available() {
            self.locks_missing.set(true);
        }
        match outcome.flatten() {
            Some(Ok(saved)) => {
                self.save_state.set(SaveState::Saved(super::time::now()));
                Some(self.pending(&id).map_or(saved, |p| p.shown))
            }
            Some(Err(problem)) => {
                self.save_state.set(SaveState::NotSaved(problem));
                self.pending(&id).map(|p| p.shown)
            }
            None => self.pending(&id).map(|p| p.shown),
        }
    }

    /// The save itself, run inside the locks: reads, replays, writes, and
    /// records the outcome before any other tab can act.
    fn save_now(&self, id: &IncidentId) -> Option<Result<Incident, String>> {
        let (changes, index_behind) = self.pending(id).map(|p| p.work())?;
        if changes.is_empty() && !index_behind {
            return None;
        }
        let result = open_store()
            .map_err(SaveFailure::Store)
            .and_then(|mut store| save_changes(&mut store, id, &changes, index_behind));
        let count = changes.len();
        let problem = result.as_ref().err().map(ToString::to_string);
        self.update_pending(id, |pending| match result.clone() {
            Ok(saved) => {
                self.written.update_value(|all| {
                    all.retain(|w| w.id != saved.id);
                    all.push(saved.clone());
                });
                pending.saved(count, saved);
            }
            Err(SaveFailure::IndexBehind { saved, .. }) => {
                pending.index_behind(count, *saved, problem.clone().unwrap_or_default())
            }
            Err(SaveFailure::Conflict { saved, .. }) => {
                pending.conflict = Some(*saved);
                pending.problem = problem.clone();
            }
            Err(SaveFailure::Store(_)) => pending.problem = problem.clone(),
        });
        Some(result.map_err(|failure| failure.to_string()))
    }

    /// Another tab saved incident `id`: if that save wrote over this tab's
    /// last one (made from a copy that had not yet seen it), queues this
    /// tab's version to be merged back in, and returns whether it did; the
    /// caller saves.
    pub fn merge_back_if_overwritten(&self, id: &IncidentId) -> bool {
        let Some(mine) = self
            .written
            .with_value(|all| all.iter().find(|w| w.id == *id).cloned())
        else {
            return false;
        };
        // Kept, deleted or unreadable, it is no longer watched for.
        self.written.update_value(|all| all.retain(|w| w.id != *id));
        let latest = match open_store().and_then(|store| store.load(id)) {
            Ok(latest) if !keeps_all_of(&latest, &mine) => latest,
            _ => return false,
        };
        let change = Change::Merge(mine);
        let base = self.pending(id).map_or(latest, |p| p.shown);
        if let Ok(shown) = replay(Some(base), std::slice::from_ref(&change)) {
            self.keep_change(change, shown);
        }
        true
    }

    /// Reads the settings again, when another tab saved them.
    pub fn reload_playbook(&self) {
        let (playbook, problem) = load_playbook();
        self.playbook.set(playbook);
        self.playbook_problem.set(problem);
    }

    /// Who is making a change now, from this browser, under this playbook.
    pub fn context(&self) -> Context {
        Context::new(self.your_name.get_untracked(), super::time::now())
            .with_playbook(self.playbook_version())
            .with_device(self.device.get_value())
    }

    /// The version of the playbook in use, stamped on every change.
    pub fn playbook_version(&self) -> String {
        self.playbook.with_untracked(Playbook::version)
    }

    /// Today in the team's time zone, following the app's clock.
    pub fn team_today(&self) -> chrono::NaiveDate {
        use crate::domain::ZoneRules;
        self.team_zone().local(self.clock.get()).date()
    }

    /// The team's time zone, as the playbook names it.
    pub fn team_zone(&self) -> TeamZone {
        self.playbook
            .with_untracked(|p| TeamZone::new(&p.working_hours.time_zone))
    }

    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Remembers the name for next time. Failing to remember it is harmless:
    /// the name is still used on this page.
    pub fn remember_name(&self) {
        let name = self.your_name.get_untracked();
        if let Ok(mut store) = open_store() {
            let _ = store.remember_name(&name);
        }
    }
}

/// The Web Lock that guards a storage key: every save holds the incident's
/// and the index's.
pub fn lock_name(key: &str) -> String {
    format!("lock:{key}")
}

/// The saved settings, or the default playbook and why it is in use.
fn load_playbook() -> (Playbook, Option<String>) {
    match open_store().and_then(|store| store.playbook()) {
        Ok(playbook) => (playbook.unwrap_or_default(), None),
        Err(error) => (Playbook::default(), Some(error.to_string())),
    }
}
