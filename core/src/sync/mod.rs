//! Saving and syncing: the engine that keeps this tab's changes until they
//! are saved, replays them onto whatever another tab or a teammate saved,
//! and (with a team folder) merges every teammate's copy into this one.
//! Plain Rust over the store and a [`Folder`] trait, so all of it is tested
//! on the host; the UI only starts it, hands it locks, and shows what it says.

mod engine;
mod folder;
mod outbox;
mod team;

pub use engine::{Engine, ForeignWrite, SaveStatus};
pub use folder::{run_now, FileInfo, Folder, FolderError, MemoryFolder};
pub use outbox::{Outbox, Waiting};
pub use team::{person_file, report_paths, round, Local, Me, Report, Seen, Unreadable, PEOPLE};

// Host-only: proptest is a host dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
