//! Persistence: everything about how incidents are kept, behind the
//! [`Backend`] trait; the app's `localStorage` backend is the only code that
//! touches the browser's storage.
//!
//! Each incident lives under its own key, and a small index lists them all, so
//! the register renders without parsing every incident and a save writes one
//! incident plus the index. [`Backend`] is the seam: the browser's storage in
//! the app, an in-memory twin in host tests.

mod backend;
mod compact;
mod damaged;
mod editing;
mod error;
mod incident_store;
mod index;
mod index_row;
mod keys;
mod listing;
mod memory;
mod millis;
mod playbook;
mod stored;
mod stored_incident;
mod this_browser;
mod usage;

pub use backend::Backend;
pub use compact::STORE_FORMAT;
pub use damaged::Damaged;
pub use editing::{keeps_all_of, replay, save_changes, write_changes, Change, SaveFailure};
pub use error::StoreError;
pub use incident_store::IncidentStore;
pub use index::IndexEntry;
pub use index::IndexMemory;
pub use keys::{incident_key, DELETED_KEY, INCIDENT_PREFIX, INDEX_KEY, NAME_KEY, PLAYBOOK_KEY};
pub use listing::IndexLoad;
pub use memory::MemoryBackend;
pub use playbook::PLAYBOOK_SCHEMA_VERSION;
pub use usage::{Usage, UsageLevel, QUOTA_CHARS};
