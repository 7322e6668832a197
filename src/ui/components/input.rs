use super::field::{with_classes, Described};
use leptos::prelude::*;

/// GOV.UK text input, bound to `value`.
#[component]
pub fn Input(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    #[prop(optional, into)] classes: String,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional)] spellcheck: Option<bool>,
    value: RwSignal<String>,
) -> impl IntoView {
    // An empty hint is no hint, so callers can pass one unconditionally.
    let hint = hint.filter(|text| !text.is_empty());
    let field = Described::new(&id, hint.is_some(), error_message);
    let class = with_classes("govuk-input", &classes);
    let class = move || match field.has_error() {
        true => format!("{class} govuk-input--error"),
        false => class.clone(),
    };
    view! {
        <div class=move || field.group_class()>
            <label class="govuk-label" for=id.clone()>{label}</label>
            {field.hint_view(hint)}
            {field.error_view()}
            <input
                class=class
                id=id
                name=name
                type="text"
                spellcheck=spellcheck.map(|on| on.to_string())
                aria-describedby=move || field.aria()
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}
