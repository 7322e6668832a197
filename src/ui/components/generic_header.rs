use leptos::prelude::*;

/// GOV.UK generic header: the header for services not hosted on GOV.UK, so no crown.
#[component]
pub fn GenericHeader(#[prop(into)] logo_text: String, #[prop(into)] href: String) -> impl IntoView {
    view! {
        <div class="govuk-generic-header">
            <div class="govuk-generic-header__container govuk-width-container">
                <div class="govuk-generic-header__logo">
                    <a href=href class="govuk-generic-header__homepage-link">{logo_text}</a>
                </div>
            </div>
        </div>
    }
}
