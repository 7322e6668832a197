//! The chosen folder, remembered between visits: a folder handle can be
//! kept in IndexedDB (not in `localStorage`), so the next visit reconnects
//! by itself where the browser has kept its permission.

use super::disk::DirectoryHandle;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "incident-desk";
const STORE: &str = "team-folder";
const KEY: &str = "folder";

/// Keeps `handle` for the next visit.
pub async fn keep(handle: &DirectoryHandle) -> Result<(), String> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let request = store
        .put_with_key(handle, &KEY.into())
        .map_err(|e| described(&e))?;
    done(&request).await.map(|_| ())
}

/// The folder kept by an earlier visit, if there is one.
pub async fn kept() -> Option<DirectoryHandle> {
    let store = store(IdbTransactionMode::Readonly).await.ok()?;
    let request = store.get(&KEY.into()).ok()?;
    let handle = done(&request).await.ok()?;
    (!handle.is_undefined() && !handle.is_null()).then(|| handle.unchecked_into())
}

/// Forgets the folder: the folder itself, and everything in it, stays.
pub async fn forget() -> Result<(), String> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let request = store.delete(&KEY.into()).map_err(|e| described(&e))?;
    done(&request).await.map(|_| ())
}

async fn store(mode: IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser keeps no IndexedDB for this page")?;
    let opening = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|e| described(&e))?;
    let upgrade = Closure::once_into_js(|event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    opening.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let database: IdbDatabase = done(&opening).await?.unchecked_into();
    let transaction = database
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| described(&e))?;
    transaction.object_store(STORE).map_err(|e| described(&e))
}

/// The request's result, once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let request = request.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let on_success = Closure::once_into_js(move |event: web_sys::Event| {
            let result = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::UNDEFINED, &result);
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let error = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.error().ok().flatten())
                .map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::UNDEFINED, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| described(&e))
}

fn described(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "the browser refused".to_owned())
}
