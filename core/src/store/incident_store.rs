//! Incidents over a [`Backend`]: what is saved where, and how damaged or
//! out-of-date data is reported without being overwritten.

use super::backend::Backend;
use super::compact::{self, STORE_FORMAT};
use super::error::StoreError;
use super::index::{IndexEntry, IndexMemory};
use super::keys::{
    incident_key, BROWSER_KEY, DELETED_KEY, DOWNLOADED_KEY, LAST_EXPORT_KEY, NAME_KEY, REMINDED_KEY,
};
use super::stored;
use crate::domain::{merge_deletions, Deletion, Incident, IncidentId, COUNTER_MAX, SCHEMA_VERSION};
use chrono::{DateTime, Utc};

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

    /// The name of the person using this browser, if they gave it before.
    pub fn your_name(&self) -> Result<Option<String>, StoreError> {
        self.backend.get(NAME_KEY)
    }

    pub fn remember_name(&mut self, name: &str) -> Result<(), StoreError> {
        self.backend.set(NAME_KEY, name.trim())
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

    /// This browser's id, made once and kept: it names the browser's own file
    /// in the team folder. `None` if it cannot be kept.
    pub fn browser_id(&mut self, make: impl FnOnce() -> String) -> Option<String> {
        if let Ok(Some(id)) = self.backend.get(BROWSER_KEY) {
            if !id.is_empty() && id.len() <= 40 && id.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Some(id);
            }
        }
        let id = make();
        self.backend.set(BROWSER_KEY, &id).ok().map(|()| id)
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

    /// When each incident's report or file was last downloaded; empty if
    /// never, or if the record cannot be read (it only quiets a reminder).
    pub fn downloads(&self) -> std::collections::BTreeMap<IncidentId, DateTime<Utc>> {
        let saved = self.backend.get(DOWNLOADED_KEY).ok().flatten();
        saved
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }

    pub fn record_download(
        &mut self,
        id: &IncidentId,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut downloads = self.downloads();
        downloads.insert(id.clone(), at);
        let json = serde_json::to_string(&downloads).unwrap_or_default();
        self.backend.set(DOWNLOADED_KEY, &json)
    }

    /// Notes that the reminder `key` is being shown: `false` if it already
    /// was (by this tab or another), or if it cannot be noted, since a
    /// reminder shown in every tab at once is worse than one missed.
    pub fn claim_reminder(&mut self, key: &str) -> bool {
        let saved = self.backend.get(REMINDED_KEY).ok().flatten();
        let mut shown: Vec<String> = saved
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        if shown.iter().any(|k| k == key) {
            return false;
        }
        shown.push(key.to_owned());
        // The latest few are enough: older due times never come back.
        let excess = shown.len().saturating_sub(REMINDERS_KEPT);
        shown.drain(..excess);
        let json = serde_json::to_string(&shown).unwrap_or_default();
        self.backend.set(REMINDED_KEY, &json).is_ok()
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

/// Reads the incident stored under `key`. Besides text that is not an
/// incident, an incident under another incident's key (saving it would write
/// over that one) and a revision past the maximum (only tampering gets there)
/// are damaged data.
pub(super) fn parse_incident(key: &str, raw: &str) -> Result<Incident, StoreError> {
    parse_stored(key, raw).map(|(incident, _)| incident)
}

fn parse_stored(key: &str, raw: &str) -> Result<(Incident, u32), StoreError> {
    let format = stored::format(key, raw, STORE_FORMAT)?;
    let damaged = |reason: String| stored::damaged(key, raw, reason);
    let mut incident = match format {
        // Format 3 is format 4 without stamps; format 4 is format 5 without
        // what messages said (read as empty).
        3 | 4 | STORE_FORMAT => compact::from_stored_json(raw).map_err(damaged)?,
        // Formats 1 and 2 are the export format.
        _ => stored::parse::<Incident>(key, raw)?,
    };
    if incident.timeline.is_empty() {
        return Err(damaged("it has no timeline".to_owned()));
    }
    if incident_key(&incident.id) != key {
        return Err(damaged(format!(
            "it holds incident {}, which belongs under another key",
            incident.id
        )));
    }
    if incident.revision > COUNTER_MAX {
        return Err(damaged(
            "its revision number is beyond any the app makes".to_owned(),
        ));
    }
    if format < STAMPED_FORMAT {
        incident.stamp_legacy();
    }
    // Older formats lack only fields that read as empty or are given when read.
    incident.schema_version = SCHEMA_VERSION;
    Ok((incident, format))
}

/// How many shown reminders are remembered.
const REMINDERS_KEPT: usize = 50;

/// The first stored format with stamps.
const STAMPED_FORMAT: u32 = 4;
