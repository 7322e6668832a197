//! An in-memory backend: the tab's own storage when the browser allows
//! none (some private windows), and the store's twin in tests, with an
//! optional size limit so quota handling can be tested on the host too.

use super::backend::Backend;
use super::error::StoreError;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct MemoryBackend {
    pub values: BTreeMap<String, String>,
    /// Total characters (keys plus values) allowed, counted in UTF-16 units
    /// as browsers count their quota.
    pub quota: Option<usize>,
    /// Every key written, in order, so tests can check a save writes only
    /// what it should; kept only by [`MemoryBackend::default`], not by
    /// [`MemoryBackend::for_a_tab`], which would grow with every save.
    pub writes: Vec<String>,
    pub record_writes: bool,
    /// Counts reads, so tests can check what a listing reads.
    pub reads: std::cell::Cell<usize>,
    /// A key whose writes fail as if storage were full, to test half-done saves.
    pub full_for_key: Option<String>,
}

impl Default for MemoryBackend {
    fn default() -> Self {
        Self {
            values: BTreeMap::new(),
            quota: None,
            writes: Vec::new(),
            record_writes: true,
            reads: std::cell::Cell::new(0),
            full_for_key: None,
        }
    }
}

/// The size of `text` as a browser's storage quota counts it.
fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl MemoryBackend {
    /// A tab's own storage, for as long as the tab is open.
    pub fn for_a_tab() -> Self {
        Self {
            record_writes: false,
            ..Self::default()
        }
    }

    pub fn with_quota(quota: usize) -> Self {
        Self {
            quota: Some(quota),
            ..Self::default()
        }
    }

    fn note_write(&mut self, key: &str) {
        if self.record_writes {
            self.writes.push(key.to_owned());
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| units(k) + units(v))
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.reads.set(self.reads.get() + 1);
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full_for_key.as_deref() == Some(key) {
            return Err(StoreError::QuotaExceeded);
        }
        if let Some(quota) = self.quota {
            if self.used_without(key) + units(key) + units(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.note_write(key);
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.note_write(key);
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.keys().cloned().collect())
    }
}
