//! Storage key names. `v1` is the storage layout version, not the schema version.

use crate::domain::IncidentId;

pub const INCIDENT_PREFIX: &str = "incident-desk/v1/incident/";
pub const INDEX_KEY: &str = "incident-desk/v1/index";
/// When everything was last exported, for the register's reminder.
pub const LAST_EXPORT_KEY: &str = "incident-desk/v1/last-export";
/// When each incident's report or file was last downloaded, so the
/// reminder to export stops once every incident has a recent copy.
pub const DOWNLOADED_KEY: &str = "incident-desk/v1/downloaded";
/// The update reminders already shown, so each shows once across tabs.
pub const REMINDED_KEY: &str = "incident-desk/v1/reminded";
/// Incidents deleted, with who deleted them and when, so no copy of them
/// (a teammate's, an old file's) brings them back.
pub const DELETED_KEY: &str = "incident-desk/v1/deleted";
/// This browser's id, which names its file in the team folder.
pub const BROWSER_KEY: &str = "incident-desk/v1/browser-id";
/// The name of the person using this browser, remembered between visits.
pub const NAME_KEY: &str = "incident-desk/v1/your-name";
/// Where a damaged index is kept when the index is rebuilt.
pub const DAMAGED_INDEX_PREFIX: &str = "incident-desk/v1/damaged-index/";
/// The team's playbook, edited in settings.
pub const PLAYBOOK_KEY: &str = "incident-desk/v1/playbook";
/// Each version of the playbook that was saved, by its version name.
pub const PLAYBOOK_VERSION_PREFIX: &str = "incident-desk/v1/playbook-version/";
/// Where damaged settings are kept before new ones are saved.
pub const DAMAGED_PLAYBOOK_PREFIX: &str = "incident-desk/v1/damaged-playbook/";

pub fn incident_key(id: &IncidentId) -> String {
    format!("{INCIDENT_PREFIX}{id}")
}
