//! The incident open on this page, and the one way its forms change it.

use crate::domain::{Command, CommandError, Context, Incident};
use crate::store::{commit, incident_key};
use crate::ui::platform::open_store;
use crate::ui::state::{AppState, SaveState};
use crate::ui::time;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct IncidentSession {
    pub incident: RwSignal<Incident>,
    /// Whether `incident` holds changes that could not be saved.
    pub unsaved: RwSignal<bool>,
    state: AppState,
}

impl IncidentSession {
    pub fn new(incident: Incident) -> Self {
        let state = AppState::get();
        state.save_state.set(SaveState::Unchanged);
        let session = Self {
            incident: RwSignal::new(incident),
            unsaved: RwSignal::new(false),
            state,
        };
        // Another tab saved this incident: show its version, unless this page
        // holds changes of its own that are not saved yet.
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            let key = incident_key(&session.incident.with_untracked(|i| i.id.clone()));
            if event.key().as_deref() == Some(key.as_str()) && !session.unsaved.get_untracked() {
                session.reload();
            }
        });
        on_cleanup(move || listener.remove());
        session
    }

    pub fn get() -> Self {
        expect_context::<IncidentSession>()
    }

    /// Applies a command as the person using this browser, then saves. The
    /// error is the domain's refusal; a failed save is shown by the save status
    /// and the change is kept on the page.
    pub fn run(&self, command: Command) -> Result<(), CommandError> {
        let ctx = Context {
            actor: self.state.your_name.get_untracked(),
            now: time::now(),
        };
        let current = self.incident.get_untracked();
        let unsaved = self.unsaved.get_untracked();
        let before = self.state.save_state.get_untracked();
        self.state.save_state.set(SaveState::Saving);
        let outcome = match open_store() {
            Ok(mut store) => commit(&mut store, &current, unsaved, command, &ctx)
                .map(|committed| (committed.incident, committed.saved)),
            Err(error) => {
                let mut changed = current;
                changed.apply(command, &ctx).map(|()| (changed, Err(error)))
            }
        };
        let (incident, saved) = match outcome {
            Ok(outcome) => outcome,
            Err(refused) => {
                self.state.save_state.set(before);
                return Err(refused);
            }
        };
        self.incident.set(incident);
        self.state.remember_name();
        match saved {
            Ok(()) => {
                self.unsaved.set(false);
                self.state.save_state.set(SaveState::Saved(ctx.now));
            }
            Err(error) => {
                self.unsaved.set(true);
                self.state
                    .save_state
                    .set(SaveState::NotSaved(error.to_string()));
            }
        }
        Ok(())
    }

    fn reload(&self) {
        let id = self.incident.with_untracked(|i| i.id.clone());
        if let Ok(latest) = open_store().and_then(|store| store.load(&id)) {
            if latest.revision > self.incident.with_untracked(|i| i.revision) {
                self.incident.set(latest);
            }
        }
    }
}
