//! Deleting a closed incident (or a record of something that was not one)
//! from this browser, to free space: asked first, with a reminder to export.

use super::IncidentSession;
use crate::domain::Deletion;
use crate::ui::components::{Button, WarningText};
use crate::ui::platform::{go_to, open_store};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn DeleteIncident() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let delete = move |_| {
        let deletion = Deletion {
            id: session.id(),
            by: state.your_name.get_untracked(),
            at: crate::ui::time::now(),
        };
        leptos::task::spawn_local(async move {
            // The team folder first gets the incident's last changes, so its
            // report there is final: the record by year keeps it.
            state.team.catch_up(state).await;
            match open_store().delete(deletion) {
                Ok(()) => {
                    state.team.deleted_here(state);
                    state
                        .flash
                        .set(Some("Incident deleted from this browser".to_owned()));
                    go_to(&Route::Register.href());
                }
                Err(error) => problem.set(Some(error.to_string())),
            }
        });
    };
    view! {
        <h2 class="govuk-heading-m">"Delete from this browser"</h2>
        <p class="govuk-body">
            "Deleting frees space in this browser’s storage. "
            <a class="govuk-link" href=Route::Report(session.id()).href()>"Download the report or its JSON"</a>
            " first if you may need it."
        </p>
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <Button text="Delete this incident" button_type="button" classes="govuk-button--warning" on:click=move |_| confirming.set(true) />
            }
        >
            <WarningText>"This deletes the incident from this browser for good."</WarningText>
            <div class="govuk-button-group">
                <Button prevent_double_click=true text="Yes, delete it" button_type="button" classes="govuk-button--warning" on:click=delete />
                <Button text="Cancel" button_type="button" classes="govuk-button--secondary" on:click=move |_| confirming.set(false) />
            </div>
        </Show>
        <p class="govuk-body" role="status">{move || problem.get()}</p>
    }
}
