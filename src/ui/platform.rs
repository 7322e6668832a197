//! The few browser calls the pages need beyond rendering: storage, random
//! bits for ids, the page title, the location hash and the clipboard.

use crate::store::{IncidentStore, IndexMemory, StoreError};

#[cfg(target_arch = "wasm32")]
pub type AppBackend = crate::store::LocalStorage;
#[cfg(not(target_arch = "wasm32"))]
pub type AppBackend = crate::store::MemoryBackend;

thread_local! {
    /// An index rebuilt this session that storage had no room for.
    static INDEX_MEMORY: IndexMemory = IndexMemory::default();
}

/// The incident store over this browser's storage. Opened per use: it is
/// cheap, and it means another tab's saves are always seen.
pub fn open_store() -> Result<IncidentStore<AppBackend>, StoreError> {
    #[cfg(target_arch = "wasm32")]
    let backend = crate::store::LocalStorage::open()?;
    #[cfg(not(target_arch = "wasm32"))]
    let backend = crate::store::MemoryBackend::default();
    let memory = INDEX_MEMORY.with(Clone::clone);
    Ok(IncidentStore::new(backend).with_index_memory(memory))
}

/// 64 random bits from the browser's cryptographic generator, which (unlike
/// `crypto.randomUUID`) also works on plain-HTTP hosts.
pub fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes == [0; 8] {
        // No crypto: fall back to the clock, still unique per millisecond.
        return super::time::now().timestamp_millis() as u64;
    }
    u64::from_le_bytes(bytes)
}

pub fn set_page_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} – Incident Desk"));
    }
}

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn go_to(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(href.trim_start_matches('#'));
    }
}

/// Copies `text` with the Clipboard API. `false` when the browser refuses or
/// has no clipboard access (pages served over plain HTTP, some settings).
pub async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|clipboard| !clipboard.is_undefined())
        .unwrap_or(false);
    if !available {
        return false;
    }
    let written = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(written).await.is_ok()
}

/// Selects all the text in a text area, so the person can copy it themselves.
pub fn select_text(id: &str) {
    use wasm_bindgen::JsCast;
    let area = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let _ = area.focus();
        area.select();
    }
}

/// Saves `text` as a file called `name`, as the browser saves a download.
/// Everything stays in the browser: the file is made from memory.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&text.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not a link".to_owned())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Let the download start before the file is let go.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Opens the browser's print dialogue, where the page can also be saved as a PDF.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
