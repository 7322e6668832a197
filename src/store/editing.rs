//! Applying a command to an incident and saving it, so that two tabs editing
//! the same incident both keep their changes: each command is applied to the
//! latest saved version, not to the copy a tab loaded minutes ago.

use super::backend::Backend;
use super::error::StoreError;
use super::incident_store::IncidentStore;
use crate::domain::{Command, CommandError, Context, Incident};

/// The result of an accepted command: the new incident, and whether it saved.
#[derive(Debug)]
pub struct Committed {
    pub incident: Incident,
    /// A failed save leaves `incident` as the only copy of the change.
    pub saved: Result<(), StoreError>,
}

/// Applies `command` and saves. `current` is what this tab shows; `unsaved`
/// says it holds changes that failed to save, which must not be dropped.
pub fn commit<B: Backend>(
    store: &mut IncidentStore<B>,
    current: &Incident,
    unsaved: bool,
    command: Command,
    ctx: &Context,
) -> Result<Committed, CommandError> {
    let mut incident = if unsaved {
        current.clone()
    } else {
        match store.load(&current.id) {
            Ok(stored) if stored.revision >= current.revision => stored,
            _ => current.clone(),
        }
    };
    incident.apply(command, ctx)?;
    let saved = store.save(&incident);
    Ok(Committed { incident, saved })
}
