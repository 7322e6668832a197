//! Communications: messages recorded as sent, the decision on telling users,
//! and tasks marked as not needed.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::comms::{Communication, MessageKind, UserCommsAnswers, UserCommsDecision};
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::task::{SkippedTask, Task};
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::TEXT_MAX;
use crate::domain::validate::{optional, required};

impl Incident {
    pub(in crate::domain) fn record_message_sent(
        &mut self,
        kind: MessageKind,
        channel: String,
        text: String,
        ctx: &Context,
    ) -> Outcome {
        let channel = channel.clean();
        if channel.is_empty() {
            return Err(CommandError::ChannelMissing);
        }
        let said = text.clean();
        if said.chars().count() > TEXT_MAX {
            return Err(CommandError::MessageTooLong);
        }
        if kind == MessageKind::UserMessage
            && !self.user_comms.as_ref().is_some_and(|d| d.tell_users)
        {
            return Err(CommandError::NotTellingUsers);
        }
        let earlier = self.sent(kind).count();
        let mut text = match (kind, earlier) {
            (MessageKind::TeamAlert, 0) => format!("Told the team in {channel}."),
            (MessageKind::TeamAlert, _) => format!("Posted an update to the team in {channel}."),
            (MessageKind::StakeholderEmail, 0) => format!("Emailed stakeholders: {channel}."),
            (MessageKind::StakeholderEmail, _) => {
                format!("Emailed stakeholders an update: {channel}.")
            }
            (MessageKind::UserMessage, _) => format!("Posted a message to users in {channel}."),
        };
        if !said.is_empty() {
            text = format!("{text}\n\n{said}");
        }
        self.communications.push(Communication {
            kind,
            channel,
            sent_at: ctx.now,
            sent_by: ctx.actor.clone(),
            status: Some(self.status),
            text: said,
        });
        Ok(Recorded::new(EntryKind::MessageSent, text))
    }

    pub(in crate::domain) fn decide_user_comms(
        &mut self,
        answers: UserCommsAnswers,
        tell_users: bool,
        reason: String,
        [should_do, need_to_know]: [String; 2],
        ctx: &Context,
    ) -> Outcome {
        invalid_if_any(user_comms_problems(
            tell_users,
            &reason,
            &should_do,
            &need_to_know,
        ))?;
        let decision = UserCommsDecision {
            answers,
            tell_users,
            reason: reason.clean(),
            what_users_should_do: should_do.clean(),
            what_users_need_to_know: need_to_know.clean(),
            decided_at: ctx.now,
            decided_by: ctx.actor.clone(),
        };
        if self.user_comms.as_ref().is_some_and(|d| {
            d.answers == decision.answers
                && d.tell_users == tell_users
                && d.reason == decision.reason
                && d.what_users_should_do == decision.what_users_should_do
                && d.what_users_need_to_know == decision.what_users_need_to_know
        }) {
            return Err(CommandError::NothingChanged);
        }
        let mut text = if tell_users {
            "Decided to tell users.".to_owned()
        } else {
            "Decided not to tell users.".to_owned()
        };
        if !decision.reason.is_empty() {
            text.push_str(&format!(" Reason: {}", decision.reason));
        }
        text.push_str(&format!(" The app advised: {}", answers.advice().explain()));
        self.user_comms = Some(decision);
        Ok(Recorded::new(EntryKind::UserCommsDecided, text))
    }

    /// Why `task` cannot be marked as not needed now, if it cannot: pages
    /// offer the choice only when this is `None`.
    pub fn skip_refusal(&self, task: Task) -> Option<CommandError> {
        let Some(kind) = task.skippable_message() else {
            return Some(CommandError::TaskCannotBeSkipped(task));
        };
        if !task.applies(self) {
            return Some(CommandError::TaskNotDue(task));
        }
        let done = match task.round() {
            Some((kind, round)) => {
                let (told, owed) = self.told_in_round(kind, round);
                told == owed
            }
            None => self.has_sent(kind),
        };
        if done || self.skipped_tasks.iter().any(|s| s.task == task) {
            return Some(CommandError::TaskAlreadyDone(task));
        }
        if task == Task::InformStakeholders {
            match self.severity {
                None => return Some(CommandError::SeverityNeededToSkip),
                Some(severity) if severity.needs_stakeholders_now() => {
                    return Some(CommandError::StakeholdersMustBeTold(severity))
                }
                Some(_) => {}
            }
        }
        None
    }

    pub(in crate::domain) fn skip_task(
        &mut self,
        task: Task,
        reason: String,
        ctx: &Context,
    ) -> Outcome {
        if let Some(refusal) = self.skip_refusal(task) {
            return Err(refusal);
        }
        invalid_if_any(
            required(
                &reason,
                FieldError::SkipReasonMissing,
                Field::SkipReason,
                TEXT_MAX,
            )
            .into_iter()
            .collect(),
        )?;
        let reason = reason.clean();
        let text = format!("“{}” marked as not needed. Reason: {reason}", task.title());
        self.skipped_tasks.push(SkippedTask {
            task,
            reason,
            at: ctx.now,
            by: ctx.actor.clone(),
        });
        Ok(Recorded::new(EntryKind::TaskSkipped, text))
    }
}

/// A decision not to tell users needs its reason; the texts have limits.
pub(crate) fn user_comms_problems(
    tell_users: bool,
    reason: &str,
    what_users_should_do: &str,
    what_users_need_to_know: &str,
) -> Vec<FieldError> {
    let reason_problem = if tell_users {
        optional(reason, Field::UserCommsReason, TEXT_MAX)
    } else {
        required(
            reason,
            FieldError::UserCommsReasonMissing,
            Field::UserCommsReason,
            TEXT_MAX,
        )
    };
    [
        reason_problem,
        optional(what_users_should_do, Field::WhatUsersShouldDo, TEXT_MAX),
        if tell_users {
            required(
                what_users_need_to_know,
                FieldError::WhatUsersNeedToKnowMissing,
                Field::WhatUsersNeedToKnow,
                TEXT_MAX,
            )
        } else {
            optional(
                what_users_need_to_know,
                Field::WhatUsersNeedToKnow,
                TEXT_MAX,
            )
        },
    ]
    .into_iter()
    .flatten()
    .collect()
}
