use super::field::with_classes;
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
    let class = with_classes("govuk-button", &classes);
    view! {
        <button type=button_type class=class data-module="govuk-button">
            {text}
            {visually_hidden_text.map(|hidden| view! { <span class="govuk-visually-hidden">" " {hidden}</span> })}
        </button>
    }
}

/// The start button's arrow. A constant rather than a literal so Leptos renders
/// the icon element by element, as GOV.UK's markup is, not as a wrapped fragment.
const START_ICON_PATH: &str = "M0 0h13l20 20-20 20H0l20-20z";
const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg"; // a namespace name: never fetched

/// GOV.UK button made from a link, such as the start button.
#[component]
pub fn LinkButton(
    #[prop(into)] text: String,
    #[prop(into)] href: String,
    #[prop(optional)] is_start_button: bool,
) -> impl IntoView {
    let class = if is_start_button {
        "govuk-button govuk-button--start"
    } else {
        "govuk-button"
    };
    view! {
        <a href=href role="button" draggable="false" class=class data-module="govuk-button">
            {text}
            {is_start_button.then(|| view! {
                <svg class="govuk-button__start-icon" xmlns=SVG_NAMESPACE width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d=START_ICON_PATH></path>
                </svg>
            })}
        </a>
    }
}
