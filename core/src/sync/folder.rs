//! The team folder as syncing sees it: files listed with their size and
//! time, read and written whole. In the browser a folder the person chose
//! (File System Access); in tests an in-memory twin that can fail on cue.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// A file directly in a folder, as listing it tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    pub name: String,
    pub size: u64,
    /// Milliseconds since 1970, as the file system keeps it.
    pub modified: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FolderError {
    #[error("this browser no longer has permission to use the folder: reconnect to it")]
    PermissionLost,
    #[error("there is no such file")]
    NotFound,
    #[error("the folder could not be read ({0})")]
    ReadFailed(String),
    #[error("the folder could not be written ({0})")]
    WriteFailed(String),
}

/// The team folder. Paths are folder names joined by `/`, from its top.
#[allow(async_fn_in_trait)]
pub trait Folder {
    /// The files directly in `dir`; none if it does not exist.
    async fn list(&self, dir: &str) -> Result<Vec<FileInfo>, FolderError>;
    async fn read(&self, path: &str) -> Result<String, FolderError>;
    /// Writes the file whole, making the folders on the way.
    async fn write(&self, path: &str, text: &str) -> Result<(), FolderError>;
}

/// A folder in memory, shared by the simulated browsers of a test: each
/// write gets a later time, and writes and reads can be made to fail.
#[derive(Debug, Default)]
pub struct MemoryFolder {
    files: RefCell<BTreeMap<String, (String, i64)>>,
    clock: Cell<i64>,
    /// Writes fail while set, as with a drive that is full or read-only.
    pub refuse_writes: Cell<bool>,
}

impl MemoryFolder {
    /// The text of every file, by path.
    pub fn files(&self) -> BTreeMap<String, String> {
        self.files
            .borrow()
            .iter()
            .map(|(path, (text, _))| (path.clone(), text.clone()))
            .collect()
    }

    /// Makes this folder hold what `other` holds, as a drive that has just
    /// synced does.
    pub fn copy_from(&self, other: &MemoryFolder) {
        *self.files.borrow_mut() = other.files.borrow().clone();
        self.clock.set(self.clock.get().max(other.clock.get()));
    }

    /// Puts a file there, as another program would.
    pub fn put(&self, path: &str, text: &str) {
        self.clock.set(self.clock.get() + 1);
        self.files
            .borrow_mut()
            .insert(path.to_owned(), (text.to_owned(), self.clock.get()));
    }
}

impl Folder for MemoryFolder {
    async fn list(&self, dir: &str) -> Result<Vec<FileInfo>, FolderError> {
        let prefix = format!("{dir}/");
        Ok(self
            .files
            .borrow()
            .iter()
            .filter_map(|(path, (text, modified))| {
                let name = path.strip_prefix(&prefix)?;
                (!name.contains('/')).then(|| FileInfo {
                    name: name.to_owned(),
                    size: text.len() as u64,
                    modified: *modified,
                })
            })
            .collect())
    }

    async fn read(&self, path: &str) -> Result<String, FolderError> {
        self.files
            .borrow()
            .get(path)
            .map(|(text, _)| text.clone())
            .ok_or(FolderError::NotFound)
    }

    async fn write(&self, path: &str, text: &str) -> Result<(), FolderError> {
        if self.refuse_writes.get() {
            return Err(FolderError::WriteFailed("the drive is read-only".into()));
        }
        self.put(path, text);
        Ok(())
    }
}

/// Runs a future that never waits, as the in-memory folder's do: for host
/// tests and tools, which have no event loop.
pub fn run_now<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}
