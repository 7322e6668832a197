use super::field::{described_by, error_view, form_group_class, hint_view};
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
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error_message.with(Option::is_some);
    let described = {
        let error_id = error_id.clone();
        move || described_by(hint_id.clone(), has_error().then(|| error_id.clone()))
    };
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
        <div class=move || form_group_class(has_error())>
            <label class="govuk-label" for=id.clone()>{label}</label>
            {hint_view(format!("{id}-hint"), hint)}
            {error_view(error_id, error_message)}
            <select
                class=move || if has_error() { "govuk-select govuk-select--error" } else { "govuk-select" }
                id=id
                name=name
                aria-describedby=described
                on:change=move |event| value.set(event_target_value(&event))
            >
                {options}
            </select>
        </div>
    }
}
