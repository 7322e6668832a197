//! One module per family of commands, each with its rules. Every handler
//! checks everything before it changes anything, so a refused command leaves
//! the incident exactly as it was.

mod actions;
mod comms;
mod details;
mod long_tail;
mod notes;
mod opening;
mod review;
mod roles;
mod severity;
mod status;

pub(crate) use actions::action_problems;
pub(crate) use comms::user_comms_problems;
pub use details::describe_detection;
pub(crate) use details::details_problems;
pub(crate) use notes::note_problems;
pub(crate) use opening::not_an_incident_problems;
pub(crate) use review::review_problems;
pub(crate) use status::resolution_problems;

use super::error::{Field, FieldError};
use crate::domain::tidy::Tidy;

/// A problem with a text that must be given: missing, or over `max` characters.
pub(crate) fn required(
    text: &str,
    missing: FieldError,
    field: Field,
    max: usize,
) -> Option<FieldError> {
    if text.tidy().is_empty() {
        Some(missing)
    } else {
        optional(text, field, max)
    }
}

/// A problem with a text that may be empty: over `max` characters.
pub(crate) fn optional(text: &str, field: Field, max: usize) -> Option<FieldError> {
    (text.tidy().chars().count() > max).then_some(FieldError::TooLong { field, max })
}
