use super::field::{given, with_classes, Bound, Described};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadioItem {
    pub value: String,
    pub text: String,
    pub hint: Option<String>,
    /// Overrides the id made from the prefix.
    pub id: Option<String>,
}

impl RadioItem {
    pub fn new(value: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            text: text.into(),
            hint: None,
            id: None,
        }
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// GOV.UK radios in a fieldset, bound to `value` (`None` until one is chosen).
#[component]
pub fn Radios(
    #[prop(into)] name: String,
    /// Prefix for the inputs' ids; the first is the prefix itself, as GOV.UK does,
    /// so an error summary link to it lands on the first option.
    #[prop(into)]
    id_prefix: String,
    #[prop(into)] legend: String,
    /// Such as `govuk-fieldset__legend--m`.
    #[prop(optional, into)]
    legend_classes: String,
    #[prop(optional)] legend_is_page_heading: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    /// Such as `govuk-radios--small`.
    #[prop(optional, into)]
    classes: String,
    #[prop(into)] items: Signal<Vec<RadioItem>>,
    #[prop(into)] value: Bound<Option<String>>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id_prefix, hint.is_some(), error_message);
    let legend_view = if legend_is_page_heading {
        view! { <h1 class="govuk-fieldset__heading">{legend}</h1> }.into_any()
    } else {
        legend.into_any()
    };
    let options = move || {
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let id = match (&item.id, index) {
                    (Some(id), _) => id.clone(),
                    (None, 0) => id_prefix.clone(),
                    (None, n) => format!("{id_prefix}-{}", n + 1),
                };
                let item_hint_id = item.hint.as_ref().map(|_| format!("{id}-item-hint"));
                let option = item.value.clone();
                let checked = {
                    let option = option.clone();
                    move || value.with(|v| v.as_deref() == Some(option.as_str()))
                };
                view! {
                    <div class="govuk-radios__item">
                        <input
                            class="govuk-radios__input"
                            id=id.clone()
                            name=name.clone()
                            type="radio"
                            value=item.value
                            aria-describedby=item_hint_id.clone()
                            prop:checked=checked
                            on:change=move |_| value.set(Some(option.clone()))
                        />
                        <label class="govuk-label govuk-radios__label" for=id>{item.text}</label>
                        {item.hint.map(|hint| view! {
                            <div id=item_hint_id class="govuk-hint govuk-radios__hint">{hint}</div>
                        })}
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class=move || field.group_class()>
            <fieldset class="govuk-fieldset" aria-describedby=move || field.aria()>
                <legend class=with_classes("govuk-fieldset__legend", &legend_classes)>{legend_view}</legend>
                {field.hint_view(hint)}
                {field.error_view()}
                <div class=with_classes("govuk-radios", &classes) data-module="govuk-radios">{options}</div>
            </fieldset>
        </div>
    }
}
