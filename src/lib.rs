//! Incident Desk: guides a small team through its incident process, entirely
//! in the browser. `domain` holds the rules, `report` the exports, `store` the
//! persistence, `sync` saving and the team folder, `ui` the pages.

pub mod domain;
pub mod report;
pub mod store;
pub mod sync;
pub mod ui;

pub use ui::App;

#[cfg(test)]
mod golden;
