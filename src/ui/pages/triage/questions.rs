use crate::domain::{Field, TriageAnswers, TriageForm, TriageSignal, Urgency};
use crate::ui::components::{Button, CheckboxItem, Checkboxes, Details, Parts, RadioItem};
use crate::ui::fields::RadiosField;
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::{go_to, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The four signs of an incident, whether it can wait, and the playbook's examples.
#[component]
pub fn TriagePage(answers: Option<TriageAnswers>) -> impl IntoView {
    set_page_title("Is this an incident?");
    let state = AppState::get();
    let errors = FormErrors::new();
    let form = RwSignal::new(TriageForm {
        signals: answers
            .as_ref()
            .map(|a| a.signals.to_vec())
            .unwrap_or_default(),
        urgency: answers.map(|a| a.urgency),
    });
    let playbook = state.playbook.get_untracked();
    let service = playbook.service_name.clone();
    let signal_items = TriageSignal::ALL
        .iter()
        .map(|signal| CheckboxItem::new(signal.key(), signal.label(&service)))
        .collect();
    let urgency_items: Vec<RadioItem> = Urgency::ALL
        .iter()
        .map(|u| RadioItem::new(u.key(), u.label()))
        .collect();
    let list = |items: Vec<String>| {
        view! {
            <ul class="govuk-list govuk-list--bullet">
                {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
            </ul>
        }
    };

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match form.with_untracked(TriageForm::to_answers) {
            Ok(answers) => go_to(&Route::TriageResult(answers).href()),
            Err(problems) => errors.show(problems),
        }
    };

    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {errors.summary()}
                <h1 class="govuk-heading-l">"Is this an incident?"</h1>
                <p class="govuk-body">
                    {format!(
                        "An incident is an unexpected event that stops {service} working as a service: people cannot \
                         reach it, services that use it are affected, or the security and trust of teams and users is at risk. \
                         Not every problem is an incident."
                    )}
                </p>
                <Details summary_text="Examples of incidents">{list(playbook.incident_examples)}</Details>
                <Details summary_text="Examples of problems that are not incidents">
                    {list(playbook.not_incident_examples)}
                    <p class="govuk-body">"Fix these promptly all the same."</p>
                </Details>
                <form novalidate on:submit=on_submit>
                    <Checkboxes
                        name="signals"
                        id_prefix="signals"
                        legend="Which of these are true?"
                        legend_classes="govuk-fieldset__legend--m"
                        hint="Select all that apply. Any one of them can make it an incident."
                        items=signal_items
                        values=form.part(
                            |f| f.signals.iter().map(|s| s.key().to_owned()).collect(),
                            |f, ticked: Vec<String>| {
                                f.signals = ticked.iter().filter_map(|key| TriageSignal::from_key(key)).collect();
                            },
                        )
                    />
                    <RadiosField
                        legend=format!("Must it be fixed now, or can {service} keep running securely with the problem in place?")
                        legend_classes="govuk-fieldset__legend--m"
                        field=Field::Urgency errors
                        items=urgency_items
                        value=form.part(
                            |f| f.urgency.map(|u| u.key().to_owned()),
                            |f, chosen| f.urgency = chosen.as_deref().and_then(Urgency::from_key),
                        )
                    />
                    <Button prevent_double_click=true text="Continue" />
                </form>
                <p class="govuk-body">
                    "Already sure? "
                    <a class="govuk-link" href=Route::Declare(None).href()>"Skip triage and declare an incident"</a>
                </p>
            </div>
        </div>
    }
}
