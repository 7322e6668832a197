//! This tab's changes that are not saved yet, per incident: kept as the
//! changes themselves, so each save replays them onto the latest saved
//! version instead of writing this tab's copy over another tab's.

use crate::domain::{Incident, IncidentId};
use crate::store::{replay, Change};

#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    changes: Vec<Change>,
    /// The incident is saved but the register's index is not.
    index_behind: bool,
    /// Why the last save failed, in words; `None` while none has failed.
    pub problem: Option<String>,
    /// Another tab's newer version, on which one of these changes no longer
    /// applies: the person chooses between the two.
    pub conflict: Option<Incident>,
    /// The base with the changes applied: what this tab shows.
    pub shown: Incident,
}

impl Pending {
    pub fn id(&self) -> &IncidentId {
        &self.shown.id
    }

    /// A first unsaved change, leading to `shown`.
    pub fn new(change: Change, shown: Incident) -> Self {
        Self {
            changes: vec![change],
            index_behind: false,
            problem: None,
            conflict: None,
            shown,
        }
    }

    pub fn push(&mut self, change: Change, shown: Incident) {
        self.changes.push(change);
        self.shown = shown;
    }

    /// What the next save has to do.
    pub fn work(&self) -> (Vec<Change>, bool) {
        (self.changes.clone(), self.index_behind)
    }

    pub fn is_done(&self) -> bool {
        self.changes.is_empty() && !self.index_behind && self.conflict.is_none()
    }

    /// The first `count` changes are in `saved`; any made since are replayed
    /// onto it. Returns whether anything is left to save.
    pub fn saved(&mut self, count: usize, saved: Incident) -> bool {
        self.changes.drain(..count.min(self.changes.len()));
        self.index_behind = false;
        self.problem = None;
        self.rebase(saved);
        !self.is_done()
    }

    /// The incident was written but not the index.
    pub fn index_behind(&mut self, count: usize, saved: Incident, problem: String) {
        self.changes.drain(..count.min(self.changes.len()));
        self.index_behind = true;
        self.problem = Some(problem);
        self.rebase(saved);
    }

    /// Resolves a conflict by merging this tab's version into the saved one:
    /// every entry from both is kept.
    pub fn merge_into_saved(&mut self) {
        if let Some(saved) = self.conflict.take() {
            self.changes = vec![Change::Merge(self.shown.clone())];
            self.rebase(saved);
        }
    }

    /// Shows the changes on top of `saved`, if they still apply there; if
    /// not, the next save says so.
    fn rebase(&mut self, saved: Incident) {
        if let Ok(shown) = replay(Some(saved), &self.changes) {
            self.shown = shown;
        }
    }
}
