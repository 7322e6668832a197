//! Close the incident, once its actions are tracked and its clean-up settled.

use super::super::lifecycle_list::MissingList;
use crate::domain::{missing_to_close, Command, Status};
use crate::ui::components::{Button, WarningText};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn CloseTask() -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    let errors = FormErrors::new();
    let closed = move || incident.with(|i| i.status == Status::Closed);
    // Closing cannot be undone, so it takes a second, worded click.
    let confirming = RwSignal::new(false);
    let close = move |_| {
        session.submit(Command::ChangeStatus { to: Status::Closed }, errors);
    };
    let report = Route::Report(session.id()).href();
    let report_link = move || {
        view! { <a class="govuk-link" href=report.clone()>"Read, download or print the report"</a> }
    };
    let ask = move || {
        view! {
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <Button text="Close the incident" button_type="button" on:click=move |_| confirming.set(true) />
                }
            >
                <WarningText>
                    "Closing is final: nobody can change a closed incident again. "
                    "Download its report first if you need a copy of it now."
                </WarningText>
                <div class="govuk-button-group">
                    <Button text="Yes, close the incident" button_type="button" classes="govuk-button--warning" on:click=close />
                    <Button text="Do not close it" button_type="button" classes="govuk-button--secondary" on:click=move |_| confirming.set(false) />
                </div>
            </Show>
        }
    };
    view! {
        {errors.summary()}
        <p class="govuk-body">
            "Close the incident once every action is filed as a GitHub issue (or done) and the clean-up "
            "is done or dropped with a reason. A closed incident can no longer be changed."
        </p>
        <p class="govuk-body">{report_link}</p>
        <Show
            when=closed
            fallback=move || view! {
                <MissingList missing=Signal::derive(move || incident.with(missing_to_close)) ready="Everything is in place to close it." />
                {ask}
            }
        >
            <p class="govuk-body">"The incident is closed."</p>
        </Show>
    }
}
