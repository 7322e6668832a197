//! What an import would do, shown before anything changes: which incidents
//! are new, which the file updates, which it leaves as they are, which
//! changed on both sides and are merged, and which only share an id with
//! an incident here and are not merged at all.

use super::merge::merge;
use crate::domain::Incident;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Not in this browser yet.
    New,
    /// The file has everything this browser has, and more.
    Updated,
    /// This browser already has everything in the file.
    Unchanged,
    /// An older copy than this browser's, with nothing this one lacks.
    Older,
    /// Both changed: the copies are merged, nothing lost.
    Merged,
    /// A different incident that has the same id as one here (its
    /// declaration differs): never merged. It can be imported under a new id.
    Different,
    /// This browser's copy cannot be read, so it is left alone.
    Blocked,
}

impl Outcome {
    /// Whether importing it saves anything.
    pub fn saves(self) -> bool {
        matches!(self, Outcome::New | Outcome::Updated | Outcome::Merged)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub outcome: Outcome,
    /// What would be saved, for the outcomes that save anything; the file's
    /// copy for the others.
    pub result: Incident,
}

/// This browser's copy of an incident, as the plan needs to know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalCopy {
    Missing,
    Readable(Box<Incident>),
    /// Saved, but it cannot be read: it is never overwritten.
    Unreadable,
}

/// The plan for importing one incident, given this browser's copy of it.
pub fn plan(incoming: &Incident, local: LocalCopy) -> Planned {
    let planned = |outcome, result: &Incident| Planned {
        outcome,
        result: result.clone(),
    };
    let saved = match local {
        LocalCopy::Unreadable => return planned(Outcome::Blocked, incoming),
        LocalCopy::Missing => return planned(Outcome::New, incoming),
        LocalCopy::Readable(saved) => *saved,
    };
    let Ok(merged) = merge(&saved, incoming) else {
        return planned(Outcome::Different, incoming);
    };
    let outcome = if merged == saved {
        if incoming.updated_at < saved.updated_at {
            Outcome::Older
        } else {
            Outcome::Unchanged
        }
    } else if merge(incoming, incoming).is_ok_and(|own| own == merged) {
        Outcome::Updated
    } else {
        Outcome::Merged
    };
    Planned {
        outcome,
        result: merged,
    }
}
