//! The raw key-value storage the incident store is built on.

use super::error::StoreError;

pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key currently stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Characters stored, keys included, counted as the browser's quota
    /// counts them (UTF-16 code units).
    fn used_chars(&self) -> Result<usize, StoreError> {
        let mut used = 0;
        for key in self.keys()? {
            let value = self.get(&key)?.unwrap_or_default();
            used += key.encode_utf16().count() + value.encode_utf16().count();
        }
        Ok(used)
    }
}
