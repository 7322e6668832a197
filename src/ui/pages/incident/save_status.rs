use super::IncidentSession;
use crate::ui::components::Button;
use crate::ui::state::{AppState, SaveState};
use crate::ui::time;
use leptos::prelude::*;

/// Whether the last change was saved, always visible, announced when it
/// changes, with a way to try again once the problem is fixed.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let state = AppState::get();
    let session = IncidentSession::get();
    let unsaved = move || matches!(state.save_state.get(), SaveState::NotSaved(_));
    let text = move || match state.save_state.get() {
        SaveState::Unchanged => "All changes saved in this browser".to_owned(),
        SaveState::Saving => "Saving…".to_owned(),
        SaveState::Saved(at) => format!("Saved at {}", time::time_of_day(at)),
        SaveState::NotSaved(reason) => format!("Not saved: {reason}"),
    };
    let class = move || match state.save_state.get() {
        SaveState::NotSaved(_) => "app-save-status app-save-status--unsaved",
        _ => "app-save-status",
    };
    view! {
        <p class=class role="status">{text}</p>
        <Show when=unsaved>
            <p class="govuk-body">
                "Your changes are kept on this page until they save. Do not close this tab."
            </p>
            <Button
                text="Try saving again"
                button_type="button"
                classes="govuk-button--secondary"
                on:click=move |_| session.retry_save()
            />
        </Show>
    }
}
