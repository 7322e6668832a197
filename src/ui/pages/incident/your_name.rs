use crate::domain::name_problem;
use crate::ui::components::Input;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The name changes are recorded under, editable on the page so anyone
/// picking up the incident on this computer can say who they are.
#[component]
pub fn YourName() -> impl IntoView {
    let state = AppState::get();
    let missing = Signal::derive(move || {
        state
            .your_name
            .with(|name| name_problem(name))
            .map(|p| p.to_string())
    });
    view! {
        <div on:change=move |_| state.remember_name()>
            <Input
                id="your-name"
                name="your-name"
                label="Your name"
                hint="Recorded on the timeline next to each change you make."
                autocomplete="name"
                spellcheck=false
                classes="govuk-!-width-one-half"
                error_message=missing
                value=state.your_name
            />
        </div>
    }
}
