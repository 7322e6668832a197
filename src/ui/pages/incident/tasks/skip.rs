use crate::domain::{Command, Field, Task};
use crate::ui::components::{Button, Details};
use crate::ui::fields::{CheckedForm, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use leptos::prelude::*;

/// “We do not need to do this”, with a reason, offered only while the
/// domain allows the task to be marked as not needed.
#[component]
pub fn SkipTask(task: Task, #[prop(into)] summary_text: String) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let reason = RwSignal::new(String::new());
    let allowed = move || session.incident.with(|i| i.skip_refusal(task).is_none());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::SkipTask {
            task,
            reason: reason.get_untracked(),
        };
        if session.submit(command, errors) {
            reason.set(String::new());
        }
    };
    view! {
        <Show when=allowed>
            <Details summary_text=summary_text.clone()>
                <CheckedForm errors on_submit=on_submit>
                    <TextareaField
                        label="Why is it not needed?"
                        rows=2
                        field=Field::SkipReason errors
                        value=reason
                    />
                    <Button prevent_double_click=true text="Mark as not needed" classes="govuk-button--secondary" />
                </CheckedForm>
            </Details>
        </Show>
    }
}
