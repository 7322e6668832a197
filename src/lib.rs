//! Incident Desk: guides a small team through its incident process, entirely
//! in the browser. `domain` holds the rules, `report` the exports, `store` the
//! persistence, `ui` the pages.

pub mod domain;
pub mod report;
pub mod store;
pub mod ui;

pub use ui::App;
