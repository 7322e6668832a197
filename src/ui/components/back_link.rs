use leptos::prelude::*;

/// GOV.UK back link.
#[component]
pub fn BackLink(
    #[prop(into)] href: String,
    #[prop(default = "Back".to_owned(), into)] text: String,
) -> impl IntoView {
    view! { <a href=href class="govuk-back-link">{text}</a> }
}
