//! A deleted incident, remembered: who deleted it and when, so that no copy
//! of it (a teammate's, an old file's) brings it back. Deletions merge by
//! union, and win over the incident in every copy.

use super::ids::IncidentId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    pub id: IncidentId,
    pub by: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub at: DateTime<Utc>,
}

/// Both lists as one: each incident once, its earliest deletion, by id.
pub fn merge_deletions(a: &[Deletion], b: &[Deletion]) -> Vec<Deletion> {
    let mut all: Vec<Deletion> = Vec::with_capacity(a.len() + b.len());
    for deletion in a.iter().chain(b) {
        match all.binary_search_by(|d| d.id.cmp(&deletion.id)) {
            Ok(at) if (deletion.at, &deletion.by) < (all[at].at, &all[at].by) => {
                all[at] = deletion.clone()
            }
            Ok(_) => {}
            Err(at) => all.insert(at, deletion.clone()),
        }
    }
    all
}
