//! The register's figures for a year: incidents by severity and by month,
//! how long they lasted and took to fix, and actions still open.

use crate::domain::{Severity, Status, ZoneRules};
use chrono::{DateTime, Datelike, Duration, Utc};
use std::collections::BTreeMap;

/// What the figures need from each incident: the register's index has it all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub started_at: DateTime<Utc>,
    pub declared_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub severity: Option<Severity>,
    pub status: Status,
    pub open_actions: u32,
}

/// Severity levels in the order figures show them, “not decided” last.
pub const LEVELS: [Option<Severity>; 5] = [
    Some(Severity::P1),
    Some(Severity::P2),
    Some(Severity::P3),
    Some(Severity::P4),
    None,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFigures {
    pub year: i32,
    pub incidents: usize,
    /// Counts in [`LEVELS`] order.
    pub by_severity: [usize; 5],
    /// For each month, counts in [`LEVELS`] order.
    pub by_month: [[usize; 5]; 12],
    /// Started to declared, as each report's “Time to declare”.
    pub median_time_to_declare: Option<Duration>,
    /// Started to resolved, as each report's “Time to fix”.
    pub median_time_to_fix: Option<Duration>,
    pub open_actions: u32,
}

/// The year an incident belongs to: when it started, in the team's zone.
pub fn year_of(summary: &Summary, zone: &dyn ZoneRules) -> i32 {
    year_and_month(summary.started_at, zone).0
}

/// The year and month (from 0) of `at` in `zone`. Every zone is within 14
/// hours of UTC, so away from the turn of a month they are UTC's own: the
/// zone (a call into the browser) is asked only near one, which keeps a
/// register of years of incidents quick to list.
pub fn year_and_month(at: DateTime<Utc>, zone: &dyn ZoneRules) -> (i32, u32) {
    let margin = Duration::hours(15);
    let month = |at: DateTime<Utc>| (at.year(), at.month0());
    match (at.checked_sub_signed(margin), at.checked_add_signed(margin)) {
        (Some(before), Some(after)) if month(before) == month(after) => month(at),
        _ => {
            let local = zone.local(at);
            (local.year(), local.month0())
        }
    }
}

/// The years with incidents, newest first.
pub fn years(summaries: &[Summary], zone: &dyn ZoneRules) -> Vec<i32> {
    let mut years: Vec<i32> = summaries.iter().map(|s| year_of(s, zone)).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The figures for `year`. Records of triage that were not incidents do not count.
pub fn year_figures(summaries: &[Summary], year: i32, zone: &dyn ZoneRules) -> YearFigures {
    let incidents: Vec<&Summary> = summaries
        .iter()
        .filter(|s| s.status != Status::NotAnIncident && year_of(s, zone) == year)
        .collect();
    let level = |s: &Summary| LEVELS.iter().position(|l| *l == s.severity).unwrap_or(4);
    let mut by_severity = [0; 5];
    let mut by_month = [[0; 5]; 12];
    for s in &incidents {
        by_severity[level(s)] += 1;
        by_month[year_and_month(s.started_at, zone).1 as usize][level(s)] += 1;
    }
    // Both from the start, as each report's own figures are.
    let to_declare = incidents.iter().map(|s| s.declared_at - s.started_at);
    let to_fix = incidents
        .iter()
        .filter_map(|s| s.resolved_at.map(|at| at - s.started_at));
    YearFigures {
        year,
        incidents: incidents.len(),
        by_severity,
        by_month,
        median_time_to_declare: median(to_declare.collect()),
        median_time_to_fix: median(to_fix.collect()),
        open_actions: incidents.iter().map(|s| s.open_actions).sum(),
    }
}

/// The middle value; with an even count, halfway between the middle two.
pub fn median(mut values: Vec<Duration>) -> Option<Duration> {
    values.sort();
    let n = values.len();
    match n {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some(values[n / 2 - 1] + (values[n / 2] - values[n / 2 - 1]) / 2),
    }
}

/// Each incident's number in the year it started, in the team's zone:
/// “2026-03” for the third to start. Worked out from the register (by start,
/// ties by id) rather than stored, so every browser holding the same
/// incidents numbers them alike, and two people declaring at once cannot
/// take the same number. Triage records and those that were not incidents
/// have none.
pub fn numbers<K: Ord>(
    incidents: impl IntoIterator<Item = (K, DateTime<Utc>, Status)>,
    zone: &dyn ZoneRules,
) -> BTreeMap<K, String> {
    let mut counted: Vec<(DateTime<Utc>, K)> = incidents
        .into_iter()
        .filter(|(_, _, status)| !matches!(status, Status::Triage | Status::NotAnIncident))
        .map(|(key, started_at, _)| (started_at, key))
        .collect();
    counted.sort();
    let mut in_year: BTreeMap<i32, usize> = BTreeMap::new();
    counted
        .into_iter()
        .map(|(started_at, key)| {
            let year = year_and_month(started_at, zone).0;
            let n = in_year.entry(year).or_default();
            *n += 1;
            (key, format!("{year}-{n:02}"))
        })
        .collect()
}
