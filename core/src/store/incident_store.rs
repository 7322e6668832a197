//! Incidents over a [`Backend`]: what is saved where, and how damaged or
//! out-of-date data is reported without being overwritten.

use super::backend::Backend;
use super::compact::{self, STORE_FORMAT};
use super::error::StoreError;
use super::index::{IndexDocument, IndexEntry, IndexMemory};
use super::keys::{incident_key, DELETED_KEY, INDEX_KEY};
use super::stored;
use super::stored_incident::{parse_incident, parse_stored};
use crate::domain::{merge_deletions, Deletion, Incident, IncidentId};
use std::collections::BTreeMap;

pub struct IncidentStore<B: Backend> {
    backend: B,
    /// The index rebuilt this session when it could not be saved.
    pub(super) index_memory: IndexMemory,
}

impl<B: Backend> IncidentStore<B> {
    pub fn new(backend: B) -> Self {
        Self {
            backend,
            index_memory: IndexMemory::default(),
        }
    }

    /// Shares `memory` with other stores opened in this session, so an index
    /// rebuilt while storage is full is rebuilt once, not on every read.
    pub fn with_index_memory(self, memory: IndexMemory) -> Self {
        Self {
            index_memory: memory,
            ..self
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub(super) fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// Loads one incident by id.
    pub fn load(&self, id: &IncidentId) -> Result<Incident, StoreError> {
        self.load_with_format(id).map(|(incident, _)| incident)
    }

    /// The incident, and the stored format it was read from.
    pub(super) fn load_with_format(&self, id: &IncidentId) -> Result<(Incident, u32), StoreError> {
        let key = incident_key(id);
        let raw = self
            .backend
            .get(&key)?
            .ok_or_else(|| StoreError::NotFound(id.clone()))?;
        parse_stored(&key, &raw)
    }

    /// Saves one incident, and its index entry when that changed (a new note
    /// leaves the register unchanged, so it writes the incident alone).
    /// Refuses to overwrite a newer save from another tab, or stored text that
    /// cannot be read.
    pub fn save(&mut self, incident: &Incident) -> Result<(), StoreError> {
        let key = incident_key(&incident.id);
        let (write_incident, listed_as_before) = match self.backend.get(&key)? {
            None => (true, false),
            Some(raw) => match parse_incident(&key, &raw)? {
                // Saved before, but the index write failed: only the index is left to do.
                stored if stored == *incident => (false, false),
                stored if stored.revision >= incident.revision => return Err(StoreError::Conflict),
                stored => (
                    true,
                    IndexEntry::from(&stored) == IndexEntry::from(incident),
                ),
            },
        };
        if write_incident {
            self.write_incident(incident)?;
        }
        if listed_as_before {
            return Ok(());
        }
        self.write_entry(incident)
    }

    /// Writes the incident under its key, whatever is there.
    pub(super) fn write_incident(&mut self, incident: &Incident) -> Result<(), StoreError> {
        let json = compact::to_stored_json(incident)
            .map_err(|e| StoreError::WriteFailed(e.to_string()))?;
        self.backend.set(&incident_key(&incident.id), &json)
    }

    /// How full storage is.
    pub fn usage(&self) -> Result<super::Usage, StoreError> {
        Ok(super::Usage {
            used: self.backend.used_chars()?,
        })
    }

    /// Deletes an incident and its row in the index, once the person has
    /// confirmed, remembering who deleted it and when. Only a closed
    /// incident, or a record of something that was not one, can be deleted:
    /// the rest are still being worked on.
    pub fn delete(&mut self, deletion: Deletion) -> Result<(), StoreError> {
        let incident = self.load(&deletion.id)?;
        if incident.is_changeable() {
            return Err(StoreError::StillOpen);
        }
        self.apply_deletions(&[deletion]).map(|_| ())
    }

    /// Incidents deleted in this browser or by a teammate.
    pub fn deletions(&self) -> Result<Vec<Deletion>, StoreError> {
        match self.backend.get(DELETED_KEY)? {
            None => Ok(Vec::new()),
            Some(raw) => stored::parse(DELETED_KEY, &raw),
        }
    }

    /// Remembers `deletions` and removes the incidents they name, as every
    /// copy must: a deletion wins over the incident. Returns the ids of the
    /// incidents removed here. The deletions are written first, so a failure
    /// half way leaves nothing that could come back.
    pub fn apply_deletions(
        &mut self,
        deletions: &[Deletion],
    ) -> Result<Vec<IncidentId>, StoreError> {
        let known = self.deletions()?;
        let all = merge_deletions(&known, deletions);
        if all != known {
            let json =
                serde_json::to_string(&all).map_err(|e| StoreError::WriteFailed(e.to_string()))?;
            self.backend.set(DELETED_KEY, &json)?;
        }
        let mut removed = Vec::new();
        for deletion in deletions {
            let key = incident_key(&deletion.id);
            if self.backend.get(&key)?.is_some() {
                self.backend.remove(&key)?;
                self.remove_entry(&deletion.id)?;
                removed.push(deletion.id.clone());
            }
        }
        Ok(removed)
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

    /// Writes `incident`'s row in the index.
    pub(super) fn write_entry(&mut self, incident: &Incident) -> Result<(), StoreError> {
        let mut index = match self.read_index()? {
            Some(index) => index,
            None => self.index_memory.get().unwrap_or_default(),
        };
        index.upsert(IndexEntry::from(incident));
        self.write_index(&index)?;
        self.index_memory.set(None);
        Ok(())
    }

    /// Brings many index rows up to date in one write, as an import of many
    /// incidents needs.
    pub fn write_entries(&mut self, entries: Vec<IndexEntry>) -> Result<(), StoreError> {
        let mut index = match self.read_index()? {
            Some(index) => index,
            None => self.index_memory.get().unwrap_or_default(),
        };
        let mut rows: BTreeMap<IncidentId, usize> = index
            .incidents
            .iter()
            .enumerate()
            .map(|(n, entry)| (entry.id.clone(), n))
            .collect();
        for entry in entries {
            match rows.get(&entry.id) {
                Some(&n) => index.incidents[n] = entry,
                None => {
                    rows.insert(entry.id.clone(), index.incidents.len());
                    index.incidents.push(entry);
                }
            }
        }
        self.write_index(&index)?;
        self.index_memory.set(None);
        Ok(())
    }

    /// Drops `id`'s row from the index.
    pub(super) fn remove_entry(&mut self, id: &IncidentId) -> Result<(), StoreError> {
        let Some(mut index) = self.read_index()? else {
            return Ok(());
        };
        index.incidents.retain(|entry| entry.id != *id);
        self.write_index(&index)
    }

    /// The index, if there is one in the current format: an older one is
    /// made again from the incidents.
    pub(super) fn read_index(&self) -> Result<Option<IndexDocument>, StoreError> {
        let Some(raw) = self.backend().get(INDEX_KEY)? else {
            return Ok(None);
        };
        // An older index is made again from the incidents, which moves
        // them to the current format as it goes.
        match stored::format(INDEX_KEY, &raw, STORE_FORMAT)? {
            older if older < STORE_FORMAT => Ok(None),
            _ => stored::parse(INDEX_KEY, &raw).map(Some),
        }
    }

    pub(super) fn write_index(&mut self, index: &IndexDocument) -> Result<(), StoreError> {
        let document = IndexDocument {
            schema_version: STORE_FORMAT,
            incidents: index.incidents.clone(),
        };
        let json =
            serde_json::to_string(&document).map_err(|e| StoreError::WriteFailed(e.to_string()))?;
        self.backend_mut().set(INDEX_KEY, &json)
    }
}
