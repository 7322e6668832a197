//! The incident and the one place it changes: [`Incident::apply`], a short
//! dispatcher to one module per family of commands (see `commands/`).

use super::actions::Action;
use super::checklist::SkippedTask;
use super::command::{Command, Context, Declaration};
use super::comms::{Communication, MessageKind, Round, UserCommsDecision};
use super::error::{CommandError, Field, FieldError};
use super::ids::{IncidentId, ItemId};
use super::resolution::{LongTailItem, Resolution};
use super::review::Review;
use super::role::{Role, RoleAssignment};
use super::severity::Severity;
use super::stamp::{Stamp, COUNTER_MAX};
use super::status::Status;
use super::timeline::{EntryKind, TimelineEntry};
use super::triage::{TriageAnswers, TriageRecord};
use crate::domain::tidy::Tidy;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the exported incident format. Bump it, with a migration,
/// whenever an exported field changes meaning or shape.
/// 2: triage, communications, user comms, skipped tasks, resolution, long tail,
/// impact, services affected, review and actions (all absent in version 1, so
/// read as empty).
/// 3: causal stamps on fields, edits and actions, so merging keeps every
/// change made on one side (absent before, so given when read: see `migrate`).
/// 4: what each message said and the status it was sent in, and what users
/// need to know (absent before, so read as empty).
pub const SCHEMA_VERSION: u32 = 4;

pub const TITLE_MAX: usize = 150;
pub const TEXT_MAX: usize = 10_000;
/// Names of people and roles.
pub const NAME_MAX: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub schema_version: u32,
    pub id: IncidentId,
    pub details: Declaration,
    pub status: Status,
    pub severity: Option<Severity>,
    pub reporter: String,
    pub declared_at: DateTime<Utc>,
    pub roles: Vec<RoleAssignment>,
    /// Every incident has one (its declaration); stored data keeps it apart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<TimelineEntry>,
    /// How triage went, unless the person skipped it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<TriageRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communications: Vec<Communication>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_comms: Option<UserCommsDecision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_tasks: Vec<SkippedTask>,
    /// Set while resolved: what removed the main harm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub long_tail: Vec<LongTailItem>,
    #[serde(default, skip_serializing_if = "Review::is_empty")]
    pub review: Review,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The version of the playbook it was last worked under, so changing
    /// the playbook later does not rewrite its history.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub playbook_version: String,
    /// A status another copy moved it to, held back because the merged
    /// incident does not meet that status's rules yet; taken once it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_held_back: Option<Status>,
    /// The stamp of the command that last set each field changed since the
    /// declaration (keys from `fields`, and `role:…` for each role), so a
    /// merge keeps every change made on one side only.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: BTreeMap<String, Stamp>,
    /// For copies saved before stamps: the stamp their unstamped fields and
    /// actions are treated as having (their last change's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_stamp: Option<Stamp>,
    /// Bumped by every applied command; lets storage and other tabs tell versions apart.
    pub revision: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a command records on the timeline.
pub(super) struct Recorded {
    pub kind: EntryKind,
    pub text: String,
    /// When it happened, if not now.
    pub occurred_at: Option<DateTime<Utc>>,
}

impl Recorded {
    pub fn new(kind: EntryKind, text: impl Into<String>) -> Option<Self> {
        Some(Self {
            kind,
            text: text.into(),
            occurred_at: None,
        })
    }
}

/// A command's result: the entry to record, if any. On error nothing changed.
pub(super) type Outcome = Result<Option<Recorded>, CommandError>;

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

    pub fn title(&self) -> &str {
        &self.details.title
    }

    /// This incident kept as a separate one under `id`: a file's incident
    /// that only shares its id with one here.
    pub fn renamed(&self, id: IncidentId) -> Incident {
        Incident { id, ..self.clone() }
    }

    /// Whether `other` is a copy of this incident rather than a different
    /// one that happens to have its id: the same declaration, by the same
    /// person at the same moment, after the same triage.
    pub fn same_incident_as(&self, other: &Incident) -> bool {
        let opening = |incident: &Incident| {
            incident
                .timeline
                .iter()
                .find(|e| matches!(e.kind, EntryKind::Declared | EntryKind::NotAnIncident))
                .map(|e| {
                    (
                        e.id.clone(),
                        e.kind,
                        e.author.clone(),
                        e.recorded_at,
                        e.text.clone(),
                    )
                })
        };
        self.id == other.id
            && self.reporter == other.reporter
            && self.declared_at == other.declared_at
            && self.triage == other.triage
            && opening(self) == opening(other)
    }

    /// Whether commands can still change it: a closed incident, or a triage
    /// recorded as not an incident, is final.
    pub fn is_changeable(&self) -> bool {
        !matches!(self.status, Status::Closed | Status::NotAnIncident)
    }

    /// Who holds `role`, if anyone.
    pub fn holder(&self, role: &Role) -> Option<&RoleAssignment> {
        self.roles.iter().find(|a| a.role.same_as(role))
    }

    /// Extra roles beyond the two every incident needs, in the order they were added.
    pub fn extra_roles(&self) -> impl Iterator<Item = &RoleAssignment> {
        self.roles
            .iter()
            .filter(|a| !Role::REQUIRED.iter().any(|r| r.same_as(&a.role)))
    }

    /// The timeline as people read it: latest event first.
    pub fn timeline_newest_first(&self) -> Vec<&TimelineEntry> {
        let mut entries: Vec<&TimelineEntry> = self.timeline.iter().collect();
        entries.sort_by(|a, b| {
            (b.occurred_at, b.recorded_at, &b.id).cmp(&(a.occurred_at, a.recorded_at, &a.id))
        });
        entries
    }

    /// Messages of one kind, oldest first.
    pub fn sent(&self, kind: MessageKind) -> impl Iterator<Item = &Communication> {
        self.communications.iter().filter(move |c| c.kind == kind)
    }

    pub fn has_sent(&self, kind: MessageKind) -> bool {
        self.sent(kind).next().is_some()
    }

    /// How many of the audiences told this kind of message before heard it
    /// in `round`, and how many there are: users count once per channel
    /// they were told on; the team and stakeholders are one audience each.
    pub fn told_in_round(&self, kind: MessageKind, round: Round) -> (usize, usize) {
        let in_round = |c: &&Communication| round.counts(c.status);
        if kind != MessageKind::UserMessage {
            let told = self.sent(kind).any(|c| in_round(&c));
            return (usize::from(told), 1);
        }
        let mut channels: Vec<&str> = self.sent(kind).map(|c| c.channel.as_str()).collect();
        channels.sort_unstable();
        channels.dedup();
        let told = channels
            .iter()
            .filter(|channel| {
                self.sent(kind)
                    .filter(in_round)
                    .any(|c| c.channel == **channel)
            })
            .count();
        (told, channels.len())
    }

    pub fn posted_to_users_in(&self, channel: &str) -> bool {
        self.sent(MessageKind::UserMessage)
            .any(|c| c.channel == channel)
    }

    /// The last update to the team, stakeholders or users: a message recorded
    /// as sent, or a stakeholder update written on the timeline.
    pub fn last_update(&self) -> Option<DateTime<Utc>> {
        let messages = self.communications.iter().map(|c| c.sent_at);
        let notes = self
            .timeline
            .iter()
            .filter(|e| e.kind == EntryKind::StakeholderUpdate)
            .map(|e| e.occurred_at);
        messages.chain(notes).max()
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

    /// Adds an entry where it belongs: in the order entries were recorded,
    /// which merging keeps too.
    pub(crate) fn insert_entry(&mut self, entry: TimelineEntry) {
        let at = self
            .timeline
            .partition_point(|e| (e.recorded_at, &e.id) <= (entry.recorded_at, &entry.id));
        self.timeline.insert(at, entry);
    }

    /// A copy of everything but the timeline, to see what a command changed.
    fn without_timeline(&mut self) -> Incident {
        let timeline = std::mem::take(&mut self.timeline);
        let copy = self.clone();
        self.timeline = timeline;
        copy
    }
}

/// Every change is recorded against a named person, whose name is copied
/// into every entry they make: so it is short.
pub fn name_problem(name: &str) -> Option<FieldError> {
    let name = name.tidy();
    if name.is_empty() {
        Some(FieldError::ReporterMissing)
    } else {
        super::commands::optional(name, Field::Reporter, NAME_MAX)
    }
}
