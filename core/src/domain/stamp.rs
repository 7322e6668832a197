//! Causal stamps: a hybrid logical clock. [`Incident::apply`] gives every
//! command one stamp, made from the browser's clock and the latest stamp the
//! incident already holds, so a change made after seeing a teammate's change
//! always sorts after it, even when this computer's clock is behind theirs.
//! Merging two copies keeps, field by field, the value with the later stamp.
//!
//! [`Incident::apply`]: super::Incident::apply

use chrono::{DateTime, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The largest revision, counter or record number the app makes or
/// accepts: the largest integer a browser's numbers hold exactly, so a
/// value read from a file or from storage never rounds.
pub const COUNTER_MAX: u64 = (1 << 53) - 1;

/// When a change was made, in causal order: compared by wall time, then
/// counter, then the browser that made it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// Milliseconds since 1970: the browser's clock, or the latest stamp it
    /// had seen if that was later.
    pub wall: i64,
    /// Orders changes made while the wall time stood still (a clock behind
    /// a stamp already seen, or two changes in one millisecond).
    pub counter: u64,
    /// The browser (tab) that made it: breaks ties between two browsers.
    pub device: String,
}

impl Stamp {
    /// The stamp for a change made at `now` on `device`, after every stamp up
    /// to `latest` (its wall time and counter). `None` when the counter is
    /// at its limit, which only damaged data reaches.
    pub fn next(latest: (i64, u64), now: DateTime<Utc>, device: &str) -> Option<Stamp> {
        let now = now.timestamp_millis();
        let (wall, counter) = if now > latest.0 {
            (now, 0)
        } else {
            let counter = latest.1.checked_add(1).filter(|c| *c <= COUNTER_MAX)?;
            (latest.0, counter)
        };
        Some(Stamp {
            wall,
            counter,
            device: device.to_owned(),
        })
    }

    /// The stamp a record made at `at` on `device` has when that browser's
    /// clock was ahead of everything it had seen: the usual case, which
    /// stored data leaves out.
    pub fn natural(at: DateTime<Utc>, device: &str) -> Stamp {
        Stamp {
            wall: at.timestamp_millis(),
            counter: 0,
            device: device.to_owned(),
        }
    }

    /// Wall time and counter: what a later stamp must exceed.
    pub fn clock(&self) -> (i64, u64) {
        (self.wall, self.counter)
    }

    /// Its wall time as a moment, if it is one.
    pub fn at(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.wall)
    }

    /// `1773479700000.0.3f9a1c2e04b7`: wall time, counter, browser.
    pub fn parse(text: &str) -> Option<Stamp> {
        let mut parts = text.splitn(3, '.');
        let wall = parts.next()?.parse().ok()?;
        let counter = parts.next()?.parse().ok().filter(|c| *c <= COUNTER_MAX)?;
        let device = parts.next()?;
        let valid = device.len() <= 40
            && device
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        valid.then(|| Stamp {
            wall,
            counter,
            device: device.to_owned(),
        })
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.wall, self.counter, self.device)
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Stamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a stamp: milliseconds, a counter and a browser id, joined by dots")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Stamp, E> {
                Stamp::parse(text).ok_or_else(|| E::custom(format!("“{text}” is not a stamp")))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
