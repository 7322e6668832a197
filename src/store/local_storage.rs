//! The browser's `localStorage`, with its failures turned into [`StoreError`]s.

use incident_desk_core::store::{Backend, StoreError};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

pub struct LocalStorage {
    storage: Storage,
}

impl LocalStorage {
    /// Fails when storage is turned off or blocked (some private windows, some
    /// browser settings), so the app can say so instead of losing work.
    pub fn open() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StoreError::Unavailable("no localStorage".into())),
            Err(error) => Err(StoreError::Unavailable(describe(&error))),
        }
    }

    /// The underlying storage, for tests that need to fill or clear it.
    pub fn raw(&self) -> &Storage {
        &self.storage
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage
            .get_item(key)
            .map_err(|error| StoreError::Unavailable(describe(&error)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|error| {
            if is_quota_exceeded(&error) {
                StoreError::QuotaExceeded
            } else {
                StoreError::WriteFailed(describe(&error))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage
            .remove_item(key)
            .map_err(|error| StoreError::WriteFailed(describe(&error)))
    }

    /// Measured in the page, without copying every value into the app.
    fn used_chars(&self) -> Result<usize, StoreError> {
        let mut used = 0;
        for key in self.keys()? {
            let value = js_sys::Reflect::get(&self.storage, &key.as_str().into())
                .ok()
                .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
                .map_or(0, |value| value.length() as usize);
            used += key.encode_utf16().count() + value;
        }
        Ok(used)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self
            .storage
            .length()
            .map_err(|error| StoreError::Unavailable(describe(&error)))?;
        Ok((0..count)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}

/// Chromium and WebKit throw `QuotaExceededError` (code 22); older Firefox
/// throws `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
pub fn is_quota_exceeded(error: &JsValue) -> bool {
    match error.dyn_ref::<DomException>() {
        Some(exception) => {
            matches!(exception.code(), 22 | 1014)
                || matches!(
                    exception.name().as_str(),
                    "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
                )
        }
        None => false,
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(exception) => format!("{}: {}", exception.name(), exception.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
