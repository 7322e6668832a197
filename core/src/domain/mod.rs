//! The incident process as plain Rust: no browser, no UI framework.
//!
//! Every rule of the process lives here so that it can be read from, and is
//! checked by, host tests. State changes only through [`Incident::apply`];
//! everything the pages show beyond stored facts (the checklist, when the
//! next update is due, recommendations, messages) is a pure function of the
//! incident and the [`Playbook`].

// Read from the top down: each group uses only the groups before it, and
// no file uses one that uses it back (`core/tests/layers.rs` checks).

// 1. Values: ids, stamps, statuses, tasks, the playbook, and the words and
//    rules for text, each knowing nothing of an incident.
mod actions;
mod cadence;
mod command;
mod comms;
mod deletion;
mod detection;
mod error;
mod ids;
mod missing;
mod moment;
mod playbook;
mod resolution;
mod review;
pub mod rfc3339;
mod role;
mod safe_url;
mod setting;
mod severity;
mod stamp;
mod status;
mod task;
pub mod text;
pub mod tidy;
mod timeline;
mod triage;
mod validate;
mod working_hours;
mod zone;

// 2. The incident, the questions asked of it directly, its fields and their stamps.
mod fields;
mod incident;
mod stamping;

// 3. What is derived from an incident and the playbook.
mod checklist;
mod lifecycle;
pub mod messages;
mod updates;

// 4. Commands: every change, checked, through `Incident::apply`.
mod commands;

// 5. Forms: what a person typed, turned into a command or a playbook.
mod forms;
mod settings;

pub use actions::{is_issue_url, is_repository, Action, ActionArea, ActionDraft, ActionKind};
pub use cadence::UpdateCadence;
pub use checklist::{checklist, next_task, task_status};
pub use command::{Command, Context, Declaration, DetailsEdit};
pub use commands::{describe_detection, CommandError};
pub use comms::{
    Communication, MessageKind, Round, UserCommsAdvice, UserCommsAnswers, UserCommsDecision,
};
pub use deletion::{merge_deletions, Deletion};
pub use detection::Detection;
pub use error::{Field, FieldError};
pub use fields::{field, role_key, FieldSpec, FIELDS};
pub use forms::{
    ActionForm, DetailsForm, HandoverForm, NotAnIncidentForm, NoteForm, ResolveForm, ReviewForm,
    TriageForm, UserCommsForm,
};
pub use ids::{fnv1a, IncidentId, InvalidId, ItemId};
pub use incident::{Incident, SCHEMA_VERSION};
pub use lifecycle::{missing_for_review, missing_for_status, missing_to_close, report_gaps, Gap};
pub use missing::Missing;
pub use moment::{moment_with_offset, DateParts, DateTimeParts, MomentProblem, Repeated, YEARS};
pub use playbook::{Contact, Playbook, References, Repositories, SeverityGuide, UserChannel};
pub use resolution::{Done, Dropped, LongTailItem, Resolution};
pub use review::{Review, RootCauseCategory};
pub use role::{Role, RoleAssignment};
pub use safe_url::safe_href;
pub use setting::{Setting, SettingError};
pub use settings::SettingsForm;
pub use severity::Severity;
pub use stamp::{Stamp, COUNTER_MAX};
pub use stamping::{action_key, entry_order, message_order, role_order, skipped_order, ActionPart};
pub use status::Status;
pub use task::{SkippedTask, Task, TaskStatus};
pub use timeline::{EntryKind, EntryRevision, MergedValue, NoteKind, TimelineEntry};
pub use triage::{
    Recommendation, TriageAnswers, TriageDecision, TriageRecord, TriageSignal, Urgency,
};
pub use updates::{next_update_due, Reminder, UpdateDue, REMIND_BEFORE_MINUTES};
pub use validate::{name_problem, NAME_MAX, TEXT_MAX, TITLE_MAX};
pub use working_hours::WorkingHours;
pub use zone::ZoneRules;

// Host-only: the rules need no browser, and proptest is a host dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
