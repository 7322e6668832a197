//! Pieces shared by form components: the hint, the error message and the
//! `aria-describedby` list that ties them to the control.

use leptos::prelude::*;

/// `aria-describedby` for a control: its hint and error, when present.
pub fn described_by(hint_id: Option<String>, error_id: Option<String>) -> Option<String> {
    let ids: Vec<String> = hint_id.into_iter().chain(error_id).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The form group class, with the error modifier while there is an error.
pub fn form_group_class(has_error: bool) -> &'static str {
    if has_error {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    }
}

/// `<div class="govuk-hint">`, when there is a hint.
pub fn hint_view(id: String, hint: Option<String>) -> impl IntoView {
    hint.map(|text| view! { <div id=id class="govuk-hint">{text}</div> })
}

/// `<p class="govuk-error-message">`, while there is an error.
pub fn error_view(id: String, error: Signal<Option<String>>) -> impl IntoView {
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
