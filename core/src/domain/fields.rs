//! The incident's own fields, as merging sees them: each one a unit that a
//! command sets and that carries the stamp of the command that last set it.
//! [`Incident::apply`](super::Incident::apply) stamps every field a command
//! changed; merging takes each field from the copy whose stamp is later.
//! Records (timeline entries, messages, actions, clean-up) merge by id.

use super::comms::UserCommsDecision;
use super::incident::Incident;
use super::review::RootCauseCategory;
use super::severity::Severity;
use super::text::{and_list, clock, date};
use chrono::{DateTime, Utc};

/// One field: its key (in [`Incident::stamps`]), what people call it, how its
/// value reads, and how to compare and copy it.
pub struct FieldSpec {
    pub key: &'static str,
    /// Mid-sentence: “Another copy of this incident had a different …”.
    pub name: &'static str,
    /// Whether a value that lost a merge is kept on the timeline: the
    /// playbook version changes with every command and means nothing to people.
    pub noted: bool,
    pub show: fn(&Incident) -> String,
    pub same: fn(&Incident, &Incident) -> bool,
    pub take: fn(&mut Incident, &Incident),
}

macro_rules! field {
    ($key:literal, $name:literal, $show:ident, $($path:ident).+) => {
        FieldSpec {
            key: $key,
            name: $name,
            noted: true,
            show: |i| $show(&i.$($path).+),
            same: |a, b| a.$($path).+ == b.$($path).+,
            take: |to, from| to.$($path).+.clone_from(&from.$($path).+),
        }
    };
}

/// Every field a command can change after the declaration.
pub static FIELDS: &[FieldSpec] = &[
    field!("title", "title", text, details.title),
    field!("summary", "summary", text, details.summary),
    field!("impact", "impact on users", text, details.impact),
    field!(
        "departmental_impact",
        "impact on the department",
        text,
        details.departmental_impact
    ),
    field!(
        "services_affected",
        "services affected",
        text,
        details.services_affected
    ),
    field!("started_at", "start time", moment, details.started_at),
    field!(
        "security_related",
        "security setting",
        security,
        details.security_related
    ),
    field!("severity", "severity", severity, severity),
    // The status the copy was moved to, with how it was resolved: one
    // decision. Merging then holds it back if the merged incident does not
    // meet that status's rules (see `Incident::settle_status`).
    FieldSpec {
        key: "status",
        name: "status",
        noted: true,
        show: |i| i.wanted_status().label().to_owned(),
        same: |a, b| a.wanted_status() == b.wanted_status() && a.resolution == b.resolution,
        take: |to, from| {
            to.status = from.wanted_status();
            to.status_held_back = None;
            to.resolution.clone_from(&from.resolution);
        },
    },
    field!(
        "user_comms",
        "decision on telling users",
        user_comms,
        user_comms
    ),
    field!(
        "review.held_at",
        "review date",
        optional_moment,
        review.held_at
    ),
    field!(
        "review.organiser",
        "review organiser",
        text,
        review.organiser
    ),
    field!(
        "review.attendees",
        "list of who came to the review",
        names,
        review.attendees
    ),
    field!("review.summary", "review summary", text, review.summary),
    field!("review.root_cause", "root cause", text, review.root_cause),
    field!("review.trigger", "trigger", text, review.trigger),
    field!(
        "review.standing_actions",
        "list of standing actions considered",
        names,
        review.standing_actions
    ),
    FieldSpec {
        key: "review.categories",
        name: "root cause categories",
        noted: true,
        show: |i| categories(&i.review.categories, &i.review.other_category),
        same: |a, b| {
            a.review.categories == b.review.categories
                && a.review.other_category == b.review.other_category
        },
        take: |to, from| {
            to.review.categories.clone_from(&from.review.categories);
            to.review
                .other_category
                .clone_from(&from.review.other_category);
        },
    },
    field!(
        "review.contributing_factors",
        "contributing factors",
        text,
        review.contributing_factors
    ),
    field!(
        "review.went_well",
        "account of what went well",
        text,
        review.went_well
    ),
    field!(
        "review.went_badly",
        "account of what did not go well",
        text,
        review.went_badly
    ),
    field!(
        "review.lucky",
        "account of where we got lucky",
        text,
        review.lucky
    ),
    field!(
        "review.recommendations",
        "recommendations",
        text,
        review.recommendations
    ),
    field!(
        "review.no_actions_reason",
        "reason no actions are needed",
        text,
        review.no_actions_reason
    ),
    FieldSpec {
        noted: false,
        ..field!(
            "playbook_version",
            "playbook version",
            text,
            playbook_version
        )
    },
];

/// The field with `key`, if it is one.
pub fn field(key: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.key == key)
}

/// The stamp key of a role: `role:incident_lead`, `role:other:scribe`.
pub fn role_key(role_key: &str) -> String {
    format!("role:{role_key}")
}

fn text(text: &str) -> String {
    if text.is_empty() {
        "(empty)".to_owned()
    } else {
        text.to_owned()
    }
}

/// A time written the same way in every copy, whatever its time zone.
pub fn moment(at: &DateTime<Utc>) -> String {
    let at = at.naive_utc();
    format!("{} {} UTC", date(at), clock(at))
}

fn optional_moment(at: &Option<DateTime<Utc>>) -> String {
    at.as_ref().map_or("(none)".to_owned(), moment)
}

fn security(related: &bool) -> String {
    if *related {
        "security related"
    } else {
        "not security related"
    }
    .to_owned()
}

fn severity(severity: &Option<Severity>) -> String {
    severity.map_or("not decided".to_owned(), |s| s.to_string())
}

fn user_comms(decision: &Option<UserCommsDecision>) -> String {
    match decision {
        None => "not decided".to_owned(),
        Some(d) if d.tell_users => "tell users".to_owned(),
        Some(d) => format!("do not tell users: {}", d.reason),
    }
}

fn names(names: &[String]) -> String {
    if names.is_empty() {
        "(none)".to_owned()
    } else {
        and_list(names)
    }
}

fn categories(categories: &[RootCauseCategory], other: &str) -> String {
    let labels: Vec<String> = categories
        .iter()
        .map(|c| match c {
            RootCauseCategory::Other if !other.is_empty() => format!("Other ({other})"),
            c => c.label().to_owned(),
        })
        .collect();
    names(&labels)
}
