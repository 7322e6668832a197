//! The few browser calls the pages need beyond rendering: storage, random
//! bits for ids, the page title, the location hash and the clipboard.

use crate::store::{
    Backend, IncidentStore, IndexMemory, MemoryBackend, StoreError, INCIDENT_PREFIX, PLAYBOOK_KEY,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where the app keeps its data: this browser's storage, or, when the
/// browser will not allow any (blocked, or some private windows), this tab's
/// memory, so the app still works and can export before the tab closes.
pub enum AppBackend {
    #[cfg(target_arch = "wasm32")]
    Kept(crate::store::LocalStorage),
    ThisTabOnly(Rc<RefCell<MemoryBackend>>),
}

thread_local! {
    /// An index rebuilt this session that storage had no room for.
    static INDEX_MEMORY: IndexMemory = IndexMemory::default();
    /// Everything, when the browser keeps nothing.
    static TAB_MEMORY: Rc<RefCell<MemoryBackend>> = Rc::new(RefCell::new(MemoryBackend::for_a_tab()));
    /// Whether the tab's memory holds incidents or settings changed since
    /// the last full export: closing the tab would lose them.
    static TAB_MEMORY_UNEXPORTED: Cell<bool> = const { Cell::new(false) };
}

/// Whether this tab keeps everything in its memory and holds changes not
/// yet exported, which leaving the page would lose.
pub fn tab_memory_unexported() -> bool {
    TAB_MEMORY_UNEXPORTED.with(Cell::get)
}

/// Everything in the tab's memory is in a file the person has.
pub fn tab_memory_exported() {
    TAB_MEMORY_UNEXPORTED.with(|unexported| unexported.set(false));
}

fn note_tab_memory_change(key: &str) {
    if key.starts_with(INCIDENT_PREFIX) || key.starts_with(PLAYBOOK_KEY) {
        TAB_MEMORY_UNEXPORTED.with(|unexported| unexported.set(true));
    }
}

/// Why this browser is keeping nothing, if it is not.
pub fn storage_refused() -> Option<StoreError> {
    #[cfg(target_arch = "wasm32")]
    return crate::store::LocalStorage::open().err();
    #[cfg(not(target_arch = "wasm32"))]
    return Some(StoreError::Unavailable("not in a browser".into()));
}

/// The incident store. Opened per use: it is cheap, and it means another
/// tab's saves are always seen. It always opens: when the browser allows
/// no storage, it is this tab's memory.
pub fn open_store() -> IncidentStore<AppBackend> {
    #[cfg(target_arch = "wasm32")]
    let backend = match crate::store::LocalStorage::open() {
        Ok(storage) => AppBackend::Kept(storage),
        Err(_) => AppBackend::ThisTabOnly(TAB_MEMORY.with(Clone::clone)),
    };
    #[cfg(not(target_arch = "wasm32"))]
    let backend = AppBackend::ThisTabOnly(TAB_MEMORY.with(Clone::clone));
    let memory = INDEX_MEMORY.with(Clone::clone);
    IncidentStore::new(backend).with_index_memory(memory)
}

impl Backend for AppBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppBackend::Kept(storage) => storage.get(key),
            AppBackend::ThisTabOnly(memory) => memory.borrow().get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppBackend::Kept(storage) => storage.set(key, value),
            AppBackend::ThisTabOnly(memory) => {
                note_tab_memory_change(key);
                memory.borrow_mut().set(key, value)
            }
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppBackend::Kept(storage) => storage.remove(key),
            AppBackend::ThisTabOnly(memory) => {
                note_tab_memory_change(key);
                memory.borrow_mut().remove(key)
            }
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppBackend::Kept(storage) => storage.keys(),
            AppBackend::ThisTabOnly(memory) => memory.borrow().keys(),
        }
    }

    fn used_chars(&self) -> Result<usize, StoreError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppBackend::Kept(storage) => storage.used_chars(),
            AppBackend::ThisTabOnly(memory) => memory.borrow().used_chars(),
        }
    }
}

/// The browser's storage manager, where it has one (secure pages only).
fn storage_manager() -> Option<web_sys::StorageManager> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    (!manager.is_undefined() && !manager.is_null()).then(|| manager.unchecked_into())
}

async fn resolve(promise: Option<js_sys::Promise>) -> Option<wasm_bindgen::JsValue> {
    wasm_bindgen_futures::JsFuture::from(promise?).await.ok()
}

/// Asks the browser to keep this site's data even when it runs short of
/// space. Asked inside the person's own action, as browsers expect; the
/// answer (`None` if the browser cannot say) arrives later.
pub fn ask_to_persist() -> impl std::future::Future<Output = Option<bool>> {
    let asked = storage_manager().and_then(|manager| manager.persist().ok());
    async move { resolve(asked).await?.as_bool() }
}

/// Whether the browser has agreed to keep this site's data.
pub async fn persisted() -> Option<bool> {
    resolve(storage_manager().and_then(|manager| manager.persisted().ok()))
        .await?
        .as_bool()
}

/// What the browser says this site uses in all (the offline copy of the app
/// included) and may use, in bytes.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    let estimate: web_sys::StorageEstimate =
        resolve(storage_manager().and_then(|manager| manager.estimate().ok()))
            .await?
            .dyn_into()
            .ok()?;
    Some((estimate.get_usage()?, estimate.get_quota()?))
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

/// Waits for the browser's next turn, so it can draw and handle input
/// between slices of long work.
pub async fn next_turn() {
    wait(std::time::Duration::ZERO).await;
}

/// Waits `time`, letting the page get on meanwhile.
pub async fn wait(time: std::time::Duration) {
    let millis = i32::try_from(time.as_millis()).unwrap_or(i32::MAX);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let waited = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
                .ok()
        });
        if waited.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

/// How far a copy got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// As a document and as text.
    Document,
    /// As text alone: the browser would not take the document.
    TextOnly,
    Refused,
}

/// Puts a document on the clipboard as HTML, so a paste into Google Docs or
/// Word keeps its headings, lists and tables, and as `text` for anywhere
/// that takes only text. A browser without `ClipboardItem`, or that refuses
/// it, gets the text alone.
pub async fn copy_document(html: &str, text: String) -> Copied {
    let Some(window) = web_sys::window() else {
        return Copied::Refused;
    };
    let has_items = js_sys::Reflect::has(&window, &"ClipboardItem".into()).unwrap_or(false);
    let blob = |text: &str, mime: &str| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        web_sys::Blob::new_with_str_sequence_and_options(
            &js_sys::Array::of1(&text.into()),
            &options,
        )
    };
    if has_items && js_sys::Reflect::has(&window.navigator(), &"clipboard".into()).unwrap_or(false)
    {
        let record = js_sys::Object::new();
        let item = blob(html, "text/html")
            .and_then(|html| js_sys::Reflect::set(&record, &"text/html".into(), &html))
            .and_then(|_| blob(&text, "text/plain"))
            .and_then(|plain| js_sys::Reflect::set(&record, &"text/plain".into(), &plain))
            .and_then(|_| {
                web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record)
            });
        if let Ok(item) = item {
            let written = window
                .navigator()
                .clipboard()
                .write(&js_sys::Array::of1(&item));
            if wasm_bindgen_futures::JsFuture::from(written).await.is_ok() {
                return Copied::Document;
            }
        }
    }
    if copy_to_clipboard(text).await {
        Copied::TextOnly
    } else {
        Copied::Refused
    }
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
