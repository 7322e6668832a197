//! One incident's changes made in this tab and not saved yet: kept as the
//! changes themselves, so each save replays them onto the latest saved
//! version instead of writing this tab's copy over another's.

use crate::domain::{Incident, IncidentId};
use crate::store::{replay, Change};

/// Where an outbox stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Waiting {
    /// To be saved (or being saved).
    ToSave,
    /// Storage refused the last save: why, in words.
    Refused(String),
    /// The incident was written but not the register's index: saving again
    /// writes the index too.
    IndexBehind(String),
    /// Another tab or teammate saved a version on which one of these changes
    /// no longer applies: the person chooses between the two.
    Conflict {
        saved: Box<Incident>,
        problem: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outbox {
    /// Changes made here and not saved, oldest first: the only copy of them.
    changes: Vec<Change>,
    /// The saved version with `changes` applied: what this tab shows.
    shown: Incident,
    state: Waiting,
}

impl Outbox {
    /// A first unsaved change, leading to `shown`.
    pub fn new(change: Change, shown: Incident) -> Self {
        Self {
            changes: vec![change],
            shown,
            state: Waiting::ToSave,
        }
    }

    pub fn id(&self) -> &IncidentId {
        &self.shown.id
    }

    /// The incident as this tab shows it.
    pub fn shown(&self) -> &Incident {
        &self.shown
    }

    pub fn state(&self) -> &Waiting {
        &self.state
    }

    /// Why the last save did not finish, if it did not.
    pub fn problem(&self) -> Option<&str> {
        match &self.state {
            Waiting::ToSave => None,
            Waiting::Refused(problem)
            | Waiting::IndexBehind(problem)
            | Waiting::Conflict { problem, .. } => Some(problem),
        }
    }

    /// The other version, when a change no longer fits it.
    pub fn conflict(&self) -> Option<&Incident> {
        match &self.state {
            Waiting::Conflict { saved, .. } => Some(saved),
            _ => None,
        }
    }

    pub fn push(&mut self, change: Change, shown: Incident) {
        self.changes.push(change);
        self.shown = shown;
    }

    /// What the next save has to do: the changes, and whether the index is behind.
    pub fn work(&self) -> (Vec<Change>, bool) {
        let index_behind = matches!(self.state, Waiting::IndexBehind(_));
        (self.changes.clone(), index_behind)
    }

    /// Nothing is left to save or to settle.
    pub fn is_done(&self) -> bool {
        self.changes.is_empty() && self.state == Waiting::ToSave
    }

    /// The first `count` changes are in `saved`; any made since are shown
    /// on top of it.
    pub fn saved(&mut self, count: usize, saved: Incident) {
        self.changes.drain(..count.min(self.changes.len()));
        self.state = Waiting::ToSave;
        self.rebase(saved);
    }

    /// The first `count` changes are in `saved`, but the index is not.
    pub fn index_behind(&mut self, count: usize, saved: Incident, problem: String) {
        self.changes.drain(..count.min(self.changes.len()));
        self.state = Waiting::IndexBehind(problem);
        self.rebase(saved);
    }

    pub fn refused(&mut self, problem: String) {
        self.state = Waiting::Refused(problem);
    }

    pub fn conflicted(&mut self, saved: Incident, problem: String) {
        self.state = Waiting::Conflict {
            saved: Box::new(saved),
            problem,
        };
    }

    /// Settles a conflict by merging this tab's version into the other:
    /// everything from both is kept.
    pub fn merge_into_saved(&mut self) {
        if let Waiting::Conflict { saved, .. } = std::mem::replace(&mut self.state, Waiting::ToSave)
        {
            self.changes = vec![Change::Merge(self.shown.clone())];
            self.rebase(*saved);
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
