//! Notes people write on the timeline, and edits that keep the earlier wording.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::ids::ItemId;
use crate::domain::incident::Incident;
use crate::domain::moment::MomentProblem;
use crate::domain::stamp::Stamp;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::{EntryRevision, NoteKind};
use crate::domain::validate::required;
use crate::domain::validate::TEXT_MAX;
use chrono::{DateTime, Utc};

impl Incident {
    pub(in crate::domain) fn add_note(
        &mut self,
        kind: NoteKind,
        text: String,
        occurred_at: Option<DateTime<Utc>>,
        ctx: &Context,
    ) -> Outcome {
        let occurred_at = occurred_at.unwrap_or(ctx.now);
        let mut problems = note_problems(&text);
        if occurred_at > ctx.now {
            problems.push(FieldError::OccurredAt(MomentProblem::InTheFuture));
        }
        invalid_if_any(problems)?;
        Ok(Some(Recorded {
            kind: kind.into(),
            text: text.clean(),
            occurred_at: Some(occurred_at),
        }))
    }

    pub(in crate::domain) fn edit_note(
        &mut self,
        entry: ItemId,
        text: String,
        ctx: &Context,
        stamp: &Stamp,
    ) -> Outcome {
        invalid_if_any(note_problems(&text))?;
        let target = self
            .timeline
            .iter_mut()
            .find(|e| e.id == entry)
            .ok_or(CommandError::NoSuchEntry(entry))?;
        if target.kind.is_automatic() {
            return Err(CommandError::AutomaticEntry);
        }
        let text = text.clean();
        if target.text == text {
            return Err(CommandError::NoteUnchanged);
        }
        let previous = std::mem::replace(&mut target.text, text);
        target.previous_versions.push(EntryRevision {
            text: previous,
            replaced_at: ctx.now,
            replaced_by: ctx.actor.clone(),
            stamp: stamp.clone(),
        });
        // The edit is kept on the entry itself, not as a new entry.
        Ok(None)
    }
}

pub(crate) fn note_problems(text: &str) -> Vec<FieldError> {
    required(text, FieldError::NoteTextMissing, Field::NoteText, TEXT_MAX)
        .into_iter()
        .collect()
}
