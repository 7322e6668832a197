//! The team folder page: choosing the folder on the team drive, what is
//! written there and who can read it, and how the last round went. Also the
//! one-line status other pages show.

use crate::ui::components::{Button, SummaryList, SummaryRow, WarningText};
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::team::{Connection, LastRound};
use crate::ui::time;
use leptos::prelude::*;

#[component]
pub fn TeamFolderPage() -> impl IntoView {
    set_page_title("Team folder");
    let state = AppState::get();
    let team = state.team;
    let problem = RwSignal::new(None::<String>);
    let choose = move |_| {
        leptos::task::spawn_local(async move {
            problem.set(team.choose(state).await.err());
        });
    };
    let reconnect = move |_| leptos::task::spawn_local(team.reconnect(state));
    let sync_now = move |_| leptos::task::spawn_local(team.run(state));
    let stop = move |_| leptos::task::spawn_local(team.stop());
    let body = move || {
        match team.connection.get() {
        Connection::Unsupported => view! {
            <div class="govuk-inset-text">
                <p class="govuk-body">
                    "This browser cannot use a folder on your computer (Firefox and Safari cannot, today). "
                    "Use Chrome or Edge for the team folder, or move incidents between browsers with "
                    <a class="govuk-link" href=Route::Register.href()>"Export everything"</a>
                    " and "
                    <a class="govuk-link" href=Route::Import.href()>"Import"</a>
                    "."
                </p>
            </div>
        }
        .into_any(),
        Connection::NotChosen => view! {
            <Button text="Choose the team folder" button_type="button" prevent_double_click=true on:click=choose />
        }
        .into_any(),
        Connection::Reconnect(name) => view! {
            <p class="govuk-body">
                "The team folder is "<strong class="app-user-text">{name}</strong>". This browser needs you to allow Incident Desk to use it again."
            </p>
            <div class="govuk-button-group">
                <Button text="Reconnect to the team folder" button_type="button" prevent_double_click=true on:click=reconnect />
                <Button text="Stop using this folder" button_type="button" classes="govuk-button--secondary" on:click=stop />
            </div>
        }
        .into_any(),
        Connection::Connected(name) => view! {
            <Rounds name />
            <div class="govuk-button-group">
                <Button text="Sync now" button_type="button" prevent_double_click=true on:click=sync_now />
                <Button text="Stop using this folder" button_type="button" classes="govuk-button--secondary" on:click=stop />
            </div>
            <p class="govuk-body">"Stopping forgets the folder in this browser. Nothing in the folder, and nothing here, is deleted."</p>
        }
        .into_any(),
    }
    };
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">"Team folder"</h1>
                <p class="govuk-body">
                    "Work on incidents together through a folder on your team drive, such as the INCIDENTS folder: "
                    "choose the copy your computer keeps of it (with Google Drive for desktop, OneDrive or a network drive). "
                    "Every teammate who chooses the same folder sees the others’ changes within a minute, and nobody’s work is lost. "
                    "There is no server: the files in the folder are all there is."
                </p>
                <h2 class="govuk-heading-m">"What is written there"</h2>
                <ul class="govuk-list govuk-list--bullet">
                    <li>"A file of this browser’s copy of every incident, in "<code>"incident-desk/people/"</code>". Only this browser writes it."</li>
                    <li>"The current report of every incident, in a folder for each year, such as "<code>"2026/2026-03-14-website-down.md"</code>"."</li>
                </ul>
                <p class="govuk-body">"Nothing else in the folder is changed or deleted."</p>
                <WarningText>
                    "Anyone who can open this folder on the drive can read every incident in it, security incidents included. Choose a folder only your incident team can open."
                </WarningText>
                {body}
                <p class="govuk-body" role="status">{move || problem.get()}</p>
                {move || (team.remembered.get() == Some(false)).then(|| view! {
                    <p class="govuk-body">"This browser could not remember the folder for your next visit: choose it again then."</p>
                })}
            </div>
        </div>
    }
}

/// How the last round went, in a summary list, and what could not be read.
#[component]
fn Rounds(name: String) -> impl IntoView {
    let state = AppState::get();
    let team = state.team;
    move || {
        let last = team.last.get();
        let mut rows = vec![SummaryRow::new("Folder", String::new()).with_user_text(name.clone())];
        rows.push(SummaryRow::new("Status", status_line(last.as_ref())));
        if let Some(LastRound { report, .. }) = &last {
            rows.push(SummaryRow::new("People", report.people.join(", ")));
            if let Some((who, at)) = &report.latest_from {
                rows.push(
                    SummaryRow::new(
                        "Last changes from",
                        format!(" at {}", time::date_and_time(*at)),
                    )
                    .with_user_text(who.clone()),
                );
            }
        }
        let unreadable = last
            .as_ref()
            .map(|l| l.report.unreadable.clone())
            .unwrap_or_default();
        let different = last
            .as_ref()
            .map(|l| l.report.different.clone())
            .unwrap_or_default();
        view! {
            <SummaryList rows />
            {(!unreadable.is_empty()).then(|| view! {
                <h2 class="govuk-heading-m">"Files that cannot be read"</h2>
                <p class="govuk-body">"These files in the folder cannot be read, so they are left as they are. Every other file is still merged."</p>
                <ul class="govuk-list govuk-list--bullet">
                    {unreadable.into_iter().map(|file| view! {
                        <li><code class="app-user-text">{file.file}</code>": "{file.reason}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!different.is_empty()).then(|| view! {
                <h2 class="govuk-heading-m">"Incidents that only share an id"</h2>
                <p class="govuk-body">
                    "A teammate’s file holds an incident that has the id of a different one here, so it is not merged. "
                    "To keep it, import their file: it is offered under a new id."
                </p>
                <ul class="govuk-list govuk-list--bullet">
                    {different.into_iter().map(|(file, id)| view! {
                        <li><code class="app-user-text">{file}</code>": "{id.to_string()}</li>
                    }).collect_view()}
                </ul>
            })}
        }
    }
}

/// “Up to date at 10:42”, or what went wrong.
fn status_line(last: Option<&LastRound>) -> String {
    match last {
        None => "Syncing…".to_owned(),
        Some(LastRound { at, report }) => match &report.problem {
            None => format!("Up to date at {}", time::time_of_day(*at)),
            Some(problem) => format!(
                "At {}, {problem}. Everything is kept in this browser, and tried again.",
                time::time_of_day(*at)
            ),
        },
    }
}

/// The team folder in a line, for the register and each incident's overview.
#[component]
pub fn TeamFolderStatus(
    /// Whether to offer the team folder when none is in use.
    #[prop(optional)]
    offer: bool,
) -> impl IntoView {
    let team = AppState::get().team;
    let link = move |text: &'static str| {
        view! { <a class="govuk-link" href=Route::TeamFolder.href()>{text}</a> }
    };
    move || {
        match team.connection.get() {
        Connection::Connected(_) => {
            let last = team.last.get();
            let status = crate::domain::text::lower_first(&status_line(last.as_ref()));
            let mut line = format!("Team folder: {status}");
            let report = last.map(|l| l.report);
            if let Some(report) = report.as_ref().filter(|r| r.problem.is_none()) {
                let people = report.people.len();
                let noun = if people == 1 { "person" } else { "people" };
                line.push_str(&format!(" · {people} {noun}."));
            }
            let latest = report.and_then(|r| r.latest_from).map(|(who, at)| view! {
                " Last changes from "<bdi>{who}</bdi>{format!(" at {}.", time::time_of_day(at))}
            });
            view! {
                <p class="govuk-body app-team-status" role="status">{line}{latest}" "{link("About the team folder")}</p>
            }
            .into_any()
        }
        Connection::Reconnect(_) => view! {
            <p class="govuk-body app-team-status" role="status">
                "Team folder: not connected. "{link("Reconnect to the team folder")}" to keep in step with your team."
            </p>
        }
        .into_any(),
        Connection::NotChosen if offer => view! {
            <p class="govuk-body">{link("Work with your team through a shared folder")}</p>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}
