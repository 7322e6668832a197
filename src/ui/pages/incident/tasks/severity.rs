//! Decide severity: the playbook's levels with examples, what each means for
//! updates and stakeholders, and the history of changes with their reasons.

use crate::domain::{Command, EntryKind, Field, FieldError, Severity};
use crate::ui::components::{Button, RadioItem};
use crate::ui::fields::{RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::platform::go_to;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

#[component]
pub fn SeverityTask() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let errors = FormErrors::new();
    let current = move || session.incident.with(|i| i.severity);
    let choice = RwSignal::new(current().map(|s| s.label().to_owned()));
    let reason = RwSignal::new(String::new());
    let back = Route::Incident(session.id()).href();
    let items: Vec<RadioItem> = state.playbook.with_untracked(|playbook| {
        Severity::ALL
            .iter()
            .map(|severity| {
                let mut hint = Vec::new();
                if let Some(guide) = playbook.guide_for(*severity) {
                    hint.push(format!("For example: {}.", guide.example));
                    hint.push(format!("Update people {}.", guide.update_every.describe()));
                }
                if severity.needs_stakeholders_now() {
                    hint.push(format!(
                        "Tell {} straight away.",
                        playbook.stakeholders.name
                    ));
                }
                RadioItem::new(severity.label(), severity.label()).with_hint(hint.join(" "))
            })
            .collect()
    });

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
            go_to(&back);
        }
    };

    let history = move || {
        session.incident.with(|incident| {
            let changes: Vec<_> = incident
                .timeline
                .iter()
                .filter(|entry| entry.kind == EntryKind::SeverityChange)
                .map(|entry| {
                    let meta = format!("{} by {}", time::date_and_time(entry.recorded_at), entry.author);
                    view! { <li><span class="app-user-text">{entry.text.clone()}</span>" "<span class="app-meta">{meta}</span></li> }
                })
                .collect();
            if changes.is_empty() {
                view! { <p class="govuk-body">"Not decided yet."</p> }.into_any()
            } else {
                view! { <ul class="govuk-list">{changes}</ul> }.into_any()
            }
        })
    };

    view! {
        {errors.summary()}
        <p class="govuk-body">
            "Decide the severity as early as you can, and before the incident review at the latest. "
            "You can change it as you learn more: say why, and the change is kept."
        </p>
        <form novalidate on:submit=on_submit>
            <RadiosField
                legend="How severe is it?"
                legend_classes="govuk-fieldset__legend--m"
                field=Field::Severity errors
                items
                value=choice
            />
            <Show when=move || current().is_some()>
                <TextareaField
                    label="Reason for changing the severity"
                    hint="Needed only if you change it. Kept on the timeline."
                    rows=2
                    field=Field::SeverityReason errors
                    value=reason
                />
            </Show>
            <Button prevent_double_click=true text="Save severity" />
        </form>
        <h2 class="govuk-heading-m">"Severity history"</h2>
        {history}
    }
}
