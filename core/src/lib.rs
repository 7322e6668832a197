//! Incident Desk's rules, reports, persistence and sync, with no browser in
//! them: this crate depends on neither Leptos nor web-sys, so a browser type
//! in the rules fails to compile. `domain` holds the rules, `report` the
//! exports, `store` the persistence behind a `Backend` trait, `sync` saving
//! and the team folder behind a `Folder` trait. Everything is tested on the
//! host with plain `cargo test`.

pub mod domain;
pub mod report;
pub mod store;
pub mod sync;

#[cfg(test)]
mod golden;
