//! What merging needs to know of one copy: the stamp of every field's
//! value, which changes the copy has seen, and its lists in one order.
//! Keys name what a stamp is for: a field of [`FIELDS`], `role:<role>`,
//! or `action:<id>:draft` and `action:<id>:issue`.

use super::comms::Communication;
use super::fields::{role_key, FIELDS};
use super::ids::ItemId;
use super::incident::Incident;
use super::role::{Role, RoleAssignment};
use super::stamp::Stamp;
use super::task::SkippedTask;
use super::timeline::TimelineEntry;
use std::cmp::Ordering;

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
    /// The wall time and counter of the latest stamp it holds, which the
    /// next command's stamp must follow.
    pub(super) fn latest_clock(&self) -> (i64, u64) {
        let mut latest = (i64::MIN, 0);
        let mut see = |clock: (i64, u64)| latest = latest.max(clock);
        for stamp in self.stamps.values().chain(&self.legacy_stamp) {
            see(stamp.clock());
        }
        for entry in &self.timeline {
            see(match &entry.stamp {
                Some(stamp) => stamp.clock(),
                None => (entry.recorded_at.timestamp_millis(), 0),
            });
            for version in &entry.previous_versions {
                see(version.stamp.clock());
            }
            if let Some(stamp) = entry.merged.as_ref().and_then(|m| m.stamp.as_ref()) {
                see(stamp.clock());
            }
        }
        latest
    }

    /// Gives `stamp` to every field, role and action part that differs
    /// from `before`. Values other copies had for those fields become
    /// history: the person changed them knowing of them.
    pub(super) fn stamp_changes(&mut self, before: &Incident, stamp: &Stamp) {
        let mut changed: Vec<String> = FIELDS
            .iter()
            .filter(|field| !(field.same)(before, self))
            .map(|field| field.key.to_owned())
            .collect();
        for assignment in before.roles.iter().chain(&self.roles) {
            let role = assignment.role.key();
            let key = role_key(&role);
            if before.role_by_key(&role) != self.role_by_key(&role) && !changed.contains(&key) {
                changed.push(key);
            }
        }
        for action in &self.actions {
            let Some(old) = before.actions.iter().find(|a| a.id == action.id) else {
                continue;
            };
            if old.draft != action.draft {
                changed.push(action_key(&action.id, ActionPart::Draft));
            }
            if old.issue_url != action.issue_url {
                changed.push(action_key(&action.id, ActionPart::Issue));
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
    /// Commands keep the lists nearly in order, so this is quick.
    pub fn put_in_order(&mut self) {
        settle_order(&mut self.roles, role_order);
        settle_order(&mut self.communications, message_order);
        settle_order(&mut self.skipped_tasks, skipped_order);
        settle_order(&mut self.long_tail, |x, y| {
            (x.added_at, &x.id).cmp(&(y.added_at, &y.id))
        });
        settle_order(&mut self.actions, |x, y| {
            (x.added_at, &x.id).cmp(&(y.added_at, &y.id))
        });
        if !self.timeline.is_sorted_by(|x, y| entry_order(x, y).is_le()) {
            // Only a file or damaged data holds a timeline out of order.
            self.timeline.sort_by(entry_order);
        }
    }
}

/// The order of each list, which merging keeps too.
pub fn role_order(x: &RoleAssignment, y: &RoleAssignment) -> Ordering {
    let rank = |a: &RoleAssignment| {
        let required = Role::REQUIRED.iter().position(|r| r.same_as(&a.role));
        (required.unwrap_or(Role::REQUIRED.len()), a.role.key())
    };
    rank(x).cmp(&rank(y))
}

pub fn message_order(x: &Communication, y: &Communication) -> Ordering {
    (x.sent_at, x.kind.key(), &x.channel, &x.sent_by).cmp(&(
        y.sent_at,
        y.kind.key(),
        &y.channel,
        &y.sent_by,
    ))
}

pub fn skipped_order(x: &SkippedTask, y: &SkippedTask) -> Ordering {
    (x.at, x.task.title(), &x.reason, &x.by).cmp(&(y.at, y.task.title(), &y.reason, &y.by))
}

pub fn entry_order(x: &TimelineEntry, y: &TimelineEntry) -> Ordering {
    (x.recorded_at, &x.id).cmp(&(y.recorded_at, &y.id))
}

/// An insertion sort: a list in order, or one record out of place, takes
/// one pass; and it is a few bytes, where each use of the standard sort
/// would add its own copy of a full sort to the app.
fn settle_order<T>(list: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    for n in 1..list.len() {
        let mut at = n;
        while at > 0 && order(&list[at - 1], &list[at]).is_gt() {
            list.swap(at - 1, at);
            at -= 1;
        }
    }
}
