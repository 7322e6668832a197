//! An incident: its overview with the response checklist, and a page per task.

mod add_note;
mod copy_message;
mod frame;
mod lifecycle_list;
mod overview;
mod record;
mod save_status;
mod session;
mod tasks;
mod timeline;
mod unreadable;
mod your_name;

pub use session::IncidentSession;
pub use unreadable::LoadProblem;

use crate::domain::{IncidentId, Status, Task};
use leptos::prelude::*;

/// The overview, or one task's page when `task` is set.
#[component]
pub fn IncidentPage(id: IncidentId, task: Option<Task>) -> impl IntoView {
    let session = match IncidentSession::open(&id) {
        Ok(session) => session,
        Err(error) => return view! { <LoadProblem id error /> }.into_any(),
    };
    provide_context(session);
    // A triage kept as “not an incident” has no response to work through.
    if session
        .incident
        .with_untracked(|i| i.status == Status::NotAnIncident)
    {
        return view! { <record::NotAnIncidentRecord /> }.into_any();
    }
    match task {
        None => view! { <overview::Overview /> }.into_any(),
        Some(task) => tasks::page(task),
    }
}
