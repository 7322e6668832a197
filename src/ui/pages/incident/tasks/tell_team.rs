//! Tell the team: the first message to the team channel, then updates.

use super::sent::{record_sent, Recorded, SentList};
use super::skip::SkipTask;
use crate::domain::messages::team_message;
use crate::domain::{MessageKind, Task};
use crate::ui::components::Button;
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::copy_message::CopyMessage;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn TellTeamTask(task: Task) -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let errors = FormErrors::new();
    let (channel, mention) = state
        .playbook
        .with_untracked(|p| (p.team_channel.clone(), p.team_mention.clone()));
    let generate = Callback::new(move |_| untrack(|| session.derive(team_message)));
    let text = RwSignal::new(generate.run(()));
    let told = move || {
        session
            .incident
            .with(|i| i.has_sent(MessageKind::TeamAlert))
    };
    let recorded = RwSignal::new(None);
    let posted = {
        let channel = channel.clone();
        move |_| {
            let said = text.get_untracked();
            if record_sent(
                MessageKind::TeamAlert,
                channel.clone(),
                said,
                errors,
                recorded,
            ) {
                // The next message is an update, and says so.
                text.set(generate.run(()));
            }
        }
    };
    let guidance = {
        let channel = channel.clone();
        move || {
            if told() {
                format!("Post updates in the same thread in {channel}, so the team can follow the incident in one place.")
            } else {
                format!(
                    "Post this in {channel} as soon as you can. It starts with {mention} so that everyone sees it: \
                     incidents come before all other work."
                )
            }
        }
    };
    view! {
        {errors.summary()}
        <p class="govuk-body">{guidance}</p>
        <CopyMessage
            id="team-message"
            label=format!("Message for {channel}")
            hint="Check it, and change anything that is wrong, before you post it."
            text
            generate
        />
        <Button text="I have posted it" button_type="button" on:click=posted />
        <Recorded recorded />
        <SentList kind=MessageKind::TeamAlert />
        <SkipTask task summary_text="We do not need to tell the team" />
    }
}
