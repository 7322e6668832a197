//! One module per family of commands, each with its rules. Every handler
//! checks everything before it changes anything, so a refused command leaves
//! the incident exactly as it was.

mod actions;
mod apply;
mod comms;
mod details;
mod error;
mod long_tail;
mod notes;
mod opening;
mod recorded;
mod review;
mod roles;
mod severity;
mod status;

pub(crate) use actions::action_problems;
pub(crate) use comms::user_comms_problems;
pub use details::describe_detection;
pub(crate) use details::details_problems;
pub use error::CommandError;
pub(crate) use notes::note_problems;
pub(crate) use opening::not_an_incident_problems;
pub(crate) use review::review_problems;
pub(crate) use status::resolution_problems;
