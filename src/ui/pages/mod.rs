//! One module per page.

mod declare;
mod details_fields;
mod incident;
mod not_found;
mod register;
mod tags;
mod triage;
mod yes_no;

pub use declare::DeclarePage;
pub use incident::IncidentPage;
pub use not_found::NotFoundPage;
pub use register::RegisterPage;
pub use triage::{NotAnIncidentPage, TriagePage, TriageResultPage};
