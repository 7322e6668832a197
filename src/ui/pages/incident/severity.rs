use super::IncidentSession;
use crate::domain::{Command, Field, FieldError, Playbook, Severity};
use crate::ui::components::{Button, RadioItem, Radios, Textarea};
use crate::ui::form_errors::FormErrors;
use leptos::prelude::*;

/// Choosing the severity, with the playbook's example for each level.
#[component]
pub fn SeverityForm() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let current = move || session.incident.with(|i| i.severity);
    let choice = RwSignal::new(current().map(|s| s.label().to_owned()));
    let reason = RwSignal::new(String::new());
    let playbook = Playbook::default();
    let items: Vec<RadioItem> = Severity::ALL
        .iter()
        .map(|severity| {
            let item = RadioItem::new(severity.label(), severity.label());
            match playbook.example_for(*severity) {
                Some(example) => item.with_hint(format!("For example: {example}")),
                None => item,
            }
        })
        .collect();

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(severity) = choice
            .get_untracked()
            .and_then(|label| Severity::from_label(&label))
        else {
            return errors.show(vec![FieldError::SeverityNotChosen]);
        };
        let command = Command::SetSeverity {
            severity,
            reason: reason.get_untracked(),
        };
        if session.submit(command, errors) {
            reason.set(String::new());
        }
    };

    view! {
        <h2 class="govuk-heading-m" id="severity-heading">"Severity"</h2>
        {errors.summary()}
        <form novalidate on:submit=on_submit aria-labelledby="severity-heading">
            <Radios
                name="severity"
                id_prefix="severity"
                legend="How severe is it?"
                legend_classes="govuk-fieldset__legend--s"
                hint="Decide as early as you can. You can change it later."
                error_message=errors.message(Field::Severity)
                items
                value=choice
            />
            <Show when=move || current().is_some()>
                <Textarea
                    id="severity-reason"
                    name="severity-reason"
                    label="Reason for changing the severity"
                    hint="Needed only if you change it. Kept on the timeline."
                    rows=2
                    error_message=errors.message(Field::SeverityReason)
                    value=reason
                />
            </Show>
            <Button text="Save severity" classes="govuk-button--secondary" />
        </form>
    }
}
