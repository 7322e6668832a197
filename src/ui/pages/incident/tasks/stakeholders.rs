//! Inform stakeholders: an email written from the incident, opened in the
//! person's mail program or copied, and recorded once sent.

use super::reference::ReferenceLink;
use super::sent::{record_sent, Recorded, SentList};
use super::skip::SkipTask;
use crate::domain::messages::{stakeholder_email, Email};
use crate::domain::{safe_href, MessageKind, Task};
use crate::ui::components::{Button, WarningText};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::copy_message::{CopyMessage, CopyValue};
use crate::ui::pages::incident::IncidentSession;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn StakeholdersTask(task: Task) -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let errors = FormErrors::new();
    let incident = session.incident;
    let email = move || -> Email { session.derive(stakeholder_email) };
    let generate = Callback::new(move |_| untrack(email).body);
    let body = RwSignal::new(generate.run(()));
    // The link carries the message as it stands in the box, edits included.
    let mailto = move || {
        Email {
            body: body.get(),
            ..email()
        }
        .mailto_url()
    };
    let mailto = move || safe_href(&mailto()).map(str::to_owned);
    // What was said: the subject, then the body as sent.
    let mailto_text = move || format!("Subject: {}\n\n{}", email().subject, body.get());
    let (stakeholders, cyber) = state.playbook.with_untracked(|p| {
        (
            p.stakeholders.name.clone(),
            format!("{} ({})", p.cyber_security.name, p.cyber_security.email),
        )
    });
    let urgent = {
        let stakeholders = stakeholders.clone();
        move || {
            incident
                .with(|i| i.severity.filter(|s| s.needs_stakeholders_now()))
                .map(|severity| {
                    view! {
                        <WarningText>{format!("This is a {severity} incident: email {stakeholders} now.")}</WarningText>
                    }
                })
        }
    };
    let severity_first = {
        let href = Route::Task(session.id(), Task::DecideSeverity).href();
        move || {
            incident.with(|i| i.severity.is_none()).then(|| {
                view! {
                    <div class="govuk-inset-text">
                        "If you can, "<a class="govuk-link" href=href.clone()>"decide the severity"</a>
                        " first: it goes in the subject line. Do not wait long."
                    </div>
                }
            })
        }
    };
    let security = move || {
        incident.with(|i| i.details.security_related).then(|| {
            view! {
                <div class="govuk-inset-text">
                    {format!("This incident is security related, so the email also goes to {cyber}.")}
                </div>
            }
        })
    };
    let addresses = Signal::derive(move || email().to.join(", "));
    let subject = Signal::derive(move || email().subject);
    // Each address breaks only after its @, never at a hyphen inside it.
    let to = move || {
        let to = email().to;
        let count = to.len();
        to.into_iter()
            .enumerate()
            .map(|(n, address)| {
                let (local, domain) = address.split_once('@').unwrap_or((&address, ""));
                let at = if domain.is_empty() { "" } else { "@" };
                let (local, domain) = (format!("{local}{at}"), domain.to_owned());
                let comma = if n + 1 < count { ", " } else { "" };
                view! {
                    <span class="app-unbroken">{local}</span><wbr />
                    <span class="app-unbroken">{domain}</span>{comma}
                }
            })
            .collect_view()
    };
    let recipients = view! {
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"To"</dt>
                <dd class="govuk-summary-list__value">{to}</dd>
                <dd class="govuk-summary-list__actions">
                    <CopyValue label="Copy the addresses" value=addresses />
                </dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Subject"</dt>
                <dd class="govuk-summary-list__value app-user-text">{subject}</dd>
                <dd class="govuk-summary-list__actions">
                    <CopyValue label="Copy the subject" value=subject />
                </dd>
            </div>
        </dl>
    };
    let recorded = RwSignal::new(None);
    let sent = move |_| {
        let to = untrack(email).to.join(", ");
        let said = untrack(mailto_text);
        if record_sent(MessageKind::StakeholderEmail, to, said, errors, recorded) {
            body.set(generate.run(()));
        }
    };
    view! {
        {errors.summary()}
        {urgent}
        <p class="govuk-body">
            {match task.round() {
                Some(_) => format!("Tell {stakeholders} where the incident stands now, in the same email thread."),
                None => format!(
                    "Email {stakeholders} as soon as you can, and above all for P1 and P2 incidents. \
                     They can add support, advise on escalation and decide whether work out of hours is needed."
                ),
            }}
        </p>
        <ReferenceLink
            document=|r| &r.incident_management
            before="Escalating out of hours is for extreme P1s only, as the "
            text="incident management document describes"
        />
        {severity_first}
        {security}
        <ReferenceLink
            document=|r| &r.cyber_definition
            before="Not sure whether it is a cyber security incident? Read "
            text="what counts as one"
        />
        {recipients}
        <p class="govuk-body">
            <a class="govuk-link" href=mailto>"Open the email in your mail program"</a>
        </p>
        <CopyMessage
            id="stakeholder-email"
            label="Email message"
            hint="If your mail program does not open, copy the message and send it to the addresses above."
            text=body
            generate
        />
        <Button text="I have sent it" button_type="button" on:click=sent />
        <Recorded recorded />
        <SentList kind=MessageKind::StakeholderEmail />
        <SkipTask task summary_text="We do not need to tell stakeholders" />
    }
}
