//! The team folder on disk, through the browser's File System Access API:
//! a folder the person chose, read and written as `sync::Folder` asks.
//! Bound by hand, as `locks.rs` binds Web Locks: the few calls used, each
//! caught, so a browser (or a stand-in) without one says so in words.

use crate::sync::{FileInfo, Folder, FolderError};
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// A `FileSystemDirectoryHandle`.
    #[derive(Clone, Debug)]
    pub type DirectoryHandle;

    #[wasm_bindgen(method, getter)]
    pub fn name(this: &DirectoryHandle) -> String;

    #[wasm_bindgen(method, catch, js_name = getDirectoryHandle)]
    fn get_directory_handle(
        this: &DirectoryHandle,
        name: &str,
        options: &JsValue,
    ) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = getFileHandle)]
    fn get_file_handle(
        this: &DirectoryHandle,
        name: &str,
        options: &JsValue,
    ) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn values(this: &DirectoryHandle) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = queryPermission)]
    fn query_permission(this: &DirectoryHandle, descriptor: &JsValue) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = requestPermission)]
    fn request_permission(this: &DirectoryHandle, descriptor: &JsValue)
        -> Result<Promise, JsValue>;

    /// A `FileSystemFileHandle`.
    type FileHandle;

    #[wasm_bindgen(method, catch, js_name = getFile)]
    fn get_file(this: &FileHandle) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = createWritable)]
    fn create_writable(this: &FileHandle) -> Result<Promise, JsValue>;

    /// A `FileSystemWritableFileStream`.
    type Writable;

    #[wasm_bindgen(method, catch)]
    fn write(this: &Writable, data: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn close(this: &Writable) -> Result<Promise, JsValue>;
}

/// Whether this browser can use a folder on disk (Chromium-based browsers
/// can; Firefox and Safari cannot, today).
pub fn supported() -> bool {
    web_sys::window()
        .and_then(|window| Reflect::get(&window, &"showDirectoryPicker".into()).ok())
        .is_some_and(|picker| picker.is_function())
}

/// Asks the person to choose a folder, for reading and writing. Call it
/// from their click. `None` if they cancelled.
pub async fn choose() -> Result<Option<DirectoryHandle>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let picker: js_sys::Function = Reflect::get(&window, &"showDirectoryPicker".into())
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or("This browser cannot use a folder on disk.")?;
    let options = Object::new();
    let _ = Reflect::set(&options, &"mode".into(), &"readwrite".into());
    let _ = Reflect::set(&options, &"id".into(), &"incident-desk-team".into());
    let chosen = picker
        .call1(&window, &options)
        .map_err(|e| described(&e))?
        .dyn_into::<Promise>()
        .map_err(|_| "the folder picker did not answer".to_owned())?;
    match JsFuture::from(chosen).await {
        Ok(handle) => Ok(Some(handle.unchecked_into())),
        Err(error) if error_name(&error) == "AbortError" => Ok(None),
        Err(error) => Err(described(&error)),
    }
}

/// Whether the browser lets this page read and write the folder: `ask`
/// asks the person (from their click), otherwise it only checks.
pub async fn permitted(handle: &DirectoryHandle, ask: bool) -> bool {
    let descriptor = Object::new();
    let _ = Reflect::set(&descriptor, &"mode".into(), &"readwrite".into());
    let asked = if ask {
        handle.request_permission(&descriptor)
    } else {
        handle.query_permission(&descriptor)
    };
    let Ok(promise) = asked else {
        // Stand-ins without the permission calls: allowed while in hand.
        return true;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|state| state.as_string())
        .is_some_and(|state| state == "granted")
}

/// The folder the person chose.
pub struct Disk {
    pub root: DirectoryHandle,
}

impl Disk {
    /// The folder at `path` (names joined by `/`), made if `create`.
    async fn directory(&self, path: &str, create: bool) -> Result<DirectoryHandle, FolderError> {
        let mut at = self.root.clone();
        for name in path.split('/').filter(|n| !n.is_empty()) {
            let promise = at
                .get_directory_handle(name, &create_option(create))
                .map_err(|e| failure(&e, FolderError::ReadFailed))?;
            at = JsFuture::from(promise)
                .await
                .map_err(|e| failure(&e, FolderError::ReadFailed))?
                .unchecked_into();
        }
        Ok(at)
    }

    async fn file(&self, path: &str, create: bool) -> Result<FileHandle, FolderError> {
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
        let kind = if create {
            FolderError::WriteFailed
        } else {
            FolderError::ReadFailed
        };
        let directory = self.directory(dir, create).await?;
        let promise = directory
            .get_file_handle(name, &create_option(create))
            .map_err(|e| failure(&e, kind))?;
        Ok(JsFuture::from(promise)
            .await
            .map_err(|e| failure(&e, kind))?
            .unchecked_into())
    }
}

impl Folder for Disk {
    async fn list(&self, dir: &str) -> Result<Vec<FileInfo>, FolderError> {
        let directory = match self.directory(dir, false).await {
            Ok(directory) => directory,
            Err(FolderError::NotFound) => return Ok(Vec::new()),
            Err(error) => return Err(error),
        };
        let read = FolderError::ReadFailed;
        let entries = directory.values().map_err(|e| failure(&e, read))?;
        let next: js_sys::Function = Reflect::get(&entries, &"next".into())
            .ok()
            .and_then(|n| n.dyn_into().ok())
            .ok_or_else(|| read("the folder cannot be listed".into()))?;
        let mut files = Vec::new();
        loop {
            let step = next.call0(&entries).map_err(|e| failure(&e, read))?;
            let step = JsFuture::from(Promise::resolve(&step))
                .await
                .map_err(|e| failure(&e, read))?;
            if Reflect::get(&step, &"done".into()).is_ok_and(|done| done.is_truthy()) {
                break;
            }
            let handle = Reflect::get(&step, &"value".into()).map_err(|e| failure(&e, read))?;
            let is_file = Reflect::get(&handle, &"kind".into())
                .ok()
                .and_then(|k| k.as_string())
                .is_some_and(|kind| kind == "file");
            if !is_file {
                continue;
            }
            let handle: FileHandle = handle.unchecked_into();
            let file = handle.get_file().map_err(|e| failure(&e, read))?;
            let file: web_sys::File = JsFuture::from(file)
                .await
                .map_err(|e| failure(&e, read))?
                .unchecked_into();
            files.push(FileInfo {
                name: file.name(),
                size: file.size() as u64,
                modified: file.last_modified() as i64,
            });
        }
        Ok(files)
    }

    async fn read(&self, path: &str) -> Result<String, FolderError> {
        let read = FolderError::ReadFailed;
        let handle = self.file(path, false).await?;
        let file = handle.get_file().map_err(|e| failure(&e, read))?;
        let file: web_sys::File = JsFuture::from(file)
            .await
            .map_err(|e| failure(&e, read))?
            .unchecked_into();
        JsFuture::from(file.text())
            .await
            .map_err(|e| failure(&e, read))?
            .as_string()
            .ok_or_else(|| read("it is not text".into()))
    }

    async fn write(&self, path: &str, text: &str) -> Result<(), FolderError> {
        let write = FolderError::WriteFailed;
        let handle = self.file(path, true).await?;
        let stream = handle.create_writable().map_err(|e| failure(&e, write))?;
        let stream: Writable = JsFuture::from(stream)
            .await
            .map_err(|e| failure(&e, write))?
            .unchecked_into();
        // Written to the side and swapped in on close, so a reader never
        // sees half a file.
        let written = stream.write(text).map_err(|e| failure(&e, write))?;
        JsFuture::from(written)
            .await
            .map_err(|e| failure(&e, write))?;
        let closed = stream.close().map_err(|e| failure(&e, write))?;
        JsFuture::from(closed)
            .await
            .map_err(|e| failure(&e, write))?;
        Ok(())
    }
}

fn create_option(create: bool) -> JsValue {
    let options = Object::new();
    let _ = Reflect::set(&options, &"create".into(), &create.into());
    options.into()
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default()
}

fn described(error: &JsValue) -> String {
    Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .filter(|message| !message.is_empty())
        .unwrap_or_else(|| error_name(error))
}

/// A browser error as a folder error: missing, not allowed, or `other`.
fn failure(error: &JsValue, other: fn(String) -> FolderError) -> FolderError {
    match error_name(error).as_str() {
        "NotFoundError" | "TypeMismatchError" => FolderError::NotFound,
        "NotAllowedError" | "SecurityError" => FolderError::PermissionLost,
        _ => other(described(error)),
    }
}
