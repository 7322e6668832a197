//! Storage failures, each with a message that says what happened and what to do.

use crate::domain::IncidentId;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("This browser is not letting Incident Desk save anything. Storage may be turned off or blocked, for example in a private window. ({0})")]
    Unavailable(String),
    #[error("This browser’s storage for Incident Desk is full, so the change could not be saved. Free some space, for example by clearing other data for this site.")]
    QuotaExceeded,
    #[error("The saved data for “{key}” cannot be read ({reason}). It has been left untouched.")]
    Corrupt {
        key: String,
        /// Exactly what was stored, so nobody loses it.
        raw: String,
        reason: String,
    },
    #[error("“{key}” was saved by a newer version of Incident Desk (format {version}). Open it in the newer version.")]
    TooNew { key: String, version: u32 },
    #[error("There is no incident {0} saved in this browser")]
    NotFound(IncidentId),
    #[error("This incident was changed in another tab or window at the same time, so this change was not saved.")]
    Conflict,
    #[error("The browser refused to save: {0}")]
    WriteFailed(String),
    #[error("“{0}” holds nothing damaged now, so it was left alone")]
    NotDamaged(String),
    #[error("Only a closed incident can be deleted")]
    StillOpen,
}
