//! An in-memory backend for tests, with an optional size limit so quota
//! handling can be tested on the host too.

use super::backend::Backend;
use super::error::StoreError;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct MemoryBackend {
    pub values: BTreeMap<String, String>,
    /// Total characters (keys plus values) allowed, like a browser's quota.
    pub quota: Option<usize>,
    /// Counts writes, so tests can check a save writes only what it should.
    pub writes: Vec<String>,
    /// Counts reads, so tests can check what a listing reads.
    pub reads: std::cell::Cell<usize>,
    /// A key whose writes fail as if storage were full, to test half-done saves.
    pub full_for_key: Option<String>,
}

impl MemoryBackend {
    pub fn with_quota(quota: usize) -> Self {
        Self {
            quota: Some(quota),
            ..Self::default()
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
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
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.writes.push(key.to_owned());
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.writes.push(key.to_owned());
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.keys().cloned().collect())
    }
}
