//! The long tail: clean-up left after the main fix. It never blocks resolving.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::ids::ItemId;
use crate::domain::incident::Incident;
use crate::domain::resolution::{Done, Dropped, LongTailItem};
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::required;
use crate::domain::validate::{NAME_MAX, TEXT_MAX};

impl Incident {
    pub(in crate::domain) fn add_long_tail_item(
        &mut self,
        text: String,
        owner: String,
        ctx: &Context,
    ) -> Outcome {
        let problems = [
            required(
                &text,
                FieldError::LongTailTextMissing,
                Field::LongTailText,
                TEXT_MAX,
            ),
            required(
                &owner,
                FieldError::LongTailOwnerMissing,
                Field::LongTailOwner,
                NAME_MAX,
            ),
        ];
        invalid_if_any(problems.into_iter().flatten().collect())?;
        let id = ItemId::next(&ctx.device, self.long_tail.iter().map(|item| &item.id))
            .ok_or(CommandError::AtLimit)?;
        let (text, owner) = (text.clean(), owner.clean());
        let entry = format!("Clean-up added for {owner}: {text}");
        self.long_tail.push(LongTailItem {
            id,
            text,
            owner,
            added_at: ctx.now,
            added_by: ctx.actor.clone(),
            done: None,
            dropped: None,
        });
        Ok(Recorded::new(EntryKind::LongTail, entry))
    }

    pub(in crate::domain) fn complete_long_tail_item(
        &mut self,
        id: ItemId,
        ctx: &Context,
    ) -> Outcome {
        let item = self.open_long_tail_item(id)?;
        item.done = Some(Done {
            at: ctx.now,
            by: ctx.actor.clone(),
        });
        let text = format!("Clean-up done: {}", item.text);
        Ok(Recorded::new(EntryKind::LongTail, text))
    }

    pub(in crate::domain) fn drop_long_tail_item(
        &mut self,
        id: ItemId,
        reason: String,
        ctx: &Context,
    ) -> Outcome {
        let problem = required(
            &reason,
            FieldError::DropReasonMissing,
            Field::DropReason,
            TEXT_MAX,
        );
        let item = self.open_long_tail_item(id)?;
        invalid_if_any(problem.into_iter().collect())?;
        let reason = reason.clean();
        let text = format!("Clean-up dropped: {}. Reason: {reason}", item.text);
        item.dropped = Some(Dropped {
            reason,
            at: ctx.now,
            by: ctx.actor.clone(),
        });
        Ok(Recorded::new(EntryKind::LongTail, text))
    }

    /// Clean-up item `id`, if it is still to do.
    fn open_long_tail_item(&mut self, id: ItemId) -> Result<&mut LongTailItem, CommandError> {
        let item = self
            .long_tail
            .iter_mut()
            .find(|item| item.id == id)
            .ok_or(CommandError::NoSuchLongTailItem(id))?;
        if item.is_settled() {
            return Err(CommandError::LongTailItemAlreadyDone);
        }
        Ok(item)
    }
}
