//! Changing an incident's details; the old values stay on the timeline.

use super::details_fields::DetailsFields;
use super::incident::{IncidentSession, LoadProblem};
use crate::domain::{Command, DetailsForm, IncidentId};
use crate::ui::components::Button;
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::{go_to, set_page_title};
use crate::ui::route::Route;
use crate::ui::time;
use chrono::Local;
use leptos::prelude::*;

#[component]
pub fn EditDetailsPage(id: IncidentId) -> impl IntoView {
    set_page_title("Change incident details");
    let session = match IncidentSession::open(&id) {
        Ok(session) => session,
        Err(error) => return view! { <LoadProblem id error /> }.into_any(),
    };
    provide_context(session);
    let back = Route::Incident(id).href();
    let (fields, title) = session.incident.with_untracked(|incident| {
        let form = DetailsForm::from_declaration(&incident.details, &Local);
        (DetailsFields::new(form), incident.details.title.clone())
    });
    let errors = FormErrors::new();

    let on_submit = {
        let back = back.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let details = match fields.form().to_declaration(&Local, time::now()) {
                Ok(details) => details,
                Err(problems) => return errors.show(problems),
            };
            // A change that did not save is kept, and the incident page says so.
            if session.submit(Command::EditDetails(details), errors) {
                go_to(&back);
            }
        }
    };

    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {errors.summary()}
                <span class="govuk-caption-l">{title}</span>
                <h1 class="govuk-heading-l">"Change incident details"</h1>
                <super::incident::SaveStatusLine />
                <form novalidate on:submit=on_submit>
                    {fields.view(errors)}
                    <div class="govuk-button-group">
                        <Button text="Save changes" />
                        <a class="govuk-link" href=back>"Cancel"</a>
                    </div>
                </form>
            </div>
        </div>
    }
    .into_any()
}
