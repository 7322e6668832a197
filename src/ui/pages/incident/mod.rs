//! An incident: its overview with the response checklist, and a page per task.

mod add_note;
mod copy_message;
mod delete;
mod frame;
mod lifecycle_list;
mod overview;
mod record;
mod report;
mod save_status;
mod session;
mod tasks;
mod timeline;
mod unreadable;
mod your_name;

pub use session::IncidentSession;
pub use unreadable::LoadProblem;
pub use your_name::NameInHeader;

use crate::domain::{IncidentId, Status, Task};
use leptos::prelude::*;

/// Which of an incident's pages to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Overview,
    Task(Task),
    Report,
}

#[component]
pub fn IncidentPage(id: IncidentId, page: Shown) -> impl IntoView {
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
    match page {
        Shown::Overview => view! { <overview::Overview /> }.into_any(),
        Shown::Task(task) => tasks::page(task),
        Shown::Report => view! { <report::ReportPage /> }.into_any(),
    }
}
