use leptos::prelude::*;

/// GOV.UK warning text, for what people must not miss.
#[component]
pub fn WarningText(
    #[prop(default = "Warning".to_owned(), into)] icon_fallback_text: String,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{icon_fallback_text}</span>
                {children()}
            </strong>
        </div>
    }
}
