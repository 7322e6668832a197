use super::IncidentSession;
use crate::ui::components::{SummaryList, SummaryRow};
use crate::ui::route::Route;
use crate::ui::time;
use leptos::prelude::*;

/// The incident's details as a summary list, with change links while open.
#[component]
pub fn Details() -> impl IntoView {
    let session = IncidentSession::get();
    let rows = move || {
        session.incident.with(|incident| {
            let change = Route::EditDetails(incident.id.clone()).href();
            let editable = incident.is_changeable();
            let row = |key: &str, value: String, hidden: &str| {
                let row = SummaryRow::new(key, value);
                if editable {
                    row.with_action(change.clone(), "Change", hidden)
                } else {
                    row
                }
            };
            let security = if incident.details.security_related {
                "Yes"
            } else {
                "No"
            };
            vec![
                row("Title", incident.details.title.clone(), "title"),
                row("Summary", incident.details.summary.clone(), "summary"),
                row(
                    "Started",
                    time::date_and_time(incident.details.started_at),
                    "when it started",
                ),
                row(
                    "Affects security",
                    security.to_owned(),
                    "whether it affects security",
                ),
                SummaryRow::new(
                    "Declared",
                    format!(
                        "{} by {}",
                        time::date_and_time(incident.declared_at),
                        incident.reporter
                    ),
                ),
            ]
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Details"</h2>
        {move || view! { <SummaryList rows=rows() /> }}
    }
}
