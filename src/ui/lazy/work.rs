//! Work the register's first draw does not need, in the lazily loaded
//! chunk: a round with the team folder, merging back a change another tab
//! wrote over, update reminders, exporting everything, reading every
//! incident when the index alone cannot list them, searching summaries.

use super::Later;
use crate::domain::IncidentId;
use crate::store::{IndexLoad, StoreError};
use crate::sync::ForeignWrite;
use crate::ui::platform::open_store;
use crate::ui::state::AppState;
use crate::ui::team::TeamFolder;
use leptos::wasm_split::SplitLoaderError;
use std::collections::BTreeSet;

/// Every incident and the settings as one file (see
/// [`crate::ui::export::export_everything`]), with how it went.
pub async fn export_everything(state: AppState) -> Result<usize, String> {
    export_from_chunk(state).await.unwrap_or_else(|_| {
        Err("part of Incident Desk did not download: reload the page and try again".to_owned())
    })
}

split! {
    pub fn team_round(team: TeamFolder, state: AppState) -> Later {
        Ok(Box::pin(team.round_now(state)))
    }

    /// Another tab saved incident `id` (not the one on screen here): when it
    /// wrote over this tab's last save, this tab's version is merged back.
    pub fn merge_back(state: AppState, id: IncidentId) -> Later {
        Ok(Box::pin(async move {
            if state.on_foreign_write(&id) == ForeignWrite::MergeBack {
                state.save(id).await;
            }
        }))
    }

    pub fn remind(state: AppState) -> Later {
        crate::ui::reminders::remind(state);
        Ok(Box::pin(async {}))
    }

    fn export_from_chunk(state: AppState) -> Result<Result<usize, String>, SplitLoaderError> {
        Ok(crate::ui::export::export_everything(&state))
    }

    /// The register read from every incident, for when the index alone cannot
    /// list them; with `repair`, the index repaired as it is read.
    pub fn read_register(repair: bool) -> Result<Result<IndexLoad, StoreError>, SplitLoaderError> {
        let mut store = open_store();
        Ok(if repair { store.list() } else { store.read_list() })
    }

    /// Which of the incidents `ids` have a summary containing `term` (lower case).
    pub fn summaries_matching(
        ids: Vec<IncidentId>,
        term: String,
    ) -> Result<BTreeSet<IncidentId>, SplitLoaderError> {
        let store = open_store();
        Ok(ids
            .into_iter()
            .filter(|id| {
                store
                    .load(id)
                    .is_ok_and(|i| i.details.summary.to_ascii_lowercase().contains(&term))
            })
            .collect())
    }
}
