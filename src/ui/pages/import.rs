//! Importing a file of incidents, such as a teammate's copy: checked in
//! full, shown as a plan, and applied only when the person confirms. Long
//! files are read and saved a little at a time, with the progress shown, so
//! the page never stops responding.

use crate::domain::{Command, Incident, IncidentId, NoteKind};
use crate::report::{plan, ExportReader, Outcome, Planned, Problem, FILE_LIMIT};
use crate::store::{replay, write_changes, Change, IndexEntry, INDEX_KEY};
use crate::ui::components::{
    Button, ErrorLink, ErrorSummary, FileUpload, NotificationBanner, RadioItem, Radios,
};
use crate::ui::export::export_everything;
use crate::ui::platform::{next_turn, open_store, random_u64, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::{lock_name, AppState};
use crate::ui::time;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq)]
enum Stage {
    Choose,
    /// Reading, planning or saving: how far it has got, in words.
    Working(String),
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

/// How long the page works before letting the browser draw: under a frame.
const SLICE_MS: f64 = 12.0;

/// Lets the browser draw and handle input once a slice of work is done.
struct Slices(f64);

impl Slices {
    fn new() -> Self {
        Self(js_sys::Date::now())
    }

    async fn pause_if_due(&mut self, stage: RwSignal<Stage>, progress: impl FnOnce() -> String) {
        if js_sys::Date::now() - self.0 > SLICE_MS {
            stage.set(Stage::Working(progress()));
            next_turn().await;
            self.0 = js_sys::Date::now();
        }
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    set_page_title("Import incidents");
    let state = AppState::get();
    let stage = RwSignal::new(Stage::Choose);
    let read = move |file: web_sys::File| {
        if file.size() > FILE_LIMIT as f64 {
            let message = "The file is larger than 32 MB, so it was not read: no export of a whole browser is that large. Check it is an Incident Desk export.";
            return stage.set(Stage::Refused(vec![Problem {
                path: String::new(),
                message: message.into(),
            }]));
        }
        let name = file.name();
        stage.set(Stage::Working("Reading the file…".into()));
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            stage.set(preview(state, stage, name, &text).await);
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
        Stage::Working(progress) => view! {
            <p class="govuk-body govuk-!-font-weight-bold" role="status">{progress}</p>
        }
        .into_any(),
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
                    "Copies of the same incident are merged, keeping every change from both. Nothing changes until you have seen what the file holds and confirmed."
                </p>
                <div class="app-drop-zone" on:dragover=|e: leptos::ev::DragEvent| e.prevent_default() on:drop=on_drop>
                    <FileUpload
                        id="import-file"
                        name="import-file"
                        label="Choose a file, or drop it here"
                        label_classes="govuk-label--s"
                        hint="A JSON file exported from Incident Desk, up to 32 MB."
                        accept=".json,application/json"
                        on_change=Callback::new(on_change)
                    />
                </div>
                {body}
            </div>
        </div>
    }
}

/// Reads `text` and works out what importing it would do, a slice at a time.
async fn preview(state: AppState, stage: RwSignal<Stage>, file: String, text: &str) -> Stage {
    let mut reader = match ExportReader::open(text) {
        Ok(reader) => reader,
        Err(problems) => return Stage::Refused(problems),
    };
    let total = reader.incidents();
    let mut slices = Slices::new();
    while reader.read_next() {
        let read = reader.read();
        slices
            .pause_if_due(stage, || {
                format!("Reading the file: {read} of {total} incidents…")
            })
            .await;
    }
    let envelope = match reader.finish() {
        Ok(envelope) => envelope,
        Err(problems) => return Stage::Refused(problems),
    };
    let mut planned = Vec::with_capacity(total);
    for incident in &envelope.incidents {
        planned.push(plan(incident, state.local_copy(&incident.id)));
        let done = planned.len();
        slices
            .pause_if_due(stage, || {
                format!("Comparing with this browser: {done} of {total} incidents…")
            })
            .await;
    }
    Stage::Preview {
        file,
        plan: planned,
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
            "Both copies changed. They are merged: every entry is kept, a change made in one copy \
             only is kept, and where both changed the same thing, the later change is used and the \
             other is kept on the timeline.",
        ),
        group(
            Outcome::Unchanged,
            "Already up to date",
            "This browser has everything the file has. They are left as they are.",
        ),
        group(
            Outcome::Older,
            "Older copies, with nothing new",
            "This browser has a later copy of each, with everything the file has. They are left as they are.",
        ),
        group(
            Outcome::Blocked,
            "Cannot be merged",
            "The copy in this browser cannot be read, so it is left untouched.",
        ),
    ];
    // A different incident under an id in use here: the person chooses.
    let different: Vec<(Incident, RwSignal<Option<String>>)> = plan
        .iter()
        .filter(|p| p.outcome == Outcome::Different)
        .map(|p| (p.result.clone(), RwSignal::new(Some(SKIP.to_owned()))))
        .collect();
    let choices = StoredValue::new(different.clone());
    let different_view = (!different.is_empty()).then(|| {
        let count = different.len();
        let questions = different
            .into_iter()
            .enumerate()
            .map(|(n, (incident, choice))| {
                let items = vec![
                    RadioItem::new(AS_NEW, "Import it as a separate incident, with a new id"),
                    RadioItem::new(SKIP, "Skip it"),
                ];
                view! {
                    <Radios
                        name=format!("different-{n}")
                        id_prefix=format!("different-{n}")
                        legend=format!("What should happen to “{}”, declared by {} on {}?", incident.title(), incident.reporter, time::date_and_time(incident.declared_at))
                        legend_classes="govuk-fieldset__legend--s app-user-text"
                        classes="govuk-radios--small"
                        items
                        value=choice
                    />
                }
            })
            .collect_view();
        view! {
            <h2 class="govuk-heading-m">{format!("A different incident with the same id ({count})")}</h2>
            <p class="govuk-body">
                "This browser has another incident under the same id: it was declared by someone else or at another time. "
                "They are never merged, so neither can change the other."
            </p>
            {questions}
        }
    });
    let saving = plan.iter().filter(|p| p.outcome.saves()).count();
    let changes = move || {
        saving
            + choices.with_value(|all| {
                all.iter()
                    .filter(|(_, c)| c.get().as_deref() == Some(AS_NEW))
                    .count()
            })
    };
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
        // Once: the preview, and its button, give way to the progress.
        if !matches!(stage.get_untracked(), Stage::Preview { .. }) {
            return;
        }
        // Taken before the preview (which owns them) is replaced.
        let separate: Vec<Incident> = choices.with_value(|all| {
            all.iter()
                .filter(|(_, c)| c.get_untracked().as_deref() == Some(AS_NEW))
                .map(|(incident, _)| incident.clone())
                .collect()
        });
        let work = changes_to_save(&state, plan.get_value(), separate, &file_name.get_value());
        stage.set(Stage::Working("Importing…".into()));
        leptos::task::spawn_local(async move {
            let (saved, failed) = save_all(state, stage, work).await;
            stage.set(Stage::Done { saved, failed });
        });
    };
    let import_text = move || match changes() {
        1 => "Import 1 incident".to_owned(),
        n => format!("Import {n} incidents"),
    };
    view! {
        <p class="govuk-body">{format!("“{file}” holds:")}</p>
        {groups.into_iter().collect_view()}
        {different_view}
        <p class="govuk-body">"The file’s settings are not imported: this browser keeps its own."</p>
        {move || (changes() > 0).then(|| view! {
            <h2 class="govuk-heading-m">"Before you import"</h2>
            <p class="govuk-body">"You can download a backup of this browser’s incidents first."</p>
            <div class="govuk-button-group">
                <Button text="Download a backup" button_type="button" classes="govuk-button--secondary" on:click=take_backup />
                <Button text=import_text() button_type="button" prevent_double_click=true on:click=apply />
            </div>
            <p class="govuk-body" role="status">{move || backup.get()}</p>
        })}
        {move || (changes() == 0).then(|| view! { <p class="govuk-body">"There is nothing to import."</p> })}
    }
}

const AS_NEW: &str = "as-new";
const SKIP: &str = "skip";

/// The changes importing makes, per incident: each new, updated or merged
/// incident merged into whatever is saved by then (another tab may have saved
/// since the preview), with a note on the timeline of those that merged; and
/// each different incident the person chose to keep, under a new id.
fn changes_to_save(
    state: &AppState,
    plan: Vec<Planned>,
    separate: Vec<Incident>,
    file: &str,
) -> Vec<(Incident, Vec<Change>)> {
    let note = |text: String| {
        let command = Command::AddNote {
            kind: NoteKind::Note,
            text,
            occurred_at: None,
        };
        Change::Command(command, state.context())
    };
    let merged = plan
        .into_iter()
        .filter(|p| p.outcome.saves())
        .map(|planned| {
            let mut changes = vec![Change::Merge(planned.result.clone())];
            if planned.outcome != Outcome::New && planned.result.is_changeable() {
                changes.push(note(format!("Merged with a copy from “{file}”.")));
            }
            (planned.result, changes)
        });
    let separate = separate.into_iter().map(|incident| {
        let id = IncidentId::generate(incident.declared_at, random_u64());
        let incident = incident.renamed(id);
        let mut changes = vec![Change::Create(incident.clone())];
        if incident.is_changeable() {
            changes.push(note(format!(
                "Imported from “{file}” under a new id: another incident in this browser had its id."
            )));
        }
        (incident, changes)
    });
    merged.chain(separate).collect()
}

/// Saves every incident's changes, a slice at a time, holding the index's
/// lock (which every save takes) while writing, and the register's index
/// once at the end. Incidents this tab has unsaved changes to save through
/// the tab's own queue, so those changes are kept in order. Returns how many
/// saved, and the titles of any that could not be, with why: those stay in
/// this tab, unsaved, so nothing is lost.
async fn save_all(
    state: AppState,
    stage: RwSignal<Stage>,
    work: Vec<(Incident, Vec<Change>)>,
) -> (usize, Vec<String>) {
    let total = work.len();
    let mut rows: Vec<IndexEntry> = Vec::new();
    let mut saved = 0;
    let mut failed = Vec::new();
    let (own, mut batch): (Vec<_>, Vec<_>) = work
        .into_iter()
        .partition(|(incident, _)| state.pending(&incident.id).is_some());
    for (incident, changes) in own {
        let id = incident.id.clone();
        keep_in_tab(&state, incident, changes);
        state.save(id.clone()).await;
        match state.pending(&id) {
            None => saved += 1,
            Some(pending) => failed.push(format!(
                "{}: {}",
                pending.shown().title(),
                pending.problem().unwrap_or_default()
            )),
        }
    }
    // Taken from the end, a slice at a time.
    batch.reverse();
    let queue = Rc::new(RefCell::new(batch));
    let lock = [lock_name(INDEX_KEY)];
    while !queue.borrow().is_empty() {
        let taken = queue.clone();
        let outcomes = crate::ui::locks::holding(&lock, move || {
            let started = js_sys::Date::now();
            let mut done = Vec::new();
            while js_sys::Date::now() - started < SLICE_MS {
                let Some((incident, changes)) = taken.borrow_mut().pop() else {
                    break;
                };
                let result = write_changes(&mut open_store(), &incident.id, &changes);
                done.push((incident, changes, result));
            }
            done
        })
        .await
        .unwrap_or_default();
        if outcomes.is_empty() {
            // The browser ran none of it: what is left stays in this tab.
            for (incident, changes) in queue.take() {
                failed.push(format!(
                    "{}: the browser stopped the import",
                    incident.title()
                ));
                keep_in_tab(&state, incident, changes);
            }
        }
        for (incident, changes, result) in outcomes {
            match result {
                Ok((incident, _)) => {
                    rows.push(IndexEntry::from(&incident));
                    saved += 1;
                }
                Err(problem) => {
                    failed.push(format!("{}: {problem}", incident.title()));
                    let id = incident.id.clone();
                    keep_in_tab(&state, incident, changes);
                    state.update_pending(&id, |pending| pending.refused(problem.to_string()));
                }
            }
        }
        let done = saved + failed.len();
        stage.set(Stage::Working(format!(
            "Importing: {done} of {total} incidents…"
        )));
        next_turn().await;
    }
    // One write of the register's index for every incident saved here.
    let indexed = crate::ui::locks::holding(&lock, move || open_store().write_entries(rows)).await;
    if let Some(Err(error)) = indexed {
        // Saved, but not listed yet: the register lists them when it next
        // reads the incidents, as it does after any half-done save.
        failed.push(format!(
            "The list of incidents could not be updated ({error}); it is made again when the list of incidents next opens."
        ));
    }
    (saved, failed)
}

/// Keeps an incident's changes in this tab, unsaved, as a change made on
/// one of its pages would be.
fn keep_in_tab(state: &AppState, incident: Incident, changes: Vec<Change>) {
    let mut shown = incident;
    for change in changes {
        if let Ok(next) = replay(Some(shown.clone()), std::slice::from_ref(&change)) {
            shown = next;
        }
        state.keep_change(change, shown.clone());
    }
}
