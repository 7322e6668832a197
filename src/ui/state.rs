//! State shared by every page: who is using the app, the team's playbook,
//! the time, and the save engine with this tab's unsaved changes.

use super::platform::{open_store, random_u64};
use super::zone::TeamZone;
use crate::domain::{Context, Incident, IncidentId, Playbook};
use crate::store::INDEX_KEY;
use crate::store::{incident_key, replay, Backend, Change, IncidentStore, IndexEntry, StoreError};
use crate::sync::{Engine, ForeignWrite, Outbox, SaveStatus};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The name recorded against changes made in this browser.
    pub your_name: RwSignal<String>,
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
    /// Changes made in this tab and not saved yet, per incident (the only
    /// copy of them, so kept for as long as this tab is open), and how each
    /// incident's last save went.
    engine: RwSignal<Engine>,
    /// Set once a save ran without Web Locks, so the page can say once that
    /// tabs cannot be kept from saving over each other.
    pub locks_missing: RwSignal<bool>,
    /// Whether the browser agreed to keep this site's data, once asked.
    pub persisted: RwSignal<Option<bool>>,
    /// The folder on the team drive where everyone's copies meet, if one
    /// is in use.
    pub team: super::team::TeamFolder,
    /// This browser's id, once read: it names the browser's file in the
    /// team folder.
    browser: StoredValue<Option<String>>,
}

impl AppState {
    pub fn new() -> Self {
        let name = open_store().your_name().ok().flatten().unwrap_or_default();
        let device = format!("{:012x}", random_u64() >> 16);
        let (playbook, problem) = load_playbook();
        Self {
            your_name: RwSignal::new(name),
            playbook: RwSignal::new(playbook),
            playbook_problem: RwSignal::new(problem),
            device: StoredValue::new(device),
            clock: RwSignal::new(super::time::now()),
            flash: RwSignal::new(None),
            engine: RwSignal::new(Engine::default()),
            locks_missing: RwSignal::new(false),
            persisted: RwSignal::new(None),
            team: super::team::TeamFolder::new(),
            browser: StoredValue::new(None),
        }
    }

    /// This tab's unsaved changes to an incident, if it holds any. Tracked.
    pub fn pending(&self, id: &IncidentId) -> Option<Outbox> {
        self.engine.with(|engine| engine.outbox(id).cloned())
    }

    /// How an incident's changes stand. Tracked.
    pub fn save_status(&self, id: &IncidentId) -> SaveStatus {
        self.engine.with(|engine| engine.status(id))
    }

    /// Every incident with unsaved changes in this tab, as this tab shows it.
    pub fn unsaved_incidents(&self) -> Vec<Incident> {
        self.engine
            .with_untracked(|engine| engine.unsaved().cloned().collect())
    }

    /// Index entries for every incident with unsaved changes in this tab. Tracked.
    pub fn unsaved_entries(&self) -> Vec<IndexEntry> {
        self.engine
            .with(|engine| engine.unsaved().map(IndexEntry::from).collect())
    }

    /// Whether leaving the page now would lose changes.
    pub fn has_unsaved(&self) -> bool {
        self.engine.with_untracked(Engine::has_unsaved)
    }

    /// Keeps a change made in this tab, which led to `shown`, until it saves.
    pub fn keep_change(&self, change: Change, shown: Incident) {
        self.engine.update(|engine| engine.keep(change, shown));
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

    /// Changes the unsaved state of one incident, dropping it once done.
    pub fn update_pending(&self, id: &IncidentId, f: impl FnOnce(&mut Outbox)) {
        self.engine.update(|engine| engine.update(id, f));
    }

    /// Drops this tab's unsaved changes to an incident, at the person's word.
    pub fn drop_pending(&self, id: &IncidentId) {
        self.engine.update(|engine| engine.drop_changes(id));
    }

    /// Saves this tab's changes to incident `id`, replaying them onto the
    /// latest saved version while holding the incident's lock and the
    /// index's, so no other tab reads or writes in between. Returns the
    /// incident as this tab should now show it (`None` if it holds nothing).
    pub async fn save(self, id: IncidentId) -> Option<Incident> {
        let shown = self.save_quietly(id.clone()).await;
        if self
            .engine
            .with_untracked(|engine| engine.outbox(&id).is_none())
        {
            self.team.changed_here(self, &id);
        }
        shown
    }

    /// Saves as [`AppState::save`] does, without telling the team folder:
    /// for what the team folder itself brought.
    async fn save_quietly(self, id: IncidentId) -> Option<Incident> {
        self.engine.update(|engine| engine.saving(&id));
        let names = [lock_name(&incident_key(&id)), lock_name(INDEX_KEY)];
        let saving = id.clone();
        let outcome = super::locks::holding(&names, move || {
            let mut store = open_store();
            let now = super::time::now();
            self.engine
                .try_update(|engine| engine.save(&mut store, &saving, now))
                .flatten()
        })
        .await;
        if !super::locks::available() {
            self.locks_missing.set(true);
        }
        match outcome.flatten() {
            Some(Ok(shown)) => Some(shown),
            _ => self.pending(&id).map(|p| p.shown().clone()),
        }
    }

    /// The incident as this tab should show it: its unsaved copy, or else
    /// the saved one.
    pub fn current<B: Backend>(
        &self,
        store: &IncidentStore<B>,
        id: &IncidentId,
    ) -> Result<Incident, StoreError> {
        self.engine
            .with_untracked(|engine| engine.current(store, id))
    }

    /// This browser's copy of an incident, as an import or the team folder
    /// compares with it: this tab's unsaved one first. One that cannot be
    /// read is never overwritten.
    pub fn local_copy(&self, id: &IncidentId) -> crate::report::LocalCopy {
        use crate::report::LocalCopy;
        match self.current(&open_store(), id) {
            Ok(incident) => LocalCopy::Readable(Box::new(incident)),
            Err(StoreError::NotFound(_)) => LocalCopy::Missing,
            Err(_) => LocalCopy::Unreadable,
        }
    }

    /// Merges a copy of an incident from the team folder into this browser's
    /// (this tab's unsaved changes included), saved as any change is.
    pub async fn merge_in(self, copy: Incident) -> Result<(), String> {
        let id = copy.id.clone();
        let base = self.current(&open_store(), &id).ok();
        let change = Change::Merge(copy);
        let shown = replay(base, std::slice::from_ref(&change)).map_err(|e| e.to_string())?;
        self.keep_change(change, shown);
        self.save_quietly(id.clone()).await;
        match self
            .engine
            .with_untracked(|engine| engine.outbox(&id).cloned())
        {
            Some(outbox) => Err(outbox.problem().unwrap_or("not saved yet").to_owned()),
            None => Ok(()),
        }
    }

    /// This browser's id, made once and kept.
    pub fn browser_id(&self) -> String {
        if let Some(id) = self.browser.get_value() {
            return id;
        }
        let make = || format!("{:016x}", random_u64());
        let id = open_store().browser_id(make).unwrap_or_else(make);
        self.browser.set_value(Some(id.clone()));
        id
    }

    /// Another tab saved incident `id`: what that means for this tab (see
    /// [`ForeignWrite`]). When it wrote over this tab's last save, this
    /// tab's version is queued to merge back, and the caller saves.
    pub fn on_foreign_write(&self, id: &IncidentId) -> ForeignWrite {
        let store = open_store();
        self.engine
            .try_update(|engine| engine.on_foreign_write(&store, id))
            .unwrap_or(ForeignWrite::Keep)
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
    /// Incident `id`'s number in its year (“2026-03”), from the register as
    /// saved, with this tab's unsaved changes and a teammate's arrivals. Tracked.
    pub fn incident_number(&self, id: &IncidentId) -> Option<String> {
        self.team.arrived.track();
        let mut load = open_store().read_list().unwrap_or_default();
        load.overlay(self.unsaved_entries());
        let entries = load.entries.iter();
        crate::report::numbers(
            entries.map(|e| (&e.id, e.started_at, e.status)),
            &self.team_zone(),
        )
        .remove(id)
    }

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
        let _ = open_store().remember_name(&name);
    }
}

/// The Web Lock that guards a storage key: every save holds the incident's
/// and the index's.
pub fn lock_name(key: &str) -> String {
    format!("lock:{key}")
}

/// The saved settings, or the default playbook and why it is in use.
fn load_playbook() -> (Playbook, Option<String>) {
    match open_store().playbook() {
        Ok(playbook) => (playbook.unwrap_or_default(), None),
        Err(error) => (Playbook::default(), Some(error.to_string())),
    }
}
