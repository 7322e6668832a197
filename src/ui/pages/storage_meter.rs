//! How full this browser's storage for Incident Desk is, with advice before
//! it fills, and whether the browser has agreed to keep it.

use crate::store::UsageLevel;
use crate::ui::components::WarningText;
use crate::ui::platform::{open_store, persisted, storage_estimate};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = AppState::get();
    // Measuring reads every saved value, so it waits until the page is shown.
    let usage = RwSignal::new(None);
    request_idle_callback(move || usage.set(open_store().usage().ok()));
    // Asked of the browser once the page is shown.
    let estimate = RwSignal::new(None::<(f64, f64)>);
    leptos::task::spawn_local(async move {
        if let Some(kept) = persisted().await {
            state.persisted.set(Some(kept));
        }
        estimate.set(storage_estimate().await);
    });
    let advice = move || {
        usage.get().map(|usage| match usage.level() {
        UsageLevel::Fine => None,
        UsageLevel::Filling => Some(view! {
            <WarningText>
                {format!("Storage is {}% full. Export your incidents, then delete closed incidents you no longer need.", usage.percent())}
            </WarningText>
        }),
        UsageLevel::NearlyFull => Some(view! {
            <WarningText>
                {format!("Storage is {}% full, and changes will soon fail to save. Export your incidents now, then delete closed incidents you no longer need.", usage.percent())}
            </WarningText>
        }),
    })
    };
    let kept = move || {
        state.persisted.get().map(|kept| {
            if kept {
                "This browser has agreed to keep Incident Desk’s data even when it runs short of space."
            } else {
                "This browser may clear Incident Desk’s data if it runs short of space, so export your incidents regularly."
            }
        })
    };
    // Tenths of a megabyte, as whole numbers: no float formatting in the app.
    let site = move || {
        estimate.get().map(|(used, _)| {
            let tenths = (used / 100_000.0) as u64;
            format!(
                "In all, the browser reports {}.{} MB in use for this site, including the copy of the app kept for working offline.",
                tenths / 10,
                tenths % 10
            )
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Storage"</h2>
        <p class="govuk-body">
            {move || usage.get().map(|usage| format!("Incident Desk is using {} of this browser’s storage.", usage.describe()))}
        </p>
        {advice}
        <p class="govuk-body">{kept}</p>
        <p class="govuk-body">{site}</p>
    }
}
