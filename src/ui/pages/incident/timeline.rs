use super::IncidentSession;
use crate::domain::{Command, Field, ItemId, TimelineEntry};
use crate::ui::components::{focus_element, Button, Textarea};
use crate::ui::fields::CheckedForm;
use crate::ui::form_errors::FormErrors;
use crate::ui::time;
use leptos::prelude::*;

/// One row of the timeline, and everything its view depends on: a row is
/// made again only when one of these changes.
#[derive(Clone, PartialEq)]
struct Row {
    entry: TimelineEntry,
    /// Counted oldest first, as the list counts down.
    number: usize,
    open: bool,
}

impl Row {
    fn key(&self) -> (ItemId, usize, bool, String, usize) {
        let entry = &self.entry;
        let versions = entry.previous_versions.len();
        (
            entry.id.clone(),
            self.number,
            self.open,
            entry.text.clone(),
            versions,
        )
    }
}

/// The timeline, latest event first, with notes editable in place. Keyed by
/// row, so a save adds its one row and leaves the others (and a note being
/// edited) as they are.
#[component]
pub fn Timeline() -> impl IntoView {
    let session = IncidentSession::get();
    let editing = RwSignal::new(None::<ItemId>);
    // The newest entries first; a long timeline's earlier ones wait for a
    // click, so opening and saving stay quick at any length.
    let shown = RwSignal::new(PAGE);
    let count = Memo::new(move |_| session.incident.with(|incident| incident.timeline.len()));
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        session.incident.with(|incident| {
            let open = incident.is_changeable();
            let count = incident.timeline.len();
            incident
                .timeline_newest_first()
                .into_iter()
                .take(limit)
                .enumerate()
                .map(|(i, entry)| Row {
                    entry: entry.clone(),
                    number: count - i,
                    open,
                })
                .collect::<Vec<_>>()
        })
    });
    let show_earlier = move |_| {
        let first_new = session.incident.with_untracked(|incident| {
            incident
                .timeline_newest_first()
                .get(shown.get_untracked())
                .map(|entry| entry_element_id(&entry.id))
        });
        shown.set(usize::MAX);
        if let Some(id) = first_new {
            // After the earlier entries are in the page.
            request_animation_frame(move || focus_element(&id));
        }
    };
    let hidden = move || count.get().saturating_sub(shown.get());
    view! {
        <h2 class="govuk-heading-m">"Timeline"</h2>
        <p class="govuk-body">"Latest first. Times are in your time zone."</p>
        <ol class="app-timeline" reversed start=move || count.get()>
            <For each=move || rows.get() key=Row::key let:row>
                {entry_view(row.entry, row.number, row.open, editing)}
            </For>
        </ol>
        {move || (hidden() > 0).then(|| view! {
            <p class="govuk-body">{format!("Showing the newest {PAGE} of {} entries.", count.get())}</p>
            <Button
                text=format!("Show earlier entries ({})", hidden())
                button_type="button"
                classes="govuk-button--secondary"
                on:click=show_earlier
            />
        })}
    }
}

/// Entries shown before "Show earlier entries".
const PAGE: usize = 100;

fn entry_element_id(id: &ItemId) -> String {
    format!("entry-{id}")
}

fn entry_view(
    entry: TimelineEntry,
    number: usize,
    open: bool,
    editing: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let id = StoredValue::new(entry.id.clone());
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
        if editing.with(|e| e.as_ref() == Some(&id.get_value())) {
            view! { <EditNote id=id.get_value() number text=text.clone() editing /> }.into_any()
        } else {
            let edit_button = editable.then(|| view! {
                <Button
                    text="Edit"
                    visually_hidden_text=format!("entry {number}")
                    button_type="button"
                    classes="govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
                    on:click=move |_| editing.set(Some(id.get_value()))
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
        <li class=class id=entry_element_id(&entry.id)>
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
fn EditNote(
    id: ItemId,
    number: usize,
    text: String,
    editing: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::for_single_input(format!("edit-entry-{id}"));
    let draft = RwSignal::new(text);
    let input_id = format!("edit-entry-{id}");
    let id = StoredValue::new(id);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::EditNote {
            entry: id.get_value(),
            text: draft.get_untracked(),
        };
        if session.submit(command, errors) {
            editing.set(None);
        }
    };
    view! {
        <CheckedForm errors on_submit=on_submit>
            <Textarea
                id=input_id
                name="edit-entry"
                label=format!("Edit entry {number}")
                rows=3
                error_message=errors.message(Field::NoteText)
                value=draft
            />
            <div class="govuk-button-group">
                <Button prevent_double_click=true text="Save entry" />
                <Button
                    text="Cancel"
                    button_type="button"
                    classes="govuk-button--secondary"
                    on:click=move |_| editing.set(None)
                />
            </div>
        </CheckedForm>
    }
}
