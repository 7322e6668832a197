//! The register's index: read, checked against the incidents actually
//! stored, repaired, and written. The index can always be rebuilt from the
//! incidents, so a damaged, stale or unsaveable index never hides one.

use super::backend::Backend;
use super::compact::STORE_FORMAT;
use super::damaged::Damaged;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use super::index::{IndexDocument, IndexEntry};
use super::keys::{DAMAGED_INDEX_PREFIX, INCIDENT_PREFIX};
use crate::domain::{Incident, IncidentId};
use std::collections::{BTreeMap, BTreeSet};

/// What the register needs, and anything it should tell the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexLoad {
    /// Newest declared first.
    pub entries: Vec<IndexEntry>,
    /// Saved values under incident keys that cannot be read, so cannot be
    /// listed with a title.
    pub unreadable: Vec<Damaged>,
    /// Set when the index itself was damaged: the key its old text was kept under.
    pub damaged_index_kept_at: Option<String>,
    /// The index was rebuilt but could not be saved (storage full, say).
    pub index_not_saved: Option<StoreError>,
    /// The index was written by a newer version of the app (its format), so
    /// this list was made from the incidents and the index left alone.
    pub index_too_new: Option<u32>,
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

impl<B: Backend> IncidentStore<B> {
    /// The register: the index, checked against the incidents actually stored.
    /// A damaged index is kept under another key and rebuilt; rows for
    /// incidents no longer stored, and duplicated rows, are dropped; incidents
    /// saved but missing from the index (a save interrupted half-way) are
    /// added, and those in an older format saved again in the current one.
    pub fn list(&mut self) -> Result<IndexLoad, StoreError> {
        let Checked {
            mut load,
            index,
            mut changed,
            mut writable,
            damaged_index,
            older_format,
        } = self.check_index()?;
        if let Some(raw) = damaged_index {
            match self.keep_damaged(DAMAGED_INDEX_PREFIX, &raw) {
                Ok(kept_at) => load.damaged_index_kept_at = Some(kept_at),
                // Not kept, so not replaced: the register is made without it.
                Err(error) => {
                    load.index_not_saved = Some(error);
                    (changed, writable) = (false, false);
                }
            }
        }
        if writable {
            for incident in &older_format {
                // Half the space in the current format. Only a saving: the
                // old format still reads if this fails.
                let _ = self.write_incident(incident);
            }
        }
        if changed && writable {
            if let Err(error) = self.write_index(&index) {
                self.index_memory.set(Some(index.clone()));
                load.index_not_saved = Some(error);
                writable = false;
            }
        }
        if writable {
            self.index_memory.set(None);
        }
        load.entries = index.newest_first();
        Ok(load)
    }

    /// The register as [`list`](Self::list) makes it, writing nothing, for
    /// reads that must not change storage (a page drawing itself). A damaged
    /// index is listed from the incidents but kept and replaced only by `list`.
    pub fn read_list(&self) -> Result<IndexLoad, StoreError> {
        let checked = self.check_index()?;
        let mut load = checked.load;
        load.entries = checked.index.newest_first();
        Ok(load)
    }

    /// The register from the index alone, reading no incident: `None` when
    /// that would not list every stored incident (a row missing or doubled,
    /// a damaged index, one from a newer version), so only
    /// [`read_list`](Self::read_list) can. What a page draws on its way in.
    pub fn read_index_only(&self) -> Result<Option<IndexLoad>, StoreError> {
        let rows = self.check_rows()?;
        let complete = rows.missing.is_empty()
            && rows.damaged_index.is_none()
            && rows.load.index_too_new.is_none();
        Ok(complete.then(|| IndexLoad {
            entries: rows.index.newest_first(),
            ..rows.load
        }))
    }

    /// The index checked against the incidents stored, and what writing it
    /// back would take.
    fn check_index(&self) -> Result<Checked, StoreError> {
        let Rows {
            mut load,
            mut index,
            mut changed,
            writable,
            damaged_index,
            missing,
        } = self.check_rows()?;
        let mut older_format = Vec::new();
        for id in &missing {
            match self.load_with_format(id) {
                Ok((incident, format)) => {
                    index.upsert(IndexEntry::from(&incident));
                    changed = true;
                    if format < STORE_FORMAT {
                        older_format.push(incident);
                    }
                }
                Err(error) => load.unreadable.push(self.damaged_from(error)),
            }
        }
        Ok(Checked {
            load,
            index,
            changed,
            writable,
            damaged_index,
            older_format,
        })
    }

    /// The index's rows checked against the incident keys stored, reading
    /// no incident: which are missing from it.
    fn check_rows(&self) -> Result<Rows, StoreError> {
        let mut load = IndexLoad::default();
        let mut damaged_index = None;
        // Whether the index must be written, and whether it may be.
        let (mut index, mut changed, writable) = match self.read_index() {
            Ok(Some(index)) => (index, false, true),
            Ok(None) => match self.index_memory.get() {
                Some(rebuilt) => (rebuilt, true, true),
                None => (IndexDocument::default(), false, true),
            },
            Err(StoreError::Corrupt { raw, .. }) => {
                damaged_index = Some(raw);
                (IndexDocument::default(), true, true)
            }
            Err(StoreError::TooNew { version, .. }) => {
                load.index_too_new = Some(version);
                (IndexDocument::default(), false, false)
            }
            Err(other) => return Err(other),
        };
        let mut rows: BTreeMap<IncidentId, usize> = BTreeMap::new();
        for entry in &index.incidents {
            *rows.entry(entry.id.clone()).or_default() += 1;
        }
        let stored = self.stored_incident_keys(&mut load.unreadable)?;
        let before = index.incidents.len();
        // Rows for incidents no longer stored go, and duplicated rows go to
        // be made again from the incident.
        index
            .incidents
            .retain(|entry| stored.contains(&entry.id) && rows.get(&entry.id) == Some(&1));
        changed |= index.incidents.len() != before;
        let listed: BTreeSet<IncidentId> = index.incidents.iter().map(|e| e.id.clone()).collect();
        let missing = stored.difference(&listed).cloned().collect();
        Ok(Rows {
            load,
            index,
            changed,
            writable,
            damaged_index,
            missing,
        })
    }

    /// Every incident that can be read, for a full export or a search, and
    /// what cannot be read. Having read them all, it also brings any stale
    /// index row up to date (one left by a save whose index write failed).
    pub fn all_incidents(&mut self) -> Result<(Vec<Incident>, Vec<Damaged>), StoreError> {
        let listing = self.list()?;
        let mut incidents = Vec::new();
        let mut unreadable = listing.unreadable;
        let mut stale = Vec::new();
        for entry in listing.entries {
            match self.load(&entry.id) {
                Ok(incident) => {
                    let current = IndexEntry::from(&incident);
                    if current != entry {
                        stale.push(current);
                    }
                    incidents.push(incident);
                }
                Err(error) => unreadable.push(self.damaged_from(error)),
            }
        }
        if !stale.is_empty() && listing.index_too_new.is_none() {
            if let Ok(Some(mut index)) = self.read_index() {
                for entry in stale {
                    index.upsert(entry);
                }
                // Only a repair: the export goes ahead whether it is saved or not.
                let _ = self.write_index(&index);
            }
        }
        Ok((incidents, unreadable))
    }

    /// Ids of every incident stored; values under the incident prefix whose
    /// names are not incident ids go into `unreadable`.
    fn stored_incident_keys(
        &self,
        unreadable: &mut Vec<Damaged>,
    ) -> Result<BTreeSet<IncidentId>, StoreError> {
        let mut ids = BTreeSet::new();
        for key in self.backend().keys()? {
            let Some(name) = key.strip_prefix(INCIDENT_PREFIX) else {
                continue;
            };
            match IncidentId::parse(name) {
                Ok(id) => {
                    ids.insert(id);
                }
                Err(_) => unreadable.push(Damaged {
                    reason: "its name is not an incident id, so the app did not save it".into(),
                    raw: self.backend().get(&key)?.unwrap_or_default(),
                    key,
                }),
            }
        }
        Ok(ids)
    }
}

/// The index's rows, before any incident is read.
struct Rows {
    load: IndexLoad,
    index: IndexDocument,
    changed: bool,
    writable: bool,
    damaged_index: Option<String>,
    /// Incidents stored without exactly one row in the index.
    missing: Vec<IncidentId>,
}

/// The register read, before anything is written.
struct Checked {
    load: IndexLoad,
    index: IndexDocument,
    /// The index differs from what is stored.
    changed: bool,
    /// The index may be written: it is not from a newer version.
    writable: bool,
    /// The text of a damaged index, to keep before replacing it.
    damaged_index: Option<String>,
    /// Incidents found outside the index in an older stored format.
    older_format: Vec<Incident>,
}
