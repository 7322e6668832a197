//! Incidents and the index over a [`Backend`]: what is saved where, and how
//! damaged or out-of-date data is reported without being overwritten.

use super::backend::Backend;
use super::error::StoreError;
use super::index::{IndexDocument, IndexEntry};
use super::keys::{
    incident_key, DAMAGED_INDEX_PREFIX, DEVICE_KEY, INCIDENT_PREFIX, INDEX_KEY, LAST_EXPORT_KEY,
    NAME_KEY,
};
use crate::domain::{Incident, IncidentId, SCHEMA_VERSION};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::BTreeSet;

pub struct IncidentStore<B: Backend> {
    backend: B,
}

/// What the register needs, and anything it should tell the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexLoad {
    /// Newest declared first.
    pub entries: Vec<IndexEntry>,
    /// Saved incidents that cannot be read, so cannot be listed with a title.
    pub unreadable: Vec<IncidentId>,
    /// Set when the index itself was damaged: the key its old text was kept under.
    pub damaged_index_kept_at: Option<String>,
}

impl IndexLoad {
    /// Puts entries for versions not yet saved in place of their saved ones,
    /// keeping the register's order.
    pub fn overlay(&mut self, unsaved: Vec<IndexEntry>) {
        self.entries
            .retain(|entry| !unsaved.iter().any(|u| u.id == entry.id));
        self.entries.extend(unsaved);
        IndexEntry::sort_newest_first(&mut self.entries);
    }
}

/// Read first, so data from a newer version of the app is refused by name
/// rather than reported as unreadable.
#[derive(Deserialize)]
struct StoredSchema {
    schema_version: u32,
}

impl<B: Backend> IncidentStore<B> {
    pub fn new(backend: B) -> Self {
        Self { backend }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub(super) fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// Loads one incident by id.
    pub fn load(&self, id: &IncidentId) -> Result<Incident, StoreError> {
        let key = incident_key(id);
        let raw = self
            .backend
            .get(&key)?
            .ok_or_else(|| StoreError::NotFound(id.clone()))?;
        parse_incident(&key, &raw)
    }

    /// Saves one incident, and its index entry when that changed (a new note
    /// leaves the register unchanged, so it writes the incident alone).
    /// Refuses to overwrite a newer save from another tab, or stored text that
    /// cannot be read.
    pub fn save(&mut self, incident: &Incident) -> Result<(), StoreError> {
        let key = incident_key(&incident.id);
        let entry = IndexEntry::from(incident);
        let (write_incident, listed_as_before) = match self.backend.get(&key)? {
            None => (true, false),
            Some(raw) => match parse_incident(&key, &raw)? {
                // Saved before, but the index write failed: only the index is left to do.
                stored if stored == *incident => (false, false),
                stored if stored.revision >= incident.revision => return Err(StoreError::Conflict),
                stored => (true, IndexEntry::from(&stored) == entry),
            },
        };
        if write_incident {
            let json = serde_json::to_string(incident)
                .map_err(|e| StoreError::WriteFailed(e.to_string()))?;
            self.backend.set(&key, &json)?;
        }
        if listed_as_before {
            return Ok(());
        }
        let mut index = self.read_index()?.unwrap_or_default();
        index.upsert(entry);
        self.write_index(&index)
    }

    /// The register: the index, checked against the incidents actually stored.
    /// A damaged index is kept under another key and rebuilt; incidents saved
    /// but missing from the index (a save interrupted half-way) are added.
    pub fn list(&mut self) -> Result<IndexLoad, StoreError> {
        let mut load = IndexLoad::default();
        let (mut index, mut changed) = match self.read_index() {
            Ok(Some(index)) => (index, false),
            Ok(None) => (IndexDocument::default(), false),
            Err(StoreError::Corrupt { raw, .. }) => {
                let kept_at = self.keep_damaged(DAMAGED_INDEX_PREFIX, &raw)?;
                load.damaged_index_kept_at = Some(kept_at);
                (IndexDocument::default(), true)
            }
            Err(other) => return Err(other),
        };
        let stored_ids: BTreeSet<IncidentId> = self
            .backend
            .keys()?
            .iter()
            .filter_map(|key| key.strip_prefix(INCIDENT_PREFIX))
            .filter_map(|id| IncidentId::parse(id).ok())
            .collect();
        let before = index.incidents.len();
        index
            .incidents
            .retain(|entry| stored_ids.contains(&entry.id));
        changed |= index.incidents.len() != before;
        let listed: BTreeSet<IncidentId> = index.incidents.iter().map(|e| e.id.clone()).collect();
        for id in stored_ids.difference(&listed) {
            match self.load(id) {
                Ok(incident) => {
                    index.upsert(IndexEntry::from(&incident));
                    changed = true;
                }
                Err(_) => load.unreadable.push(id.clone()),
            }
        }
        if changed {
            // The index can always be rebuilt from the incidents, so failing
            // to write it (a full quota, say) must not hide the register.
            let _ = self.write_index(&index);
        }
        load.entries = index.newest_first();
        Ok(load)
    }

    /// The name of the person using this browser, if they gave it before.
    pub fn your_name(&self) -> Result<Option<String>, StoreError> {
        self.backend.get(NAME_KEY)
    }

    pub fn remember_name(&mut self, name: &str) -> Result<(), StoreError> {
        self.backend.set(NAME_KEY, name.trim())
    }

    /// Every incident that can be read, for a full export, and the ids of
    /// those that cannot.
    pub fn all_incidents(&mut self) -> Result<(Vec<Incident>, Vec<IncidentId>), StoreError> {
        let listing = self.list()?;
        let mut incidents = Vec::new();
        let mut unreadable = listing.unreadable;
        for entry in listing.entries {
            match self.load(&entry.id) {
                Ok(incident) => incidents.push(incident),
                Err(_) => unreadable.push(entry.id),
            }
        }
        Ok((incidents, unreadable))
    }

    /// When everything was last exported from this browser.
    pub fn last_export(&self) -> Option<DateTime<Utc>> {
        let saved = self.backend.get(LAST_EXPORT_KEY).ok().flatten()?;
        DateTime::parse_from_rfc3339(&saved)
            .ok()
            .map(|at| at.with_timezone(&Utc))
    }

    pub fn record_export(&mut self, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.backend.set(LAST_EXPORT_KEY, &at.to_rfc3339())
    }

    /// This browser's id: the one saved before, or `fresh` saved now. If it
    /// cannot be saved, `fresh` still serves for this visit.
    pub fn device_id(&mut self, fresh: String) -> String {
        match self.backend.get(DEVICE_KEY) {
            Ok(Some(saved)) if crate::domain::ItemId::parse(&saved).is_ok() => saved,
            _ => {
                let _ = self.backend.set(DEVICE_KEY, &fresh);
                fresh
            }
        }
    }

    fn read_index(&self) -> Result<Option<IndexDocument>, StoreError> {
        let Some(raw) = self.backend.get(INDEX_KEY)? else {
            return Ok(None);
        };
        let index: IndexDocument =
            serde_json::from_str(&raw).map_err(|e| corrupt(INDEX_KEY, &raw, e))?;
        if index.schema_version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                key: INDEX_KEY.to_owned(),
                version: index.schema_version,
            });
        }
        Ok(Some(index))
    }

    fn write_index(&mut self, index: &IndexDocument) -> Result<(), StoreError> {
        let document = IndexDocument {
            schema_version: SCHEMA_VERSION,
            incidents: index.incidents.clone(),
        };
        let json =
            serde_json::to_string(&document).map_err(|e| StoreError::WriteFailed(e.to_string()))?;
        self.backend.set(INDEX_KEY, &json)
    }

    /// Copies damaged data to a key of its own, under `prefix`, before it is replaced.
    pub(super) fn keep_damaged(&mut self, prefix: &str, raw: &str) -> Result<String, StoreError> {
        let taken = self.backend.keys()?;
        let key = (1..)
            .map(|n| format!("{prefix}{n}"))
            .find(|key| !taken.contains(key))
            .unwrap_or_else(|| prefix.to_owned());
        self.backend.set(&key, raw)?;
        Ok(key)
    }
}

fn parse_incident(key: &str, raw: &str) -> Result<Incident, StoreError> {
    let version: StoredSchema = serde_json::from_str(raw).map_err(|e| corrupt(key, raw, e))?;
    if version.schema_version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            key: key.to_owned(),
            version: version.schema_version,
        });
    }
    let mut incident: Incident = serde_json::from_str(raw).map_err(|e| corrupt(key, raw, e))?;
    // Format 1 lacks only fields that read as empty, so it is format 2 once read.
    incident.schema_version = SCHEMA_VERSION;
    Ok(incident)
}

pub(super) fn corrupt(key: &str, raw: &str, error: serde_json::Error) -> StoreError {
    StoreError::Corrupt {
        key: key.to_owned(),
        raw: raw.to_owned(),
        reason: error.to_string(),
    }
}
