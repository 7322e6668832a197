//! The team's playbook, saved under its own key with its own format version,
//! and every version incidents were run with, so their history stays true.

use super::backend::Backend;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use super::keys::{DAMAGED_PLAYBOOK_PREFIX, PLAYBOOK_KEY, PLAYBOOK_VERSION_PREFIX};
use super::stored;
use crate::domain::Playbook;
use serde::{Deserialize, Serialize};

/// Version of the stored playbook format. Bump it, with a migration,
/// whenever a stored field changes meaning or shape.
/// 2: the process's own documents (read as the GOV.UK Design System's when absent).
pub const PLAYBOOK_SCHEMA_VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct PlaybookDocument {
    schema_version: u32,
    playbook: Playbook,
}

impl<B: Backend> IncidentStore<B> {
    /// The team's own playbook; `None` until settings are first saved.
    pub fn playbook(&self) -> Result<Option<Playbook>, StoreError> {
        self.read_playbook(PLAYBOOK_KEY)
    }

    /// A playbook an incident was run with, by [`Playbook::version`].
    pub fn playbook_version(&self, version: &str) -> Result<Option<Playbook>, StoreError> {
        self.read_playbook(&format!("{PLAYBOOK_VERSION_PREFIX}{version}"))
    }

    /// Saves the playbook, and a copy under its version for the incidents
    /// that will be run with it. Saved settings that cannot be read are kept
    /// under another key first; ones from a newer app are never replaced.
    pub fn save_playbook(&mut self, playbook: &Playbook) -> Result<(), StoreError> {
        match self.playbook() {
            Err(StoreError::Corrupt { raw, .. }) => {
                self.keep_damaged(DAMAGED_PLAYBOOK_PREFIX, &raw)?;
            }
            Err(other) => return Err(other),
            Ok(_) => {}
        }
        let json = serde_json::to_string(&PlaybookDocument {
            schema_version: PLAYBOOK_SCHEMA_VERSION,
            playbook: playbook.clone(),
        })
        .map_err(|e| StoreError::WriteFailed(e.to_string()))?;
        let version_key = format!("{PLAYBOOK_VERSION_PREFIX}{}", playbook.version());
        self.backend_mut().set(&version_key, &json)?;
        self.backend_mut().set(PLAYBOOK_KEY, &json)
    }

    fn read_playbook(&self, key: &str) -> Result<Option<Playbook>, StoreError> {
        let Some(raw) = self.backend().get(key)? else {
            return Ok(None);
        };
        stored::format(key, &raw, PLAYBOOK_SCHEMA_VERSION)?;
        let document: PlaybookDocument = stored::parse(key, &raw)?;
        Ok(Some(document.playbook))
    }
}
