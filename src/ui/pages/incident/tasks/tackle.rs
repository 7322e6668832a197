//! Tackle it and keep people updated: when the next update is due, whether
//! it is working time, moving to mitigated, and a handover note.

use super::status::StatusForm;
use crate::domain::{Field, HandoverForm, Task, REMIND_BEFORE_MINUTES};
use crate::ui::components::{part, Button, WarningText};
use crate::ui::fields::{CheckedForm, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::add_note::AddNoteForm;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn TackleTask() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let incident = session.incident;
    let id = session.id();
    let stakeholders_href = Route::Task(id.clone(), Task::InformStakeholders).href();
    let team_href = Route::Task(id.clone(), Task::TellTeam).href();
    let severity_href = Route::Task(id, Task::DecideSeverity).href();

    let updates = move || {
        let now = state.clock.get();
        let cadence = session.derive(|incident, playbook, _| {
            let guide = playbook.guide_for(incident.severity?)?;
            Some((guide.severity, guide.update_every.describe()))
        });
        let links = view! {
            <ul class="govuk-list govuk-list--bullet">
                <li><a class="govuk-link" href=stakeholders_href.clone()>"Email stakeholders an update"</a></li>
                <li><a class="govuk-link" href=team_href.clone()>"Post an update to the team"</a></li>
            </ul>
        };
        let choice = view! {
            <p class="govuk-body">
                "How often is your team’s own choice, set in "
                <a class="govuk-link" href=crate::ui::route::Route::Settings.href()>"settings"</a>"."
            </p>
        };
        let when = match (session.next_update(), cadence) {
            (Some((due, at)), Some((severity, every))) => {
                let line =
                    format!("For a {severity} incident, update the team and stakeholders {every}.");
                if due.is_overdue(now) {
                    view! {
                        <WarningText>{format!("An update was due by {at}. Send one now.")}</WarningText>
                        <p class="govuk-body">{line}</p>
                        {choice}
                    }
                    .into_any()
                } else {
                    view! { <p class="govuk-body">{format!("{line} The next update is due by {at}.")}</p>{choice} }.into_any()
                }
            }
            _ if incident.with(|i| i.severity.is_none()) => view! {
                <p class="govuk-body">
                    "How often to update people depends on the severity. "
                    <a class="govuk-link" href=severity_href.clone()>"Decide the severity"</a>
                    " first."
                </p>
            }
            .into_any(),
            _ => view! { <p class="govuk-body">"No more updates are due."</p> }.into_any(),
        };
        view! { {when} {links} }
    };

    let hours = move || {
        let zone = state.team_zone();
        let now = state.clock.get();
        state.playbook.with(|playbook| {
            let described = playbook.working_hours.describe();
            if playbook.working_hours.contains(now, &zone) {
                view! {
                    <p class="govuk-body">
                        {format!("Working hours are {described}. Aim to mitigate the harm within them, and hand over if the work will run on.")}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <WarningText>
                        {format!("It is outside working hours: {described}. Mitigate the harm now, then hand over rather than working on.")}
                    </WarningText>
                    <p class="govuk-body">
                        "For example, advise users to stay on an earlier version until the problem is fixed. "
                        {playbook.out_of_hours.clone()}
                    </p>
                }
                .into_any()
            }
        })
    };

    view! {
        <p class="govuk-body">
            "Find the root cause and act on it. It can take minutes or days. Record what you find, "
            "try and decide on the timeline as you go."
        </p>
        <h2 class="govuk-heading-m">"Keep people updated"</h2>
        {updates}
        <UpdateReminders />
        <h2 class="govuk-heading-m">"Working hours"</h2>
        {hours}
        <Show when=move || incident.with(|i| i.is_changeable())>
            <StatusForm />
            <HandoverNote />
            <AddNoteForm link_to_timeline=true />
        </Show>
    }
}

/// Notifications when an update is due, with the person's permission,
/// asked only when they click.
#[component]
fn UpdateReminders() -> impl IntoView {
    use crate::ui::reminders;
    use web_sys::NotificationPermission::{Denied, Granted};
    let permission = RwSignal::new(reminders::permission());
    let turn_on = move |_| {
        leptos::task::spawn_local(async move {
            permission.set(reminders::ask().await);
            reminders::remind(AppState::get());
        });
    };
    let how = format!(
        "The browser shows a notification {REMIND_BEFORE_MINUTES} minutes before an update is due, and again once it is overdue, \
         while any Incident Desk tab is open, even in the background. It is worked out in this browser: nothing is sent anywhere."
    );
    move || {
        let state = match permission.get() {
            None => view! { <p class="govuk-body">"This browser cannot show notifications, so keep this page in view to see when updates are due."</p> }.into_any(),
            Some(Granted) => view! { <p class="govuk-body">"Update reminders are on in this browser."</p> }.into_any(),
            Some(Denied) => view! { <p class="govuk-body">"Notifications are blocked for Incident Desk in this browser’s settings. Allow them there to get update reminders."</p> }.into_any(),
            Some(_) => view! {
                <Button text="Turn on update reminders" button_type="button" classes="govuk-button--secondary" on:click=turn_on />
            }.into_any(),
        };
        view! {
            <h3 class="govuk-heading-s">"Update reminders"</h3>
            <p class="govuk-body">{how.clone()}</p>
            {state}
        }
    }
}

/// What the next person needs to pick the incident up, as a timeline entry.
#[component]
fn HandoverNote() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let form = RwSignal::new(HandoverForm::default());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = match form.with_untracked(HandoverForm::to_command) {
            Ok(command) => command,
            Err(problems) => return errors.show(problems),
        };
        if session.submit(command, errors) {
            form.set(HandoverForm::default());
        }
    };
    let field = move |field: Field, label: &'static str, value| {
        view! { <TextareaField field errors label rows=2 value /> }
    };
    view! {
        <h2 class="govuk-heading-m" id="handover-heading">"Hand over"</h2>
        <p class="govuk-body">"When you stop, write down what the next person needs. It goes on the timeline."</p>
        <CheckedForm errors on_submit=on_submit labelled_by="handover-heading">
            {field(Field::HandoverKnown, "What is known", part!(form.known))}
            {field(Field::HandoverTried, "What has been tried", part!(form.tried))}
            {field(Field::HandoverNext, "What happens next", part!(form.next))}
            {field(Field::HandoverPickup, "Who picks it up, and when", part!(form.pickup))}
            <Button prevent_double_click=true text="Record the handover" classes="govuk-button--secondary" />
        </CheckedForm>
    }
}
