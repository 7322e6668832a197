use super::field::{given, with_classes, Described};
use leptos::prelude::*;

/// GOV.UK file upload (without the JavaScript-enhanced drop zone: the page
/// that uses it takes files dropped on the whole form group instead).
#[component]
pub fn FileUpload(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    /// Such as `govuk-label--s`.
    #[prop(optional, into)]
    label_classes: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    /// File types offered, as the `accept` attribute lists them.
    #[prop(optional)]
    accept: Option<&'static str>,
    #[prop(optional, into)] on_change: Option<Callback<leptos::ev::Event>>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id, hint.is_some(), error_message);
    view! {
        <div class=move || field.group_class()>
            <label class=with_classes("govuk-label", &label_classes) for=id.clone()>{label}</label>
            {field.hint_view(hint)}
            {field.error_view()}
            <input
                class=move || if field.has_error() { "govuk-file-upload govuk-file-upload--error" } else { "govuk-file-upload" }
                id=id
                name=name
                type="file"
                accept=accept
                aria-describedby=move || field.aria()
                on:change=move |event| {
                    if let Some(on_change) = on_change {
                        on_change.run(event);
                    }
                }
            />
        </div>
    }
}
