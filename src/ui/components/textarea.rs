use super::field::{given, with_classes, Bound, Described};
use leptos::prelude::*;

/// GOV.UK textarea, bound to `value`.
#[component]
pub fn Textarea(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    /// Such as `govuk-label--m`.
    #[prop(optional, into)]
    label_classes: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    #[prop(default = 5)] rows: u32,
    #[prop(into)] value: Bound<String>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id, hint.is_some(), error_message);
    view! {
        <div class=move || field.group_class()>
            <label class=with_classes("govuk-label", &label_classes) for=id.clone()>{label}</label>
            {field.hint_view(hint)}
            {field.error_view()}
            <textarea
                class=move || if field.has_error() { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" }
                id=id
                name=name
                rows=rows.to_string()
                aria-describedby=move || field.aria()
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            ></textarea>
        </div>
    }
}
