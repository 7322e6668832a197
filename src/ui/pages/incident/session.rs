//! The incident open on this page, and the one way its forms change it.

use crate::domain::{
    next_update_due, Command, CommandError, Incident, IncidentId, Playbook, UpdateDue, ZoneRules,
};
use crate::store::{incident_key, Change, StoreError};
use crate::sync::ForeignWrite;
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::open_store;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct IncidentSession {
    pub incident: RwSignal<Incident>,
    /// Set, with where, when another tab's save or a teammate's change
    /// replaced what this page showed, so the page can say so (anything
    /// being typed stays as it was).
    pub changed_elsewhere: RwSignal<Option<&'static str>>,
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
        let incident = state.current(&open_store(), id)?;
        let recorded_playbook = StoredValue::new(recorded_playbook(&incident, &state));
        let session = Self {
            incident: RwSignal::new(incident),
            changed_elsewhere: RwSignal::new(None),
            state,
            recorded_playbook,
        };
        // Another tab saved this incident: show its version, unless this page
        // holds changes of its own that are not saved yet. If that save
        // wrote over this tab's last one, this tab's version is merged back.
        let key = incident_key(id);
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) {
                match session.state.on_foreign_write(&session.id()) {
                    ForeignWrite::MergeBack => session.save(),
                    ForeignWrite::Show(latest) => session.show_latest(*latest, ANOTHER_TAB),
                    ForeignWrite::Keep => {}
                }
            }
        });
        on_cleanup(move || listener.remove());
        // A teammate's change arrived through the team folder: shown as
        // another tab's save is.
        let team = state.team;
        Effect::new(move |_| {
            let arrived = team.arrived.with(|ids| ids.contains(&session.id()));
            if arrived {
                if let Ok(latest) = state.current(&open_store(), &session.id()) {
                    session.show_latest(latest, A_TEAMMATE);
                }
            }
        });
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

    /// Applies a command as the person using this browser, shows the result
    /// at once, and saves it. The error is the domain's refusal, from the
    /// version on screen; the save replays the command onto whatever is saved
    /// by then, and a failed save is shown by the save status, the change
    /// kept in this tab.
    pub fn run(&self, command: Command) -> Result<(), CommandError> {
        let ctx = self.state.context();
        let mut shown = self.incident.get_untracked();
        shown.apply(command.clone(), &ctx)?;
        self.state
            .keep_change(Change::Command(command, ctx), shown.clone());
        self.incident.set(shown);
        self.save();
        Ok(())
    }

    /// Saves this tab's changes in the background, then shows the incident
    /// as saved (with any other tab's changes it was rebased onto).
    fn save(&self) {
        let (session, state, id) = (*self, self.state, self.id());
        leptos::task::spawn_local(async move {
            // Set only when the save brought something new (another tab's
            // changes), so a plain save does not draw the page again.
            if let Some(shown) = state.save(id).await {
                let same = session
                    .incident
                    .try_with_untracked(|current| *current == shown);
                if same == Some(false) {
                    session.incident.set(shown);
                }
            }
        });
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

    /// Saves this tab's changes again, for when space has been freed.
    pub fn retry_save(&self) {
        self.save();
    }

    /// Settles a conflict with another tab's version: `keep_mine` merges
    /// this tab's version into it (every entry from both is kept); otherwise
    /// this tab's changes are dropped and the saved version shown.
    pub fn settle_conflict(&self, keep_mine: bool) {
        let id = self.id();
        if keep_mine {
            self.state
                .update_pending(&id, |pending| pending.merge_into_saved());
            self.save();
        } else {
            self.state.drop_pending(&id);
            if let Ok(latest) = open_store().load(&id) {
                self.show_latest(latest, ANOTHER_TAB);
            }
        }
    }

    /// Shows the saved version when another tab changed it: compared by
    /// content, not revision, so a save made in the same millisecond at the
    /// same revision is caught up with too.
    fn show_latest(&self, latest: Incident, by: &'static str) {
        if self.incident.with_untracked(|shown| *shown != latest) {
            self.incident.set(latest);
            self.changed_elsewhere.set(Some(by));
        }
    }
}

const ANOTHER_TAB: &str = "This incident was changed in another tab or window.";
const A_TEAMMATE: &str =
    "A teammate changed this incident. Their changes came through the team folder.";

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
    open_store().playbook_version(version).ok().flatten()
}
