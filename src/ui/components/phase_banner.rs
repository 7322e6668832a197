use leptos::prelude::*;

/// GOV.UK phase banner.
#[component]
pub fn PhaseBanner(#[prop(into)] tag: String, #[prop(into)] text: Signal<String>) -> impl IntoView {
    view! {
        <div class="govuk-phase-banner govuk-width-container">
            <p class="govuk-phase-banner__content">
                <strong class="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
                <span class="govuk-phase-banner__text">{text}</span>
            </p>
        </div>
    }
}
