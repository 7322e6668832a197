//! Saved values the app cannot use, for the "Recover data" page: each with
//! its reason and its exact text, so it can be downloaded; removed only when
//! the person asks.

use super::backend::Backend;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use super::keys::{
    DAMAGED_INDEX_PREFIX, DAMAGED_PLAYBOOK_PREFIX, INCIDENT_PREFIX, INDEX_KEY, PLAYBOOK_KEY,
};
use super::stored_incident::parse_incident;

/// One saved value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub key: String,
    /// Why, in plain words, to follow “This cannot be used because …”.
    pub reason: String,
    /// Exactly what is stored.
    pub raw: String,
}

impl<B: Backend> IncidentStore<B> {
    /// Every damaged value: incidents that cannot be read (or were saved by
    /// a newer version), damaged copies kept aside, and a damaged index or
    /// settings not yet replaced. Reads every incident, so only for that page.
    pub fn damaged(&mut self) -> Result<Vec<Damaged>, StoreError> {
        let mut found = Vec::new();
        let mut keys = self.backend().keys()?;
        keys.sort();
        for key in keys {
            let Some(raw) = self.backend().get(&key)? else {
                continue;
            };
            let reason = if let Some(name) = key.strip_prefix(INCIDENT_PREFIX) {
                match crate::domain::IncidentId::parse(name) {
                    Err(_) => {
                        Some("its name is not an incident id, so the app did not save it".into())
                    }
                    Ok(_) => parse_incident(&key, &raw)
                        .err()
                        .map(|error| reason_for(&error)),
                }
            } else if key.starts_with(DAMAGED_INDEX_PREFIX) {
                Some("it is a damaged list of incidents, kept when the list was rebuilt".into())
            } else if key.starts_with(DAMAGED_PLAYBOOK_PREFIX) {
                Some("it is damaged settings, kept when new settings were saved".into())
            } else if key == INDEX_KEY || key == PLAYBOOK_KEY {
                self.check(&key).err().map(|error| reason_for(&error))
            } else {
                None
            };
            if let Some(reason) = reason {
                found.push(Damaged { key, reason, raw });
            }
        }
        Ok(found)
    }

    /// Removes one damaged value, once the person has confirmed. Refuses a
    /// key that holds nothing damaged, so a stale page cannot delete good data.
    pub fn remove_damaged(&mut self, key: &str) -> Result<(), StoreError> {
        let damaged = self.damaged()?;
        match damaged.iter().find(|d| d.key == key) {
            Some(_) => self.backend_mut().remove(key),
            None => Err(StoreError::NotDamaged(key.to_owned())),
        }
    }

    /// A load error as a damaged value, reading the text if the error lacks it.
    pub(super) fn damaged_from(&self, error: StoreError) -> Damaged {
        match error {
            StoreError::Corrupt { key, raw, reason } => Damaged { key, raw, reason },
            StoreError::TooNew { ref key, .. } => Damaged {
                key: key.clone(),
                raw: self.backend().get(key).ok().flatten().unwrap_or_default(),
                reason: reason_for(&error),
            },
            other => Damaged {
                key: String::new(),
                raw: String::new(),
                reason: other.to_string(),
            },
        }
    }

    fn check(&self, key: &str) -> Result<(), StoreError> {
        if key == INDEX_KEY {
            self.read_index().map(|_| ())
        } else {
            self.playbook().map(|_| ())
        }
    }
}

fn reason_for(error: &StoreError) -> String {
    match error {
        StoreError::Corrupt { reason, .. } => reason.clone(),
        StoreError::TooNew { version, .. } => {
            format!("it was saved by a newer version of Incident Desk (format {version})")
        }
        other => other.to_string(),
    }
}
