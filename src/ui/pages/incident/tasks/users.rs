//! Decide whether to tell users: the questions that decide it, the app's
//! advice, the team's decision and why, then the message and where it went.

use super::sent::{record_sent, Recorded};
use super::skip::SkipTask;
use crate::domain::messages::user_message;
use crate::domain::{Field, MessageKind, Task, UserChannel, UserCommsAnswers, UserCommsForm};
use crate::ui::components::{part, Bound, Button, RadioItem, Radios};
use crate::ui::fields::{RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::copy_message::CopyMessage;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::pages::yes_no;
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

#[component]
pub fn UsersTask() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let incident = session.incident;
    let errors = FormErrors::new();
    let (earlier, security_related) =
        incident.with_untracked(|i| (i.user_comms.clone(), i.details.security_related));
    let answers = earlier
        .as_ref()
        .map(|d| d.answers)
        .unwrap_or(UserCommsAnswers {
            security_issue: Some(security_related),
            ..UserCommsAnswers::default()
        });
    let form = RwSignal::new(UserCommsForm {
        answers,
        tell_users: earlier.as_ref().map(|d| d.tell_users),
        reason: earlier
            .as_ref()
            .map(|d| d.reason.clone())
            .unwrap_or_default(),
        what_users_should_do: earlier
            .as_ref()
            .map(|d| d.what_users_should_do.clone())
            .unwrap_or_default(),
        what_users_need_to_know: earlier
            .as_ref()
            .map(|d| d.what_users_need_to_know.clone())
            .unwrap_or_default(),
    });
    let advice = move || form.with(|f| f.answers.advice().explain());

    let generate = Callback::new(move |_| untrack(|| session.derive(user_message)));
    let message = RwSignal::new(generate.run(()));

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = match form.with_untracked(UserCommsForm::to_command) {
            Ok(command) => command,
            Err(problems) => return errors.show(problems),
        };
        if session.submit(command, errors) {
            message.set(generate.run(()));
        }
    };

    let question = |name: &'static str,
                    legend: &'static str,
                    hint: &'static str,
                    value: Bound<Option<String>>| {
        view! {
            <Radios
                name
                id_prefix=name
                legend
                legend_classes="govuk-fieldset__legend--s"
                hint
                classes="govuk-radios--inline"
                items=yes_no::items()
                value
            />
        }
    };

    let (service, never) = state
        .playbook
        .with_untracked(|p| (p.service_name.clone(), p.never_tell_users_by.clone()));
    let never = never.map(|channel| {
        view! {
            <p class="govuk-body">
                {format!("Never use {channel} to tell users about an incident: people did not sign up to it for news of problems.")}
            </p>
        }
    });
    let telling = move || incident.with(|i| i.user_comms.as_ref().is_some_and(|d| d.tell_users));

    view! {
        {errors.summary()}
        <p class="govuk-body">
            {format!(
                "Telling users matters most when their security is at risk or they need to do something. \
                 Sometimes it makes things worse: publicity about a defaced website can send people to it. \
                 Decide as a team how to tell people who use {service}. If in doubt, tell them."
            )}
        </p>
        {never}
        <form novalidate on:submit=on_submit>
            {question("user-security", "Is it a security issue for users?", "For example, their data or accounts could be at risk.",
                yes_no::part(form, |f| f.answers.security_issue, |f, answer| f.answers.security_issue = answer))}
            {question("user-must-act", "Do users need to do something?", "For example, stay on an earlier version of a package.",
                yes_no::part(form, |f| f.answers.users_must_act, |f, answer| f.answers.users_must_act = answer))}
            {question("user-publicity", "Could publicity make it worse?", "For example, by sending people to a defaced page.",
                yes_no::part(form, |f| f.answers.publicity_could_harm, |f, answer| f.answers.publicity_could_harm = answer))}
            <div class="govuk-inset-text" aria-live="polite">
                <span class="govuk-!-font-weight-bold">"Advice: "</span>{advice}
            </div>
            <RadiosField
                legend="Will you tell users?"
                legend_classes="govuk-fieldset__legend--m"
                field=Field::TellUsers errors
                items=vec![RadioItem::new("yes", "Yes, tell users"), RadioItem::new("no", "No, do not tell users")]
                value=yes_no::part(form, |f| f.tell_users, |f, answer| f.tell_users = answer)
            />
            <TextareaField
                label="Why?"
                hint="Needed if you will not tell users. Kept with the decision."
                rows=2
                field=Field::UserCommsReason errors
                value=part!(form.reason)
            />
            <TextareaField
                label="What do users need to know?"
                hint="Needed if you will tell users. In plain words, without internal details: the message to users starts with it."
                rows=2
                field=Field::WhatUsersNeedToKnow errors
                value=part!(form.what_users_need_to_know)
            />
            <TextareaField
                label="What should users do?"
                hint="For the message to users. Leave it empty if they do not need to do anything."
                rows=2
                field=Field::WhatUsersShouldDo errors
                value=part!(form.what_users_should_do)
            />
            <Button prevent_double_click=true text="Save decision" />
        </form>
        <Show when=telling>
            <h2 class="govuk-heading-m">"Tell users"</h2>
            <UserMessage message generate errors told_before=false />
        </Show>
    }
}

/// A final message to users: on each channel they were told on before.
#[component]
pub fn TellUsersAgain(task: Task) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let generate = Callback::new(move |_| untrack(|| session.derive(user_message)));
    let message = RwSignal::new(generate.run(()));
    view! {
        {errors.summary()}
        <p class="govuk-body">"Tell users where things stand now, on each channel they were told on before."</p>
        <UserMessage message generate errors told_before=true />
        <SkipTask task summary_text="We do not need to tell users" />
    }
}

/// The message to users, and each channel to post it on.
#[component]
fn UserMessage(
    message: RwSignal<String>,
    generate: Callback<(), String>,
    errors: FormErrors,
    told_before: bool,
) -> impl IntoView {
    view! {
        <CopyMessage
            id="user-message"
            label="Message for users"
            hint="Check it before you post it: leave out anything that should not be public."
            text=message
            generate
        />
        <UserChannels errors message told_before />
    }
}

/// Each channel users read (or, for a final message, each they were told
/// on), with whether the message was posted there.
#[component]
fn UserChannels(errors: FormErrors, message: RwSignal<String>, told_before: bool) -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let mut labels: Vec<String> = if told_before {
        session.incident.with_untracked(|i| {
            i.sent(MessageKind::UserMessage)
                .map(|c| c.channel.clone())
                .collect()
        })
    } else {
        state
            .playbook
            .with_untracked(|p| p.user_channels.iter().map(UserChannel::label).collect())
    };
    // Once each, in the order they were first told.
    let mut seen = std::collections::BTreeSet::new();
    labels.retain(|label| seen.insert(label.clone()));
    let recorded = RwSignal::new(None);
    let buttons = labels
        .into_iter()
        .map(|label| {
            let posted = {
                let label = label.clone();
                move || {
                    session.incident.with(|incident| {
                        incident
                            .sent(MessageKind::UserMessage)
                            .filter(|c| c.channel == label)
                            .last()
                            .map(|c| {
                                format!(
                                    "Posted {} by {}.",
                                    time::date_and_time(c.sent_at),
                                    c.sent_by
                                )
                            })
                            .unwrap_or_else(|| "Not posted yet.".to_owned())
                    })
                }
            };
            let on_click = {
                let label = label.clone();
                move |_| {
                    let said = message.get_untracked();
                    record_sent(
                        MessageKind::UserMessage,
                        label.clone(),
                        said,
                        errors,
                        recorded,
                    );
                }
            };
            view! {
                <h3 class="govuk-heading-s">{label.clone()}</h3>
                <p class="govuk-body">{posted}</p>
                <Button
                    text="I have posted it"
                    visually_hidden_text=format!("in {label}")
                    button_type="button"
                    classes="govuk-button--secondary"
                    on:click=on_click
                />
            }
        })
        .collect_view();
    view! { {buttons}<Recorded recorded /> }
}
