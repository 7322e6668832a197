//! The page frame (header, phase banner, footer) and the hash router.

use super::components::{focus_page_heading, Footer, GenericHeader, PhaseBanner, SkipLink};
use super::offline::{OfflineNotice, UpdateBanner};
use super::pages::{
    AccessibilityPage, DeclarePage, ImportPage, IncidentPage, NameInHeader, NotAnIncidentPage,
    NotFoundPage, PlaybookBanners, RecoverPage, RegisterPage, SettingsPage, Shown, StorageBanner,
    TeamFolderPage, TriagePage, TriageResultPage,
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
            super::reminders::remind(state);
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
            if state.on_foreign_write(&id) == crate::sync::ForeignWrite::MergeBack {
                leptos::task::spawn_local(async move {
                    state.save(id).await;
                });
            }
        }
    });
    on_cleanup(move || settings.remove());
    let page = move || match route.get() {
        Route::Register => view! { <RegisterPage /> }.into_any(),
        Route::Triage(answers) => view! { <TriagePage answers /> }.into_any(),
        Route::TriageResult(answers) => view! { <TriageResultPage answers /> }.into_any(),
        Route::NotAnIncident(answers) => view! { <NotAnIncidentPage answers /> }.into_any(),
        Route::Declare(triage) => view! { <DeclarePage triage /> }.into_any(),
        Route::Incident(id) => view! { <IncidentPage id page=Shown::Overview /> }.into_any(),
        Route::Task(id, task) => view! { <IncidentPage id page=Shown::Task(task) /> }.into_any(),
        Route::Report(id) => view! { <IncidentPage id page=Shown::Report /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Import => view! { <ImportPage /> }.into_any(),
        Route::TeamFolder => view! { <TeamFolderPage /> }.into_any(),
        Route::Recover => view! { <RecoverPage /> }.into_any(),
        Route::AccessibilityStatement => view! { <AccessibilityPage /> }.into_any(),
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
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
                {page}
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
