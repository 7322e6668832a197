use super::field::{given, Bound, Described};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectItem {
    pub value: String,
    pub text: String,
}

/// GOV.UK select, bound to `value`.
#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    items: Vec<SelectItem>,
    #[prop(into)] value: Bound<String>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id, hint.is_some(), error_message);
    let options = items
        .into_iter()
        .map(|item| {
            let option = item.value.clone();
            view! {
                <option value=item.value prop:selected=move || value.with(|v| *v == option)>
                    {item.text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class=move || field.group_class()>
            <label class="govuk-label" for=id.clone()>{label}</label>
            {field.hint_view(hint)}
            {field.error_view()}
            <select
                class=move || if field.has_error() { "govuk-select govuk-select--error" } else { "govuk-select" }
                id=id
                name=name
                aria-describedby=move || field.aria()
                on:change=move |event| value.set(event_target_value(&event))
            >
                {options}
            </select>
        </div>
    }
}
