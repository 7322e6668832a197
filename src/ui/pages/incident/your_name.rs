use crate::domain::name_problem;
use crate::ui::components::Input;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The name changes are recorded under, editable on the page so anyone
/// picking up the incident on this computer can say who they are.
#[component]
pub fn YourName(
    #[prop(default = "your-name")] id: &'static str,
    #[prop(default = "Your name")] label: &'static str,
) -> impl IntoView {
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
                id
                name=id
                label
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

/// Who this browser records changes as, on every page, with the name
/// changeable in place: a teammate taking over on this computer says so.
#[component]
pub fn NameInHeader() -> impl IntoView {
    let state = AppState::get();
    let summary = move || {
        state.your_name.with(|name| match name.trim() {
            "" => "Say who you are".to_owned(),
            name => format!("Changes are recorded as {name}"),
        })
    };
    view! {
        <details class="govuk-details govuk-!-font-size-16 govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{summary}</span>
            </summary>
            <div class="govuk-details__text">
                <YourName id="header-name" label="Name your changes are recorded under" />
            </div>
        </details>
    }
}
