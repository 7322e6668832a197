//! The page frame (header, phase banner, footer) and the hash router.

use super::components::{focus_element, Footer, GenericHeader, PhaseBanner, SkipLink};
use super::pages::{DeclarePage, EditDetailsPage, IncidentPage, NotFoundPage, RegisterPage};
use super::platform::current_hash;
use super::route::Route;
use super::state::AppState;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let route = RwSignal::new(Route::parse(&current_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
        // Tell keyboard and screen reader users the page changed.
        request_animation_frame(|| focus_element("main-content"));
    });
    on_cleanup(move || listener.remove());
    // Closing the tab would lose changes that did not save: ask first.
    let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        if state.has_unsaved() {
            event.prevent_default();
        }
    });
    on_cleanup(move || unload.remove());
    let page = move || match route.get() {
        Route::Register => view! { <RegisterPage /> }.into_any(),
        Route::Declare => view! { <DeclarePage /> }.into_any(),
        Route::Incident(id) => view! { <IncidentPage id /> }.into_any(),
        Route::EditDetails(id) => view! { <EditDetailsPage id /> }.into_any(),
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    };
    view! {
        <SkipLink text="Skip to main content" href="#main-content" />
        <header class="govuk-template__header">
            <GenericHeader logo_text="Incident Desk" href="#/" />
        </header>
        <PhaseBanner tag="Alpha" text="A new tool. Everything you enter is saved in this browser only." />
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                {page}
            </main>
        </div>
        <Footer meta_text="Incident Desk saves incidents in this browser only. Nothing you enter is sent anywhere." />
    }
}
