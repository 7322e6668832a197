use leptos::prelude::*;

/// GOV.UK details: a summary that opens to show more.
#[component]
pub fn Details(
    #[prop(into)] summary_text: String,
    #[prop(optional, into)] classes: String,
    children: Children,
) -> impl IntoView {
    view! {
        <details class=super::field::with_classes("govuk-details", &classes)>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{summary_text}</span>
            </summary>
            <div class="govuk-details__text">{children()}</div>
        </details>
    }
}
