use crate::ui::state::{AppState, SaveState};
use crate::ui::time;
use leptos::prelude::*;

/// Whether the last change was saved, always visible, announced when it changes.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let state = AppState::get();
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
    view! { <p class=class role="status">{text}</p> }
}
