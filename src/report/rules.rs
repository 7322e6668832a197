//! What an imported incident must meet: the rules the app's own commands
//! keep, since a file can hold anything. The same limits on every text as
//! the forms, plausible years, counters storage accepts, repositories and
//! issue addresses as the action form checks them, and a status whose
//! lifecycle rules hold.

use crate::domain::{
    is_issue_url, is_repository, missing_for_status, Incident, ItemId, Role, Stamp, Status,
    TriageDecision, COUNTER_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX, YEARS,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Automatic entries quote old values, so they may run longer than a note.
const ENTRY_MAX: usize = 5 * TEXT_MAX;
/// More records of one kind than a real incident has.
pub const MAX_RECORDS: usize = 10_000;
const ATTENDEES_MAX: usize = 50;
const ROLES_MAX: usize = 50;

/// One broken rule: where in the incident (`details.title`), and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub path: String,
    pub message: String,
}

/// Every rule `incident` breaks, in the order of its fields.
pub fn breaches(incident: &Incident) -> Vec<Breach> {
    let mut check = Checks(Vec::new());
    let details = &incident.details;
    check.text("details.title", &details.title, TITLE_MAX, true);
    check.text("details.summary", &details.summary, TEXT_MAX, true);
    check.text("details.impact", &details.impact, TEXT_MAX, false);
    check.text(
        "details.services_affected",
        &details.services_affected,
        TEXT_MAX,
        false,
    );
    check.time("details.started_at", details.started_at);
    check.text("reporter", &incident.reporter, NAME_MAX, true);
    check.time("declared_at", incident.declared_at);
    check.time("created_at", incident.created_at);
    check.time("updated_at", incident.updated_at);
    check.counter("revision", incident.revision);
    check.text(
        "playbook_version",
        &incident.playbook_version,
        NAME_MAX,
        false,
    );
    for (key, stamp) in &incident.stamps {
        check.stamp(&format!("stamps.{key}"), stamp);
    }
    if let Some(stamp) = &incident.legacy_stamp {
        check.stamp("legacy_stamp", stamp);
    }
    check.count("roles", incident.roles.len(), ROLES_MAX);
    for (n, role) in incident.roles.iter().enumerate() {
        if let Role::Other(name) = &role.role {
            check.text(&format!("roles[{n}].role.other"), name, NAME_MAX, true);
        }
        check.text(&format!("roles[{n}].person"), &role.person, NAME_MAX, true);
        check.time(&format!("roles[{n}].assigned_at"), role.assigned_at);
    }
    check.count("timeline", incident.timeline.len(), MAX_RECORDS);
    for (n, entry) in incident.timeline.iter().enumerate() {
        let path = format!("timeline[{n}]");
        check.id(&format!("{path}.id"), &entry.id);
        let max = if entry.kind.is_automatic() {
            ENTRY_MAX
        } else {
            TEXT_MAX
        };
        check.text(&format!("{path}.text"), &entry.text, max, true);
        check.text(&format!("{path}.author"), &entry.author, NAME_MAX, true);
        check.time(&format!("{path}.occurred_at"), entry.occurred_at);
        check.time(&format!("{path}.recorded_at"), entry.recorded_at);
        if let Some(stamp) = &entry.stamp {
            check.stamp(&format!("{path}.stamp"), stamp);
        }
        check.count(
            &format!("{path}.previous_versions"),
            entry.previous_versions.len(),
            MAX_RECORDS,
        );
        for (v, version) in entry.previous_versions.iter().enumerate() {
            let path = format!("{path}.previous_versions[{v}]");
            check.text(&format!("{path}.text"), &version.text, max, true);
            check.text(
                &format!("{path}.replaced_by"),
                &version.replaced_by,
                NAME_MAX,
                true,
            );
            check.time(&format!("{path}.replaced_at"), version.replaced_at);
            check.stamp(&format!("{path}.stamp"), &version.stamp);
        }
        if let Some(merged) = &entry.merged {
            check.text(
                &format!("{path}.merged.value"),
                &merged.value,
                ENTRY_MAX,
                false,
            );
            check.text(
                &format!("{path}.merged.field"),
                &merged.field,
                NAME_MAX,
                true,
            );
            if let Some(stamp) = &merged.stamp {
                check.stamp(&format!("{path}.merged.stamp"), stamp);
            }
        }
    }
    if let Some(triage) = &incident.triage {
        check.text("triage.reason", &triage.reason, TEXT_MAX, false);
    }
    check.count("communications", incident.communications.len(), MAX_RECORDS);
    for (n, sent) in incident.communications.iter().enumerate() {
        check.text(
            &format!("communications[{n}].channel"),
            &sent.channel,
            TEXT_MAX,
            true,
        );
        check.text(
            &format!("communications[{n}].sent_by"),
            &sent.sent_by,
            NAME_MAX,
            true,
        );
        check.time(&format!("communications[{n}].sent_at"), sent.sent_at);
    }
    if let Some(decision) = &incident.user_comms {
        check.text(
            "user_comms.reason",
            &decision.reason,
            TEXT_MAX,
            !decision.tell_users,
        );
        check.text(
            "user_comms.what_users_should_do",
            &decision.what_users_should_do,
            TEXT_MAX,
            false,
        );
        check.text(
            "user_comms.decided_by",
            &decision.decided_by,
            NAME_MAX,
            true,
        );
        check.time("user_comms.decided_at", decision.decided_at);
    }
    check.count("skipped_tasks", incident.skipped_tasks.len(), MAX_RECORDS);
    for (n, skipped) in incident.skipped_tasks.iter().enumerate() {
        check.text(
            &format!("skipped_tasks[{n}].reason"),
            &skipped.reason,
            TEXT_MAX,
            true,
        );
        check.text(
            &format!("skipped_tasks[{n}].by"),
            &skipped.by,
            NAME_MAX,
            true,
        );
        check.time(&format!("skipped_tasks[{n}].at"), skipped.at);
    }
    if let Some(resolution) = &incident.resolution {
        check.text("resolution.how", &resolution.how, TEXT_MAX, true);
        check.text(
            "resolution.resolved_by",
            &resolution.resolved_by,
            NAME_MAX,
            true,
        );
        check.time("resolution.resolved_at", resolution.resolved_at);
    }
    check.count("long_tail", incident.long_tail.len(), MAX_RECORDS);
    for (n, item) in incident.long_tail.iter().enumerate() {
        let path = format!("long_tail[{n}]");
        check.id(&format!("{path}.id"), &item.id);
        check.text(&format!("{path}.text"), &item.text, TEXT_MAX, true);
        check.text(&format!("{path}.owner"), &item.owner, NAME_MAX, true);
        check.text(&format!("{path}.added_by"), &item.added_by, NAME_MAX, true);
        check.time(&format!("{path}.added_at"), item.added_at);
        if let Some(done) = &item.done {
            check.text(&format!("{path}.done.by"), &done.by, NAME_MAX, true);
            check.time(&format!("{path}.done.at"), done.at);
        }
        if let Some(dropped) = &item.dropped {
            check.text(
                &format!("{path}.dropped.reason"),
                &dropped.reason,
                TEXT_MAX,
                true,
            );
            check.text(&format!("{path}.dropped.by"), &dropped.by, NAME_MAX, true);
            check.time(&format!("{path}.dropped.at"), dropped.at);
        }
    }
    let review = &incident.review;
    if let Some(held_at) = review.held_at {
        check.time("review.held_at", held_at);
    }
    check.text("review.organiser", &review.organiser, NAME_MAX, false);
    check.count("review.attendees", review.attendees.len(), ATTENDEES_MAX);
    for (n, name) in review.attendees.iter().enumerate() {
        check.text(&format!("review.attendees[{n}]"), name, NAME_MAX, true);
    }
    for (name, text) in [
        ("summary", &review.summary),
        ("root_cause", &review.root_cause),
        ("other_category", &review.other_category),
        ("contributing_factors", &review.contributing_factors),
        ("went_well", &review.went_well),
        ("went_badly", &review.went_badly),
        ("lucky", &review.lucky),
        ("recommendations", &review.recommendations),
        ("no_actions_reason", &review.no_actions_reason),
    ] {
        check.text(&format!("review.{name}"), text, TEXT_MAX, false);
    }
    check.count("actions", incident.actions.len(), MAX_RECORDS);
    for (n, action) in incident.actions.iter().enumerate() {
        let path = format!("actions[{n}]");
        let draft = &action.draft;
        check.id(&format!("{path}.id"), &action.id);
        check.text(
            &format!("{path}.draft.title"),
            &draft.title,
            TITLE_MAX,
            true,
        );
        check.text(
            &format!("{path}.draft.detail"),
            &draft.detail,
            TEXT_MAX,
            false,
        );
        check.text(&format!("{path}.draft.owner"), &draft.owner, NAME_MAX, true);
        check.date(&format!("{path}.draft.due"), draft.due);
        if !is_repository(&draft.repository) {
            check.breach(
                &format!("{path}.draft.repository"),
                "This is not a GitHub repository written as owner/name.",
            );
        }
        if let Some(url) = &action.issue_url {
            if !is_issue_url(url) {
                check.breach(
                    &format!("{path}.issue_url"),
                    "This is not a GitHub issue’s address, like https://github.com/owner/name/issues/123.",
                );
            }
        }
        check.text(
            &format!("{path}.added_by"),
            &action.added_by,
            NAME_MAX,
            true,
        );
        check.time(&format!("{path}.added_at"), action.added_at);
        if let Some(done) = &action.done {
            check.text(&format!("{path}.done.by"), &done.by, NAME_MAX, true);
            check.time(&format!("{path}.done.at"), done.at);
        }
    }
    check.lifecycle(incident);
    check.0
}

struct Checks(Vec<Breach>);

impl Checks {
    fn breach(&mut self, path: &str, message: impl Into<String>) {
        self.0.push(Breach {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: &str, text: &str, max: usize, required: bool) {
        if required && text.trim().is_empty() {
            self.breach(path, "This must not be empty.");
        } else if text.chars().count() > max {
            self.breach(path, format!("This is longer than {max} characters."));
        } else if text.contains('\0') {
            self.breach(path, "This holds a character that is not text (NUL).");
        }
    }

    fn count(&mut self, path: &str, count: usize, max: usize) {
        if count > max {
            self.breach(path, format!("This holds more than {max} items."));
        }
    }

    fn year(&mut self, path: &str, year: i32) {
        if !YEARS.contains(&year) {
            let (first, last) = (YEARS.start(), YEARS.end());
            self.breach(
                path,
                format!("This is in the year {year}: it must be from {first} to {last}."),
            );
        }
    }

    fn time(&mut self, path: &str, at: DateTime<Utc>) {
        self.year(path, at.year());
    }

    fn date(&mut self, path: &str, date: NaiveDate) {
        self.year(path, date.year());
    }

    fn counter(&mut self, path: &str, counter: u64) {
        if counter > COUNTER_MAX {
            self.breach(
                path,
                format!("This is larger than {COUNTER_MAX}, the largest the app keeps."),
            );
        }
    }

    fn id(&mut self, path: &str, id: &ItemId) {
        if let Some(counter) = id.counter() {
            self.counter(path, counter);
        }
    }

    fn stamp(&mut self, path: &str, stamp: &Stamp) {
        match stamp.at() {
            Some(at) => self.time(path, at),
            None => self.breach(path, "This stamp's time is not a date."),
        }
    }

    fn lifecycle(&mut self, incident: &Incident) {
        let status = incident.status;
        let missing = missing_for_status(incident, status);
        if !missing.is_empty() {
            let needs: Vec<String> = missing.iter().map(|m| m.describe()).collect();
            self.breach(
                "status",
                format!("It is {status}, which first needs: {}.", needs.join("; ")),
            );
        }
        let opened_as_not_an_incident = incident
            .triage
            .as_ref()
            .is_some_and(|t| t.decision == TriageDecision::NotAnIncident);
        if (status == Status::NotAnIncident) != opened_as_not_an_incident {
            self.breach(
                "status",
                "Only a triage that decided it was not an incident ends as “not an incident”.",
            );
        }
        if status == Status::Triage {
            self.breach("status", "A saved incident is never still in triage.");
        }
        let mut settled = incident.clone();
        settled.settle_status();
        let follows =
            (settled.status, settled.status_held_back) == (status, incident.status_held_back);
        if missing.is_empty() && !follows {
            self.breach(
                "status_held_back",
                "This status does not follow from what the incident records.",
            );
        }
    }
}
