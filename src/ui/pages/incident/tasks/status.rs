use crate::domain::{Command, Field, FieldError, Status};
use crate::ui::components::{Button, RadioItem};
use crate::ui::fields::{CheckedForm, RadiosField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use leptos::prelude::*;

/// Moving the incident between active and mitigated, or back to active:
/// only the moves the lifecycle allows are offered. Resolving, marking as
/// reviewed and closing have their own pages, which say what they need.
#[component]
pub fn StatusForm() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let choice = RwSignal::new(None::<String>);
    let items = Signal::derive(move || {
        session.incident.with(|incident| {
            incident
                .status
                .next_statuses()
                .iter()
                .filter(|status| matches!(status, Status::Active | Status::Mitigated))
                .map(|status| {
                    RadioItem::new(status.key(), status.label()).with_hint(status.meaning())
                })
                .collect::<Vec<_>>()
        })
    });
    let legend = move || {
        session.incident.with(|incident| {
            format!(
                "The incident is {}. What is its status now?",
                incident.status.label().to_ascii_lowercase()
            )
        })
    };

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(to) = choice
            .get_untracked()
            .and_then(|key| Status::from_key(&key))
        else {
            return errors.show(vec![FieldError::StatusNotChosen]);
        };
        if session.submit(Command::ChangeStatus { to }, errors) {
            choice.set(None);
        }
    };

    view! {
        <h2 class="govuk-heading-m" id="status-heading">"Status"</h2>
        <CheckedForm errors on_submit=on_submit labelled_by="status-heading">
            {move || view! {
                <RadiosField
                    legend=legend()
                    legend_classes="govuk-fieldset__legend--s"
                    field=Field::Status errors
                    items
                    value=choice
                />
            }}
            <Button prevent_double_click=true text="Change status" classes="govuk-button--secondary" />
        </CheckedForm>
    }
}
