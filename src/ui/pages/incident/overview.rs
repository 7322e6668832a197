//! The incident at a glance: where it stands, what is due, the response
//! checklist, clean-up left, and the timeline.

use super::add_note::AddNoteForm;
use super::delete::DeleteIncident;
use super::save_status::SaveStatus;
use super::timeline::Timeline;
use super::your_name::YourName;
use super::IncidentSession;
use crate::domain::{checklist, next_task, report_gaps, Role, Task, TaskStatus};
use crate::ui::components::{
    NotificationBanner, SummaryList, SummaryRow, TaskList, TaskListItem, WarningText,
};
use crate::ui::pages::tags::{security_tag, severity_tag, status_tag, task_status};
use crate::ui::pages::TeamFolderStatus;
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let incident = session.incident;
    Effect::new(move |_| set_page_title(&incident.with(|i| i.title().to_owned())));
    let flash = state.flash.get_untracked();
    state.flash.set(None);
    let open = move || incident.with(|i| i.is_changeable());
    // Asked for here only if the declare form did not get it (an import,
    // say); it can be changed from the header.
    let ask_name = state.your_name.with_untracked(|n| n.trim().is_empty())
        && incident.with_untracked(|i| i.is_changeable());
    view! {
        {flash.map(|text| view! { <NotificationBanner text success=true /> })}
        <span class="govuk-caption-l">{move || incident_caption(&state, &session)}</span>
        <h1 class="govuk-heading-l app-user-text">{move || incident.with(|i| i.title().to_owned())}</h1>
        <p class="govuk-body">
            {move || status_tag(incident.with(|i| i.status))}
            " "
            {move || severity_tag(incident.with(|i| i.severity))}
            {move || security_tag(incident.with(|i| i.details.security_related))}
        </p>
        <SaveStatus />
        <TeamFolderStatus />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <NextStep />
                <Show when=move || !open()>
                    <div class="govuk-inset-text">"This incident is closed. It can no longer be changed."</div>
                </Show>
                {ask_name.then(|| view! { <YourName /> })}
                <OverdueActions />
                <KeyFacts />
                <h2 class="govuk-heading-m">"Response"</h2>
                <p class="govuk-body">"Work through these in order. Incidents come before all other work."</p>
                <Tasks after=false />
                <ReportReadiness />
                <h2 class="govuk-heading-m">"After the incident"</h2>
                <Tasks after=true />
                <h2 class="govuk-heading-m">"Report"</h2>
                <p class="govuk-body">
                    <a class="govuk-link" href=Route::Report(session.id()).href()>"Read, download or print the report"</a>
                    " for your team drive."
                </p>
                <OpenCleanUp />
                <Show when=open>
                    <AddNoteForm />
                </Show>
                <Timeline />
                <Show when=move || !open()>
                    <DeleteIncident />
                </Show>
            </div>
        </div>
    }
}

fn task_href(session: IncidentSession, task: Task) -> String {
    Route::Task(session.id(), task).href()
}

/// The first thing on the page: what to do next, and when people next
/// expect to hear (overdue is a warning).
#[component]
fn NextStep() -> impl IntoView {
    let (session, state) = (IncidentSession::get(), AppState::get());
    let incident = session.incident;
    let open = move || incident.with(|i| i.is_changeable());
    move || {
        let task = session.derive(|incident, playbook, _| next_task(incident, playbook));
        let task = task.filter(|_| open()).map(|task| {
            view! {
                <p class="govuk-body-l">
                    <a class="govuk-link" href=task_href(session, task)>{format!("Next: {}", task.title())}</a>
                </p>
            }
        });
        let update = match session.next_update() {
            Some((due, when)) if due.is_overdue(state.clock.get()) => view! {
                <WarningText>
                    {format!("An update was due by {when}. ")}
                    <a class="govuk-link" href=task_href(session, Task::Tackle)>"Send an update now"</a>
                </WarningText>
            }
            .into_any(),
            Some((_, when)) => {
                view! { <p class="govuk-body">{format!("Next update due by {when}.")}</p> }
                    .into_any()
            }
            None if open() && incident.with(|i| i.severity.is_none()) => view! {
                <p class="govuk-body">
                    "Next update due: "
                    <a class="govuk-link" href=task_href(session, Task::DecideSeverity)>"decide the severity"</a>
                    " to know when."
                </p>
            }
            .into_any(),
            None => view! { <p class="govuk-body">"No more updates due."</p> }.into_any(),
        };
        view! { {task}{update} }
    }
}

/// The response, or what comes after it, as a GOV.UK task list.
#[component]
fn Tasks(after: bool) -> impl IntoView {
    let session = IncidentSession::get();
    move || {
        let items = session.derive(|incident, playbook, _| {
            checklist(incident, playbook)
                .into_iter()
                .filter(|(task, _)| task.is_after_the_incident() == after)
                .map(|(task, status)| TaskListItem {
                    title: task.title().to_owned(),
                    // GOV.UK links only the tasks that can be started.
                    href: (status != TaskStatus::CannotStartYet).then(|| task_href(session, task)),
                    hint: None,
                    status: task_status(status),
                })
                .collect::<Vec<_>>()
        });
        let id_prefix = if after { "after" } else { "response" };
        view! { <TaskList items id_prefix /> }
    }
}

/// After resolving: what the report still lacks, each linked to its page.
#[component]
fn ReportReadiness() -> impl IntoView {
    let session = IncidentSession::get();
    move || {
        let gaps = session.derive(|incident, playbook, _| {
            incident
                .is_up_for_review()
                .then(|| report_gaps(incident, playbook))
        })?;
        Some(view! {
            <h2 class="govuk-heading-m">"Ready for review?"</h2>
            {if gaps.is_empty() {
                view! { <p class="govuk-body">"The report has everything the review needs."</p> }.into_any()
            } else {
                view! {
                    <p class="govuk-body">"The report still needs:"</p>
                    <ul class="govuk-list govuk-list--bullet">
                        {gaps.into_iter().map(|gap| view! {
                            <li><a class="govuk-link" href=task_href(session, gap.task)>{gap.text}</a></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        })
    }
}

#[component]
fn OverdueActions() -> impl IntoView {
    let (session, state) = (IncidentSession::get(), AppState::get());
    move || {
        let today = state.team_today();
        let overdue = session
            .incident
            .with(|i| i.actions.iter().filter(|a| a.is_overdue(today)).count());
        (overdue > 0).then(move || {
            let text = match overdue {
                1 => "An action from the review is overdue. ".to_owned(),
                n => format!("{n} actions from the review are overdue. "),
            };
            view! {
                <WarningText>{text}<a class="govuk-link" href=task_href(session, Task::FileActions)>"See the actions"</a></WarningText>
            }
        })
    }
}

/// What is happening, who leads, and when it started and was declared.
#[component]
fn KeyFacts() -> impl IntoView {
    let incident = IncidentSession::get().incident;
    move || {
        incident.with(|i| {
            let lead = |role: &Role| {
                i.holder(role)
                    .map_or("Not assigned yet".to_owned(), |h| h.person.clone())
            };
            let rows = vec![
                SummaryRow::new("What is happening", i.details.summary.clone()),
                SummaryRow::new("Incident lead", lead(&Role::IncidentLead)),
                SummaryRow::new("Comms lead", lead(&Role::CommsLead)),
                SummaryRow::new("Started", time::date_and_time(i.details.started_at)),
                SummaryRow::new(
                    "Declared",
                    format!("{} by {}", time::date_and_time(i.declared_at), i.reporter),
                ),
            ];
            view! { <SummaryList rows /> }
        })
    }
}

#[component]
fn OpenCleanUp() -> impl IntoView {
    let incident = IncidentSession::get().incident;
    move || {
        incident.with(|i| {
            let open_items: Vec<(String, String)> = i
                .long_tail
                .iter()
                .filter(|item| !item.is_settled())
                .map(|item| (item.text.clone(), item.owner.clone()))
                .collect();
            (!open_items.is_empty()).then(|| {
                view! {
                    <h2 class="govuk-heading-m">"Clean-up still to do"</h2>
                    <ul class="govuk-list govuk-list--bullet">
                        {open_items.into_iter().map(|(text, owner)| view! {
                            <li><span class="app-user-text">{text}</span>" ("{owner}")"</li>
                        }).collect_view()}
                    </ul>
                }
            })
        })
    }
}

/// “Incident 2026-03”, by its number in its year; just “Incident” until it
/// has one (in triage, or while the register cannot be read): its long id
/// would crowd the first screen.
fn incident_caption(state: &AppState, session: &IncidentSession) -> String {
    match state.incident_number(&session.id()) {
        Some(number) => format!("Incident {number}"),
        None => "Incident".to_owned(),
    }
}
