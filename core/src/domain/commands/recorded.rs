//! What a command hands back to `apply`: the entry to record, if any.

use super::CommandError;
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, Utc};

/// What a command records on the timeline.
pub(crate) struct Recorded {
    pub kind: EntryKind,
    pub text: String,
    /// When it happened, if not now.
    pub occurred_at: Option<DateTime<Utc>>,
}

impl Recorded {
    pub fn new(kind: EntryKind, text: impl Into<String>) -> Option<Self> {
        Some(Self {
            kind,
            text: text.into(),
            occurred_at: None,
        })
    }
}

/// A command's result: the entry to record, if any. On error nothing changed.
pub(crate) type Outcome = Result<Option<Recorded>, CommandError>;
