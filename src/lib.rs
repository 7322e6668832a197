//! Incident Desk: guides a small team through its incident process, entirely
//! in the browser. The rules (`domain`), exports (`report`), persistence
//! (`store`) and sync (`sync`) live in the pure `incident-desk-core` crate,
//! which knows nothing of the browser; this crate adds the pages (`ui`) and
//! the browser's own storage behind the store's `Backend` trait.

pub use incident_desk_core::{domain, report, sync};
pub mod ui;

pub use ui::App;

/// The store's rules, and the browser's `localStorage` behind them.
pub mod store {
    pub use incident_desk_core::store::*;
    #[cfg(target_arch = "wasm32")]
    mod local_storage;
    #[cfg(target_arch = "wasm32")]
    pub use local_storage::LocalStorage;
}
