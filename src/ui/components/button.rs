use leptos::prelude::*;

/// GOV.UK button. A submit button unless `button_type` says otherwise.
#[component]
pub fn Button(
    #[prop(into)] text: String,
    /// Extra classes, such as `govuk-button--secondary`.
    #[prop(optional, into)]
    classes: String,
    #[prop(default = "submit")] button_type: &'static str,
    /// Words read by screen readers after `text`, so that repeated buttons
    /// (“Remove”) say what they act on.
    #[prop(optional, into)]
    visually_hidden_text: Option<String>,
) -> impl IntoView {
    let class = if classes.is_empty() {
        "govuk-button".to_owned()
    } else {
        format!("govuk-button {classes}")
    };
    view! {
        <button type=button_type class=class data-module="govuk-button">
            {text}
            {visually_hidden_text.map(|hidden| view! { <span class="govuk-visually-hidden">" " {hidden}</span> })}
        </button>
    }
}
