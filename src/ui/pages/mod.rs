//! One module per page.

mod declare;
mod details_fields;
mod import;
mod incident;
mod not_found;
mod playbook_banners;
mod recover;
mod register;
mod settings;
mod tags;
mod triage;
mod yes_no;

pub use declare::DeclarePage;
pub use import::ImportPage;
pub use incident::{IncidentPage, Shown};
pub use not_found::NotFoundPage;
pub use playbook_banners::PlaybookBanners;
pub use recover::RecoverPage;
pub use register::RegisterPage;
pub use settings::SettingsPage;
pub use triage::{NotAnIncidentPage, TriagePage, TriageResultPage};
