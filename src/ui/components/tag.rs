use super::field::with_classes;
use leptos::prelude::*;

/// GOV.UK tag, such as a status or severity.
#[component]
pub fn Tag(#[prop(into)] text: String, #[prop(optional, into)] classes: String) -> impl IntoView {
    let class = with_classes("govuk-tag", &classes);
    view! { <strong class=class>{text}</strong> }
}
