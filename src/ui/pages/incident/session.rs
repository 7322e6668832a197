//! The incident open on this page, and the one way its forms change it.

use crate::domain::{
    next_update_due, Command, CommandError, Incident, IncidentId, Playbook, UpdateDue, ZoneRules,
};
use crate::store::{commit, incident_key, StoreError};
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::open_store;
use crate::ui::state::{AppState, SaveState};
use crate::ui::time;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct IncidentSession {
    pub incident: RwSignal<Incident>,
    state: AppState,
    /// For a closed incident, the playbook it was run with, when that is not
    /// today's: its pages show its own history.
    recorded_playbook: StoredValue<Option<Playbook>>,
}

impl IncidentSession {
    /// Opens an incident: this tab's unsaved copy if it holds one (so moving
    /// between pages loses nothing), otherwise the saved one.
    pub fn open(id: &IncidentId) -> Result<Self, StoreError> {
        let state = AppState::get();
        let incident = match state.unsaved_copy(id) {
            Some((incident, reason)) => {
                state.save_state.set(SaveState::NotSaved(reason));
                incident
            }
            None => {
                let incident = open_store()?.load(id)?;
                state.save_state.set(SaveState::Unchanged);
                incident
            }
        };
        let recorded_playbook = StoredValue::new(recorded_playbook(&incident, &state));
        let session = Self {
            incident: RwSignal::new(incident),
            state,
            recorded_playbook,
        };
        // Another tab saved this incident: show its version, unless this page
        // holds changes of its own that are not saved yet.
        let key = incident_key(id);
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) && !session.is_unsaved() {
                session.reload();
            }
        });
        on_cleanup(move || listener.remove());
        Ok(session)
    }

    /// Reads the incident with the playbook and the team's time zone, for
    /// what the domain derives from all three. Tracked: wrap it in `untrack`
    /// for a one-off.
    pub fn derive<T>(&self, f: impl FnOnce(&Incident, &Playbook, &dyn ZoneRules) -> T) -> T {
        let zone = self.state.team_zone();
        let with_playbook =
            |playbook: &Playbook| self.incident.with(|incident| f(incident, playbook, &zone));
        match self
            .recorded_playbook
            .with_value(|recorded| recorded.clone())
        {
            Some(recorded) => with_playbook(&recorded),
            None => self.state.playbook.with(with_playbook),
        }
    }

    /// When the next update is due, and that moment in words, if one is due.
    pub fn next_update(&self) -> Option<(UpdateDue, String)> {
        self.derive(|incident, playbook, zone| {
            next_update_due(incident, playbook, zone).map(|due| (due, due.when(zone)))
        })
    }

    pub fn get() -> Self {
        expect_context::<IncidentSession>()
    }

    pub fn id(&self) -> IncidentId {
        self.incident.with_untracked(|i| i.id.clone())
    }

    fn is_unsaved(&self) -> bool {
        self.state.unsaved_copy(&self.id()).is_some()
    }

    /// Applies a command as the person using this browser, then saves. The
    /// error is the domain's refusal; a failed save is shown by the save status
    /// and the change is kept in this tab.
    pub fn run(&self, command: Command) -> Result<(), CommandError> {
        let ctx = self.state.context();
        let current = self.incident.get_untracked();
        let unsaved = self.is_unsaved();
        let (incident, saved) = match open_store() {
            Ok(mut store) => {
                let committed = commit(&mut store, &current, unsaved, command, &ctx)?;
                (committed.incident, committed.saved)
            }
            Err(error) => {
                let mut changed = current;
                changed.apply(command, &ctx)?;
                (changed, Err(error))
            }
        };
        self.incident.set(incident);
        self.record(saved);
        Ok(())
    }

    /// Runs a form's command: clears the form's errors if it was accepted, or
    /// shows why it was refused. Returns whether it was accepted.
    pub fn submit(&self, command: Command, errors: FormErrors) -> bool {
        match self.run(command) {
            Ok(()) => {
                errors.clear();
                true
            }
            Err(refusal) => {
                errors.show_refusal(refusal);
                false
            }
        }
    }

    /// Saves this tab's unsaved copy again, for when space has been freed.
    pub fn retry_save(&self) {
        self.state.save_state.set(SaveState::Saving);
        let incident = self.incident.get_untracked();
        self.record(open_store().and_then(|mut store| store.save(&incident)));
    }

    fn record(&self, saved: Result<(), StoreError>) {
        match saved {
            Ok(()) => {
                self.state.forget_unsaved(&self.id());
                self.state.save_state.set(SaveState::Saved(time::now()));
            }
            Err(error) => {
                let reason = error.to_string();
                self.state
                    .keep_unsaved(self.incident.get_untracked(), reason.clone());
                self.state.save_state.set(SaveState::NotSaved(reason));
            }
        }
    }

    fn reload(&self) {
        if let Ok(latest) = open_store().and_then(|store| store.load(&self.id())) {
            if latest.revision > self.incident.with_untracked(|i| i.revision) {
                self.incident.set(latest);
            }
        }
    }
}

/// The playbook a closed incident was run with, if it differs from today's
/// and is still stored.
fn recorded_playbook(incident: &Incident, state: &AppState) -> Option<Playbook> {
    let version = &incident.playbook_version;
    if incident.is_changeable() || version.is_empty() || *version == state.playbook_version() {
        return None;
    }
    if *version == Playbook::default().version() {
        return Some(Playbook::default());
    }
    open_store().ok()?.playbook_version(version).ok().flatten()
}
