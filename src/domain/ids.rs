//! Identities. An incident id is made once, from the declare time and random
//! bits supplied by the caller, and never changes: it names the storage key and
//! the URL, so it is restricted to characters safe in both.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable, collision-safe incident identity, such as `20261128-0312-9f86d081884c7d65`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IncidentId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not an incident id")]
pub struct InvalidId(pub String);

impl IncidentId {
    /// Builds an id from the declare time and 64 random bits, so two people
    /// declaring in the same minute (or two tabs) still get different ids.
    pub fn generate(declared_at: chrono::DateTime<chrono::Utc>, random: u64) -> Self {
        use chrono::{Datelike, Timelike};
        let at = declared_at.naive_utc();
        Self(format!(
            "{:04}{:02}{:02}-{:02}{:02}-{random:016x}",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute()
        ))
    }

    pub fn parse(text: &str) -> Result<Self, InvalidId> {
        let valid_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
        if text.is_empty() || text.len() > 64 || !text.chars().all(valid_char) {
            return Err(InvalidId(text.to_owned()));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for IncidentId {
    type Error = InvalidId;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<IncidentId> for String {
    fn from(id: IncidentId) -> Self {
        id.0
    }
}

impl fmt::Display for IncidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A timeline entry's number within its incident: 1, 2, 3… in recording order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntryId(pub u32);

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
