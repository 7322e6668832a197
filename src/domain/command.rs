//! Commands: every change to an incident, as data. New capabilities add variants.

use super::ids::EntryId;
use super::role::Role;
use super::severity::Severity;
use super::status::Status;
use super::timeline::NoteKind;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who is making a change, and when. Passed in so the domain never reads a clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub actor: String,
    pub now: DateTime<Utc>,
}

/// The descriptive details of an incident, set when declaring and editable after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    pub title: String,
    pub summary: String,
    pub started_at: DateTime<Utc>,
    pub security_related: bool,
}

/// Editing the details uses the same fields, and the same rules, as declaring.
pub type DetailsEdit = Declaration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Declare(Declaration),
    EditDetails(DetailsEdit),
    AddNote {
        kind: NoteKind,
        text: String,
        /// When it happened; `None` means now.
        occurred_at: Option<DateTime<Utc>>,
    },
    EditNote {
        entry: EntryId,
        text: String,
    },
    SetSeverity {
        severity: Severity,
        /// Required when changing a severity that was already set.
        reason: String,
    },
    AssignRole {
        role: Role,
        person: String,
    },
    UnassignRole {
        role: Role,
    },
    ChangeStatus {
        to: Status,
    },
}
