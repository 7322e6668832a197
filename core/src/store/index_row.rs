//! An index row as stored from format 6: an array,
//! `[id, title, status, severity, declared, started, due, resolved, open, security]`,
//! the declaration in milliseconds since 1970 and the other times in
//! milliseconds after it. Trailing elements that are empty are left out;
//! before a given one they are `null`, `0` or `false`. About 60 characters
//! shorter than named fields, for every incident.

use super::index::IndexEntry;
use super::millis::Millis;
use crate::domain::rfc3339::Date;
use chrono::DateTime;
use serde::de::{self, SeqAccess};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

impl Serialize for IndexEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = if self.security {
            10
        } else if self.open_actions > 0 {
            9
        } else if self.resolved_at.is_some() {
            8
        } else if self.next_action_due.is_some() {
            7
        } else {
            6
        };
        let declared = self.declared_at;
        let mut seq = serializer.serialize_seq(Some(len))?;
        seq.serialize_element(&self.id)?;
        seq.serialize_element(&self.title)?;
        seq.serialize_element(&self.status)?;
        seq.serialize_element(&self.severity)?;
        seq.serialize_element(&Millis::encode(declared, DateTime::UNIX_EPOCH))?;
        seq.serialize_element(&Millis::encode(self.started_at, declared))?;
        if len > 6 {
            seq.serialize_element(&self.next_action_due)?;
        }
        if len > 7 {
            let resolved = self.resolved_at.map(|at| Millis::encode(at, declared));
            seq.serialize_element(&resolved)?;
        }
        if len > 8 {
            seq.serialize_element(&self.open_actions)?;
        }
        if len > 9 {
            seq.serialize_element(&self.security)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for IndexEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = IndexEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an index row: [id, title, status, severity, declared, started, …]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<IndexEntry, A::Error> {
                let missing = |n| de::Error::invalid_length(n, &self);
                let out_of_range = || de::Error::custom("a time out of range");
                let id = seq.next_element()?.ok_or_else(|| missing(0))?;
                let title = seq.next_element()?.ok_or_else(|| missing(1))?;
                let status = seq.next_element()?.ok_or_else(|| missing(2))?;
                let severity = seq.next_element()?.ok_or_else(|| missing(3))?;
                let declared: Millis = seq.next_element()?.ok_or_else(|| missing(4))?;
                let declared_at = declared
                    .decode(DateTime::UNIX_EPOCH)
                    .ok_or_else(out_of_range)?;
                let started: Millis = seq.next_element()?.ok_or_else(|| missing(5))?;
                let next_action_due = seq
                    .next_element::<Option<Date>>()?
                    .flatten()
                    .map(|Date(due)| due);
                let resolved: Option<Millis> = seq.next_element()?.flatten();
                let entry = IndexEntry {
                    id,
                    title,
                    status,
                    severity,
                    started_at: started.decode(declared_at).ok_or_else(out_of_range)?,
                    declared_at,
                    next_action_due,
                    resolved_at: match resolved {
                        Some(at) => Some(at.decode(declared_at).ok_or_else(out_of_range)?),
                        None => None,
                    },
                    open_actions: seq.next_element()?.unwrap_or_default(),
                    security: seq.next_element()?.unwrap_or_default(),
                };
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(11, &self));
                }
                Ok(entry)
            }
        }
        deserializer.deserialize_seq(Visitor)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.
    use super::*;
    use crate::domain::{IncidentId, Severity, Status};
    use chrono::{NaiveDate, TimeDelta, TimeZone, Utc};

    fn row() -> IndexEntry {
        let declared_at = Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).unwrap();
        IndexEntry {
            id: IncidentId::generate(declared_at, 7),
            title: "Search is down".into(),
            status: Status::Active,
            severity: Some(Severity::P2),
            started_at: declared_at - TimeDelta::minutes(20),
            declared_at,
            next_action_due: None,
            resolved_at: None,
            open_actions: 0,
            security: false,
        }
    }

    fn round_trip(entry: &IndexEntry) -> String {
        let json = serde_json::to_string(entry).unwrap();
        let back: IndexEntry = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, entry, "{json}");
        json
    }

    #[test]
    fn a_row_is_an_array_without_its_empty_tail() {
        let entry = row();
        let json = round_trip(&entry);
        assert_eq!(
            json,
            format!(
                r#"["{}","Search is down","active","P2",1773478800000,-1200000]"#,
                entry.id
            )
        );
    }

    #[test]
    fn every_field_reads_back_whichever_are_empty() {
        let full = IndexEntry {
            severity: None,
            next_action_due: NaiveDate::from_ymd_opt(2026, 4, 1),
            resolved_at: Some(row().declared_at + TimeDelta::hours(3)),
            open_actions: 2,
            security: true,
            ..row()
        };
        assert_eq!(
            round_trip(&full),
            format!(
                r#"["{}","Search is down","active",null,1773478800000,-1200000,"2026-04-01",10800000,2,true]"#,
                full.id
            )
        );
        for only_last in [
            IndexEntry {
                security: true,
                ..row()
            },
            IndexEntry {
                open_actions: 1,
                ..row()
            },
            IndexEntry {
                resolved_at: full.resolved_at,
                ..row()
            },
            IndexEntry {
                next_action_due: full.next_action_due,
                ..row()
            },
        ] {
            round_trip(&only_last);
        }
        // A time finer than a millisecond (from an import) is kept exactly.
        let fine = IndexEntry {
            started_at: row().started_at + TimeDelta::nanoseconds(1),
            ..row()
        };
        assert!(round_trip(&fine).contains('T'));
    }

    #[test]
    fn a_damaged_row_is_refused() {
        let good = round_trip(&row());
        for bad in [
            r#"[5,"Search is down","active","P2",0,0]"#.to_owned(),
            good.replace(",-1200000]", "]"),
            good.replace("-1200000]", &format!("{}]", i64::MAX)),
            good.replace("]", ",null,null,0,false,1]"),
            r#"{"id":"x"}"#.to_owned(),
        ] {
            assert!(serde_json::from_str::<IndexEntry>(&bad).is_err(), "{bad}");
        }
    }
}
