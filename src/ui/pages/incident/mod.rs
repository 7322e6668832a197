//! The incident page: details, severity, team, status and timeline.

mod add_note;
mod details;
mod roles;
mod save_status;
mod session;
mod severity;
mod status;
mod timeline;
mod unreadable;
mod your_name;

pub use save_status::SaveStatus as SaveStatusLine;
pub use session::IncidentSession;
pub use unreadable::LoadProblem;

use super::tags::{severity_tag, status_tag};
use crate::domain::IncidentId;
use crate::ui::components::NotificationBanner;
use crate::ui::platform::set_page_title;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn IncidentPage(id: IncidentId) -> impl IntoView {
    match IncidentSession::open(&id) {
        Ok(session) => {
            provide_context(session);
            view! { <IncidentView /> }.into_any()
        }
        Err(error) => view! { <LoadProblem id error /> }.into_any(),
    }
}

#[component]
fn IncidentView() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let incident = session.incident;
    Effect::new(move |_| set_page_title(&incident.with(|i| i.title().to_owned())));
    let flash = state.flash.get_untracked();
    state.flash.set(None);
    let closed = move || incident.with(|i| !i.is_changeable());
    view! {
        {flash.map(|text| view! { <NotificationBanner text success=true /> })}
        <span class="govuk-caption-l">{move || format!("Incident {}", incident.with(|i| i.id.to_string()))}</span>
        <h1 class="govuk-heading-l">{move || incident.with(|i| i.title().to_owned())}</h1>
        <p class="govuk-body">
            {move || status_tag(incident.with(|i| i.status))}
            " "
            {move || severity_tag(incident.with(|i| i.severity))}
        </p>
        <save_status::SaveStatus />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <Show
                    when=closed
                    fallback=|| view! { <your_name::YourName /> }
                >
                    <div class="govuk-inset-text">"This incident is closed. It can no longer be changed."</div>
                </Show>
                <details::Details />
                <Show when=move || !closed()>
                    <severity::SeverityForm />
                    <roles::Roles />
                    <status::StatusForm />
                    <add_note::AddNoteForm />
                </Show>
                <timeline::Timeline />
            </div>
        </div>
    }
}
