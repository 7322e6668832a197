//! The save engine: every incident's outbox, how each incident's last save
//! went, and what this tab last wrote of each. It reads and writes through
//! a store it is handed, inside the caller's lock (Web Locks in the
//! browser), so the browser and the host tests run the same code.

use super::outbox::{Outbox, Waiting};
use crate::domain::{Incident, IncidentId};
use crate::store::{keeps_all_of, replay, save_changes, Backend, Change, IncidentStore};
use crate::store::{SaveFailure, StoreError};
use chrono::{DateTime, Utc};

/// How an incident's changes stand, as its pages say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed here since the page opened.
    Unchanged,
    Saving,
    Saved(DateTime<Utc>),
    /// The changes are kept in this tab only; the message says why.
    NotSaved(String),
}

/// What another tab's (or the team folder's) save of an incident means here.
#[derive(Debug, Clone, PartialEq)]
pub enum ForeignWrite {
    /// It wrote over this tab's last save, made from a copy that had not
    /// seen it: this tab's version is queued to merge back. Save again.
    MergeBack,
    /// The saved version, to show where this tab holds nothing unsaved.
    Show(Box<Incident>),
    /// Nothing to do: this tab's own changes are still waiting, or the
    /// incident is gone or cannot be read.
    Keep,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Engine {
    outboxes: Vec<Outbox>,
    saves: Vec<(IncidentId, SaveStatus)>,
    /// The last version of each incident this tab wrote, until another
    /// tab's save is seen to keep it (see [`keeps_all_of`]).
    written: Vec<Incident>,
}

impl Engine {
    /// This tab's unsaved changes to `id`, if it holds any.
    pub fn outbox(&self, id: &IncidentId) -> Option<&Outbox> {
        self.outboxes.iter().find(|o| o.id() == id)
    }

    /// Every incident with unsaved changes, as this tab shows it.
    pub fn unsaved(&self) -> impl Iterator<Item = &Incident> {
        self.outboxes.iter().map(Outbox::shown)
    }

    /// Whether leaving the page now would lose changes.
    pub fn has_unsaved(&self) -> bool {
        !self.outboxes.is_empty()
    }

    /// The incident as this tab should show it: its unsaved copy, or else
    /// the saved one.
    pub fn current<B: Backend>(
        &self,
        store: &IncidentStore<B>,
        id: &IncidentId,
    ) -> Result<Incident, StoreError> {
        match self.outbox(id) {
            Some(outbox) => Ok(outbox.shown().clone()),
            None => store.load(id),
        }
    }

    /// Keeps a change made in this tab, which led to `shown`, until it saves.
    pub fn keep(&mut self, change: Change, shown: Incident) {
        match self.outboxes.iter_mut().find(|o| o.id() == &shown.id) {
            Some(outbox) => outbox.push(change, shown),
            None => self.outboxes.push(Outbox::new(change, shown)),
        }
    }

    /// Changes one incident's outbox, dropping it once nothing is left in it.
    pub fn update(&mut self, id: &IncidentId, f: impl FnOnce(&mut Outbox)) {
        if let Some(outbox) = self.outboxes.iter_mut().find(|o| o.id() == id) {
            f(outbox);
        }
        self.outboxes.retain(|o| !o.is_done());
    }

    /// Drops this tab's unsaved changes to an incident, at the person's word.
    pub fn drop_changes(&mut self, id: &IncidentId) {
        self.outboxes.retain(|o| o.id() != id);
        self.set_status(id, SaveStatus::Unchanged);
    }

    /// How `id`'s changes stand.
    pub fn status(&self, id: &IncidentId) -> SaveStatus {
        if let Some(problem) = self.outbox(id).and_then(Outbox::problem) {
            return SaveStatus::NotSaved(problem.to_owned());
        }
        self.saves
            .iter()
            .find(|(saved, _)| saved == id)
            .map_or(SaveStatus::Unchanged, |(_, status)| status.clone())
    }

    /// Marks a save of `id` as started.
    pub fn saving(&mut self, id: &IncidentId) {
        self.set_status(id, SaveStatus::Saving);
    }

    fn set_status(&mut self, id: &IncidentId, status: SaveStatus) {
        self.saves.retain(|(saved, _)| saved != id);
        self.saves.push((id.clone(), status));
    }

    /// Saves this tab's changes to `id` into `store`, replaying them onto
    /// whatever is saved there, and records how it went. Run it inside the
    /// lock every saver of `id` takes. Returns the incident as this tab
    /// should now show it, or why it could not be saved; `None` when there
    /// was nothing to save.
    pub fn save<B: Backend>(
        &mut self,
        store: &mut IncidentStore<B>,
        id: &IncidentId,
        now: DateTime<Utc>,
    ) -> Option<Result<Incident, String>> {
        let (changes, index_behind) = self.outbox(id).map(Outbox::work)?;
        if changes.is_empty() && !index_behind {
            return None;
        }
        let count = changes.len();
        let result = save_changes(store, id, &changes, index_behind);
        let problem = result.as_ref().err().map(ToString::to_string);
        self.update(id, |outbox| match result.clone() {
            Ok(saved) => outbox.saved(count, saved),
            Err(SaveFailure::IndexBehind { saved, .. }) => {
                outbox.index_behind(count, *saved, problem.clone().unwrap_or_default())
            }
            Err(SaveFailure::Conflict { saved, .. }) => {
                outbox.conflicted(*saved, problem.clone().unwrap_or_default())
            }
            Err(SaveFailure::Store(_)) => outbox.refused(problem.clone().unwrap_or_default()),
        });
        match result {
            Ok(saved) => {
                self.written.retain(|w| w.id != saved.id);
                self.written.push(saved.clone());
                self.set_status(id, SaveStatus::Saved(now));
                let shown = self.outbox(id).map_or(saved, |o| o.shown().clone());
                Some(Ok(shown))
            }
            Err(failure) => {
                let shown = self.outbox(id).map(|o| o.shown().clone());
                let status = SaveStatus::NotSaved(failure.to_string());
                self.set_status(id, status);
                Some(shown.ok_or_else(|| failure.to_string()))
            }
        }
    }

    /// Another tab, or the team folder, saved incident `id`. If that save
    /// wrote over this tab's last one (made from a copy that had not yet
    /// seen it), this tab's version is queued to be merged back in.
    pub fn on_foreign_write<B: Backend>(
        &mut self,
        store: &IncidentStore<B>,
        id: &IncidentId,
    ) -> ForeignWrite {
        let latest = store.load(id);
        if let Some(mine) = self.written.iter().position(|w| w.id == *id) {
            // Kept, deleted or unreadable, it is no longer watched for.
            let mine = self.written.remove(mine);
            if let Ok(latest) = &latest {
                if !keeps_all_of(latest, &mine) {
                    let change = Change::Merge(mine);
                    let base = self
                        .outbox(id)
                        .map_or(latest.clone(), |o| o.shown().clone());
                    if let Ok(shown) = replay(Some(base), std::slice::from_ref(&change)) {
                        self.keep(change, shown);
                    }
                    return ForeignWrite::MergeBack;
                }
            }
        }
        match (latest, self.outbox(id)) {
            (Ok(latest), None) => ForeignWrite::Show(Box::new(latest)),
            _ => ForeignWrite::Keep,
        }
    }

    /// Whether `id` waits on the person to choose between two versions.
    pub fn in_conflict(&self, id: &IncidentId) -> bool {
        self.outbox(id)
            .is_some_and(|o| matches!(o.state(), Waiting::Conflict { .. }))
    }
}
