use crate::domain::{next_task, Command, MessageKind};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::route::Route;
use crate::ui::time;
use leptos::prelude::*;

/// Records a message as sent with what it said, and says so: `recorded`
/// then holds the confirmation [`Recorded`] shows.
pub fn record_sent(
    kind: MessageKind,
    channel: String,
    text: String,
    errors: FormErrors,
    recorded: RwSignal<Option<String>>,
) -> bool {
    let session = IncidentSession::get();
    let done = format!(
        "Recorded as sent to {channel} at {}.",
        time::time_of_day(time::now())
    );
    let command = Command::RecordMessageSent {
        kind,
        channel,
        text,
    };
    let sent = session.submit(command, errors);
    recorded.set(sent.then_some(done));
    sent
}

/// What the last “I have posted it” recorded, and a link to what comes
/// next, so the person knows it worked and where to go.
#[component]
pub fn Recorded(recorded: RwSignal<Option<String>>) -> impl IntoView {
    let session = IncidentSession::get();
    let confirmation = move || {
        let done = recorded.get()?;
        let next = session.derive(|incident, playbook, _| next_task(incident, playbook));
        let next = next.map(|task| {
            let href = Route::Task(session.id(), task).href();
            view! { " Next: "<a class="govuk-link" href=href>{task.title()}</a> }
        });
        Some(view! { <div class="govuk-inset-text">{done}{next}</div> })
    };
    view! { <div role="status">{confirmation}</div> }
}

/// The messages of one kind already recorded as sent, so nobody sends one twice by mistake.
#[component]
pub fn SentList(kind: MessageKind) -> impl IntoView {
    let session = IncidentSession::get();
    move || {
        let sent: Vec<(String, String)> = session.incident.with(|incident| {
            incident
                .sent(kind)
                .map(|c| {
                    let when = format!(": {} by {}", time::date_and_time(c.sent_at), c.sent_by);
                    (c.channel.clone(), when)
                })
                .collect()
        });
        (!sent.is_empty()).then(|| {
            view! {
                <h2 class="govuk-heading-s">"Already sent"</h2>
                <ul class="govuk-list govuk-list--bullet">
                    {sent.into_iter().map(|(channel, when)| view! { <li><bdi>{channel}</bdi>{when}</li> }).collect_view()}
                </ul>
            }
        })
    }
}
