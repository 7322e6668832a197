//! Confirm it is resolved: the main harm to users is gone, even if clean-up
//! remains, which goes into the long tail.

use super::status::StatusForm;
use crate::domain::{Command, Field, ItemId, LongTailItem, ResolveForm, Status};
use crate::ui::components::{part, Button, Details, Textarea};
use crate::ui::content_key::content_key;
use crate::ui::fields::{CheckedForm, InputField, RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::pages::yes_no;
use crate::ui::time;
use leptos::prelude::*;

#[component]
pub fn ResolveTask() -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    let in_response =
        move || incident.with(|i| matches!(i.status, Status::Active | Status::Mitigated));
    let resolution = move || {
        incident.with(|i| {
            i.resolution.as_ref().map(|r| {
                format!(
                    "Resolved {} by {}: {}",
                    time::date_and_time(r.resolved_at),
                    r.resolved_by,
                    r.how
                )
            })
        })
    };
    view! {
        <p class="govuk-body">
            "An incident is resolved once its main harm to users is removed, even if clean-up work remains. "
            "For example, removing malicious code resolves it; removing links to it from the documentation is clean-up. "
            "The incident team decides."
        </p>
        <Show
            when=in_response
            fallback=move || view! {
                <p class="govuk-body app-user-text">{resolution}</p>
                <Show when=move || incident.with(|i| i.is_changeable())>
                    <StatusForm />
                </Show>
            }
        >
            <ConfirmResolved />
        </Show>
        <LongTail />
    }
}

#[component]
fn ConfirmResolved() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let form = RwSignal::new(ResolveForm::default());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match form.with_untracked(ResolveForm::to_command) {
            Ok(command) => {
                session.submit(command, errors);
            }
            Err(problems) => errors.show(problems),
        }
    };
    view! {
        <CheckedForm errors on_submit=on_submit>
            <RadiosField
                legend="Has the main harm to users been removed?"
                legend_classes="govuk-fieldset__legend--m"
                field=Field::HarmRemoved errors
                items=yes_no::items()
                value=yes_no::part(form, |f| f.harm_removed, |f, answer| f.harm_removed = answer)
            />
            <TextareaField
                label="What removed it?"
                hint="For example, “Released 5.1.1 without the malicious code and deprecated 5.1.0 on npm.”"
                rows=3
                field=Field::ResolutionHow errors
                value=part!(form.how)
            />
            <Button prevent_double_click=true text="Mark as resolved" />
        </CheckedForm>
    }
}

/// Clean-up left after the main fix: who does what, and what is done.
#[component]
fn LongTail() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let items = move || {
        session.incident.with(|incident| {
            let changeable = incident.is_changeable();
            (1..)
                .zip(incident.long_tail.iter().cloned())
                .map(|(number, item)| (number, item, changeable))
                .collect::<Vec<_>>()
        })
    };
    let item_view = move |(number, item, changeable): (usize, LongTailItem, bool)| {
        let id = StoredValue::new(item.id.clone());
        let state = match (&item.done, &item.dropped) {
            (Some(done), _) => format!("Done {} by {}", time::date_and_time(done.at), done.by),
            (None, Some(dropped)) => format!(
                "Dropped {} by {}: {}",
                time::date_and_time(dropped.at),
                dropped.by,
                dropped.reason
            ),
            (None, None) => "Open".to_owned(),
        };
        let open = !item.is_settled() && changeable;
        view! {
            <li class="app-long-tail__item">
                <p class="govuk-body govuk-!-margin-bottom-1 app-user-text">{item.text.clone()}</p>
                <p class="govuk-body-s govuk-!-margin-bottom-1">{"Owner: "}<bdi>{item.owner.clone()}</bdi>{format!(". {state}.")}</p>
                {open.then(|| view! {
                    <Button
                        prevent_double_click=true
                        text="Mark as done"
                        visually_hidden_text=format!("clean-up item {number}")
                        button_type="button"
                        classes="govuk-button--secondary govuk-!-margin-bottom-2"
                        on:click=move |_| { session.submit(Command::CompleteLongTailItem { item: id.get_value() }, errors); }
                    />
                    <DropItem id=id.get_value() number />
                })}
            </li>
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::AddLongTailItem {
            text: text.get_untracked(),
            owner: owner.get_untracked(),
        };
        if session.submit(command, errors) {
            text.set(String::new());
            owner.set(String::new());
        }
    };
    view! {
        <h2 class="govuk-heading-m" id="long-tail-heading">"Clean-up"</h2>
        <p class="govuk-body">"Clean-up does not stop the incident being resolved. Give each piece of work an owner."</p>
        <ul class="govuk-list">
            <For each=items key=|(number, item, changeable)| (content_key(*number, item), *changeable) children=item_view />
        </ul>
        <Show when=move || session.incident.with(|i| i.is_changeable())>
            <CheckedForm errors on_submit=on_submit labelled_by="long-tail-heading">
                <TextareaField
                    label="Clean-up work"
                    rows=2
                    field=Field::LongTailText errors
                    value=text
                />
                <InputField
                    label="Owner"
                    hint="A person, not a team."
                    classes="govuk-!-width-two-thirds"
                    field=Field::LongTailOwner errors
                    value=owner
                />
                <Button prevent_double_click=true text="Add clean-up" classes="govuk-button--secondary" />
            </CheckedForm>
        </Show>
    }
}

/// Dropping a piece of clean-up, consciously, with the reason.
#[component]
fn DropItem(id: ItemId, number: usize) -> impl IntoView {
    let session = IncidentSession::get();
    let input = format!("drop-reason-{id}");
    let id = StoredValue::new(id);
    let errors = FormErrors::for_single_input(input.clone());
    let reason = RwSignal::new(String::new());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::DropLongTailItem {
            item: id.get_value(),
            reason: reason.get_untracked(),
        };
        session.submit(command, errors);
    };
    view! {
        <Details summary_text=format!("We will not do clean-up item {number}")>
            <CheckedForm errors on_submit=on_submit>
                <Textarea
                    id=input
                    name="drop-reason"
                    label="Why will it not be done?"
                    rows=2
                    error_message=errors.message(Field::DropReason)
                    value=reason
                />
                <Button prevent_double_click=true text="Drop it" classes="govuk-button--secondary" />
            </CheckedForm>
        </Details>
    }
}
