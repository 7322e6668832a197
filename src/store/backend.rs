//! The raw key-value storage the incident store is built on.

use super::error::StoreError;

pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key currently stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
