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

/// An id for something inside an incident: a timeline entry, an action or a
/// piece of clean-up. Made from the browser that created it and a counter,
/// such as `3f9a1c2e04b7-4`, so two people's copies of one incident never
/// reuse an id, and merging them can tell their records apart. Incidents
/// saved before numbered them 1, 2, 3…, which still read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ItemId(String);

/// Ids from one browser sort in the order it made them (`a-9` before
/// `a-10`); different browsers' ids sort by browser.
impl Ord for ItemId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for ItemId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl ItemId {
    /// The next id from `device` after the `existing` ones. An empty device
    /// (tests, tools) numbers 1, 2, 3…. `None` when the counter is at its
    /// maximum, which only damaged data can reach: never a wrap to 0 that
    /// would reuse an id.
    pub fn next<'a>(device: &str, existing: impl Iterator<Item = &'a ItemId>) -> Option<ItemId> {
        let last = existing
            .filter_map(|id| id.counter_for(device))
            .max()
            .unwrap_or(0);
        let counter = last
            .checked_add(1)
            .filter(|c| *c <= super::stamp::COUNTER_MAX)?;
        Some(if device.is_empty() {
            ItemId(counter.to_string())
        } else {
            ItemId(format!("{device}-{counter}"))
        })
    }

    /// An id named by a hash of what it stands for, such as `merged-…`, so
    /// every copy that makes it makes the same one.
    pub fn derived(tag: &'static str, hash: u64) -> ItemId {
        ItemId(format!("{tag}-{hash:016x}"))
    }

    fn counter_for(&self, device: &str) -> Option<u64> {
        let counter = if device.is_empty() {
            self.0.as_str()
        } else {
            self.0.strip_prefix(device)?.strip_prefix('-')?
        };
        counter.parse().ok()
    }

    /// The browser that made it: what comes before its last hyphen (empty
    /// for the numbered ids of incidents saved before browsers had ids).
    pub fn device(&self) -> &str {
        self.0.rsplit_once('-').map_or("", |(device, _)| device)
    }

    /// The counter after the browser's part, if it is a number.
    pub fn counter(&self) -> Option<u64> {
        self.0
            .rsplit('-')
            .next()
            .and_then(|counter| counter.parse().ok())
    }

    /// The browser's part, then the counter as a number.
    fn sort_key(&self) -> (&str, Option<u64>, &str) {
        let (device, counter) = self.0.rsplit_once('-').unwrap_or(("", &self.0));
        (device, counter.parse().ok(), &self.0)
    }

    pub fn parse(text: &str) -> Result<Self, InvalidId> {
        let valid_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
        if text.is_empty() || text.len() > 40 || !text.chars().all(valid_char) {
            return Err(InvalidId(text.to_owned()));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Format 1 stored entry numbers; format 2 stores text. Both read.
impl<'de> Deserialize<'de> for ItemId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ItemId;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an id made of letters, digits and hyphens")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<ItemId, E> {
                Ok(ItemId(n.to_string()))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ItemId, E> {
                ItemId::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// FNV-1a: a short name for some text that stays the same across builds,
/// enough to tell versions and values apart.
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
