//! Actions from the review: added, changed, filed as GitHub issues, done.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::actions::{is_issue_url, is_repository, Action, ActionDraft};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::ids::ItemId;
use crate::domain::incident::Incident;
use crate::domain::resolution::Done;
use crate::domain::text::day;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::{optional, required};
use crate::domain::validate::{NAME_MAX, TEXT_MAX, TITLE_MAX};

impl Incident {
    pub(in crate::domain) fn add_action(&mut self, draft: ActionDraft, ctx: &Context) -> Outcome {
        self.require_resolved()?;
        invalid_if_any(action_problems(&draft))?;
        let draft = tidy(draft);
        let id = ItemId::next(&ctx.device, self.actions.iter().map(|a| &a.id))
            .ok_or(CommandError::AtLimit)?;
        let number = self.actions.len() + 1;
        let text = format!(
            "Action {number} agreed for {}, due {}: {}",
            draft.owner,
            day(draft.due),
            draft.title
        );
        self.actions.push(Action {
            id,
            draft,
            issue_url: None,
            done: None,
            added_at: ctx.now,
            added_by: ctx.actor.clone(),
        });
        Ok(Recorded::new(EntryKind::ActionChange, text))
    }

    pub(in crate::domain) fn edit_action(&mut self, id: ItemId, draft: ActionDraft) -> Outcome {
        invalid_if_any(action_problems(&draft))?;
        let draft = tidy(draft);
        let (number, action) = self.action_mut(id)?;
        if action.draft == draft {
            return Err(CommandError::NothingChanged);
        }
        action.draft = draft;
        let text = format!("Action {number} changed: {}", action.draft.title);
        Ok(Recorded::new(EntryKind::ActionChange, text))
    }

    pub(in crate::domain) fn link_action_issue(&mut self, id: ItemId, url: String) -> Outcome {
        let url = url.clean();
        if !is_issue_url(&url) {
            return Err(CommandError::Invalid(vec![FieldError::IssueUrlInvalid]));
        }
        let (number, action) = self.action_mut(id)?;
        if action.issue_url.as_deref() == Some(url.as_str()) {
            return Err(CommandError::NothingChanged);
        }
        let text = format!("Action {number} filed as {url}");
        action.issue_url = Some(url);
        Ok(Recorded::new(EntryKind::ActionChange, text))
    }

    pub(in crate::domain) fn complete_action(&mut self, id: ItemId, ctx: &Context) -> Outcome {
        let (number, action) = self.action_mut(id)?;
        if action.done.is_some() {
            return Err(CommandError::ActionAlreadyDone);
        }
        action.done = Some(Done {
            at: ctx.now,
            by: ctx.actor.clone(),
        });
        let text = format!("Action {number} done: {}", action.draft.title);
        Ok(Recorded::new(EntryKind::ActionChange, text))
    }

    /// Action `id`, and its number as people see it: 1, 2, 3… in order.
    fn action_mut(&mut self, id: ItemId) -> Result<(usize, &mut Action), CommandError> {
        self.actions
            .iter_mut()
            .enumerate()
            .find(|(_, a)| a.id == id)
            .map(|(i, a)| (i + 1, a))
            .ok_or(CommandError::NoSuchAction(id))
    }
}

/// Every problem with an action's written parts, in form order.
pub(crate) fn action_problems(draft: &ActionDraft) -> Vec<FieldError> {
    let mut problems: Vec<FieldError> = [
        required(
            &draft.title,
            FieldError::ActionTitleMissing,
            Field::ActionTitle,
            TITLE_MAX,
        ),
        optional(&draft.detail, Field::ActionDetail, TEXT_MAX),
        required(
            &draft.owner,
            FieldError::ActionOwnerMissing,
            Field::ActionOwner,
            NAME_MAX,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !is_repository(draft.repository.tidy()) {
        problems.push(FieldError::RepositoryInvalid);
    }
    problems
}

fn tidy(draft: ActionDraft) -> ActionDraft {
    ActionDraft {
        title: draft.title.clean(),
        detail: draft.detail.clean(),
        owner: draft.owner.clean(),
        repository: draft.repository.clean(),
        ..draft
    }
}
