use super::IncidentSession;
use crate::domain::{Field, Incident, NoteForm, NoteKind};
use crate::ui::components::{part, Button, Parts, RadioItem};
use crate::ui::fields::{RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::details_fields::DateTimeBoxes;
use crate::ui::route::Route;
use crate::ui::time;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

/// “Add to timeline”: what happened, what kind of entry it is, and when.
/// Away from the timeline (`link_to_timeline`), the confirmation links to it.
#[component]
pub fn AddNoteForm(#[prop(optional)] link_to_timeline: bool) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let blank = || NoteForm {
        kind: Some(NoteKind::Note),
        ..NoteForm::default()
    };
    let form = RwSignal::new(blank());
    // What the last entry added was, so adding one is seen to work.
    let added = RwSignal::new(None::<String>);
    let kinds: Vec<RadioItem> = NoteKind::ALL
        .iter()
        .map(|kind| RadioItem::new(kind.key(), crate::domain::EntryKind::from(*kind).label()))
        .collect();

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = match form.with_untracked(|f| f.to_command(&BrowserZone, time::now())) {
            Ok(command) => command,
            Err(problems) => return errors.show(problems),
        };
        if session.submit(command, errors) {
            // The kind chosen stays, for a run of entries of one kind.
            form.update(|f| {
                *f = NoteForm {
                    kind: f.kind,
                    ..blank()
                }
            });
            added.set(session.incident.with_untracked(newest_entry));
        } else {
            added.set(None);
        }
    };
    let overview = Route::Incident(session.id()).href();
    let confirmation = move || {
        added.get().map(|what| {
            view! {
                <p class="govuk-body app-user-text">
                    {what}
                    {link_to_timeline.then(|| view! { " "<a class="govuk-link" href=overview.clone()>"See the timeline"</a> })}
                </p>
            }
        })
    };

    view! {
        <h2 class="govuk-heading-m" id="add-note-heading">"Add to timeline"</h2>
        {errors.summary()}
        <div role="status">{confirmation}</div>
        <form novalidate on:submit=on_submit aria-labelledby="add-note-heading">
            <TextareaField
                label="What happened?"
                hint="Record what you saw, did or decided, and who you told."
                rows=3
                field=Field::NoteText errors
                value=part!(form.text)
            />
            <RadiosField
                legend="Kind of entry"
                legend_classes="govuk-fieldset__legend--s"
                classes="govuk-radios--small"
                field=Field::NoteKind errors
                items=kinds
                value=form.part(
                    |f| f.kind.map(|k| k.key().to_owned()),
                    |f, chosen| f.kind = chosen.as_deref().and_then(NoteKind::from_key),
                )
            />
            {DateTimeBoxes(part!(form.occurred)).view(
                Field::OccurredAt,
                errors,
                "When did it happen?",
                "Leave empty if it is happening now. Use the 24-hour clock, for example 27 3 2026 14 30.",
            )}
            <Button prevent_double_click=true text="Add to timeline" />
        </form>
    }
}

/// “Added to the timeline: Note, 27 March 2026 at 14:30.”, for the entry
/// recorded last.
fn newest_entry(incident: &Incident) -> Option<String> {
    let entry = incident.timeline.iter().max_by_key(|e| e.recorded_at)?;
    Some(format!(
        "Added to the timeline: {}, {}.",
        entry.kind.label(),
        time::date_and_time(entry.occurred_at)
    ))
}
