//! Importing a file of incidents, such as a teammate's copy: checked in
//! full, shown as a plan, and applied only when the person confirms.

use crate::domain::{Command, Incident, NoteKind};
use crate::report::{plan, read_export, Outcome, Planned, Problem, FILE_LIMIT};
use crate::store::{Change, StoreError};
use crate::ui::components::{Button, ErrorLink, ErrorSummary, NotificationBanner};
use crate::ui::export::export_everything;
use crate::ui::platform::{open_store, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq)]
enum Stage {
    Choose,
    /// The file cannot be imported: why, and where in it.
    Refused(Vec<Problem>),
    Preview {
        file: String,
        plan: Vec<Planned>,
    },
    /// How many incidents were saved, and any that could not be.
    Done {
        saved: usize,
        failed: Vec<String>,
    },
}

#[component]
pub fn ImportPage() -> impl IntoView {
    set_page_title("Import incidents");
    let state = AppState::get();
    let stage = RwSignal::new(Stage::Choose);
    let read = move |file: web_sys::File| {
        if file.size() > FILE_LIMIT as f64 {
            let message = "The file is larger than 5 MB, so it was not read. Check it is an Incident Desk export.";
            return stage.set(Stage::Refused(vec![Problem {
                path: String::new(),
                message: message.into(),
            }]));
        }
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            stage.set(match read_export(&text) {
                Ok(envelope) => Stage::Preview {
                    file: name,
                    plan: plan(&envelope.incidents, |id| saved_copy(&state, id)),
                },
                Err(problems) => Stage::Refused(problems),
            });
        });
    };
    let on_change = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.item(0));
        if let Some(file) = file {
            read(file);
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.item(0))
        {
            read(file);
        }
    };

    let body = move || match stage.get() {
        Stage::Choose => ().into_any(),
        Stage::Refused(problems) => {
            let error_list = problems
                .into_iter()
                .map(|p| ErrorLink {
                    text: if p.path.is_empty() {
                        p.message
                    } else {
                        format!("{}: {}", p.path, p.message)
                    },
                    href: None,
                })
                .collect();
            view! {
                <ErrorSummary title_text="The file cannot be imported" error_list />
                <p class="govuk-body">"Nothing has been imported. Choose another file, or export the incidents again."</p>
            }
            .into_any()
        }
        Stage::Preview { file, plan } => view! { <Preview file plan stage /> }.into_any(),
        Stage::Done { saved, failed } => {
            let text = match saved {
                1 => "1 incident imported".to_owned(),
                n => format!("{n} incidents imported"),
            };
            view! {
                <NotificationBanner text success=true />
                {(!failed.is_empty()).then(|| view! {
                    <p class="govuk-body">"These could not be saved, so the file still has the only copy of their changes:"</p>
                    <ul class="govuk-list govuk-list--bullet">{failed.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                })}
                <p class="govuk-body"><a class="govuk-link" href=Route::Register.href()>"Go to the list of incidents"</a></p>
            }
            .into_any()
        }
    };

    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">"Import incidents"</h1>
                <p class="govuk-body">
                    "Import an Incident Desk export: your own from another browser, or a teammate’s copy of an incident you both worked on. "
                    "Copies of the same incident are merged, keeping every entry from both. Nothing changes until you have seen what the file holds and confirmed."
                </p>
                <div class="govuk-form-group app-drop-zone" on:dragover=|e: leptos::ev::DragEvent| e.prevent_default() on:drop=on_drop>
                    <label class="govuk-label govuk-label--s" for="import-file">"Choose a file, or drop it here"</label>
                    <div id="import-file-hint" class="govuk-hint">"A JSON file exported from Incident Desk, up to 5 MB."</div>
                    <input class="govuk-file-upload" id="import-file" name="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" on:change=on_change />
                </div>
                {body}
            </div>
        </div>
    }
}

/// This browser's copy of an incident: this tab's unsaved one first. `Err`
/// when the saved copy cannot be read, so it is never overwritten.
fn saved_copy(state: &AppState, id: &crate::domain::IncidentId) -> Result<Option<Incident>, ()> {
    if let Some(pending) = state.pending(id) {
        return Ok(Some(pending.shown));
    }
    match open_store().and_then(|store| store.load(id)) {
        Ok(incident) => Ok(Some(incident)),
        Err(StoreError::NotFound(_)) => Ok(None),
        Err(_) => Err(()),
    }
}

#[component]
fn Preview(file: String, plan: Vec<Planned>, stage: RwSignal<Stage>) -> impl IntoView {
    let state = AppState::get();
    let group = |outcome: Outcome, heading: &'static str, note: &'static str| {
        let titles: Vec<String> = plan
            .iter()
            .filter(|p| p.outcome == outcome)
            .map(|p| p.result.title().to_owned())
            .collect();
        (!titles.is_empty()).then(|| view! {
            <h2 class="govuk-heading-m">{format!("{heading} ({})", titles.len())}</h2>
            <p class="govuk-body">{note}</p>
            <ul class="govuk-list govuk-list--bullet">
                {titles.into_iter().map(|t| view! { <li class="app-user-text">{t}</li> }).collect_view()}
            </ul>
        })
    };
    let groups = [
        group(Outcome::New, "New incidents", "Not in this browser yet."),
        group(Outcome::Updated, "Updated incidents", "The file has newer changes, which are added."),
        group(
            Outcome::Merged,
            "Changed in both",
            "Both copies changed. They are merged: every entry is kept, and where a field differs, \
             the later change is used and the other is kept on the timeline.",
        ),
        group(
            Outcome::Unchanged,
            "Already up to date",
            "This browser has everything the file has. They are left as they are.",
        ),
        group(
            Outcome::Blocked,
            "Cannot be merged",
            "The copy in this browser cannot be read, so it is left untouched.",
        ),
    ];
    let changes = plan
        .iter()
        .filter(|p| matches!(p.outcome, Outcome::New | Outcome::Updated | Outcome::Merged))
        .count();
    let backup = RwSignal::new(None::<String>);
    let take_backup = move |_| {
        backup.set(Some(match export_everything(&state) {
            Ok(_) => "A backup of this browser’s incidents is saved.".to_owned(),
            Err(error) => format!("The browser did not save the backup ({error})."),
        }));
    };
    let plan = StoredValue::new(plan);
    let file_name = StoredValue::new(file.clone());
    let apply = move |_| {
        leptos::task::spawn_local(async move {
            let (saved, failed) = apply_plan(state, plan.get_value(), file_name.get_value()).await;
            stage.set(Stage::Done { saved, failed });
        });
    };
    view! {
        <p class="govuk-body">{format!("“{file}” holds:")}</p>
        {groups.into_iter().collect_view()}
        <p class="govuk-body">"The file’s settings are not imported: this browser keeps its own."</p>
        {(changes > 0).then(|| view! {
            <h2 class="govuk-heading-m">"Before you import"</h2>
            <p class="govuk-body">"You can download a backup of this browser’s incidents first."</p>
            <div class="govuk-button-group">
                <Button text="Download a backup" button_type="button" classes="govuk-button--secondary" on:click=take_backup />
                <Button text=format!("Import {changes} {}", if changes == 1 { "incident" } else { "incidents" }) button_type="button" on:click=apply />
            </div>
            <p class="govuk-body" role="status">{move || backup.get()}</p>
        })}
        {(changes == 0).then(|| view! { <p class="govuk-body">"There is nothing to import."</p> })}
    }
}

/// Saves each new, updated or merged incident, merged into whatever is
/// saved by then (another tab may have saved since the preview), noting the
/// merge on the timeline of those that can still change. Returns how many
/// saved, and the titles of any that could not be, with why.
async fn apply_plan(state: AppState, plan: Vec<Planned>, file: String) -> (usize, Vec<String>) {
    let mut saved = 0;
    let mut failed = Vec::new();
    for planned in plan {
        if matches!(planned.outcome, Outcome::Unchanged | Outcome::Blocked) {
            continue;
        }
        let id = planned.result.id.clone();
        let mut shown = planned.result.clone();
        state.keep_change(Change::Merge(planned.result), shown.clone());
        if planned.outcome != Outcome::New && shown.is_changeable() {
            let note = Command::AddNote {
                kind: NoteKind::Note,
                text: format!("Merged with a copy from “{file}”."),
                occurred_at: None,
            };
            let ctx = state.context();
            if shown.apply(note.clone(), &ctx).is_ok() {
                state.keep_change(Change::Command(note, ctx), shown.clone());
            }
        }
        state.save(id.clone()).await;
        match state.pending(&id) {
            None => saved += 1,
            Some(pending) => failed.push(format!(
                "{}: {}",
                shown.title(),
                pending.problem.unwrap_or_default()
            )),
        }
    }
    (saved, failed)
}
