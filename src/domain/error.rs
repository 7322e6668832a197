//! What can go wrong when a command is applied, in words a person can act on.

use super::ids::EntryId;
use super::moment::MomentProblem;
use super::role::Role;
use super::severity::Severity;
use super::status::Status;

/// The input a problem is about, so a form can put the message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Summary,
    StartedAt,
    SecurityRelated,
    Reporter,
    NoteText,
    NoteKind,
    OccurredAt,
    Severity,
    SeverityReason,
    RoleName,
    Person,
    Status,
}

/// A problem with one input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("Enter a title")]
    TitleMissing,
    #[error("Title must be {max} characters or fewer")]
    TitleTooLong { max: usize },
    #[error("Enter a summary of what is happening")]
    SummaryMissing,
    #[error("Summary must be {max} characters or fewer")]
    SummaryTooLong { max: usize },
    #[error("{}", .0.describe("The start date and time"))]
    StartedAt(MomentProblem),
    #[error("Select yes if it puts security at risk, or no if it does not")]
    SecurityNotChosen,
    #[error("Enter your name")]
    ReporterMissing,
    #[error("Enter what happened")]
    NoteTextMissing,
    #[error("Note must be {max} characters or fewer")]
    NoteTooLong { max: usize },
    #[error("Select the kind of entry")]
    NoteKindNotChosen,
    #[error("{}", .0.describe("The date and time it happened"))]
    OccurredAt(MomentProblem),
    #[error("Select a severity")]
    SeverityNotChosen,
    #[error("Give a reason for changing the severity")]
    SeverityReasonMissing,
    #[error("Enter the name of the role")]
    RoleNameMissing,
    #[error("Enter the name of the person")]
    PersonMissing,
    #[error("Select a new status")]
    StatusNotChosen,
}

impl FieldError {
    pub fn field(&self) -> Field {
        use FieldError::*;
        match self {
            TitleMissing | TitleTooLong { .. } => Field::Title,
            SummaryMissing | SummaryTooLong { .. } => Field::Summary,
            StartedAt(_) => Field::StartedAt,
            SecurityNotChosen => Field::SecurityRelated,
            ReporterMissing => Field::Reporter,
            NoteTextMissing | NoteTooLong { .. } => Field::NoteText,
            NoteKindNotChosen => Field::NoteKind,
            OccurredAt(_) => Field::OccurredAt,
            SeverityNotChosen => Field::Severity,
            SeverityReasonMissing => Field::SeverityReason,
            RoleNameMissing => Field::RoleName,
            PersonMissing => Field::Person,
            StatusNotChosen => Field::Status,
        }
    }
}

/// Why a command was refused. The incident is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("{}", list(.0))]
    Invalid(Vec<FieldError>),
    #[error("This incident has already been declared")]
    AlreadyDeclared,
    #[error("This incident is closed, so it can no longer be changed")]
    Closed,
    #[error("The incident is already {0}")]
    AlreadyInStatus(Status),
    #[error("An incident that is {from} cannot be moved to {to}")]
    IllegalTransition { from: Status, to: Status },
    #[error("Decide the severity before closing the incident")]
    SeverityNeededToClose,
    #[error("The severity is already {0}")]
    SeverityUnchanged(Severity),
    #[error("There is no timeline entry number {0}")]
    NoSuchEntry(EntryId),
    #[error("Entries the app recorded itself cannot be edited; add a note instead")]
    AutomaticEntry,
    #[error("The note has not changed")]
    NoteUnchanged,
    #[error("Nothing has changed")]
    NothingChanged,
    #[error("{person} is already the {}", .role.name().to_lowercase())]
    AlreadyHolds { role: Role, person: String },
    #[error("Nobody is the {}", .0.name().to_lowercase())]
    RoleNotAssigned(Role),
}

impl CommandError {
    /// The field-level problems, if the command was refused for its input.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            CommandError::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

fn list(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(". ")
}

/// Turns a list of problems into a result: valid when there are none.
pub(crate) fn invalid_if_any(errors: Vec<FieldError>) -> Result<(), CommandError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CommandError::Invalid(errors))
    }
}
