use crate::ui::platform::set_page_title;
use leptos::prelude::*;

/// Shown for a link to a page that does not exist.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("Page not found");
    view! {
        <h1 class="govuk-heading-l">"Page not found"</h1>
        <p class="govuk-body">"Check the link is correct."</p>
        <p class="govuk-body"><a class="govuk-link" href="#/">"Go to the list of incidents"</a></p>
    }
}
