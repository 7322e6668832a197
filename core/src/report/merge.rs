//! Merging two copies of one incident, so that everyone who worked on it,
//! in any number of browsers, ends up with one record that keeps what each
//! of them did.
//!
//! - Records (timeline entries, messages, actions, clean-up) are unioned by
//!   id, which each browser makes unique; a note edited in both copies keeps
//!   every wording, the latest as the note and the others as earlier versions.
//! - Each field (see `domain::FIELDS`), each role and each action's wording
//!   and issue takes the value with the later causal stamp. A value changed
//!   in one copy only therefore always survives: the other copy's stamp is
//!   older, and the changed copy had seen it.
//! - Where both copies changed a field without seeing each other's change,
//!   the later stamp wins and the other value is kept on the timeline as a
//!   merge note. The note lasts while some copy may still hold that value:
//!   merging with a copy that replaced it knowingly drops it, and a person
//!   changing the field makes it history, kept for good. Whether a copy
//!   knew of a change is told by its timeline, which holds every command's
//!   entry with that command's stamp.
//! - The status then follows the lifecycle: the one asked for last is held
//!   back while the merged incident does not meet its rules.
//!
//! Merging is idempotent, commutative and associative, so copies can be
//! merged in any order, any number of times, and agree.

use crate::domain::{
    action_key, entry_order, fnv1a, message_order, role_key, skipped_order, Action, ActionPart,
    EntryKind, EntryRevision, Incident, ItemId, LongTailItem, MergedValue, Role, RoleAssignment,
    Stamp, TimelineEntry, FIELDS,
};
use chrono::{DateTime, Utc};
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("These are copies of different incidents, so they cannot be merged")]
pub struct DifferentIncidents;

/// One incident from two copies of it.
pub fn merge(a: &Incident, b: &Incident) -> Result<Incident, DifferentIncidents> {
    if !a.same_incident_as(b) {
        return Err(DifferentIncidents);
    }
    let mut merged = a.clone();
    merged.revision = a.revision.max(b.revision);
    merged.updated_at = a.updated_at.max(b.updated_at);
    merged.created_at = a.created_at.min(b.created_at);
    merged.legacy_stamp = a.legacy_stamp.clone().max(b.legacy_stamp.clone());
    let mut fields = Fields {
        a,
        b,
        stamps: Vec::new(),
        notes: Vec::new(),
    };
    for field in FIELDS {
        let from = fields.pick(field.key, field.name, field.noted, |c| (field.show)(c));
        (field.take)(&mut merged, from);
    }
    merged.roles = fields.roles();
    merged.actions = fields.actions();
    merged.long_tail = join(&a.long_tail, &b.long_tail, record_order, |x, y| {
        LongTailItem {
            done: earliest(&x.done, &y.done, |d| (d.at, d.by.clone())),
            dropped: earliest(&x.dropped, &y.dropped, |d| {
                (d.at, d.by.clone(), d.reason.clone())
            }),
            ..x.clone()
        }
    });
    // Records with no id: each as many times as the copy that has it most
    // often (two identical posts in one copy stay two).
    merged.communications = join(&a.communications, &b.communications, message_order, keep);
    merged.skipped_tasks = join(&a.skipped_tasks, &b.skipped_tasks, skipped_order, keep);
    let Fields { stamps, notes, .. } = fields;
    merged.stamps.clear();
    for (key, stamp) in stamps {
        match (stamp, &merged.legacy_stamp) {
            (Some(stamp), legacy) if legacy.as_ref() != Some(&stamp) => {
                merged.stamps.insert(key, stamp);
            }
            // As declared, in a copy merged with one from before stamps.
            (None, Some(_)) => {
                merged.stamps.insert(key, Stamp::default());
            }
            _ => {}
        }
    }
    merged.timeline = timeline(a, b);
    let notes: Vec<TimelineEntry> = kept_notes(a, b, &merged).chain(notes).collect();
    let mut added: Vec<ItemId> = Vec::new();
    for note in notes {
        if !added.contains(&note.id) {
            added.push(note.id.clone());
            merged.insert_entry(note);
        }
    }
    merged.settle_status();
    merged.put_in_order();
    Ok(merged)
}

/// The copies being merged, and what picking their fields has found.
struct Fields<'a> {
    a: &'a Incident,
    b: &'a Incident,
    /// The stamp of each value the merged copy takes.
    stamps: Vec<(String, Option<Stamp>)>,
    /// A merge note for each value that lost to a change made without
    /// knowing of it.
    notes: Vec<TimelineEntry>,
}

impl<'a> Fields<'a> {
    /// Which copy the value under `key` comes from: the later change,
    /// among those not replaced knowingly in the other copy.
    fn pick(
        &mut self,
        key: &str,
        name: &str,
        noted: bool,
        show: impl Fn(&Incident) -> String,
    ) -> &'a Incident {
        let (a, b) = (self.a, self.b);
        let (sa, sb) = (a.stamp_of(key), b.stamp_of(key));
        let (live_a, live_b) = (live(key, sa, b, sb), live(key, sb, a, sa));
        let (show_a, show_b) = (show(a), show(b));
        let a_wins = match (live_a, live_b) {
            (true, false) => true,
            (false, true) => false,
            _ => (sa, &show_a) >= (sb, &show_b),
        };
        let (winner, stamp, loser) = if a_wins {
            (a, sa, (live_b, sb, show_b))
        } else {
            (b, sb, (live_a, sa, show_a))
        };
        self.stamps.push((key.to_owned(), stamp.cloned()));
        if let (true, true, Some(lost)) = (noted, loser.0, loser.1) {
            if Some(lost) != stamp {
                self.notes.push(note(key, name, loser.2, lost));
            }
        }
        winner
    }

    /// Every role held in either copy, each from the copy that changed it last.
    fn roles(&mut self) -> Vec<RoleAssignment> {
        let mut keys: Vec<String> = Vec::new();
        for copy in [self.a, self.b] {
            let held = copy.roles.iter().map(|r| r.role.key());
            let stamped = copy
                .stamps
                .keys()
                .filter_map(|k| k.strip_prefix("role:").map(str::to_owned));
            for key in held.chain(stamped) {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
        keys.into_iter()
            .filter_map(|key| {
                let name = match key.as_str() {
                    "incident_lead" => Role::IncidentLead.name().to_ascii_lowercase(),
                    "comms_lead" => Role::CommsLead.name().to_ascii_lowercase(),
                    other => other.strip_prefix("other:").unwrap_or(other).to_owned(),
                };
                let show = |c: &Incident| {
                    c.role_by_key(&key)
                        .map_or("nobody".into(), |r| r.person.clone())
                };
                let from = self.pick(&role_key(&key), &name, true, show);
                from.role_by_key(&key).cloned()
            })
            .collect()
    }

    /// Every action in either copy; what it says and where it was filed
    /// each from the copy that changed it last; done once done in either.
    fn actions(&mut self) -> Vec<Action> {
        let (a, b) = (self.a, self.b);
        pairs(&a.actions, &b.actions, record_order)
            .into_iter()
            .map(|pair| {
                let (x, y) = match pair {
                    Pair::Both(x, y) => (x, y),
                    Pair::One(only, first) => {
                        // Added in one copy only: as that copy has it.
                        let owner = if first { a } else { b };
                        for part in [ActionPart::Draft, ActionPart::Issue] {
                            let key = action_key(&only.id, part);
                            self.stamps
                                .push((key.clone(), owner.stamp_of(&key).cloned()));
                        }
                        return only.clone();
                    }
                };
                let find = |copy: &'a Incident| action_in(copy, &x.id);
                let draft_key = action_key(&x.id, ActionPart::Draft);
                let draft = self.pick(&draft_key, "wording of one of its actions", true, |c| {
                    action_in(c, &x.id).map_or(String::new(), describe_draft)
                });
                let issue_key = action_key(&x.id, ActionPart::Issue);
                let issue = self.pick(&issue_key, "issue for one of its actions", true, |c| {
                    action_in(c, &x.id)
                        .and_then(|c| c.issue_url.clone())
                        .unwrap_or_else(|| "(none)".to_owned())
                });
                Action {
                    draft: find(draft).map_or(x.draft.clone(), |c| c.draft.clone()),
                    issue_url: find(issue).map_or(x.issue_url.clone(), |c| c.issue_url.clone()),
                    done: earliest(&x.done, &y.done, |d| (d.at, d.by.clone())),
                    ..x.clone()
                }
            })
            .collect()
    }
}

/// Whether the value stamped `mine` is still one some copy holds, rather
/// than one the other copy replaced knowingly: the other copy holds it too
/// (as its value, or as a merge note), or never saw the change that made it.
/// A value as declared (no stamp) gives way to any change.
fn live(key: &str, mine: Option<&Stamp>, other: &Incident, theirs: Option<&Stamp>) -> bool {
    match mine {
        None => theirs.is_none(),
        Some(stamp) => {
            Some(stamp) == theirs || !other.has_seen(stamp) || holds_note(other, key, stamp)
        }
    }
}

fn holds_note(copy: &Incident, key: &str, stamp: &Stamp) -> bool {
    copy.live_notes().any(|e| {
        e.merged
            .as_ref()
            .is_some_and(|m| m.field == key && m.stamp.as_ref() == Some(stamp))
    })
}

/// The merge notes of either copy that stay: by the same rule as values,
/// and not about the value the merged copy now shows.
fn kept_notes<'x>(
    a: &'x Incident,
    b: &'x Incident,
    merged: &'x Incident,
) -> impl Iterator<Item = TimelineEntry> + 'x {
    [(a, b), (b, a)].into_iter().flat_map(move |(copy, other)| {
        copy.live_notes().filter_map(move |entry| {
            let value = entry.merged.as_ref()?;
            let stamp = value.stamp.as_ref()?;
            let kept = live(
                &value.field,
                Some(stamp),
                other,
                other.stamp_of(&value.field),
            );
            (kept && merged.stamp_of(&value.field) != Some(stamp)).then(|| entry.clone())
        })
    })
}

/// A merge note: a value another copy set for a field, kept on the timeline
/// at the time it was set. Made only from what it records, so every order of
/// merging makes the same one.
fn note(key: &str, name: &str, value: String, stamp: &Stamp) -> TimelineEntry {
    let at = stamp.at().unwrap_or(DateTime::UNIX_EPOCH);
    let id = ItemId::derived("merged", fnv1a(&format!("{key}\n{value}\n{stamp}")));
    TimelineEntry {
        id,
        occurred_at: at,
        recorded_at: at,
        author: "Incident Desk".to_owned(),
        kind: EntryKind::Merged,
        text: format!("Another copy of this incident had a different {name}: {value}"),
        previous_versions: Vec::new(),
        merged: Some(MergedValue {
            field: key.to_owned(),
            value,
            stamp: Some(stamp.clone()),
        }),
        stamp: None,
    }
}

fn action_in<'c>(copy: &'c Incident, id: &ItemId) -> Option<&'c Action> {
    copy.actions.iter().find(|action| action.id == *id)
}

fn describe_draft(action: &Action) -> String {
    let draft = &action.draft;
    format!(
        "{} (owner {}, due {}, in {})",
        draft.title,
        draft.owner,
        crate::domain::text::day(draft.due),
        draft.repository
    )
}

/// Every entry of either copy but the merge notes, which merging works out
/// again, in order; one entry edited in both keeps every wording.
fn timeline(a: &Incident, b: &Incident) -> Vec<TimelineEntry> {
    let records = |copy: &Incident| -> Vec<TimelineEntry> {
        copy.timeline
            .iter()
            .filter(|e| {
                e.merged
                    .as_ref()
                    .is_none_or(|m| m.stamp.is_none() && m.field != "status:held")
            })
            .cloned()
            .collect()
    };
    let (ours, theirs) = (records(a), records(b));
    let mut entries = Vec::with_capacity(ours.len().max(theirs.len()));
    for pair in pairs(&ours, &theirs, entry_order) {
        match pair {
            Pair::Both(x, y) if same_origin(x, y) => entries.push(combine_edits(x, y)),
            // Two different entries under one id and time: only damaged
            // copies from before browsers had ids hold them. Both are kept.
            Pair::Both(x, y) => {
                let (first, second) = if origin(x) <= origin(y) {
                    (x, y)
                } else {
                    (y, x)
                };
                entries.extend([first.clone(), second.clone()]);
            }
            Pair::One(only, _) => entries.push(only.clone()),
        }
    }
    entries
}

/// Whether two entries with one id and time are the same entry: the same
/// in everything but later edits.
fn same_origin(x: &TimelineEntry, y: &TimelineEntry) -> bool {
    x.occurred_at == y.occurred_at
        && x.author == y.author
        && x.kind == y.kind
        && x.original_text() == y.original_text()
        && x.merged == y.merged
        && x.stamp() == y.stamp()
}

/// What an entry was when it was made, as text.
fn origin(entry: &TimelineEntry) -> String {
    format!(
        "{}\n{}\n{}\n{:?}\n{}",
        entry.occurred_at,
        entry.author,
        entry.stamp(),
        entry.kind,
        entry.original_text()
    )
}

/// One edit of a note: when, by whom, and the wording it gave.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Edit {
    stamp: Stamp,
    text: String,
    at: DateTime<Utc>,
    by: String,
}

/// A note's edits, in the order of their stamps, as every copy keeps them.
fn edits(entry: &TimelineEntry) -> Vec<Edit> {
    let versions = &entry.previous_versions;
    versions
        .iter()
        .enumerate()
        .map(|(n, version)| Edit {
            stamp: version.stamp.clone(),
            text: versions
                .get(n + 1)
                .map_or(&entry.text, |next| &next.text)
                .clone(),
            at: version.replaced_at,
            by: version.replaced_by.clone(),
        })
        .collect()
}

/// One entry with every edit either copy made, in the order of their
/// stamps: the last one's wording is the note, the rest earlier versions.
fn combine_edits(x: &TimelineEntry, y: &TimelineEntry) -> TimelineEntry {
    if x.previous_versions == y.previous_versions {
        return x.clone();
    }
    let mut text = x.original_text().to_owned();
    let mut previous_versions = Vec::new();
    for edit in join(&edits(x), &edits(y), Edit::cmp, keep) {
        previous_versions.push(EntryRevision {
            text: std::mem::replace(&mut text, edit.text),
            replaced_at: edit.at,
            replaced_by: edit.by,
            stamp: edit.stamp,
        });
    }
    TimelineEntry {
        text,
        previous_versions,
        ..x.clone()
    }
}

/// Actions and clean-up: in the order they were added, one record an id.
fn record_order<T: Record>(x: &T, y: &T) -> Ordering {
    (x.added_at(), x.id()).cmp(&(y.added_at(), y.id()))
}

trait Record {
    fn added_at(&self) -> DateTime<Utc>;
    fn id(&self) -> &ItemId;
}

impl Record for Action {
    fn added_at(&self) -> DateTime<Utc> {
        self.added_at
    }
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Record for LongTailItem {
    fn added_at(&self) -> DateTime<Utc> {
        self.added_at
    }
    fn id(&self) -> &ItemId {
        &self.id
    }
}

/// A record from both copies, or from one: the first (`true`) or the second.
enum Pair<'x, T> {
    Both(&'x T, &'x T),
    One(&'x T, bool),
}

/// Two lists in the same order, walked together: records that sort the
/// same are paired, the rest come one at a time, all in order. Every
/// list an incident keeps is in order, so no sort is needed.
fn pairs<'x, T>(a: &'x [T], b: &'x [T], order: impl Fn(&T, &T) -> Ordering) -> Vec<Pair<'x, T>> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => order(x, y),
            (Some(_), None) => Ordering::Less,
            _ => Ordering::Greater,
        };
        match next {
            Ordering::Less => {
                out.push(Pair::One(&a[i], true));
                i += 1;
            }
            Ordering::Greater => {
                out.push(Pair::One(&b[j], false));
                j += 1;
            }
            Ordering::Equal => {
                out.push(Pair::Both(&a[i], &b[j]));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Both lists as one, in order: each pair combined, each single record as it is.
fn join<T: Clone>(
    a: &[T],
    b: &[T],
    order: impl Fn(&T, &T) -> Ordering,
    mut combine: impl FnMut(&T, &T) -> T,
) -> Vec<T> {
    pairs(a, b, order)
        .into_iter()
        .map(|pair| match pair {
            Pair::Both(x, y) => combine(x, y),
            Pair::One(x, _) => x.clone(),
        })
        .collect()
}

/// For records that are the same whenever they sort the same: either one.
fn keep<T: Clone>(x: &T, _: &T) -> T {
    x.clone()
}

/// The earlier of two settlements (done, dropped): the first to happen.
fn earliest<T: Clone, K: Ord>(x: &Option<T>, y: &Option<T>, key: impl Fn(&T) -> K) -> Option<T> {
    match (x, y) {
        (Some(x), Some(y)) => Some(if key(y) < key(x) { y } else { x }.clone()),
        (x, y) => x.clone().or_else(|| y.clone()),
    }
}
