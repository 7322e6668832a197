//! Triage: “Is this an incident?”, the recommendation, and keeping a record
//! when it is not one.

mod not_an_incident;
mod questions;
mod result;

pub use not_an_incident::NotAnIncidentPage;
pub use questions::TriagePage;
pub use result::TriageResultPage;
