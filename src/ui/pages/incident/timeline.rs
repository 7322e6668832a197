use super::IncidentSession;
use crate::domain::{Command, EntryId, Field, TimelineEntry};
use crate::ui::components::{Button, Textarea};
use crate::ui::form_errors::FormErrors;
use crate::ui::time;
use leptos::prelude::*;

/// The timeline, latest event first, with notes editable in place.
#[component]
pub fn Timeline() -> impl IntoView {
    let session = IncidentSession::get();
    let editing = RwSignal::new(None::<EntryId>);
    let entries = move || {
        session.incident.with(|incident| {
            let open = incident.is_changeable();
            incident
                .timeline_newest_first()
                .into_iter()
                .map(|entry| entry_view(entry.clone(), open, editing))
                .collect_view()
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Timeline"</h2>
        <p class="govuk-body">"Latest first. Times are in your time zone."</p>
        <ol class="app-timeline" reversed>{entries}</ol>
    }
}

fn entry_view(
    entry: TimelineEntry,
    open: bool,
    editing: RwSignal<Option<EntryId>>,
) -> impl IntoView {
    let id = entry.id;
    let class = if entry.kind.is_automatic() {
        "app-timeline__entry app-timeline__entry--automatic"
    } else {
        "app-timeline__entry"
    };
    let editable = open && !entry.kind.is_automatic();
    let history = (!entry.previous_versions.is_empty()).then(|| {
        let versions = entry
            .previous_versions
            .iter()
            .map(|version| {
                let meta = format!(
                    "Replaced {} by {}",
                    time::date_and_time(version.replaced_at),
                    version.replaced_by
                );
                view! {
                    <p class="app-timeline__meta">{meta}</p>
                    <p class="app-timeline__text govuk-!-margin-bottom-3">{version.text.clone()}</p>
                }
            })
            .collect_view();
        let count = entry.previous_versions.len();
        view! {
            <details class="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{format!("Earlier versions ({count})")}</span>
                </summary>
                <div class="govuk-details__text">{versions}</div>
            </details>
        }
    });
    let text = entry.text.clone();
    let body = move || {
        if editing.get() == Some(id) {
            view! { <EditNote id text=text.clone() editing /> }.into_any()
        } else {
            let edit_button = editable.then(|| view! {
                <Button
                    text="Edit"
                    visually_hidden_text=format!("entry {id}")
                    button_type="button"
                    classes="govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
                    on:click=move |_| editing.set(Some(id))
                />
            });
            view! {
                <p class="app-timeline__text">{text.clone()}</p>
                {edit_button}
            }
            .into_any()
        }
    };
    let meta = format!(
        "{} · {} · {}",
        time::date_and_time(entry.occurred_at),
        entry.kind.label(),
        entry.author
    );
    view! {
        <li class=class>
            <p class="app-timeline__meta">
                <time datetime=entry.occurred_at.to_rfc3339()>{meta}</time>
            </p>
            {body}
            {history}
        </li>
    }
}

/// Editing one note; the old wording stays in its history.
#[component]
fn EditNote(id: EntryId, text: String, editing: RwSignal<Option<EntryId>>) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::for_single_input(format!("edit-entry-{id}"));
    let draft = RwSignal::new(text);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::EditNote {
            entry: id,
            text: draft.get_untracked(),
        };
        if session.submit(command, errors) {
            editing.set(None);
        }
    };
    view! {
        {errors.summary()}
        <form novalidate on:submit=on_submit>
            <Textarea
                id=format!("edit-entry-{id}")
                name="edit-entry"
                label=format!("Edit entry {id}")
                rows=3
                error_message=errors.message(Field::NoteText)
                value=draft
            />
            <div class="govuk-button-group">
                <Button text="Save entry" />
                <Button
                    text="Cancel"
                    button_type="button"
                    classes="govuk-button--secondary"
                    on:click=move |_| editing.set(None)
                />
            </div>
        </form>
    }
}
