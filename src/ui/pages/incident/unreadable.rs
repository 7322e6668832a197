//! What to show when an incident cannot be loaded: never a blank page, and
//! for damaged data, the raw text so nothing is lost.

use crate::domain::IncidentId;
use crate::store::StoreError;
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn LoadProblem(#[prop(into)] id: Option<IncidentId>, error: StoreError) -> impl IntoView {
    let heading = match &error {
        StoreError::NotFound(_) => "Incident not found",
        StoreError::Corrupt { .. } => "This incident cannot be read",
        _ => "This incident cannot be opened",
    };
    set_page_title(heading);
    let is_damaged = matches!(
        error,
        StoreError::Corrupt { .. } | StoreError::TooNew { .. }
    );
    let raw = match &error {
        StoreError::Corrupt { raw, .. } => Some(raw.clone()),
        _ => None,
    };
    let caption =
        id.map(|id| view! { <span class="govuk-caption-l">{format!("Incident {id}")}</span> });
    view! {
        {caption}
        <h1 class="govuk-heading-l">{heading}</h1>
        <p class="govuk-body">{error.to_string()}</p>
        {raw.map(|raw| view! {
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">"Show the saved data"</span>
                </summary>
                <div class="govuk-details__text">
                    <p class="govuk-body">"Copy this text somewhere safe before you try anything else."</p>
                    <pre class="app-raw-data" tabindex="0">{raw}</pre>
                </div>
            </details>
        })}
        {is_damaged.then(|| view! {
            <p class="govuk-body">
                <a class="govuk-link" href=Route::Recover.href()>"Recover data"</a>
                " lists everything saved in this browser that cannot be read, to download or delete."
            </p>
        })}
        <p class="govuk-body"><a class="govuk-link" href="#/">"Go to the list of incidents"</a></p>
    }
}
