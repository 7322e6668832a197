//! Merging two copies of one incident, so that an incident lead and a comms
//! lead who worked it in two browsers end up with one record, losing nothing.
//!
//! Records (timeline entries, messages, actions, clean-up) are unioned by id,
//! which each browser makes unique. The incident's own fields come from the
//! copy changed last; each value the other copy had is kept as a timeline
//! entry. Merging is idempotent, commutative and associative, so copies can
//! be merged in any order, any number of times, and agree.

use crate::domain::{
    fnv1a, Action, EntryKind, Incident, ItemId, LongTailItem, MergedValue, TimelineEntry,
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("These are copies of different incidents, so they cannot be merged")]
pub struct DifferentIncidents;

/// One incident from two copies of it.
pub fn merge(a: &Incident, b: &Incident) -> Result<Incident, DifferentIncidents> {
    if a.id != b.id {
        return Err(DifferentIncidents);
    }
    let newer = if latest(a) >= latest(b) { a } else { b };
    let mut merged = newer.clone();
    merged.revision = a.revision.max(b.revision);
    merged.updated_at = a.updated_at.max(b.updated_at);
    merged.created_at = a.created_at.min(b.created_at);
    // Every list comes out in the order its records were made, as the
    // incident keeps them, so merging a copy with itself changes nothing.
    merged.communications = union(&a.communications, &b.communications);
    merged.communications.sort_by_key(|c| c.sent_at);
    merged.skipped_tasks = best_by(&a.skipped_tasks, &b.skipped_tasks, |s| json(&s.task), json);
    merged.skipped_tasks.sort_by_key(|s| s.at);
    merged.long_tail = best_by(&a.long_tail, &b.long_tail, |i| i.id.clone(), long_tail_rank);
    merged
        .long_tail
        .sort_by(|x, y| (x.added_at, &x.id).cmp(&(y.added_at, &y.id)));
    merged.actions = best_by(&a.actions, &b.actions, |a| a.id.clone(), action_rank);
    merged
        .actions
        .sort_by(|x, y| (x.added_at, &x.id).cmp(&(y.added_at, &y.id)));
    // Entries merges wrote are worked out again from both copies, not unioned.
    let written = |i: &Incident| -> Vec<TimelineEntry> {
        i.timeline
            .iter()
            .filter(|e| e.merged.is_none())
            .cloned()
            .collect()
    };
    let mut timeline = best_by(&written(a), &written(b), |e| e.id.clone(), entry_rank);
    timeline.extend(lost_values(a, b, &merged));
    timeline.sort_by(|x, y| (x.recorded_at, &x.id).cmp(&(y.recorded_at, &y.id)));
    merged.timeline = timeline;
    Ok(merged)
}

/// The fields a merge keeps the losing values of, by name, as text.
fn tracked(incident: &Incident) -> Vec<(&'static str, String)> {
    let details = &incident.details;
    vec![
        ("title", details.title.clone()),
        ("summary", details.summary.clone()),
        ("impact on users", details.impact.clone()),
        ("services affected", details.services_affected.clone()),
        ("start time", details.started_at.to_rfc3339()),
        (
            "security",
            if details.security_related {
                "security related"
            } else {
                "not security related"
            }
            .to_owned(),
        ),
        (
            "severity",
            incident
                .severity
                .map_or("not decided".to_owned(), |s| s.to_string()),
        ),
        ("status", incident.status.to_string()),
    ]
}

/// Every value either copy had, or had kept from earlier merges, that the
/// merged incident does not: each as a timeline entry at the merge's time.
fn lost_values(a: &Incident, b: &Incident, merged: &Incident) -> Vec<TimelineEntry> {
    let kept: BTreeSet<(&str, String)> = tracked(merged).into_iter().collect();
    let mut lost: BTreeSet<MergedValue> = BTreeSet::new();
    for copy in [a, b] {
        for (field, value) in tracked(copy) {
            if !kept.contains(&(field, value.clone())) {
                lost.insert(MergedValue {
                    field: field.to_owned(),
                    value,
                });
            }
        }
        for earlier in copy.timeline.iter().filter_map(|e| e.merged.as_ref()) {
            if !kept.contains(&(earlier.field.as_str(), earlier.value.clone())) {
                lost.insert(earlier.clone());
            }
        }
    }
    lost.into_iter()
        .map(|value| merged_entry(value, merged.updated_at))
        .collect()
}

fn merged_entry(value: MergedValue, at: DateTime<Utc>) -> TimelineEntry {
    let id = ItemId::derived("merged", fnv1a(&json(&value)));
    TimelineEntry {
        id,
        occurred_at: at,
        recorded_at: at,
        author: "Incident Desk".to_owned(),
        kind: EntryKind::Merged,
        text: format!(
            "Another copy of this incident had a different {}: {}",
            value.field, value.value
        ),
        previous_versions: Vec::new(),
        merged: Some(value),
    }
}

/// Which copy was changed last; ties broken by content, so every order of
/// merging picks the same copy.
fn latest(incident: &Incident) -> (DateTime<Utc>, String) {
    #[derive(Serialize)]
    struct Fields<'a> {
        tracked: Vec<(&'static str, String)>,
        incident: &'a Incident,
    }
    let mut fields = incident.clone();
    // Records are merged separately; only the incident's own fields decide.
    fields.timeline.clear();
    fields.communications.clear();
    fields.skipped_tasks.clear();
    fields.long_tail.clear();
    fields.actions.clear();
    fields.revision = 0;
    (
        incident.updated_at,
        json(&Fields {
            tracked: tracked(incident),
            incident: &fields,
        }),
    )
}

/// Each record once: from both lists, the one with the highest rank per key.
fn best_by<T: Clone, K: Ord, R: Ord>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> K,
    rank: impl Fn(&T) -> R,
) -> Vec<T> {
    let mut best: BTreeMap<K, &T> = BTreeMap::new();
    for item in a.iter().chain(b) {
        let slot = best.entry(key(item)).or_insert(item);
        if rank(item) > rank(slot) {
            *slot = item;
        }
    }
    best.into_values().cloned().collect()
}

/// Records with no id of their own: each as many times as the copy that
/// has it most often (two identical posts in one copy stay two).
fn union<T: Serialize + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let count = |list: &[T]| {
        let mut counts: BTreeMap<String, (usize, T)> = BTreeMap::new();
        for item in list {
            counts.entry(json(item)).or_insert((0, item.clone())).0 += 1;
        }
        counts
    };
    let mut counts = count(a);
    for (key, (n, item)) in count(b) {
        let slot = counts.entry(key).or_insert((0, item));
        slot.0 = slot.0.max(n);
    }
    counts
        .into_values()
        .flat_map(|(n, item)| std::iter::repeat_n(item, n))
        .collect()
}

/// An edited note outranks the same note before its edit.
fn entry_rank(entry: &TimelineEntry) -> (usize, String) {
    (entry.previous_versions.len(), json(entry))
}

/// Done or dropped outranks open.
fn long_tail_rank(item: &LongTailItem) -> (bool, bool, String) {
    (item.done.is_some(), item.dropped.is_some(), json(item))
}

/// Done and filed outrank open and unfiled.
fn action_rank(action: &Action) -> (bool, bool, String) {
    (
        action.done.is_some(),
        action.issue_url.is_some(),
        json(action),
    )
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
