//! The one rule for text a person types, wherever it is typed: tidied
//! first (see `tidy`), a required text must not be empty, and no text may
//! be over its limit in characters.

use super::error::{Field, FieldError};
use super::tidy::Tidy;

pub const TITLE_MAX: usize = 150;
pub const TEXT_MAX: usize = 10_000;
/// Names of people and roles.
pub const NAME_MAX: usize = 100;

/// What can be wrong with a typed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextProblem {
    Missing,
    TooLong { max: usize },
}

pub(crate) fn text_problem(text: &str, required: bool, max: usize) -> Option<TextProblem> {
    let text = text.tidy();
    if required && text.is_empty() {
        Some(TextProblem::Missing)
    } else if text.chars().count() > max {
        Some(TextProblem::TooLong { max })
    } else {
        None
    }
}

/// A problem with a text that must be given: missing, or over `max` characters.
pub(crate) fn required(
    text: &str,
    missing: FieldError,
    field: Field,
    max: usize,
) -> Option<FieldError> {
    text_problem(text, true, max).map(|problem| match problem {
        TextProblem::Missing => missing,
        TextProblem::TooLong { max } => FieldError::TooLong { field, max },
    })
}

/// A problem with a text that may be empty: over `max` characters.
pub(crate) fn optional(text: &str, field: Field, max: usize) -> Option<FieldError> {
    text_problem(text, false, max).map(|_| FieldError::TooLong { field, max })
}

/// Every change is recorded against a named person, whose name is copied
/// into every entry they make: so it is short.
pub fn name_problem(name: &str) -> Option<FieldError> {
    required(name, FieldError::ReporterMissing, Field::Reporter, NAME_MAX)
}
