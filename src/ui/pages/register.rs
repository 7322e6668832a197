//! The register: every incident saved in this browser, newest first.

use super::tags::{severity_tag, status_tag};
use crate::domain::{IncidentId, Status};
use crate::store::{IndexEntry, IndexLoad};
use crate::ui::components::{LinkButton, NotificationBanner, Tag};
use crate::ui::platform::{open_store, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn RegisterPage() -> impl IntoView {
    set_page_title("Incidents");
    let state = AppState::get();
    // Another tab declared or changed an incident: list it without a reload.
    let changes = RwSignal::new(0u32);
    let listener = window_event_listener(leptos::ev::storage, move |_| changes.update(|n| *n += 1));
    on_cleanup(move || listener.remove());
    let today = move || state.team_today();
    let body = move || {
        changes.track();
        let unsaved = state.unsaved_entries();
        match open_store().and_then(|mut store| store.list()) {
            Ok(load) => register(load, unsaved, today()).into_any(),
            Err(error) => view! {
                <NotificationBanner text=error.to_string() />
                {register(IndexLoad::default(), unsaved, today())}
            }
            .into_any(),
        }
    };
    view! {
        <h1 class="govuk-heading-xl">"Incidents"</h1>
        {body}
    }
}

/// The saved incidents, with this tab's unsaved changes in place of their saved versions.
fn register(mut load: IndexLoad, unsaved: Vec<IndexEntry>, today: NaiveDate) -> impl IntoView {
    let unsaved_ids: Vec<IncidentId> = unsaved.iter().map(|entry| entry.id.clone()).collect();
    load.overlay(unsaved);
    let entries = load.entries;
    let repaired = load.damaged_index_kept_at.map(|key| {
        view! {
            <NotificationBanner
                text="The list of incidents was damaged, so it has been rebuilt from the saved incidents."
                title_id="index-repaired-title"
            >
                <p class="govuk-body">"The damaged copy is kept in this browser’s storage under “" {key} "”."</p>
            </NotificationBanner>
        }
    });
    let unreadable = (!load.unreadable.is_empty()).then(|| {
        let links = load
            .unreadable
            .iter()
            .map(|id| {
                let href = Route::Incident(id.clone()).href();
                view! { <li><a class="govuk-link" href=href>{format!("Incident {id}")}</a></li> }
            })
            .collect_view();
        view! {
            <NotificationBanner text="Some saved incidents cannot be read." title_id="unreadable-title">
                <p class="govuk-body">"Their saved data has been left untouched. Open one to see it:"</p>
                <ul class="govuk-list">{links}</ul>
            </NotificationBanner>
        }
    });
    // Triage records that were not incidents are kept apart, so the register
    // of incidents stays the register of incidents.
    let (not_incidents, entries): (Vec<IndexEntry>, Vec<IndexEntry>) = entries
        .into_iter()
        .partition(|entry| entry.status == Status::NotAnIncident);
    let start = view! {
        <LinkButton text="Something is wrong" href=Route::Triage(None).href() is_start_button=true />
        <p class="govuk-body">
            "Already sure it is an incident? "
            <a class="govuk-link" href=Route::Declare(None).href()>"Skip triage and declare it"</a>
        </p>
    };
    let list = if entries.is_empty() {
        view! {
            <p class="govuk-body">"No incidents have been recorded in this browser yet."</p>
            <p class="govuk-body">
                "When something unexpected stops people using your service, puts users’ or your team’s "
                "security at risk, or could harm trust in the service, start here. A few questions help "
                "you decide whether it is an incident, then the app guides you through the response."
            </p>
            {start}
        }
        .into_any()
    } else {
        view! {
            {start}
            <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m">"Incidents, newest first"</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">"Incident"</th>
                        <th scope="col" class="govuk-table__header">"Severity"</th>
                        <th scope="col" class="govuk-table__header">"Status"</th>
                        <th scope="col" class="govuk-table__header">"Declared"</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    {entries.into_iter().map(|entry| {
                        let saved = !unsaved_ids.contains(&entry.id);
                        row(entry, saved, today)
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let not_incidents = (!not_incidents.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">"Looked at, and not incidents"</h2>
            <ul class="govuk-list">
                {not_incidents.into_iter().map(|entry| {
                    let saved = !unsaved_ids.contains(&entry.id);
                    view! {
                        <li>
                            <a class="govuk-link app-user-text" href=Route::Incident(entry.id.clone()).href()>{entry.title}</a>
                            {format!(" ({})", time::date_and_time(entry.declared_at))}
                            {(!saved).then(|| view! { " " <Tag text="Not saved" classes="govuk-tag--red" /> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    });
    view! { {repaired} {unreadable} {list} {not_incidents} }
}

fn row(entry: IndexEntry, saved: bool, today: NaiveDate) -> impl IntoView {
    let overdue = entry.next_action_due.is_some_and(|due| due < today);
    view! {
        <tr class="govuk-table__row">
            <td class="govuk-table__cell">
                <a class="govuk-link" href=Route::Incident(entry.id.clone()).href()>{entry.title}</a>
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
