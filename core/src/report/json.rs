//! The JSON export: one envelope for one incident or for everything, or a
//! browser's file in the team folder, documented by the JSON Schema in
//! `docs/export.schema.json`. Its version numbering is its own (storage
//! numbers its formats apart).

use crate::domain::{Deletion, Incident, Playbook, SCHEMA_VERSION};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the `format` field says, so a file can be recognised.
pub const FORMAT: &str = "incident-desk";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub schema_version: u32,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub exported_at: DateTime<Utc>,
    /// The version of Incident Desk that wrote it.
    pub app_version: String,
    /// The team's settings, in a full export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<Playbook>,
    /// Who wrote it: in a browser's file in the team folder, the name its
    /// person gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_by: Option<String>,
    pub incidents: Vec<Incident>,
    /// Incidents deleted, so that no copy brings them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Deletion>,
}

impl Envelope {
    pub fn new(incidents: Vec<Incident>, playbook: Option<Playbook>, now: DateTime<Utc>) -> Self {
        Self {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            exported_at: now,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            playbook,
            written_by: None,
            incidents,
            deleted: Vec::new(),
        }
    }

    /// Indented, so the file reads well in the team drive.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self).map(|compact| super::indent::indented(&compact))
    }
}
