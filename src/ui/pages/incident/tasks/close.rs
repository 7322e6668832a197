//! Close the incident, once its actions are tracked and its clean-up settled.

use super::super::lifecycle_list::MissingList;
use crate::domain::{missing_to_close, Command, Status};
use crate::ui::components::Button;
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use leptos::prelude::*;

#[component]
pub fn CloseTask() -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    let errors = FormErrors::new();
    let closed = move || incident.with(|i| i.status == Status::Closed);
    let close = move |_| {
        session.submit(Command::ChangeStatus { to: Status::Closed }, errors);
    };
    view! {
        {errors.summary()}
        <p class="govuk-body">
            "Close the incident once every action is filed as a GitHub issue (or done) and the clean-up "
            "is done or dropped with a reason. A closed incident can no longer be changed."
        </p>
        <Show
            when=closed
            fallback=move || view! {
                <MissingList missing=Signal::derive(move || incident.with(missing_to_close)) ready="Everything is in place to close it." />
                <Button text="Close the incident" button_type="button" on:click=close />
            }
        >
            <p class="govuk-body">"The incident is closed."</p>
        </Show>
    }
}
