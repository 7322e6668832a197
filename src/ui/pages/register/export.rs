use crate::domain::IncidentId;
use crate::ui::components::{Button, WarningText};
use crate::ui::lazy::work::export_everything;
use crate::ui::platform::open_store;
use crate::ui::state::AppState;
use crate::ui::time;
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;

/// Reminds the person to keep a copy when there has never been a full
/// export, or the last is more than a week old, unless every incident's
/// own file or report was downloaded within the week.
#[component]
pub fn ExportReminder(
    incidents: Signal<Vec<IncidentId>>,
    exported: RwSignal<u32>,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        exported.track();
        let store = open_store();
        let last = store.last_export();
        let now = state.clock.get();
        let recent = |at: DateTime<Utc>| now - at <= Duration::days(7);
        let downloads = store.downloads();
        let ids = incidents.get();
        let each_downloaded = ids
            .iter()
            .all(|id| downloads.get(id).copied().is_some_and(recent));
        let stale = !last.is_some_and(recent) && !each_downloaded;
        (!ids.is_empty() && stale).then(|| {
            let when = match last {
                None => "You have not exported your incidents from this browser yet.".to_owned(),
                Some(at) => format!("You last exported your incidents on {}.", time::date_and_time(at)),
            };
            view! {
                <WarningText>
                    {when}
                    " If this browser’s data is cleared, they are gone. Export everything and keep the file on your team drive."
                </WarningText>
            }
        })
    }
}

/// Saves every incident and the team's settings as one JSON file.
#[component]
pub fn ExportEverything(exported: RwSignal<u32>) -> impl IntoView {
    let state = AppState::get();
    let outcome = RwSignal::new(None::<Result<usize, String>>);
    let on_click = move |_| {
        leptos::task::spawn_local(async move {
            let result = export_everything(state).await;
            if result.is_ok() {
                exported.update(|n| *n += 1);
            }
            outcome.set(Some(result));
        });
    };
    let message = move || {
        outcome.get().map(|result| match result {
            Ok(0) => "Your incidents are exported. Keep the file on your team drive.".to_owned(),
            Ok(n) => format!(
                "Your incidents are exported, except {n} that cannot be read: their saved data is left untouched in this browser."
            ),
            Err(error) => format!("The browser did not save the file ({error})."),
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Keep a copy"</h2>
        <p class="govuk-body">
            "Export every incident and your settings as one file, to keep on your team drive or to move to another browser."
        </p>
        <Button text="Export everything" button_type="button" classes="govuk-button--secondary" on:click=on_click />
        <p class="govuk-body" role="status">{message}</p>
        <p class="govuk-body">
            <a class="govuk-link" href=crate::ui::route::Route::Import.href()>"Import a file"</a>
            ", such as a teammate’s copy of an incident you both worked on."
        </p>
    }
}
