use leptos::prelude::*;

/// GOV.UK tag, such as a status or severity.
#[component]
pub fn Tag(#[prop(into)] text: String, #[prop(optional, into)] classes: String) -> impl IntoView {
    let class = if classes.is_empty() {
        "govuk-tag".to_owned()
    } else {
        format!("govuk-tag {classes}")
    };
    view! { <strong class=class>{text}</strong> }
}
