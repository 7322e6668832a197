//! Shown above every page when the browser will not let the app keep
//! anything: the app works in this tab's memory, and says so plainly.

use crate::ui::components::{Button, NotificationBanner};
use crate::ui::lazy::work::export_everything;
use crate::ui::platform::storage_refused;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = AppState::get();
    let refused = storage_refused()?;
    let outcome = RwSignal::new(None::<String>);
    let export = move |_| {
        leptos::task::spawn_local(async move {
            outcome.set(Some(match export_everything(state).await {
                Ok(_) => "Your incidents are exported.".to_owned(),
                Err(error) => format!("The browser did not save the file ({error})."),
            }));
        });
    };
    Some(view! {
        <NotificationBanner text="Nothing you enter will be kept after you close this tab" title_id="not-kept-title">
            <p class="govuk-body">{refused.to_string()}</p>
            <p class="govuk-body">
                "Incident Desk still works, in this tab only. Export your incidents before you close it, and import the file where storage is allowed."
            </p>
            <Button text="Export everything" button_type="button" classes="govuk-button--secondary" on:click=export />
            <p class="govuk-body" role="status">{move || outcome.get()}</p>
        </NotificationBanner>
    })
}
