use super::IncidentSession;
use crate::report::{build, markdown, ReportMeta};
use crate::sync::SaveStatus;
use crate::ui::components::{Button, NotificationBanner, WarningText};
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

/// Whether the last change was saved, always visible, announced when it
/// changes, with a way to try again once the problem is fixed; what another
/// tab changed; and, when another tab's version no longer lets this tab's
/// change apply, both versions and the choice between them.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let state = AppState::get();
    let session = IncidentSession::get();
    let id = StoredValue::new(session.id());
    let status = Memo::new(move |_| state.save_status(&id.get_value()));
    let conflict = Memo::new(move |_| {
        state
            .pending(&id.get_value())
            .and_then(|p| p.conflict().cloned())
    });
    let unsaved =
        move || matches!(status.get(), SaveStatus::NotSaved(_)) && conflict.with(Option::is_none);
    let text = move || match status.get() {
        SaveStatus::Unchanged => "All changes saved in this browser".to_owned(),
        SaveStatus::Saving => "Saving…".to_owned(),
        SaveStatus::Saved(at) => format!("Saved at {}", time::time_of_day(at)),
        SaveStatus::NotSaved(reason) => format!("Not saved: {reason}"),
    };
    let class = move || match status.get() {
        SaveStatus::NotSaved(_) => "app-save-status app-save-status--unsaved",
        _ => "app-save-status",
    };
    view! {
        <p class=class role="status">{text}</p>
        {move || session.changed_elsewhere.get().map(|text| view! {
            <NotificationBanner text title_id="changed-elsewhere-title">
                <p class="govuk-body">"The page shows the latest version. Anything you were typing is still here."</p>
            </NotificationBanner>
        })}
        <Show when=move || state.locks_missing.get()>
            <WarningText>
                "This browser cannot stop two tabs saving over each other. Keep Incident Desk open in one tab only."
            </WarningText>
        </Show>
        <Show when=unsaved>
            <p class="govuk-body">
                "Your changes are kept on this page until they save. Do not close this tab."
            </p>
            <Button
                text="Try saving again"
                button_type="button"
                classes="govuk-button--secondary"
                on:click=move |_| session.retry_save()
            />
        </Show>
        {move || conflict.get().map(|saved| view! { <Conflict saved /> })}
    }
}

/// Both versions, as reports, and the choice: keep both (merged, losing no
/// entry) or take the saved one and drop this tab's changes.
#[component]
fn Conflict(saved: crate::domain::Incident) -> impl IntoView {
    let state = AppState::get();
    let session = IncidentSession::get();
    let report = |incident: &crate::domain::Incident| {
        state.playbook.with_untracked(|playbook| {
            let meta = ReportMeta::as_of_latest(incident);
            markdown(&build(incident, playbook, &state.team_zone(), &meta))
        })
    };
    let theirs = report(&saved);
    let mine = session.incident.with_untracked(report);
    view! {
        <div class="govuk-inset-text">
            <h2 class="govuk-heading-m">"Choose which version to keep"</h2>
            <p class="govuk-body">
                "Another tab or window saved a version of this incident on which your last change no longer fits. "
                "Keeping both merges them: every timeline entry from each is kept, and where both changed something, the later change is used and the other is noted on the timeline."
            </p>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">"Your version"</span>
                </summary>
                <div class="govuk-details__text"><pre class="app-raw-data" tabindex="0">{mine}</pre></div>
            </details>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">"The saved version"</span>
                </summary>
                <div class="govuk-details__text"><pre class="app-raw-data" tabindex="0">{theirs}</pre></div>
            </details>
            <div class="govuk-button-group">
                <Button prevent_double_click=true text="Keep both" button_type="button" on:click=move |_| session.settle_conflict(true) />
                <Button prevent_double_click=true text="Use the saved version" button_type="button" classes="govuk-button--secondary" on:click=move |_| session.settle_conflict(false) />
            </div>
        </div>
    }
}
