use crate::domain::{Recommendation, TriageAnswers};
use crate::ui::components::{BackLink, LinkButton, SummaryList, SummaryRow};
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the answers suggest, with both ways on: declare, or keep a record
/// that it is not an incident.
#[component]
pub fn TriageResultPage(answers: TriageAnswers) -> impl IntoView {
    let state = AppState::get();
    let service = state.playbook.with_untracked(|p| p.service_name.clone());
    let declare = Route::Declare(Some(answers.clone())).href();
    let record = Route::NotAnIncident(answers.clone()).href();
    let change = Route::Triage(Some(answers.clone())).href();
    let seen: Vec<String> = answers.signals.iter().map(|s| s.label(&service)).collect();
    let rows = vec![
        SummaryRow::new(
            "Signs of an incident",
            if seen.is_empty() {
                "None".to_owned()
            } else {
                seen.join(". ")
            },
        )
        .with_action(change.clone(), "Change", "signs of an incident"),
        SummaryRow::new("Can it wait?", answers.urgency.label()).with_action(
            change.clone(),
            "Change",
            "whether it can wait",
        ),
    ];
    let (heading, body) = match answers.recommendation() {
        Recommendation::Declare => (
            "Declare an incident",
            view! {
                <p class="govuk-body">"What you have seen is a sign of an incident, and it cannot safely wait. Declare it now and start the response."</p>
                <LinkButton text="Declare an incident" href=declare />
                <p class="govuk-body">
                    "If the team decides it is not an incident after all, "
                    <a class="govuk-link" href=record>"record it as not an incident"</a>
                    "."
                </p>
            }
            .into_any(),
        ),
        Recommendation::ProbablyNotAnIncident => (
            "This is probably not an incident",
            view! {
                <p class="govuk-body">"It is still worth fixing promptly. Record what you decided, so it can be found if the problem comes back."</p>
                <LinkButton text="Record it as not an incident" href=record />
                <p class="govuk-body">
                    "If you think it is an incident all the same, "
                    <a class="govuk-link" href=declare>"declare an incident"</a>
                    ". If in doubt, declare it."
                </p>
            }
            .into_any(),
        ),
    };
    set_page_title(heading);
    view! {
        <BackLink href=change />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{heading}</h1>
                <SummaryList rows />
                {body}
            </div>
        </div>
    }
}
