use crate::domain::{name_problem, Field, Incident, IncidentId, NotAnIncidentForm, TriageAnswers};
use crate::ui::components::{part, BackLink, Button};
use crate::ui::fields::{InputField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::{random_u64, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Keeps a triage that decided it was not an incident, with the reason.
#[component]
pub fn NotAnIncidentPage(answers: TriageAnswers) -> impl IntoView {
    set_page_title("Record it as not an incident");
    let state = AppState::get();
    let errors = FormErrors::new();
    let form = RwSignal::new(NotAnIncidentForm::default());
    let back = Route::TriageResult(answers.clone()).href();
    let answers = StoredValue::new(answers);

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let ctx = state.context();
        let (now, name) = (ctx.now, ctx.actor.clone());
        let form = form.get_untracked();
        // Every problem at once, the name included.
        let mut problems: Vec<_> = name_problem(&name).into_iter().collect();
        problems.extend(form.problems());
        if !problems.is_empty() {
            return errors.show(problems);
        }
        let result = Incident::record_not_an_incident(
            IncidentId::generate(now, random_u64()),
            form.title,
            form.summary,
            answers.get_value(),
            form.reason,
            &ctx,
        );
        let record = match result {
            Ok(record) => record,
            Err(refusal) => return errors.show_refusal(refusal),
        };
        errors.clear();
        state.remember_name();
        state.create(record, "Recorded as not an incident");
    };

    view! {
        <BackLink href=back />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {errors.summary()}
                <h1 class="govuk-heading-l">"Record it as not an incident"</h1>
                <p class="govuk-body">"A record means the decision can be found later, for example if the problem comes back or gets worse."</p>
                <form novalidate on:submit=on_submit>
                    <InputField
                        label="Your name"
                        autocomplete="name"
                        spellcheck=false
                        field=Field::Reporter errors
                        value=state.your_name
                    />
                    <InputField
                        label="Title"
                        hint="A few words that say what the problem is."
                        field=Field::Title errors
                        value=part!(form.title)
                    />
                    <TextareaField
                        label="What did you see?"
                        rows=3
                        field=Field::Summary errors
                        value=part!(form.summary)
                    />
                    <TextareaField
                        label="Why is it not an incident?"
                        rows=3
                        field=Field::NotAnIncidentReason errors
                        value=part!(form.reason)
                    />
                    <Button prevent_double_click=true text="Save the record" />
                </form>
            </div>
        </div>
    }
}
