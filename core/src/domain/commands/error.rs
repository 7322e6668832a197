//! Why a command was refused, in words a person can act on.

use crate::domain::error::FieldError;
use crate::domain::ids::ItemId;
use crate::domain::missing::{self, Missing};
use crate::domain::role::Role;
use crate::domain::severity::Severity;
use crate::domain::status::Status;
use crate::domain::task::Task;

/// Why a command was refused. The incident is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("{}", list(.0))]
    Invalid(Vec<FieldError>),
    #[error("This incident has already been declared")]
    AlreadyDeclared,
    #[error("That copy is of a different incident with the same id, so it was not merged")]
    DifferentIncident,
    #[error("Declare the incident before changing it")]
    NotDeclared,
    #[error("This incident is closed, so it can no longer be changed")]
    Closed,
    #[error("This was recorded as not an incident, so it can no longer be changed")]
    RecordedAsNotAnIncident,
    #[error("The incident is already {0}")]
    AlreadyInStatus(Status),
    #[error("An incident that is {from} cannot be moved to {to}")]
    IllegalTransition { from: Status, to: Status },
    #[error("Confirm that the main harm to users has been removed to resolve the incident")]
    ResolveByConfirming,
    #[error("The severity is already {0}")]
    SeverityUnchanged(Severity),
    #[error("There is no such timeline entry ({0})")]
    NoSuchEntry(ItemId),
    #[error("Entries the app recorded itself cannot be edited; add a note instead")]
    AutomaticEntry,
    #[error("The note has not changed")]
    NoteUnchanged,
    #[error("Nothing has changed")]
    NothingChanged,
    #[error("{person} is already the {}", .role.name().to_ascii_lowercase())]
    AlreadyHolds { role: Role, person: String },
    #[error("Nobody is the {}", .0.name().to_ascii_lowercase())]
    RoleNotAssigned(Role),
    #[error("“{}” cannot be marked as not needed", .0.title())]
    TaskCannotBeSkipped(Task),
    #[error("“{}” is already done", .0.title())]
    TaskAlreadyDone(Task),
    #[error("Decide the severity first: stakeholders must be told about P1 and P2 incidents")]
    SeverityNeededToSkip,
    #[error("Stakeholders must be told about {0} incidents")]
    StakeholdersMustBeTold(Severity),
    #[error(
        "You decided not to tell users. Change the decision before posting a message to users"
    )]
    NotTellingUsers,
    #[error("Enter where the message was sent")]
    ChannelMissing,
    #[error("The message must be {} characters or fewer", crate::domain::TEXT_MAX)]
    MessageTooLong,
    #[error("“{}” is not due: it comes once the incident reaches that point, if those people were told before", .0.title())]
    TaskNotDue(Task),
    #[error("There is no such clean-up item ({0})")]
    NoSuchLongTailItem(ItemId),
    #[error("That clean-up item is already done or dropped")]
    LongTailItemAlreadyDone,
    #[error("Resolve the incident before its review")]
    NotResolvedYet,
    #[error("Before marking it as reviewed: {}", missing::describe(.0))]
    NotReadyForReview(Vec<Missing>),
    #[error("Before closing it: {}", missing::describe(.0))]
    NotReadyToClose(Vec<Missing>),
    #[error("The incident is marked as reviewed, so the review must keep what that needs: {}", missing::describe(.0))]
    ReviewedNeeds(Vec<Missing>),
    #[error("There is no such action ({0})")]
    NoSuchAction(ItemId),
    #[error("That action is already done")]
    ActionAlreadyDone,
    /// A revision or record counter at its maximum: only damaged or tampered
    /// data gets there, and wrapping to 0 would reuse numbers.
    #[error("This incident’s saved data has reached a limit it should never reach, so it may be damaged. Export it and keep the file before changing anything.")]
    AtLimit,
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
