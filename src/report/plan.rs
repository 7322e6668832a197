//! What an import would do, shown before anything changes: which incidents
//! are new, which the file updates, which it leaves as they are, and which
//! changed on both sides and are merged.

use super::merge::merge;
use crate::domain::{Incident, IncidentId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Not in this browser yet.
    New,
    /// The file has everything this browser has, and more.
    Updated,
    /// This browser already has everything in the file.
    Unchanged,
    /// Both changed: the copies are merged, nothing lost.
    Merged,
    /// This browser's copy cannot be read, so it is left alone.
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub outcome: Outcome,
    /// What would be saved, for the outcomes that save anything.
    pub result: Incident,
}

/// The plan for importing `imported`, given what this browser holds:
/// `stored` finds a saved copy by id (`Err` when it exists but cannot be read).
pub fn plan(
    imported: &[Incident],
    stored: impl Fn(&IncidentId) -> Result<Option<Incident>, ()>,
) -> Vec<Planned> {
    imported
        .iter()
        .map(|incoming| match stored(&incoming.id) {
            Err(()) => Planned {
                outcome: Outcome::Blocked,
                result: incoming.clone(),
            },
            Ok(None) => Planned {
                outcome: Outcome::New,
                result: incoming.clone(),
            },
            Ok(Some(saved)) => {
                let merged = merge(&saved, incoming).unwrap_or_else(|_| saved.clone());
                let outcome = if merged == saved {
                    Outcome::Unchanged
                } else if merged == merge(incoming, incoming).unwrap_or_else(|_| incoming.clone()) {
                    Outcome::Updated
                } else {
                    Outcome::Merged
                };
                Planned {
                    outcome,
                    result: merged,
                }
            }
        })
        .collect()
}
