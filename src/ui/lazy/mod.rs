//! What the register does not need, split out of the first download
//! (`#[wasm_split]`, then build/split-wasm.mjs): the other pages, and the
//! work the app does in the background. Each chunk is fetched, its
//! integrity checked, the first time it is needed, and precached by the
//! service worker for offline use. A page whose chunk cannot be fetched (an
//! old version's, gone from the server) says so with a reload button, never
//! a blank page.

/// Splits each function given into the one chunk that holds what the
/// register does not need. One chunk, not one per page: each further split
/// cost more in all (the SW fetches every chunk on a first visit) than it
/// saved the page it was for, measured in bench/results.md.
///
/// Only with the `split` feature (Trunk's build): without it, as in the
/// browser tests, they are plain async functions, so nothing imports the
/// placeholder module that only the split step resolves.
macro_rules! split {
    ($($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block)*) => {
        $(
            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split(lazy, wasm_split_path = ::leptos::wasm_split, fallible)]
            $(#[$meta])* $vis fn $name($($arg: $ty),*) -> $ret $body

            #[cfg(not(feature = "split"))]
            $(#[$meta])* $vis async fn $name($($arg: $ty),*) -> $ret $body
        )*
    };
}

pub mod pages;
pub mod work;

use super::components::focus_page_heading;
use super::platform::set_page_title;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

type Loaded = Result<AnyView, SplitLoaderError>;

/// Work done in a chunk, started once it is loaded.
pub type Later = Result<Pin<Box<dyn Future<Output = ()>>>, SplitLoaderError>;

/// Runs work from a chunk; nothing at all if its chunk cannot be loaded
/// (the background work is tried again on its next turn).
pub async fn run_later(work: impl Future<Output = Later>) {
    if let Ok(work) = work.await {
        work.await;
    }
}

/// Shows the page once its chunk is loaded; `navigated` when it replaced
/// another page, to move focus to its heading as every page change does.
/// One type for every page (the future boxed): Leptos' view code is made
/// once, not once per page.
pub fn lazy_page(navigated: bool, load: Pin<Box<dyn Future<Output = Loaded>>>) -> AnyView {
    let load = leptos::__reexports::send_wrapper::SendWrapper::new(load);
    Suspend::new(async move {
        let page = match load.await {
            Ok(page) => page,
            Err(_) => view! { <ChunkFailed /> }.into_any(),
        };
        if navigated {
            request_animation_frame(focus_page_heading);
        }
        page
    })
    .into_any()
}

#[component]
fn ChunkFailed() -> impl IntoView {
    set_page_title("This page could not be loaded");
    let reload = |_| {
        let _ = window().location().reload();
    };
    view! {
        <h1 class="govuk-heading-l">"This page could not be loaded"</h1>
        <p class="govuk-body">
            "Part of Incident Desk did not download. The connection may have dropped, or a new version was published since this page opened."
        </p>
        <p class="govuk-body">"Everything saved in this browser is still there. Reload the page to try again."</p>
        <button type="button" class="govuk-button" data-module="govuk-button" on:click=reload>
            "Reload the page"
        </button>
    }
}
