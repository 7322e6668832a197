//! What merging needs to know of one copy: the stamp of every field's
//! value, which changes the copy has seen, and its lists in one order.
//! Keys name what a stamp is for: a field of [`FIELDS`], `role:<role>`,
//! or `action:<id>:draft` and `action:<id>:issue`.

use super::fields::{role_key, FIELDS};
use super::ids::ItemId;
use super::incident::Incident;
use super::role::{Role, RoleAssignment};
use super::stamp::Stamp;
use super::status::Status;
use super::timeline::TimelineEntry;
use std::collections::BTreeSet;

/// The stamp key of one part of an action.
pub fn action_key(id: &ItemId, part: ActionPart) -> String {
    let part = match part {
        ActionPart::Draft => "draft",
        ActionPart::Issue => "issue",
    };
    format!("action:{id}:{part}")
}

/// The parts of an action that change after it is added, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionPart {
    /// What it says: title, detail, owner, due date, kind and repository.
    Draft,
    /// The issue it was filed as.
    Issue,
}

impl Incident {
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

    /// The wall time and counter of the latest stamp it holds, which the
    /// next command's stamp must follow.
    pub(super) fn latest_clock(&self) -> (i64, u64) {
        let fields = self.stamps.values().chain(&self.legacy_stamp);
        let edits = self
            .timeline
            .iter()
            .flat_map(|e| e.previous_versions.iter().map(|v| &v.stamp));
        let notes = self
            .timeline
            .iter()
            .filter_map(|e| e.merged.as_ref().and_then(|m| m.stamp.as_ref()));
        let explicit = fields.chain(edits).chain(notes).map(Stamp::clock);
        let entries = self.timeline.iter().map(|e| match &e.stamp {
            Some(stamp) => stamp.clock(),
            None => (e.recorded_at.timestamp_millis(), 0),
        });
        explicit.chain(entries).max().unwrap_or((i64::MIN, 0))
    }

    /// Gives `stamp` to every field, role and action part that differs
    /// from `before`. Values other copies had for those fields become
    /// history: the person changed them knowing of them.
    pub(super) fn stamp_changes(&mut self, before: &Incident, stamp: &Stamp) {
        let mut changed: BTreeSet<String> = FIELDS
            .iter()
            .filter(|field| !(field.same)(before, self))
            .map(|field| field.key.to_owned())
            .collect();
        let roles: BTreeSet<String> = before
            .roles
            .iter()
            .chain(&self.roles)
            .map(|a| a.role.key())
            .collect();
        for role in roles {
            if before.role_by_key(&role) != self.role_by_key(&role) {
                changed.insert(role_key(&role));
            }
        }
        for action in &self.actions {
            let Some(old) = before.actions.iter().find(|a| a.id == action.id) else {
                continue;
            };
            if old.draft != action.draft {
                changed.insert(action_key(&action.id, ActionPart::Draft));
            }
            if old.issue_url != action.issue_url {
                changed.insert(action_key(&action.id, ActionPart::Issue));
            }
        }
        for entry in &mut self.timeline {
            if let Some(note) = entry.merged.as_mut() {
                if changed.contains(&note.field) {
                    note.stamp = None;
                }
            }
        }
        for key in changed {
            self.stamps.insert(key, stamp.clone());
        }
    }

    /// Reads forward a copy saved before stamps: its fields are treated as
    /// stamped at its last change, by the browser that made it, and each
    /// edit of a note at the time it was made, in the order made.
    pub fn stamp_legacy(&mut self) {
        if self.legacy_stamp.is_none() && self.stamps.is_empty() {
            self.legacy_stamp = self.timeline.last().map(TimelineEntry::stamp);
        }
        for entry in &mut self.timeline {
            let mut last: Option<(i64, u64)> = None;
            for version in &mut entry.previous_versions {
                if version.stamp == Stamp::default() {
                    let natural = Stamp::natural(version.replaced_at, "");
                    version.stamp = match last {
                        Some((wall, counter)) if natural.clock() <= (wall, counter) => Stamp {
                            wall,
                            counter: counter + 1,
                            device: String::new(),
                        },
                        _ => natural,
                    };
                }
                last = Some(version.stamp.clock());
            }
        }
        self.put_in_order();
    }

    /// Puts every list in one order, whatever order its records were made
    /// or merged in, so two copies holding the same records are equal.
    pub fn put_in_order(&mut self) {
        self.roles.sort_by_cached_key(|a| {
            let rank = Role::REQUIRED.iter().position(|r| r.same_as(&a.role));
            (rank.unwrap_or(Role::REQUIRED.len()), a.role.key())
        });
        self.communications.sort_by(|x, y| {
            (x.sent_at, x.kind.key(), &x.channel, &x.sent_by).cmp(&(
                y.sent_at,
                y.kind.key(),
                &y.channel,
                &y.sent_by,
            ))
        });
        self.skipped_tasks.sort_by(|x, y| {
            (x.at, x.task.title(), &x.reason, &x.by).cmp(&(y.at, y.task.title(), &y.reason, &y.by))
        });
        self.long_tail
            .sort_by(|x, y| (x.added_at, &x.id).cmp(&(y.added_at, &y.id)));
        self.actions
            .sort_by(|x, y| (x.added_at, &x.id).cmp(&(y.added_at, &y.id)));
    }
}
