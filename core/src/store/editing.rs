//! Saving a tab's changes so that no tab ever writes over another's: the
//! changes are kept as what they were (commands, a new incident, a copy to
//! merge), and each save replays them onto whatever is saved at that moment.
//! A tab whose save failed, or that was overtaken by another tab, therefore
//! rebases its own work onto the newer version instead of replacing it.
//! The caller runs a save under a lock shared by every tab (Web Locks in the
//! browser), so reading the saved version and writing the new one is one step.

use super::backend::Backend;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use crate::domain::{Command, CommandError, Context, Incident, IncidentId};
use crate::report::merge;

/// One change made in a tab, kept until it is saved.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A command, with who gave it, when and from where, exactly as first applied.
    Command(Command, Context),
    /// A new incident, or a record of something that was not one.
    Create(Incident),
    /// Another copy of the incident, from an imported file, merged in.
    Merge(Incident),
}

/// Why a tab's changes were not saved. In every case they are still the
/// tab's to keep: nothing is dropped.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// Storage refused (full, blocked, damaged, newer): nothing was written.
    Store(StoreError),
    /// The incident was saved but the register's index was not: saving
    /// again with `index_behind` finishes the job.
    IndexBehind {
        saved: Box<Incident>,
        error: StoreError,
    },
    /// Another tab saved a version on which one of these changes no longer
    /// applies (it closed the incident, say). The person chooses.
    Conflict {
        saved: Box<Incident>,
        refusal: CommandError,
    },
}

impl std::fmt::Display for SaveFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveFailure::Store(error) | SaveFailure::IndexBehind { error, .. } => error.fmt(f),
            SaveFailure::Conflict { refusal, .. } => write!(
                f,
                "This incident was changed in another tab or window, and your change no longer fits: {refusal}"
            ),
        }
    }
}

/// Applies `changes` in order onto `saved` (`None` before the first save).
pub fn replay(saved: Option<Incident>, changes: &[Change]) -> Result<Incident, CommandError> {
    let mut current = saved;
    for change in changes {
        current = Some(match (current, change) {
            (Some(mut incident), Change::Command(command, ctx)) => {
                incident.apply(command.clone(), ctx)?;
                incident
            }
            (None, Change::Command(..)) => return Err(CommandError::NotDeclared),
            (None, Change::Create(new)) => new.clone(),
            // Saved already, by an earlier attempt that went half way.
            (Some(existing), Change::Create(new)) if existing == *new => existing,
            (Some(_), Change::Create(_)) => return Err(CommandError::AlreadyDeclared),
            (None, Change::Merge(copy)) => copy.clone(),
            (Some(mine), Change::Merge(copy)) => {
                merge(&mine, copy).map_err(|_| CommandError::DifferentIncident)?
            }
        });
    }
    current.ok_or(CommandError::NotDeclared)
}

/// Whether `latest` still holds everything `written` recorded. A browser
/// can hand one tab the lock before that tab has seen another's write, and
/// a save from the stale copy then writes over it: the tab that wrote first
/// finds its entries gone, and merges its version back in. Every change
/// records a timeline entry, or (an edit) an earlier version on one.
pub fn keeps_all_of(latest: &Incident, written: &Incident) -> bool {
    written.timeline.iter().all(|mine| {
        latest.timeline.iter().any(|theirs| {
            theirs.id == mine.id && theirs.previous_versions.len() >= mine.previous_versions.len()
        })
    })
}

/// Replays `changes` onto the saved version of incident `id` and saves the
/// result. With no changes and `index_behind`, only the index is written.
pub fn save_changes<B: Backend>(
    store: &mut IncidentStore<B>,
    id: &IncidentId,
    changes: &[Change],
    index_behind: bool,
) -> Result<Incident, SaveFailure> {
    let (incident, listed_as_before) = write_changes(store, id, changes)?;
    if index_behind || !listed_as_before {
        store
            .write_entry(&incident)
            .map_err(|error| SaveFailure::IndexBehind {
                saved: Box::new(incident.clone()),
                error,
            })?;
    }
    Ok(incident)
}

/// Replays `changes` onto the saved version of incident `id` and writes the
/// incident, leaving its index row to the caller, who can write many rows
/// at once (an import). Also says whether the index row would be unchanged.
pub fn write_changes<B: Backend>(
    store: &mut IncidentStore<B>,
    id: &IncidentId,
    changes: &[Change],
) -> Result<(Incident, bool), SaveFailure> {
    let saved = match store.load(id) {
        Ok(saved) => Some(saved),
        Err(StoreError::NotFound(_)) => None,
        Err(error) => return Err(SaveFailure::Store(error)),
    };
    let incident = match replay(saved.clone(), changes) {
        Ok(incident) => incident,
        Err(refusal) => {
            return Err(match saved {
                Some(saved) => SaveFailure::Conflict {
                    saved: Box::new(saved),
                    refusal,
                },
                None => SaveFailure::Store(StoreError::NotFound(id.clone())),
            })
        }
    };
    if incident.id != *id {
        return Err(SaveFailure::Store(StoreError::NotFound(id.clone())));
    }
    if saved.as_ref() != Some(&incident) {
        store
            .write_incident(&incident)
            .map_err(SaveFailure::Store)?;
    }
    let listed_as_before = saved
        .as_ref()
        .is_some_and(|saved| super::IndexEntry::from(saved) == (&incident).into());
    Ok((incident, listed_as_before))
}
