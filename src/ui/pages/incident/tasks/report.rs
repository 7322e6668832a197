//! Start the report: the details the review and the team's records need.
//! Changed values stay on the timeline.

use crate::domain::{Command, DetailsForm};
use crate::ui::components::Button;
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::details_fields::DetailsFields;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::platform::go_to;
use crate::ui::route::Route;
use crate::ui::time;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

#[component]
pub fn ReportTask() -> impl IntoView {
    let session = IncidentSession::get();
    let back = Route::Incident(session.id()).href();
    let fields = session.incident.with_untracked(|incident| {
        DetailsFields::new(DetailsForm::from_declaration(
            &incident.details,
            &BrowserZone,
        ))
    });
    let errors = FormErrors::new();

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let details = match fields.form().to_declaration(&BrowserZone, time::now()) {
            Ok(details) => details,
            Err(problems) => return errors.show(problems),
        };
        // A change that did not save is kept, and the overview says so.
        if session.submit(Command::EditDetails(details), errors) {
            go_to(&back);
        }
    };

    view! {
        {errors.summary()}
        <p class="govuk-body">
            "The report keeps what happened for the incident review and for your team’s records. "
            "Write what you know now. If nobody can keep it up to date during the incident, "
            "finish it as soon as you can."
        </p>
        <super::reference::ReferenceLink
            document=|r| &r.incidents_folder
            before="Your team keeps the report template and past reports, by year, in its "
            text="incidents folder"
        />
        <form novalidate on:submit=on_submit>
            {fields.view(errors, true)}
            <Button prevent_double_click=true text="Save and return to the incident" />
        </form>
    }
}
