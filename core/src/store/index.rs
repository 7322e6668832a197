//! The register index: just enough about each incident to list it. Nothing
//! that changes with every edit (such as the last-updated time), so most saves
//! leave the index alone.

use crate::domain::{Incident, IncidentId, Severity, Status};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// Stored as an array (see `index_row`): the index holds a row for every
/// incident, so its size grows with the register.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IndexEntry {
    pub id: IncidentId,
    pub title: String,
    pub status: Status,
    pub severity: Option<Severity>,
    pub started_at: DateTime<Utc>,
    pub declared_at: DateTime<Utc>,
    /// The earliest due date of its open actions, so the register can flag
    /// overdue ones without reading every incident.
    pub next_action_due: Option<NaiveDate>,
    /// For the register's figures: when it was resolved, and actions still open.
    pub resolved_at: Option<DateTime<Utc>>,
    pub open_actions: u32,
    /// So the register can mark security incidents.
    pub security: bool,
}

impl From<&Incident> for IndexEntry {
    fn from(incident: &Incident) -> Self {
        Self {
            id: incident.id.clone(),
            title: incident.title().to_owned(),
            status: incident.status,
            severity: incident.severity,
            started_at: incident.details.started_at,
            declared_at: incident.declared_at,
            next_action_due: incident
                .actions
                .iter()
                .filter(|action| action.done.is_none())
                .map(|action| action.draft.due)
                .min(),
            resolved_at: incident.resolution.as_ref().map(|r| r.resolved_at),
            open_actions: incident
                .actions
                .iter()
                .filter(|action| action.done.is_none())
                .count() as u32,
            security: incident.details.security_related,
        }
    }
}

impl IndexEntry {
    /// The register's order: newest declared first.
    pub fn sort_newest_first(entries: &mut [IndexEntry]) {
        entries.sort_by(|a, b| b.declared_at.cmp(&a.declared_at).then(b.id.cmp(&a.id)));
    }
}

/// The stored index document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct IndexDocument {
    pub schema_version: u32,
    pub incidents: Vec<IndexEntry>,
}

impl IndexDocument {
    pub fn upsert(&mut self, entry: IndexEntry) {
        match self.incidents.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) => *existing = entry,
            None => self.incidents.push(entry),
        }
    }

    /// Newest declared first: the order the register shows.
    pub fn newest_first(&self) -> Vec<IndexEntry> {
        let mut entries = self.incidents.clone();
        IndexEntry::sort_newest_first(&mut entries);
        entries
    }
}

/// An index rebuilt this session that could not be saved, so that the next
/// read starts from it instead of reading every incident again. Shared by
/// the stores opened in one session (cloning shares it).
#[derive(Clone, Default)]
pub struct IndexMemory(Rc<RefCell<Option<IndexDocument>>>);

impl IndexMemory {
    pub(super) fn get(&self) -> Option<IndexDocument> {
        self.0.borrow().clone()
    }

    pub(super) fn set(&self, index: Option<IndexDocument>) {
        *self.0.borrow_mut() = index;
    }
}
