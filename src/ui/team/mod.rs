//! The team folder as the pages use it: which folder, whether the browser
//! lets this page use it, when rounds run (on connecting, soon after each
//! change here, when the page is shown again, and every 30 seconds while it
//! is visible), and what the last round said. The round itself is
//! `sync::round`; this only starts it and keeps its answer.

mod disk;
mod local;
pub mod remembered;

pub use disk::{supported, DirectoryHandle, Disk};

use crate::domain::IncidentId;
use crate::sync::{round, Me, Report, Seen};
use crate::ui::state::AppState;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use local::AppLocal;
use std::time::Duration;

/// Where the team folder stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// This browser cannot use a folder on disk.
    Unsupported,
    NotChosen,
    /// Chosen before: the browser asks the person to allow it again.
    Reconnect(String),
    /// In use: its name.
    Connected(String),
}

/// The last round, and when it finished.
#[derive(Debug, Clone, PartialEq)]
pub struct LastRound {
    pub at: DateTime<Utc>,
    pub report: Report,
}

#[derive(Clone, Copy)]
pub struct TeamFolder {
    pub connection: RwSignal<Connection>,
    pub last: RwSignal<Option<LastRound>>,
    /// The incidents teammates' changes last arrived in (or deleted):
    /// pages showing them read them again.
    pub arrived: RwSignal<Vec<IncidentId>>,
    /// Whether the browser could keep the folder for the next visit.
    pub remembered: RwSignal<Option<bool>>,
    handle: StoredValue<Option<DirectoryHandle>, LocalStorage>,
    seen: StoredValue<Seen>,
    /// A round is running; another is wanted once it ends.
    running: StoredValue<(bool, bool)>,
    /// Changes made here while a round ran, for the next one.
    noted: StoredValue<(Vec<IncidentId>, bool)>,
    /// Counts requests for a round soon, so only the last one runs.
    soon: StoredValue<u32>,
}

impl TeamFolder {
    pub fn new() -> Self {
        let connection = if supported() {
            Connection::NotChosen
        } else {
            Connection::Unsupported
        };
        Self {
            connection: RwSignal::new(connection),
            last: RwSignal::new(None),
            arrived: RwSignal::new(Vec::new()),
            remembered: RwSignal::new(None),
            handle: StoredValue::new_local(None),
            seen: StoredValue::new(Seen::default()),
            running: StoredValue::new((false, false)),
            noted: StoredValue::new((Vec::new(), false)),
            soon: StoredValue::new(0),
        }
    }

    fn connected(&self) -> bool {
        matches!(self.connection.get_untracked(), Connection::Connected(_))
    }

    /// Reconnects to the folder an earlier visit chose, where the browser
    /// has kept its permission; otherwise offers to reconnect.
    pub fn start(self, state: AppState) {
        if !supported() {
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(handle) = remembered::kept().await else {
                return;
            };
            let name = handle.name();
            let allowed = disk::permitted(&handle, false).await;
            self.handle.set_value(Some(handle));
            self.remembered.set(Some(true));
            if allowed {
                self.connection.set(Connection::Connected(name));
                self.run(state).await;
            } else {
                self.connection.set(Connection::Reconnect(name));
            }
        });
    }

    /// Asks the person for the folder (call it from their click), keeps it,
    /// and syncs. Says what went wrong, if anything did.
    pub async fn choose(self, state: AppState) -> Result<(), String> {
        let Some(handle) = disk::choose().await? else {
            return Ok(());
        };
        self.remembered
            .set(Some(remembered::keep(&handle).await.is_ok()));
        self.connection.set(Connection::Connected(handle.name()));
        self.handle.set_value(Some(handle));
        self.seen.set_value(Seen::default());
        self.last.set(None);
        self.run(state).await;
        Ok(())
    }

    /// Asks the browser, from the person's click, to allow the folder again.
    pub async fn reconnect(self, state: AppState) {
        let Some(handle) = self.handle.get_value() else {
            return;
        };
        if disk::permitted(&handle, true).await {
            self.connection.set(Connection::Connected(handle.name()));
            self.run(state).await;
        }
    }

    /// Forgets the folder. Nothing in it, and nothing here, is deleted.
    pub async fn stop(self) {
        let _ = remembered::forget().await;
        self.handle.set_value(None);
        self.seen.set_value(Seen::default());
        self.last.set(None);
        self.remembered.set(None);
        self.connection.set(Connection::NotChosen);
    }

    /// An incident changed here: its report and this browser's file are
    /// written in a round a couple of seconds from now.
    pub fn changed_here(self, state: AppState, id: &IncidentId) {
        self.noted.update_value(|(ids, _)| {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        });
        self.soon(state);
    }

    /// An incident was deleted here.
    pub fn deleted_here(self, state: AppState) {
        self.noted.update_value(|(_, deleted)| *deleted = true);
        self.soon(state);
    }

    /// A round a couple of seconds from now, unless another change asks
    /// for one before then.
    fn soon(self, state: AppState) {
        if !self.connected() {
            return;
        }
        self.soon.update_value(|n| *n += 1);
        let asked = self.soon.get_value();
        set_timeout(
            move || {
                if self.soon.try_get_value() == Some(asked) {
                    leptos::task::spawn_local(self.run(state));
                }
            },
            Duration::from_secs(2),
        );
    }

    /// Runs a round now, if the folder is in use; one at a time in this tab,
    /// and in this browser (a Web Lock), with another after it if asked for
    /// meanwhile.
    pub async fn run(self, state: AppState) {
        if !self.connected() {
            return;
        }
        let (busy, _) = self.running.get_value();
        if busy {
            self.running.set_value((true, true));
            return;
        }
        self.running.set_value((true, false));
        loop {
            self.one_round(state).await;
            let (_, again) = self.running.get_value();
            if !again || !self.connected() {
                break;
            }
            self.running.set_value((true, false));
        }
        self.running.set_value((false, false));
    }

    /// Waits for any round running now, then runs one: so what changed here
    /// is in the folder before, say, the incident is deleted here.
    pub async fn catch_up(self, state: AppState) {
        while self.running.get_value().0 {
            crate::ui::platform::wait(Duration::from_millis(50)).await;
        }
        self.run(state).await;
    }

    async fn one_round(self, state: AppState) {
        crate::ui::lazy::run_later(crate::ui::lazy::work::team_round(self, state)).await;
    }

    /// One round, run from the chunk that holds it.
    pub(crate) async fn round_now(self, state: AppState) {
        let Some(handle) = self.handle.get_value() else {
            return;
        };
        // What changed here since the last round goes into this one.
        let mut seen = self.seen.get_value();
        let (noted, deleted) = self.noted.get_value();
        self.noted.set_value((Vec::new(), false));
        for id in &noted {
            seen.changed_here(id);
        }
        if deleted {
            seen.deleted_here();
        }
        let browser = state.browser_id();
        let name = state.your_name.get_untracked();
        let zone = state.team_zone();
        let playbook = state.playbook.get_untracked();
        let root = handle.clone();
        let done = crate::ui::locks::holding_while("lock:team-folder", async move {
            let disk = Disk { root };
            let mut local = AppLocal {
                state,
                changed: Vec::new(),
            };
            let me = Me {
                browser: &browser,
                name: if name.trim().is_empty() {
                    "Someone"
                } else {
                    &name
                },
                zone: &zone,
                playbook: &playbook,
            };
            let report = round(&disk, &mut local, &mut seen, &me).await;
            (report, seen, local.changed)
        })
        .await;
        let Some((report, seen, changed)) = done else {
            return;
        };
        self.seen.set_value(seen);
        if report.problem.is_some() && !disk::permitted(&handle, false).await {
            self.connection.set(Connection::Reconnect(handle.name()));
        }
        if !changed.is_empty() {
            self.arrived.set(changed);
        }
        self.last.set(Some(LastRound {
            at: crate::ui::time::now(),
            report,
        }));
    }
}

impl Default for TeamFolder {
    fn default() -> Self {
        Self::new()
    }
}
