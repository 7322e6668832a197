//! The incident process as plain Rust: no browser, no UI framework.
//!
//! Every rule of the process lives here so that it can be read from, and is
//! checked by, host tests. State changes only through [`Incident::apply`].

mod command;
mod error;
mod forms;
mod ids;
mod incident;
mod moment;
mod playbook;
mod role;
mod severity;
mod status;
mod timeline;

pub use command::{Command, Context, Declaration, DetailsEdit};
pub use error::{CommandError, Field, FieldError};
pub use forms::{DetailsForm, NoteForm};
pub use ids::{EntryId, IncidentId, InvalidId};
pub use incident::{name_problem, Incident, SCHEMA_VERSION, TEXT_MAX, TITLE_MAX};
pub use moment::{DateTimeParts, MomentProblem};
pub use playbook::{Playbook, SeverityGuide};
pub use role::{Role, RoleAssignment};
pub use severity::Severity;
pub use status::Status;
pub use timeline::{EntryKind, EntryRevision, NoteKind, TimelineEntry};

// Host-only: the rules need no browser, and proptest is a host dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
