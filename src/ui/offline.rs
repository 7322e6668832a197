//! Working offline, as the page sees it: whether the network is there, and
//! whether a new version of the app is waiting (the service worker itself is
//! registered by `static/offline.js`).

use super::components::{Button, NotificationBanner};
use super::state::AppState;
use leptos::prelude::*;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn online_now() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

fn update_announced() -> bool {
    window()
        .and_then(|w| js_sys::Reflect::get(&w, &"incidentDeskUpdate".into()).ok())
        .and_then(|flag| flag.as_bool())
        .unwrap_or(false)
}

/// Says, while the network is gone, that the app carries on without it.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let online = RwSignal::new(online_now());
    let up = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let down = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        up.remove();
        down.remove();
    });
    view! {
        <div role="status">
            <Show when=move || !online.get()>
                <p class="govuk-body app-offline">
                    <strong class="govuk-tag govuk-tag--grey">"Offline"</strong>
                    " No network. Incident Desk keeps working, and saves everything in this browser."
                </p>
            </Show>
        </div>
    }
}

/// Offers a new version once one is waiting, and moves to it only when no
/// change is left unsaved.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = AppState::get();
    let waiting = RwSignal::new(update_announced());
    let listener =
        window_event_listener_untyped("incident-desk-update", move |_| waiting.set(true));
    on_cleanup(move || listener.remove());
    let problem = RwSignal::new(None::<&'static str>);
    let update = move |_| {
        if state.has_unsaved() {
            problem.set(Some(
                "Some changes are not saved yet. Save them (or try saving again) before you update, so nothing is lost.",
            ));
            return;
        }
        if crate::ui::platform::tab_memory_unexported() {
            problem.set(Some(
                "This browser is keeping nothing, so updating would lose your incidents. Export everything first.",
            ));
            return;
        }
        if let Some(window) = window() {
            if let Ok(event) = web_sys::Event::new("incident-desk-apply-update") {
                let _ = window.dispatch_event(&event);
            }
        }
    };
    view! {
        <Show when=move || waiting.get()>
            <NotificationBanner text="A new version of Incident Desk is available" title_id="update-title">
                <p class="govuk-body">"Everything you have saved stays as it is."</p>
                <Button text="Use the new version" button_type="button" on:click=update />
                <p class="govuk-body" role="status">{move || problem.get()}</p>
            </NotificationBanner>
        </Show>
    }
}
