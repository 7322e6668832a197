//! What this browser remembers besides incidents: the person's name, its
//! own id, and when things were last exported, downloaded or reminded of.

use super::backend::Backend;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use super::keys::{BROWSER_KEY, DOWNLOADED_KEY, LAST_EXPORT_KEY, NAME_KEY, REMINDED_KEY};
use crate::domain::rfc3339::{self, Time};
use crate::domain::IncidentId;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

impl<B: Backend> IncidentStore<B> {
    /// The name of the person using this browser, if they gave it before.
    pub fn your_name(&self) -> Result<Option<String>, StoreError> {
        self.backend().get(NAME_KEY)
    }

    pub fn remember_name(&mut self, name: &str) -> Result<(), StoreError> {
        self.backend_mut().set(NAME_KEY, name.trim())
    }

    /// This browser's id, made once and kept: it names the browser's own file
    /// in the team folder. `None` if it cannot be kept.
    pub fn browser_id(&mut self, make: impl FnOnce() -> String) -> Option<String> {
        if let Ok(Some(id)) = self.backend().get(BROWSER_KEY) {
            if !id.is_empty() && id.len() <= 40 && id.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Some(id);
            }
        }
        let id = make();
        self.backend_mut().set(BROWSER_KEY, &id).ok().map(|()| id)
    }

    /// When everything was last exported from this browser.
    pub fn last_export(&self) -> Option<DateTime<Utc>> {
        let saved = self.backend().get(LAST_EXPORT_KEY).ok().flatten()?;
        rfc3339::utc(&saved)
    }

    pub fn record_export(&mut self, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.backend_mut().set(LAST_EXPORT_KEY, &at.to_rfc3339())
    }

    /// When each incident's report or file was last downloaded; empty if
    /// never, or if the record cannot be read (it only quiets a reminder).
    pub fn downloads(&self) -> BTreeMap<IncidentId, DateTime<Utc>> {
        let saved = self.backend().get(DOWNLOADED_KEY).ok().flatten();
        let read: Option<BTreeMap<IncidentId, Time>> =
            saved.and_then(|json| serde_json::from_str(&json).ok());
        read.unwrap_or_default()
            .into_iter()
            .map(|(id, Time(at))| (id, at))
            .collect()
    }

    pub fn record_download(
        &mut self,
        id: &IncidentId,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut downloads = self.downloads();
        downloads.insert(id.clone(), at);
        let json = serde_json::to_string(&downloads).unwrap_or_default();
        self.backend_mut().set(DOWNLOADED_KEY, &json)
    }

    /// Notes that the reminder `key` is being shown: `false` if it already
    /// was (by this tab or another), or if it cannot be noted, since a
    /// reminder shown in every tab at once is worse than one missed.
    pub fn claim_reminder(&mut self, key: &str) -> bool {
        let saved = self.backend().get(REMINDED_KEY).ok().flatten();
        let mut shown: Vec<String> = saved
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        if shown.iter().any(|k| k == key) {
            return false;
        }
        shown.push(key.to_owned());
        // The latest few are enough: older due times never come back.
        let excess = shown.len().saturating_sub(REMINDERS_KEPT);
        shown.drain(..excess);
        let json = serde_json::to_string(&shown).unwrap_or_default();
        self.backend_mut().set(REMINDED_KEY, &json).is_ok()
    }
}

/// How many shown reminders are remembered.
const REMINDERS_KEPT: usize = 50;
