use super::save_status::SaveStatus;
use super::your_name::YourName;
use super::IncidentSession;
use crate::domain::Task;
use crate::ui::components::BackLink;
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The frame of every task page: a way back, the incident's title, the task
/// as the heading, whether changes saved, and the person's name if it is
/// still needed.
#[component]
pub fn TaskFrame(task: Task, children: Children) -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let incident = session.incident;
    set_page_title(task.title());
    let overview = Route::Incident(session.id()).href();
    // Asked for once, when the page opens without a name: typing must not hide the box.
    let ask_name = state.your_name.with_untracked(|n| n.trim().is_empty());
    let closed = move || incident.with(|i| !i.is_changeable());
    view! {
        <BackLink href=overview.clone() text="Back to the incident" />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l app-user-text">{move || incident.with(|i| i.title().to_owned())}</span>
                <h1 class="govuk-heading-l">{task.title()}</h1>
                <SaveStatus />
                {ask_name.then(|| view! { <YourName /> })}
                <Show when=closed>
                    <div class="govuk-inset-text">"This incident is closed. It can no longer be changed."</div>
                </Show>
                {children()}
                <p class="govuk-body govuk-!-margin-top-6">
                    <a class="govuk-link" href=overview>"Return to the incident overview"</a>
                </p>
            </div>
        </div>
    }
}
