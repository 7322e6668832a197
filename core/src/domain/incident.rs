//! The incident as stored, and the questions asked of it directly. It
//! changes only through [`Incident::apply`] (see `commands/`).

use super::actions::Action;
use super::command::Declaration;
use super::comms::{Communication, MessageKind, Round, UserCommsDecision};
use super::ids::IncidentId;
use super::resolution::{LongTailItem, Resolution};
use super::review::Review;
use super::role::{Role, RoleAssignment};
use super::severity::Severity;
use super::stamp::Stamp;
use super::status::Status;
use super::task::SkippedTask;
use super::timeline::{EntryKind, TimelineEntry};
use super::triage::TriageRecord;
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub schema_version: u32,
    pub id: IncidentId,
    pub details: Declaration,
    pub status: Status,
    pub severity: Option<Severity>,
    pub reporter: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
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
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub updated_at: DateTime<Utc>,
}

impl Incident {
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

    /// Whether its review and the review's actions can be recorded: once
    /// resolved (the main harm gone), until it is closed.
    pub fn is_up_for_review(&self) -> bool {
        matches!(self.status, Status::Resolved | Status::Reviewed)
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

    /// The status the incident was last moved to: the one held back, if any.
    pub fn wanted_status(&self) -> Status {
        self.status_held_back.unwrap_or(self.status)
    }

    /// The stamp of the value under `key`: `None` while it is as declared.
    pub fn stamp_of(&self, key: &str) -> Option<&Stamp> {
        self.stamps.get(key).or(self.legacy_stamp.as_ref())
    }

    /// Whether this copy holds the change stamped `stamp`: every command
    /// that sets a field also writes a timeline entry with its stamp.
    pub fn has_seen(&self, stamp: &Stamp) -> bool {
        self.timeline.iter().any(|entry| entry.has_stamp(stamp))
    }

    /// Who holds the role with `key` (see [`Role::key`]).
    pub fn role_by_key(&self, key: &str) -> Option<&RoleAssignment> {
        self.roles.iter().find(|a| a.role.key() == key)
    }

    /// Values other copies set for a field, which merging keeps beside the
    /// value this copy shows until a change made knowing of them replaces them.
    pub fn live_notes(&self) -> impl Iterator<Item = &TimelineEntry> {
        self.timeline
            .iter()
            .filter(|e| e.merged.as_ref().is_some_and(|m| m.stamp.is_some()))
    }

    /// Adds an entry where it belongs: in the order entries were recorded,
    /// which merging keeps too.
    pub(crate) fn insert_entry(&mut self, entry: TimelineEntry) {
        let at = self
            .timeline
            .partition_point(|e| (e.recorded_at, &e.id) <= (entry.recorded_at, &entry.id));
        self.timeline.insert(at, entry);
    }
}
