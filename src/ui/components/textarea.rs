use super::field::{described_by, error_view, form_group_class, hint_view};
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
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error_message.with(Option::is_some);
    let described = {
        let error_id = error_id.clone();
        move || described_by(hint_id.clone(), has_error().then(|| error_id.clone()))
    };
    let label_class = if label_classes.is_empty() {
        "govuk-label".to_owned()
    } else {
        format!("govuk-label {label_classes}")
    };
    view! {
        <div class=move || form_group_class(has_error())>
            <label class=label_class for=id.clone()>{label}</label>
            {hint_view(format!("{id}-hint"), hint)}
            {error_view(error_id, error_message)}
            <textarea
                class=move || if has_error() { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" }
                id=id
                name=name
                rows=rows.to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            ></textarea>
        </div>
    }
}
