use super::{summary, Listing, ALL, NOT_SET};
use crate::domain::IncidentId;
use crate::report::year_of;
use crate::store::IndexEntry;
use crate::ui::components::Tag;
use crate::ui::pages::tags::{severity_tag, status_tag};
use crate::ui::platform::open_store;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The chosen year's incidents that match the filters, newest first.
#[component]
pub fn IncidentTable(
    listing: Memo<Listing>,
    year: Signal<Option<i32>>,
    search: RwSignal<String>,
    status: RwSignal<String>,
    severity: RwSignal<String>,
) -> impl IntoView {
    let state = AppState::get();
    // Summaries are not in the index, so a search reads the incidents it
    // has to: only while there is something to search for.
    let summary_matches = Memo::new(move |_| {
        let term = search.with(|s| s.trim().to_ascii_lowercase());
        if term.is_empty() {
            return BTreeSet::new();
        }
        let Ok(store) = open_store() else {
            return BTreeSet::new();
        };
        listing.with(|l| {
            l.incidents()
                .filter(|e| {
                    store
                        .load(&e.id)
                        .is_ok_and(|i| i.details.summary.to_ascii_lowercase().contains(&term))
                })
                .map(|e| e.id.clone())
                .collect::<BTreeSet<IncidentId>>()
        })
    });
    let matches = move |entry: &IndexEntry, zone_year: i32| {
        let term = search.with(|s| s.trim().to_ascii_lowercase());
        let searched = term.is_empty()
            || entry.title.to_ascii_lowercase().contains(&term)
            || summary_matches.with(|m| m.contains(&entry.id));
        let status_ok = status.with(|s| s == ALL || s == entry.status.key());
        let severity_ok = severity.with(|s| {
            s == ALL
                || match entry.severity {
                    Some(level) => s == level.label(),
                    None => s == NOT_SET,
                }
        });
        Some(zone_year) == year.get() && searched && status_ok && severity_ok
    };
    move || {
        let zone = state.team_zone();
        let today = state.team_today();
        let Some(shown_year) = year.get() else {
            return ().into_any();
        };
        listing.with(|listing| {
            let rows: Vec<_> = listing
                .incidents()
                .filter(|e| matches(e, year_of(&summary(e), &zone)))
                .map(|e| row(e, !listing.unsaved.contains(&e.id), today))
                .collect();
            let caption = format!("Incidents in {shown_year}, newest first");
            if rows.is_empty() {
                return view! {
                    <h2 class="govuk-heading-m">{caption}</h2>
                    <p class="govuk-body">"No incidents match."</p>
                }
                .into_any();
            }
            view! {
                <div class="app-table-container">
                    <table class="govuk-table">
                        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">"Incident"</th>
                                <th scope="col" class="govuk-table__header">"Severity"</th>
                                <th scope="col" class="govuk-table__header">"Status"</th>
                                <th scope="col" class="govuk-table__header">"Declared"</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    }
}

fn row(entry: &IndexEntry, saved: bool, today: NaiveDate) -> impl IntoView {
    let overdue = entry.next_action_due.is_some_and(|due| due < today);
    view! {
        <tr class="govuk-table__row">
            <td class="govuk-table__cell app-user-text">
                <a class="govuk-link" href=Route::Incident(entry.id.clone()).href()>{entry.title.clone()}</a>
            </td>
            <td class="govuk-table__cell">{severity_tag(entry.severity)}</td>
            <td class="govuk-table__cell">
                {status_tag(entry.status)}
                {(!saved).then(|| view! { " " <Tag text="Not saved" classes="govuk-tag--red" /> })}
                {overdue.then(|| view! { " " <Tag text="Action overdue" classes="govuk-tag--red" /> })}
            </td>
            <td class="govuk-table__cell">{time::date_and_time(entry.declared_at)}</td>
        </tr>
    }
}
