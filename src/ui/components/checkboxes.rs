use super::field::{given, with_classes, Bound, Described};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckboxItem {
    pub value: String,
    pub text: String,
    pub hint: Option<String>,
}

impl CheckboxItem {
    pub fn new(value: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            text: text.into(),
            hint: None,
        }
    }
}

/// GOV.UK checkboxes in a fieldset, bound to the values ticked.
#[component]
pub fn Checkboxes(
    #[prop(into)] name: String,
    /// Prefix for the inputs' ids; the first is the prefix itself, as GOV.UK does.
    #[prop(into)]
    id_prefix: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] legend_classes: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    items: Vec<CheckboxItem>,
    #[prop(into)] values: Bound<Vec<String>>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id_prefix, hint.is_some(), error_message);
    let options = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let id = match index {
                0 => id_prefix.clone(),
                n => format!("{id_prefix}-{}", n + 1),
            };
            let item_hint_id = item.hint.as_ref().map(|_| format!("{id}-item-hint"));
            let value = item.value.clone();
            let checked = {
                let value = value.clone();
                move || values.with(|v| v.contains(&value))
            };
            let on_change = move |event: leptos::ev::Event| {
                let ticked = event_target_checked(&event);
                let mut all = values.get_untracked();
                all.retain(|v| *v != value);
                if ticked {
                    all.push(value.clone());
                }
                values.set(all);
            };
            view! {
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id=id.clone()
                        name=name.clone()
                        type="checkbox"
                        value=item.value
                        aria-describedby=item_hint_id.clone()
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label class="govuk-label govuk-checkboxes__label" for=id>{item.text}</label>
                    {item.hint.map(|hint| view! {
                        <div id=item_hint_id class="govuk-hint govuk-checkboxes__hint">{hint}</div>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || field.group_class()>
            <fieldset class="govuk-fieldset" aria-describedby=move || field.aria()>
                <legend class=with_classes("govuk-fieldset__legend", &legend_classes)>{legend}</legend>
                {field.hint_view(hint)}
                {field.error_view()}
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">{options}</div>
            </fieldset>
        </div>
    }
}
