//! This browser's copy, as a round with the team folder sees it: every
//! incident with this tab's unsaved changes, and saving a teammate's copy
//! or deletion through the same locked path every other save takes.

use crate::domain::{Deletion, Incident, IncidentId};
use crate::report::LocalCopy;
use crate::store::{StoreError, INDEX_KEY};
use crate::sync::Local;
use crate::ui::export::every_incident;
use crate::ui::locks::holding;
use crate::ui::platform::open_store;
use crate::ui::state::{lock_name, AppState};

pub struct AppLocal {
    pub state: AppState,
    /// Incidents the round merged or deleted, for the pages showing them.
    pub changed: Vec<IncidentId>,
}

impl Local for AppLocal {
    fn incidents(&self) -> Vec<Incident> {
        every_incident(&self.state).map_or_else(|_| Vec::new(), |(all, _)| all)
    }

    fn local_copy(&self, id: &IncidentId) -> LocalCopy {
        self.state.local_copy(id)
    }

    fn deletions(&self) -> Vec<Deletion> {
        open_store().deletions().unwrap_or_default()
    }

    async fn merge(&mut self, copy: Incident) -> Result<(), String> {
        let id = copy.id.clone();
        self.state.merge_in(copy).await?;
        self.changed.push(id);
        Ok(())
    }

    async fn delete(&mut self, deletions: &[Deletion]) -> Result<(), String> {
        let deletions = deletions.to_vec();
        let removed = holding(&[lock_name(INDEX_KEY)], move || {
            open_store().apply_deletions(&deletions)
        })
        .await
        .unwrap_or_else(|| Err(StoreError::WriteFailed("the browser did not run it".into())))
        .map_err(|error| error.to_string())?;
        for id in removed {
            self.state.drop_pending(&id);
            self.changed.push(id);
        }
        Ok(())
    }
}
