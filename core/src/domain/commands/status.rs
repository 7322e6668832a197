//! Moving through the lifecycle. Resolving has its own command, because it
//! needs the confirmation that the main harm to users is gone.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::lifecycle::{missing_for_review, missing_to_close};
use crate::domain::resolution::Resolution;
use crate::domain::status::Status;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::required;
use crate::domain::validate::TEXT_MAX;

impl Incident {
    pub(in crate::domain) fn change_status(&mut self, to: Status) -> Outcome {
        let from = self.check_move(to)?;
        if to == Status::Resolved {
            return Err(CommandError::ResolveByConfirming);
        }
        if to == Status::Reviewed {
            let missing = missing_for_review(self);
            if !missing.is_empty() {
                return Err(CommandError::NotReadyForReview(missing));
            }
        }
        if to == Status::Closed {
            let missing = missing_to_close(self);
            if !missing.is_empty() {
                return Err(CommandError::NotReadyToClose(missing));
            }
        }
        if to == Status::Active {
            // Reopened: the harm is back, so the old resolution no longer holds.
            self.resolution = None;
        }
        self.status = to;
        // A person's own move replaces any status another copy asked for.
        self.status_held_back = None;
        let text = format!("Status changed from {from} to {to}.");
        Ok(Recorded::new(EntryKind::StatusChange, text))
    }

    pub(in crate::domain) fn resolve(&mut self, how: String, ctx: &Context) -> Outcome {
        let from = self.check_move(Status::Resolved)?;
        invalid_if_any(
            required(
                &how,
                FieldError::ResolutionHowMissing,
                Field::ResolutionHow,
                TEXT_MAX,
            )
            .into_iter()
            .collect(),
        )?;
        let how = how.clean();
        let text = format!(
            "Status changed from {from} to Resolved. The main harm to users has been removed: {how}"
        );
        self.status = Status::Resolved;
        self.status_held_back = None;
        self.resolution = Some(Resolution {
            how,
            resolved_at: ctx.now,
            resolved_by: ctx.actor.clone(),
        });
        Ok(Recorded::new(EntryKind::StatusChange, text))
    }

    /// The current status, if the lifecycle allows moving from it to `to`.
    fn check_move(&self, to: Status) -> Result<Status, CommandError> {
        let from = self.status;
        if from == to {
            return Err(CommandError::AlreadyInStatus(to));
        }
        if !from.can_move_to(to) {
            return Err(CommandError::IllegalTransition { from, to });
        }
        Ok(from)
    }
}

/// What removed the harm must be said when resolving.
pub(crate) fn resolution_problems(how: &str) -> Vec<FieldError> {
    required(
        how,
        FieldError::ResolutionHowMissing,
        Field::ResolutionHow,
        TEXT_MAX,
    )
    .into_iter()
    .collect()
}
