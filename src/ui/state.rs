//! State shared by every page: who is using the app, the team's playbook,
//! the time, and whether the last change was saved.

use super::platform::{open_store, random_u64};
use super::zone::TeamZone;
use crate::domain::{Context, Incident, IncidentId, Playbook};
use crate::store::IndexEntry;
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
    /// This browser's id, which the ids of the records it makes start with.
    device: StoredValue<String>,
    /// Now, to the half minute, so “overdue” appears without a reload.
    pub clock: RwSignal<DateTime<Utc>>,
    /// A message for the next page to show, such as “Incident declared”.
    pub flash: RwSignal<Option<String>>,
    /// Incidents whose latest changes failed to save, with the reason: the
    /// only copy of those changes, so kept for as long as this tab is open.
    unsaved: RwSignal<Vec<(Incident, String)>>,
}

impl AppState {
    pub fn new() -> Self {
        let mut store = open_store();
        let name = store
            .as_ref()
            .ok()
            .and_then(|store| store.your_name().ok().flatten())
            .unwrap_or_default();
        let fresh = format!("{:012x}", random_u64() >> 16);
        let device = match store.as_mut() {
            Ok(store) => store.device_id(fresh),
            Err(_) => fresh,
        };
        let (playbook, problem) = load_playbook();
        Self {
            your_name: RwSignal::new(name),
            save_state: RwSignal::new(SaveState::Unchanged),
            playbook: RwSignal::new(playbook),
            playbook_problem: RwSignal::new(problem),
            device: StoredValue::new(device),
            clock: RwSignal::new(super::time::now()),
            flash: RwSignal::new(None),
            unsaved: RwSignal::new(Vec::new()),
        }
    }

    pub fn unsaved_copy(&self, id: &IncidentId) -> Option<(Incident, String)> {
        self.unsaved
            .with_untracked(|all| all.iter().find(|(incident, _)| &incident.id == id).cloned())
    }

    /// Every incident with unsaved changes in this tab, and why it did not save.
    pub fn unsaved_incidents(&self) -> Vec<(Incident, String)> {
        self.unsaved.get_untracked()
    }

    /// Index entries for every incident with unsaved changes in this tab.
    pub fn unsaved_entries(&self) -> Vec<IndexEntry> {
        self.unsaved.with(|all| {
            all.iter()
                .map(|(incident, _)| IndexEntry::from(incident))
                .collect()
        })
    }

    pub fn keep_unsaved(&self, incident: Incident, reason: String) {
        self.unsaved.update(|all| {
            all.retain(|(kept, _)| kept.id != incident.id);
            all.push((incident, reason));
        });
    }

    pub fn forget_unsaved(&self, id: &IncidentId) {
        self.unsaved
            .update(|all| all.retain(|(kept, _)| &kept.id != id));
    }

    /// Whether leaving the page now would lose changes.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved.with_untracked(|all| !all.is_empty())
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

/// The saved settings, or the default playbook and why it is in use.
fn load_playbook() -> (Playbook, Option<String>) {
    match open_store().and_then(|store| store.playbook()) {
        Ok(playbook) => (playbook.unwrap_or_default(), None),
        Err(error) => (Playbook::default(), Some(error.to_string())),
    }
}
