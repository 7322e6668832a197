//! Stored format 6: an incident as exported, except its timeline, which is
//! the bulk of every incident and is kept compact. Each entry is an array,
//! `[id, occurred, kind, text, author, recorded, earlier versions, merged, stamp]`:
//! - the id is just its counter when it comes from the same browser as the
//!   entry before it;
//! - `occurred` is milliseconds after the declaration, and `recorded`
//!   milliseconds after `occurred` (left out when they are the same);
//! - the kind is its number in [`KINDS`] (formats 3 to 5 wrote its name,
//!   which still reads);
//! - the author is a position in `people`, where each name is written once;
//! - the stamp is there only when it is not the one the entry's time and id
//!   imply (see `TimelineEntry::stamp`);
//! - trailing elements that are empty are left out, and empty ones before a
//!   given one are written as `0`, `[]` or `null`.
//!
//! Format 3 was format 4 without stamps, and reads as a copy from before
//! stamps (see `Incident::stamp_legacy`); format 5 was format 6 with kinds
//! by name.
//!
//! About half the characters of format 2, so about twice as many incidents
//! fit in the browser's quota. Exports keep the readable format.

use super::millis::Millis;
use crate::domain::{
    EntryKind, EntryRevision, Incident, ItemId, MergedValue, Stamp, TimelineEntry,
};
use chrono::{DateTime, Utc};
use serde::de::{self, SeqAccess};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The stored format this version writes. Formats 1 and 2 were the export
/// format itself, and still read, as do formats 3 to 5.
pub const STORE_FORMAT: u32 = 6;

/// Each kind's number in stored timelines, for format 6 on. Numbers are
/// stored, so a kind never moves: new kinds go at the end. A kind missing
/// here is stored by name, which reads too.
const KINDS: [EntryKind; 20] = [
    EntryKind::Note,
    EntryKind::Mitigation,
    EntryKind::Decision,
    EntryKind::StakeholderUpdate,
    EntryKind::UserCommsDecision,
    EntryKind::HandoverNote,
    EntryKind::Handover,
    EntryKind::Declared,
    EntryKind::NotAnIncident,
    EntryKind::StatusChange,
    EntryKind::SeverityChange,
    EntryKind::RoleChange,
    EntryKind::DetailsChange,
    EntryKind::MessageSent,
    EntryKind::UserCommsDecided,
    EntryKind::TaskSkipped,
    EntryKind::LongTail,
    EntryKind::ReviewChange,
    EntryKind::ActionChange,
    EntryKind::Merged,
];

/// An entry's kind as stored: its number, or its name.
struct Kind(EntryKind);

#[derive(Serialize)]
struct StoredRef<'a> {
    schema_version: u32,
    /// Everything but the timeline.
    incident: &'a Incident,
    timeline: Timeline,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    #[allow(dead_code)]
    schema_version: u32,
    incident: Incident,
    timeline: Timeline,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Timeline {
    people: Vec<String>,
    entries: Vec<Entry>,
}

/// An entry's id as written: a counter after the previous entry's browser,
/// or the whole id, which names the browser for the entries after it.
enum IdPart {
    Counter(u64),
    Whole(ItemId),
}

struct Entry {
    id: IdPart,
    occurred: Millis,
    kind: Kind,
    text: String,
    author: usize,
    recorded: Millis,
    previous_versions: Vec<EntryRevision>,
    merged: Option<MergedValue>,
    stamp: Option<Stamp>,
}

pub(super) fn to_stored_json(incident: &Incident) -> Result<String, serde_json::Error> {
    let shell = Incident {
        timeline: Vec::new(),
        ..incident.clone()
    };
    serde_json::to_string(&StoredRef {
        schema_version: STORE_FORMAT,
        incident: &shell,
        timeline: Timeline::compact(&incident.timeline, incident.declared_at),
    })
}

/// Reads formats 3 to 6; the error says what is wrong, for the Recover page.
pub(super) fn from_stored_json(raw: &str) -> Result<Incident, String> {
    let stored: Stored = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let mut incident = stored.incident;
    if !incident.timeline.is_empty() {
        return Err("its timeline is written twice".into());
    }
    incident.timeline = stored.timeline.expand(incident.declared_at)?;
    Ok(incident)
}

/// The browser part of an id: what comes before its last hyphen.
fn browser_of(id: &str) -> &str {
    id.rsplit_once('-').map_or("", |(browser, _)| browser)
}

fn id_from(browser: &str, counter: u64) -> String {
    if browser.is_empty() {
        counter.to_string()
    } else {
        format!("{browser}-{counter}")
    }
}

impl Timeline {
    fn compact(entries: &[TimelineEntry], declared_at: DateTime<Utc>) -> Self {
        let mut people: Vec<String> = Vec::new();
        let mut browser = String::new();
        let entries = entries
            .iter()
            .map(|entry| {
                let author = match people.iter().position(|p| *p == entry.author) {
                    Some(at) => at,
                    None => {
                        people.push(entry.author.clone());
                        people.len() - 1
                    }
                };
                let id = entry.id.as_str();
                let counter = browser_of(id)
                    .eq(&browser)
                    .then(|| id.rsplit('-').next().and_then(|c| c.parse().ok()))
                    .flatten()
                    .filter(|&counter| id_from(&browser, counter) == id);
                let id = match counter {
                    Some(counter) => IdPart::Counter(counter),
                    None => {
                        browser = browser_of(id).to_owned();
                        IdPart::Whole(entry.id.clone())
                    }
                };
                Entry {
                    id,
                    occurred: Millis::encode(entry.occurred_at, declared_at),
                    kind: Kind(entry.kind),
                    text: entry.text.clone(),
                    author,
                    recorded: Millis::encode(entry.recorded_at, entry.occurred_at),
                    previous_versions: entry.previous_versions.clone(),
                    merged: entry.merged.clone(),
                    stamp: entry.stamp.clone(),
                }
            })
            .collect();
        Self { people, entries }
    }

    fn expand(self, declared_at: DateTime<Utc>) -> Result<Vec<TimelineEntry>, String> {
        let mut browser = String::new();
        let people = self.people;
        self.entries
            .into_iter()
            .enumerate()
            .map(|(n, entry)| {
                let problem = |what: &str| format!("timeline entry {}: {what}", n + 1);
                let id = match entry.id {
                    IdPart::Counter(counter) => ItemId::parse(&id_from(&browser, counter))
                        .map_err(|e| problem(&e.to_string()))?,
                    IdPart::Whole(id) => {
                        browser = browser_of(id.as_str()).to_owned();
                        id
                    }
                };
                let occurred_at = entry
                    .occurred
                    .decode(declared_at)
                    .ok_or_else(|| problem("its time is out of range"))?;
                Ok(TimelineEntry {
                    id,
                    occurred_at,
                    recorded_at: entry
                        .recorded
                        .decode(occurred_at)
                        .ok_or_else(|| problem("its time is out of range"))?,
                    author: people
                        .get(entry.author)
                        .cloned()
                        .ok_or_else(|| problem("its author is not listed"))?,
                    kind: entry.kind.0,
                    text: entry.text,
                    previous_versions: entry.previous_versions,
                    merged: entry.merged,
                    stamp: entry.stamp,
                })
            })
            .collect()
    }
}

impl Serialize for IdPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Counter(counter) => serializer.serialize_u64(*counter),
            Self::Whole(id) => id.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for IdPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = IdPart;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a counter or an entry id")
            }
            fn visit_u64<E: de::Error>(self, counter: u64) -> Result<IdPart, E> {
                Ok(IdPart::Counter(counter))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<IdPart, E> {
                ItemId::parse(text).map(IdPart::Whole).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match KINDS.iter().position(|kind| *kind == self.0) {
            Some(number) => serializer.serialize_u64(number as u64),
            None => self.0.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Kind;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an entry kind's number or name")
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Kind, E> {
                usize::try_from(number)
                    .ok()
                    .and_then(|n| KINDS.get(n))
                    .map(|kind| Kind(*kind))
                    .ok_or_else(|| E::custom(format!("{number} is not an entry kind")))
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Kind, E> {
                EntryKind::deserialize(de::value::StrDeserializer::<E>::new(name)).map(Kind)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = if self.stamp.is_some() {
            9
        } else if self.merged.is_some() {
            8
        } else if !self.previous_versions.is_empty() {
            7
        } else if self.recorded != Millis::default() {
            6
        } else {
            5
        };
        let mut seq = serializer.serialize_seq(Some(len))?;
        seq.serialize_element(&self.id)?;
        seq.serialize_element(&self.occurred)?;
        seq.serialize_element(&self.kind)?;
        seq.serialize_element(&self.text)?;
        seq.serialize_element(&self.author)?;
        if len > 5 {
            seq.serialize_element(&self.recorded)?;
        }
        if len > 6 {
            seq.serialize_element(&self.previous_versions)?;
        }
        if len > 7 {
            seq.serialize_element(&self.merged)?;
        }
        if len > 8 {
            seq.serialize_element(&self.stamp)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Entry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a timeline entry: [id, occurred, kind, text, author, …]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Entry, A::Error> {
                let missing = |n| de::Error::invalid_length(n, &self);
                let entry = Entry {
                    id: seq.next_element()?.ok_or_else(|| missing(0))?,
                    occurred: seq.next_element()?.ok_or_else(|| missing(1))?,
                    kind: seq.next_element()?.ok_or_else(|| missing(2))?,
                    text: seq.next_element()?.ok_or_else(|| missing(3))?,
                    author: seq.next_element()?.ok_or_else(|| missing(4))?,
                    recorded: seq.next_element()?.unwrap_or_default(),
                    previous_versions: seq.next_element()?.unwrap_or_default(),
                    merged: seq.next_element()?.flatten(),
                    stamp: seq.next_element()?.flatten(),
                };
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(10, &self));
                }
                Ok(entry)
            }
        }
        deserializer.deserialize_seq(Visitor)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "compact_tests.rs"]
mod tests;
