//! Declaring an incident: the first thing anyone does when something breaks.

use super::details_fields::DetailsFields;
use crate::domain::{
    name_problem, DetailsForm, Field, Incident, IncidentId, TriageAnswers, TriageSignal,
};
use crate::ui::components::{BackLink, Button};
use crate::ui::fields::InputField;
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::{random_u64, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

/// `triage` holds the answers from “Is this an incident?”, unless it was skipped.
#[component]
pub fn DeclarePage(triage: Option<TriageAnswers>) -> impl IntoView {
    set_page_title("Declare an incident");
    let state = AppState::get();
    let errors = FormErrors::new();
    let fields = DetailsFields::new(DetailsForm {
        // A security signal in triage answers the security question.
        security_related: triage
            .as_ref()
            .filter(|answers| answers.has(TriageSignal::SecurityRisk))
            .map(|_| true),
        ..DetailsForm::default()
    })
    .asking_when_it_started();
    let back = match &triage {
        Some(answers) => Route::TriageResult(answers.clone()).href(),
        None => Route::Register.href(),
    };
    let from_triage = triage.as_ref().map(|answers| {
        view! {
            <div class="govuk-inset-text">{format!("From triage: {}", answers.describe())}</div>
        }
    });
    let triage = StoredValue::new(triage);

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let ctx = state.context();
        let (now, name) = (ctx.now, ctx.actor.clone());
        let mut problems: Vec<_> = name_problem(&name).into_iter().collect();
        let declaration = match fields.form().to_declaration(&BrowserZone, now) {
            Ok(declaration) if problems.is_empty() => declaration,
            Ok(_) => return errors.show(problems),
            Err(more) => {
                problems.extend(more);
                return errors.show(problems);
            }
        };
        let id = IncidentId::generate(now, random_u64());
        let incident = match Incident::declare(id, declaration, triage.get_value(), &ctx) {
            Ok(incident) => incident,
            Err(error) => return errors.show_refusal(error),
        };
        errors.clear();
        state.remember_name();
        // If it cannot be saved, work on it all the same: the incident page
        // keeps it in this tab, says it is not saved, and offers to retry.
        state.create(incident, "Incident declared");
    };

    view! {
        <BackLink href=back />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {errors.summary()}
                <h1 class="govuk-heading-l">"Declare an incident"</h1>
                {from_triage}
                <p class="govuk-body">
                    "Declare it if people cannot use the service, services built with it are failing, "
                    "security is at risk, or trust in the service could be harmed. If in doubt, declare it."
                </p>
                <form novalidate on:submit=on_submit>
                    <InputField
                        label="Your name"
                        hint="Shown on the timeline next to each change you make. Remembered in this browser."
                        autocomplete="name"
                        spellcheck=false
                        field=Field::Reporter errors
                        value=state.your_name
                    />
                    {fields.view(errors, false)}
                    <Button prevent_double_click=true text="Declare incident" />
                </form>
            </div>
        </div>
    }
}
