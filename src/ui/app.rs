//! The page frame (header, phase banner, footer) and the hash router.

use super::components::{focus_page_heading, Footer, GenericHeader, PhaseBanner, SkipLink};
use super::lazy::{self, lazy_page, pages, run_later};
use super::offline::{OfflineNotice, UpdateBanner};
use super::pages::{
    NameInHeader, NotFoundPage, PlaybookBanners, RegisterPage, Shown, StorageBanner,
};
use super::platform::current_hash;
use super::route::Route;
use super::state::AppState;
use super::team::Connection;
use crate::domain::IncidentId;
use crate::store::{INCIDENT_PREFIX, PLAYBOOK_KEY};
use leptos::prelude::*;

/// Whether the page is the one on screen.
fn page_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Calls `run` whenever the page comes back on screen, for as long as the
/// page is open.
fn when_shown_again(run: impl Fn() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if page_visible() {
            run();
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let route = RwSignal::new(Route::parse(&current_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
        // Tell keyboard and screen reader users the page changed.
        request_animation_frame(focus_page_heading);
    });
    on_cleanup(move || listener.remove());
    // Closing the tab would lose changes that did not save, or (when the
    // browser keeps nothing) anything not exported: ask first.
    let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        if state.has_unsaved() || super::platform::tab_memory_unexported() {
            event.prevent_default();
        }
    });
    on_cleanup(move || unload.remove());
    // The team folder: reconnected if an earlier visit chose one, synced
    // every 30 seconds while the page is visible, and whenever it is shown
    // again or focused.
    state.team.start(state);
    let tick = set_interval_with_handle(
        move || {
            state.clock.set(super::time::now());
            // Background tabs too: the reminder is for when you look away.
            if super::reminders::permitted() {
                leptos::task::spawn_local(run_later(lazy::work::remind(state)));
            }
            if page_visible() {
                leptos::task::spawn_local(state.team.run(state));
            }
        },
        std::time::Duration::from_secs(30),
    );
    let focused = window_event_listener(leptos::ev::focus, move |_| {
        leptos::task::spawn_local(state.team.run(state));
    });
    on_cleanup(move || focused.remove());
    when_shown_again(move || leptos::task::spawn_local(state.team.run(state)));
    on_cleanup(move || {
        if let Ok(tick) = tick {
            tick.clear();
        }
    });
    // Another tab saved new settings: use them here too.
    let settings = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key().unwrap_or_default();
        if key == PLAYBOOK_KEY {
            state.reload_playbook();
        }
        // A save that wrote over this tab's last one is repaired here, or
        // by the incident's own page when it is open, to show the result.
        let id = key
            .strip_prefix(INCIDENT_PREFIX)
            .and_then(|id| IncidentId::parse(id).ok())
            .filter(|id| route.with_untracked(|r| r.incident() != Some(id)));
        if let Some(id) = id {
            leptos::task::spawn_local(run_later(lazy::work::merge_back(state, id)));
        }
    });
    on_cleanup(move || settings.remove());
    // The first page drawn is the one opened; every later one replaced it.
    let first = StoredValue::new(true);
    let page = move || {
        let navigated = !first.get_value();
        first.set_value(false);
        match route.get() {
            Route::Register => view! { <RegisterPage /> }.into_any(),
            Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            Route::Triage(answers) => lazy_page(navigated, Box::pin(pages::triage(answers))),
            Route::TriageResult(answers) => {
                lazy_page(navigated, Box::pin(pages::triage_result(answers)))
            }
            Route::NotAnIncident(answers) => {
                lazy_page(navigated, Box::pin(pages::not_an_incident(answers)))
            }
            Route::Declare(triage) => lazy_page(navigated, Box::pin(pages::declare(triage))),
            Route::Incident(id) => {
                lazy_page(navigated, Box::pin(pages::incident(id, Shown::Overview)))
            }
            Route::Task(id, task) => {
                lazy_page(navigated, Box::pin(pages::incident(id, Shown::Task(task))))
            }
            Route::Report(id) => lazy_page(navigated, Box::pin(pages::incident(id, Shown::Report))),
            Route::Settings => lazy_page(navigated, Box::pin(pages::settings())),
            Route::Import => lazy_page(navigated, Box::pin(pages::import())),
            Route::TeamFolder => lazy_page(navigated, Box::pin(pages::team_folder())),
            Route::Recover => lazy_page(navigated, Box::pin(pages::recover())),
            Route::AccessibilityStatement => lazy_page(navigated, Box::pin(pages::accessibility())),
        }
    };
    view! {
        <SkipLink text="Skip to main content" href="#main-content" />
        <header class="govuk-template__header">
            <GenericHeader logo_text="Incident Desk" href="#/" />
        </header>
        <PhaseBanner tag="Alpha" text=Signal::derive(move || format!("A new tool. Everything you enter is saved {}.", kept_in(&state))) />
        <div class="govuk-width-container">
            <NameInHeader />
            <OfflineNotice />
            <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                <UpdateBanner />
                <StorageBanner />
                <PlaybookBanners />
                // Shown while a page's chunk downloads, the first time only.
                <Suspense fallback=|| view! { <p class="govuk-body">"Loading…"</p> }>{page}</Suspense>
            </main>
        </div>
        <Footer
            meta_text=Signal::derive(move || {
                format!("Incident Desk saves incidents {}. Nothing you enter is sent anywhere else.", kept_in(&state))
            })
            links=vec![
                ("Accessibility statement", Route::AccessibilityStatement.href()),
                ("Settings", Route::Settings.href()),
            ]
        />
    }
}

/// Where incidents are kept, said truthfully once a team folder is in use:
/// it is the only place anything goes beyond this browser.
fn kept_in(state: &AppState) -> String {
    match state.team.connection.get() {
        Connection::Connected(folder) => {
            format!("in this browser and in the team folder “{folder}”")
        }
        _ => "in this browser only".to_owned(),
    }
}
