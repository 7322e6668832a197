//! The one place an incident changes: [`Incident::apply`], a short
//! dispatcher to one module per family of commands.

use super::recorded::Recorded;
use super::CommandError;
use crate::domain::command::{Command, Context, Declaration};
use crate::domain::ids::{IncidentId, ItemId};
use crate::domain::incident::{Incident, SCHEMA_VERSION};
use crate::domain::review::Review;
use crate::domain::stamp::{Stamp, COUNTER_MAX};
use crate::domain::status::Status;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::{EntryKind, TimelineEntry};
use crate::domain::triage::TriageAnswers;
use crate::domain::validate::name_problem;
use std::collections::BTreeMap;

impl Incident {
    /// Declares a new incident: the `Declare` command applied to a blank record.
    pub fn declare(
        id: IncidentId,
        details: Declaration,
        triage: Option<TriageAnswers>,
        ctx: &Context,
    ) -> Result<Incident, CommandError> {
        Self::open(id, Command::Declare { details, triage }, ctx)
    }

    /// Keeps a triage that decided it was not an incident, so it can be found later.
    pub fn record_not_an_incident(
        id: IncidentId,
        title: String,
        summary: String,
        triage: TriageAnswers,
        reason: String,
        ctx: &Context,
    ) -> Result<Incident, CommandError> {
        let command = Command::RecordNotAnIncident {
            title,
            summary,
            triage,
            reason,
        };
        Self::open(id, command, ctx)
    }

    fn open(id: IncidentId, command: Command, ctx: &Context) -> Result<Incident, CommandError> {
        let mut incident = Incident {
            schema_version: SCHEMA_VERSION,
            id,
            details: Declaration {
                title: String::new(),
                summary: String::new(),
                impact: String::new(),
                services_affected: String::new(),
                departmental_impact: String::new(),
                started_at: ctx.now,
                security_related: false,
                detection: None,
                detection_note: String::new(),
            },
            status: Status::Active,
            severity: None,
            reporter: String::new(),
            declared_at: ctx.now,
            roles: Vec::new(),
            timeline: Vec::new(),
            triage: None,
            communications: Vec::new(),
            user_comms: None,
            skipped_tasks: Vec::new(),
            resolution: None,
            long_tail: Vec::new(),
            review: Review::default(),
            actions: Vec::new(),
            playbook_version: String::new(),
            status_held_back: None,
            stamps: BTreeMap::new(),
            legacy_stamp: None,
            revision: 0,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        incident.apply(command, ctx)?;
        Ok(incident)
    }

    /// Applies one command: checks the rules, changes the incident, records the
    /// change on the timeline, stamps every field it changed and bumps the
    /// revision. On error nothing changes.
    pub fn apply(&mut self, command: Command, ctx: &Context) -> Result<(), CommandError> {
        if let Some(problem) = name_problem(&ctx.actor) {
            return Err(CommandError::Invalid(vec![problem]));
        }
        let opening = matches!(
            command,
            Command::Declare { .. } | Command::RecordNotAnIncident { .. }
        );
        match (self.revision > 0, opening) {
            (true, true) => return Err(CommandError::AlreadyDeclared),
            (false, false) => return Err(CommandError::NotDeclared),
            _ => {}
        }
        match self.status {
            Status::Closed => return Err(CommandError::Closed),
            Status::NotAnIncident => return Err(CommandError::RecordedAsNotAnIncident),
            _ => {}
        }
        let ctx = &Context {
            actor: ctx.actor.clean(),
            ..ctx.clone()
        };
        // All checked before anything changes, so a refusal changes nothing.
        let revision = self
            .revision
            .checked_add(1)
            .filter(|r| *r <= COUNTER_MAX)
            .ok_or(CommandError::AtLimit)?;
        let entry_id = ItemId::next(&ctx.device, self.timeline.iter().map(|e| &e.id))
            .ok_or(CommandError::AtLimit)?;
        // The one place stamps are made.
        let stamp =
            Stamp::next(self.latest_clock(), ctx.now, &ctx.device).ok_or(CommandError::AtLimit)?;
        let before = (!opening).then(|| self.without_timeline());
        let recorded = match command {
            Command::Declare { details, triage } => self.declare_details(details, triage, ctx),
            Command::RecordNotAnIncident {
                title,
                summary,
                triage,
                reason,
            } => self.not_an_incident(title, summary, triage, reason, ctx),
            Command::EditDetails(edit) => self.edit_details(edit, ctx),
            Command::AddNote {
                kind,
                text,
                occurred_at,
            } => self.add_note(kind, text, occurred_at, ctx),
            Command::EditNote { entry, text } => self.edit_note(entry, text, ctx, &stamp),
            Command::SetSeverity { severity, reason } => self.set_severity(severity, reason),
            Command::AssignRole { role, person } => self.assign_role(role, person, ctx),
            Command::UnassignRole { role } => self.unassign_role(role),
            Command::ChangeStatus { to } => self.change_status(to),
            Command::Resolve { how } => self.resolve(how, ctx),
            Command::RecordMessageSent {
                kind,
                channel,
                text,
            } => self.record_message_sent(kind, channel, text, ctx),
            Command::DecideUserComms {
                answers,
                tell_users,
                reason,
                what_users_should_do,
                what_users_need_to_know,
            } => self.decide_user_comms(
                answers,
                tell_users,
                reason,
                [what_users_should_do, what_users_need_to_know],
                ctx,
            ),
            Command::SkipTask { task, reason } => self.skip_task(task, reason, ctx),
            Command::AddLongTailItem { text, owner } => self.add_long_tail_item(text, owner, ctx),
            Command::CompleteLongTailItem { item } => self.complete_long_tail_item(item, ctx),
            Command::DropLongTailItem { item, reason } => {
                self.drop_long_tail_item(item, reason, ctx)
            }
            Command::RecordReview(review) => self.record_review(review, ctx),
            Command::AddAction(draft) => self.add_action(draft, ctx),
            Command::EditAction { action, draft } => self.edit_action(action, draft),
            Command::LinkActionIssue { action, url } => self.link_action_issue(action, url),
            Command::CompleteAction { action } => self.complete_action(action, ctx),
        }?;
        if let Some(recorded) = recorded {
            self.push_entry(ctx, entry_id, recorded, &stamp);
        }
        if !ctx.playbook_version.is_empty() {
            self.playbook_version.clone_from(&ctx.playbook_version);
        }
        if let Some(before) = before {
            self.stamp_changes(&before, &stamp);
        }
        self.revision = revision;
        // Never earlier than a change it already holds, whatever this clock says.
        self.updated_at = self.updated_at.max(ctx.now);
        if let Some((from, to)) = self.settle_status() {
            // A status another copy asked for, whose rules this change met.
            let text = format!(
                "Status changed from {from} to {to}, as another copy of this incident had asked."
            );
            if let Some(id) = ItemId::next(&ctx.device, self.timeline.iter().map(|e| &e.id)) {
                let entry = Recorded {
                    kind: EntryKind::StatusChange,
                    text,
                    occurred_at: None,
                };
                self.push_entry(ctx, id, entry, &stamp);
            }
        }
        self.put_in_order();
        Ok(())
    }

    fn push_entry(&mut self, ctx: &Context, id: ItemId, recorded: Recorded, stamp: &Stamp) {
        let recorded_at = ctx.now;
        let natural = Stamp::natural(recorded_at, id.device());
        let entry = TimelineEntry {
            id,
            occurred_at: recorded.occurred_at.unwrap_or(ctx.now),
            recorded_at,
            author: ctx.actor.clone(),
            kind: recorded.kind,
            text: recorded.text,
            previous_versions: Vec::new(),
            merged: None,
            stamp: (natural != *stamp).then(|| stamp.clone()),
        };
        self.insert_entry(entry);
    }

    /// A copy of everything but the timeline, to see what a command changed.
    fn without_timeline(&mut self) -> Incident {
        let timeline = std::mem::take(&mut self.timeline);
        let copy = self.clone();
        self.timeline = timeline;
        copy
    }
}
