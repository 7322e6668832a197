use super::field::{described_by, error_view, form_group_class, hint_view};
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
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error_message.with(Option::is_some);
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(hint_id.clone(), has_error().then(|| error_id.clone()))
    };
    let class = move || {
        let mut class = "govuk-input".to_owned();
        if !classes.is_empty() {
            class = format!("{class} {classes}");
        }
        if has_error() {
            class.push_str(" govuk-input--error");
        }
        class
    };
    view! {
        <div class=move || form_group_class(has_error())>
            <label class="govuk-label" for=id.clone()>{label}</label>
            {hint_view(format!("{id}-hint"), hint)}
            {error_view(error_id, error_message)}
            <input
                class=class
                id=id
                name=name
                type="text"
                spellcheck=spellcheck.map(|on| on.to_string())
                aria-describedby=described
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}
