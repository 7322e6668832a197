use super::field::{given, with_classes, Bound, Described};
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
    /// Such as `name`; none when empty.
    #[prop(optional, into)]
    autocomplete: String,
    /// Off for names and codes, which a spelling checker would mark wrong.
    #[prop(default = true)]
    spellcheck: bool,
    #[prop(into)] value: Bound<String>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id, hint.is_some(), error_message);
    let autocomplete = (!autocomplete.is_empty()).then_some(autocomplete);
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
                spellcheck=(!spellcheck).then_some("false")
                aria-describedby=move || field.aria()
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}
