//! One module per page.

mod accessibility;
mod declare;
mod details_fields;
mod import;
mod incident;
mod not_found;
mod playbook_banners;
mod recover;
mod register;
mod settings;
mod storage_banner;
mod storage_meter;
mod tags;
mod team_folder;
mod triage;
mod yes_no;

pub use accessibility::AccessibilityPage;
pub use declare::DeclarePage;
pub use import::ImportPage;
pub use incident::{IncidentPage, NameInHeader, Shown};
pub use not_found::NotFoundPage;
pub use playbook_banners::{PlaybookBanners, ProcessReviewBanner};
pub use recover::RecoverPage;
pub use register::RegisterPage;
pub use settings::SettingsPage;
pub use storage_banner::StorageBanner;
pub use storage_meter::StorageMeter;
pub use team_folder::{TeamFolderPage, TeamFolderStatus};
pub use triage::{NotAnIncidentPage, TriagePage, TriageResultPage};
