//! What every GOV.UK form control shares: an optional hint, an error message
//! while there is a problem, and the `aria-describedby` that ties both to it.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Described {
    /// The hint's id, if there is a hint, and the error message's id.
    ids: StoredValue<(Option<String>, String)>,
    error: Signal<Option<String>>,
}

impl Described {
    /// For the control `id`: its hint is `{id}-hint`, its error `{id}-error`.
    pub fn new(id: &str, has_hint: bool, error: Signal<Option<String>>) -> Self {
        let hint_id = has_hint.then(|| format!("{id}-hint"));
        Self {
            ids: StoredValue::new((hint_id, format!("{id}-error"))),
            error,
        }
    }

    pub fn has_error(&self) -> bool {
        self.error.with(Option::is_some)
    }

    /// `aria-describedby`: the hint and, while there is one, the error.
    pub fn aria(&self) -> Option<String> {
        let has_error = self.has_error();
        self.ids.with_value(|(hint_id, error_id)| {
            let ids: Vec<&str> = hint_id
                .as_deref()
                .into_iter()
                .chain(has_error.then_some(error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    /// The form group class, with the error modifier while there is an error.
    pub fn group_class(&self) -> &'static str {
        if self.has_error() {
            "govuk-form-group govuk-form-group--error"
        } else {
            "govuk-form-group"
        }
    }

    /// `<div class="govuk-hint">`, when there is a hint.
    pub fn hint_view(&self, hint: Option<String>) -> impl IntoView {
        let id = self.ids.with_value(|(hint_id, _)| hint_id.clone());
        hint.map(|text| view! { <div id=id class="govuk-hint">{text}</div> })
    }

    /// `<p class="govuk-error-message">`, while there is an error.
    pub fn error_view(&self) -> impl IntoView {
        let (error, id) = (
            self.error,
            self.ids.with_value(|(_, error_id)| error_id.clone()),
        );
        move || {
            error.get().map(|text| {
                view! {
                    <p id=id.clone() class="govuk-error-message">
                        <span class="govuk-visually-hidden">"Error:"</span>
                        " "
                        {text}
                    </p>
                }
            })
        }
    }
}

/// Joins a base class and optional extra classes, as GOV.UK's `classes` parameter does.
pub fn with_classes(base: &str, classes: &str) -> String {
    if classes.is_empty() {
        base.to_owned()
    } else {
        format!("{base} {classes}")
    }
}
