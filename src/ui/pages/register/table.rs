use super::{summary, Listing, ALL, NOT_SET};
use crate::domain::IncidentId;
use crate::report::{numbers, year_of};
use crate::store::IndexEntry;
use crate::ui::components::{focus_element, Button, Table, TableCell, TableHead, TableRow, Tag};
use crate::ui::lazy::work::summaries_matching;
use crate::ui::pages::tags::{security_tag, severity_tag, status_tag};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
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
    // has to (from a chunk): only while there is something to search for.
    let summary_matches = LocalResource::new(move || {
        let term = search.with(|s| s.trim().to_ascii_lowercase());
        let ids: Vec<IncidentId> = listing.with(|l| l.incidents().map(|e| e.id.clone()).collect());
        async move {
            if term.is_empty() {
                return BTreeSet::new();
            }
            summaries_matching(ids, term).await.unwrap_or_default()
        }
    });
    let matches = move |entry: &IndexEntry, zone_year: i32| {
        let term = search.with(|s| s.trim().to_ascii_lowercase());
        let searched = term.is_empty()
            || entry.title.to_ascii_lowercase().contains(&term)
            || summary_matches.with(|m| m.as_ref().is_some_and(|m| m.contains(&entry.id)));
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
    // Rows, keyed by everything a row shows: a change elsewhere (another
    // tab's save, a filter) leaves the other rows' DOM as it is.
    let rows = Memo::new(move |_| {
        let zone = state.team_zone();
        let today = state.team_today();
        listing.with(|listing| {
            let mut numbers = numbers(
                listing.incidents().map(|e| (&e.id, e.started_at, e.status)),
                &zone,
            );
            listing
                .incidents()
                .filter(|e| matches(e, year_of(&summary(e), &zone)))
                .map(|e| Row {
                    number: numbers.remove(&e.id),
                    overdue: e.next_action_due.is_some_and(|due| due < today),
                    saved: !listing.unsaved.contains(&e.id),
                    entry: e.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    // A page at a time, so a register with years of incidents starts as
    // quickly as an empty one.
    let shown = RwSignal::new(PAGE);
    let more = move |_| {
        let limit = shown.get_untracked();
        let first_new =
            rows.with_untracked(|rows| rows.get(limit).map(|row| row_link_id(&row.entry.id)));
        shown.set(limit + PAGE);
        if let Some(id) = first_new {
            // After the new rows are in the page.
            request_animation_frame(move || focus_element(&id));
        }
    };
    // Only the table's existence hangs on this, not its rows.
    let no_rows = Memo::new(move |_| rows.with(Vec::is_empty));
    move || {
        let shown_year = year.get()?;
        let caption = format!("Incidents in {shown_year}, newest first");
        if no_rows.get() {
            return Some(
                view! {
                    <h2 class="govuk-heading-m">{caption}</h2>
                    <p class="govuk-body">"No incidents match."</p>
                }
                .into_any(),
            );
        }
        let count = move || rows.with(Vec::len);
        let hidden = move || count().saturating_sub(shown.get());
        Some(
            view! {
                <div class="app-table-container">
                    <Table
                        caption
                        caption_classes="govuk-table__caption--m"
                        classes="app-stacked-table"
                        head=["Number", "Incident", "Severity", "Status", "Declared"].map(TableHead::new).to_vec()
                    >
                            <For
                                each=move || rows.with(|rows| rows.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                                key=Row::clone
                                let:row
                            >
                                {row_view(row)}
                            </For>
                    </Table>
                </div>
                {move || (hidden() > 0).then(|| view! {
                    <p class="govuk-body">{format!("Showing the newest {} of {}.", shown.get(), count())}</p>
                    <Button
                        text=format!("Show {} more", hidden().min(PAGE))
                        visually_hidden_text=format!("incidents from {shown_year}")
                        button_type="button"
                        classes="govuk-button--secondary"
                        on:click=more
                    />
                })}
            }
            .into_any(),
        )
    }
}

/// Incidents listed before "Show more".
const PAGE: usize = 50;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    entry: IndexEntry,
    /// Its number in its year, “2026-03”.
    number: Option<String>,
    saved: bool,
    overdue: bool,
}

fn row_link_id(id: &IncidentId) -> String {
    format!("incident-link-{id}")
}

fn row_view(
    Row {
        entry,
        number,
        saved,
        overdue,
    }: Row,
) -> impl IntoView {
    // Each value's column, shown beside it when the rows stack on a narrow screen.
    let label = |text: &'static str| view! { <span class="app-stack-label">{text} ": "</span> };
    view! {
        <TableRow>
            <TableCell>{label("Number")}<span class="app-unbroken">{number}</span></TableCell>
            <TableCell classes="app-user-text">
                <a class="govuk-link" id=row_link_id(&entry.id) href=Route::Incident(entry.id.clone()).href()>{entry.title}</a>
            </TableCell>
            <TableCell>{label("Severity")}{severity_tag(entry.severity)}</TableCell>
            <TableCell>
                {label("Status")}
                {status_tag(entry.status)}
                {security_tag(entry.security)}
                {(!saved).then(|| view! { " " <Tag text="Not saved" classes="govuk-tag--red" /> })}
                {overdue.then(|| view! { " " <Tag text="Action overdue" classes="govuk-tag--red" /> })}
            </TableCell>
            <TableCell>{label("Declared")}{time::date_and_time(entry.declared_at)}</TableCell>
        </TableRow>
    }
}
