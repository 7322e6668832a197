use crate::domain::MessageKind;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::time;
use leptos::prelude::*;

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
