//! State shared by every page: who is using the app and whether the last
//! change was saved.

use super::platform::open_store;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Unchanged,
    Saving,
    Saved(DateTime<Utc>),
    /// The change is kept on this page only; the message says why.
    NotSaved(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The name recorded against changes made in this browser.
    pub your_name: RwSignal<String>,
    pub save_state: RwSignal<SaveState>,
    /// A message for the next page to show, such as “Incident declared”.
    pub flash: RwSignal<Option<String>>,
}

impl AppState {
    pub fn new() -> Self {
        let name = open_store()
            .and_then(|store| store.your_name())
            .ok()
            .flatten()
            .unwrap_or_default();
        Self {
            your_name: RwSignal::new(name),
            save_state: RwSignal::new(SaveState::Unchanged),
            flash: RwSignal::new(None),
        }
    }

    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Remembers the name for next time. Failing to remember it is harmless:
    /// the name is still used on this page.
    pub fn remember_name(&self) {
        let name = self.your_name.get_untracked();
        if let Ok(mut store) = open_store() {
            let _ = store.remember_name(&name);
        }
    }
}
