//! What an imported incident must meet: the rules the app's own commands
//! keep, since a file can hold anything. The same limits on every text as
//! the forms, plausible years, counters storage accepts, repositories and
//! issue addresses as the action form checks them, and a status whose
//! lifecycle rules hold.

use crate::domain::{
    is_issue_url, is_repository, missing_for_status, Incident, ItemId, Role, Stamp, Status,
    TriageDecision, COUNTER_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX, YEARS,
};
use chrono::{DateTime, Datelike, Utc};

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
    check.details(incident);
    check.roles(incident);
    check.timeline(incident);
    check.comms(incident);
    check.resolution(incident);
    check.review(incident);
    check.actions(incident);
    check.lifecycle(incident);
    check.0
}

struct Checks(Vec<Breach>);

/// The incident's records, part by part.
impl Checks {
    /// The declaration, the reporter, the incident's own times and stamps.
    fn details(&mut self, incident: &Incident) {
        let details = &incident.details;
        let at = "details";
        self.text(at, "title", &details.title, TITLE_MAX, true);
        self.text(at, "summary", &details.summary, TEXT_MAX, true);
        self.text(at, "impact", &details.impact, TEXT_MAX, false);
        self.text(
            at,
            "departmental_impact",
            &details.departmental_impact,
            TEXT_MAX,
            false,
        );
        let other = details.detection == Some(crate::domain::Detection::Other);
        self.text(
            at,
            "detection_note",
            &details.detection_note,
            TEXT_MAX,
            other,
        );
        self.text(
            at,
            "services_affected",
            &details.services_affected,
            TEXT_MAX,
            false,
        );
        self.time(at, "started_at", details.started_at);
        self.text("", "reporter", &incident.reporter, NAME_MAX, true);
        for (name, time) in [
            ("declared_at", incident.declared_at),
            ("created_at", incident.created_at),
            ("updated_at", incident.updated_at),
        ] {
            self.time("", name, time);
        }
        self.counter("", "revision", incident.revision);
        self.text(
            "",
            "playbook_version",
            &incident.playbook_version,
            NAME_MAX,
            false,
        );
        for (key, stamp) in &incident.stamps {
            self.stamp("stamps", key, stamp);
        }
        if let Some(stamp) = &incident.legacy_stamp {
            self.stamp("", "legacy_stamp", stamp);
        }
    }

    /// Who holds which role.
    fn roles(&mut self, incident: &Incident) {
        self.count("", "roles", incident.roles.len(), ROLES_MAX);
        for (n, role) in incident.roles.iter().enumerate() {
            let at = &format!("roles[{n}]");
            if let Role::Other(name) = &role.role {
                self.text(at, "role.other", name, NAME_MAX, true);
            }
            self.text(at, "person", &role.person, NAME_MAX, true);
            self.time(at, "assigned_at", role.assigned_at);
        }
    }

    /// Every entry, with its earlier versions and what a merge kept beside it.
    fn timeline(&mut self, incident: &Incident) {
        self.count("", "timeline", incident.timeline.len(), MAX_RECORDS);
        for (n, entry) in incident.timeline.iter().enumerate() {
            let at = &format!("timeline[{n}]");
            self.id(at, &entry.id);
            let max = if entry.kind.is_automatic() {
                ENTRY_MAX
            } else {
                TEXT_MAX
            };
            self.text(at, "text", &entry.text, max, true);
            self.text(at, "author", &entry.author, NAME_MAX, true);
            self.time(at, "occurred_at", entry.occurred_at);
            self.time(at, "recorded_at", entry.recorded_at);
            if let Some(stamp) = &entry.stamp {
                self.stamp(at, "stamp", stamp);
            }
            let versions = &entry.previous_versions;
            self.count(at, "previous_versions", versions.len(), MAX_RECORDS);
            for (v, version) in versions.iter().enumerate() {
                let at = &format!("{at}.previous_versions[{v}]");
                self.text(at, "text", &version.text, max, true);
                self.text(at, "replaced_by", &version.replaced_by, NAME_MAX, true);
                self.time(at, "replaced_at", version.replaced_at);
                self.stamp(at, "stamp", &version.stamp);
                if v > 0 && versions[v - 1].stamp >= version.stamp {
                    self.breach(
                        at,
                        "stamp",
                        "Edits must be listed in the order they were made.",
                    );
                }
            }
            if let Some(merged) = &entry.merged {
                self.text(at, "merged.field", &merged.field, NAME_MAX, true);
                self.text(at, "merged.value", &merged.value, ENTRY_MAX, false);
                if let Some(stamp) = &merged.stamp {
                    self.stamp(at, "merged.stamp", stamp);
                }
            }
        }
    }

    /// Triage, messages sent, the decision on telling users, and tasks skipped.
    fn comms(&mut self, incident: &Incident) {
        if let Some(triage) = &incident.triage {
            self.text("triage", "reason", &triage.reason, TEXT_MAX, false);
        }
        self.count(
            "",
            "communications",
            incident.communications.len(),
            MAX_RECORDS,
        );
        for (n, sent) in incident.communications.iter().enumerate() {
            let at = &format!("communications[{n}]");
            self.text(at, "channel", &sent.channel, TEXT_MAX, true);
            self.text(at, "sent_by", &sent.sent_by, NAME_MAX, true);
            self.text(at, "text", &sent.text, TEXT_MAX, false);
            self.time(at, "sent_at", sent.sent_at);
        }
        if let Some(decision) = &incident.user_comms {
            let at = "user_comms";
            self.text(
                at,
                "reason",
                &decision.reason,
                TEXT_MAX,
                !decision.tell_users,
            );
            self.text(
                at,
                "what_users_should_do",
                &decision.what_users_should_do,
                TEXT_MAX,
                false,
            );
            self.text(
                at,
                "what_users_need_to_know",
                &decision.what_users_need_to_know,
                TEXT_MAX,
                false,
            );
            self.text(at, "decided_by", &decision.decided_by, NAME_MAX, true);
            self.time(at, "decided_at", decision.decided_at);
        }
        self.count(
            "",
            "skipped_tasks",
            incident.skipped_tasks.len(),
            MAX_RECORDS,
        );
        for (n, skipped) in incident.skipped_tasks.iter().enumerate() {
            let at = &format!("skipped_tasks[{n}]");
            self.text(at, "reason", &skipped.reason, TEXT_MAX, true);
            self.text(at, "by", &skipped.by, NAME_MAX, true);
            self.time(at, "at", skipped.at);
        }
    }

    /// What resolved it, and the clean-up.
    fn resolution(&mut self, incident: &Incident) {
        if let Some(resolution) = &incident.resolution {
            let at = "resolution";
            self.text(at, "how", &resolution.how, TEXT_MAX, true);
            self.text(at, "resolved_by", &resolution.resolved_by, NAME_MAX, true);
            self.time(at, "resolved_at", resolution.resolved_at);
        }
        self.count("", "long_tail", incident.long_tail.len(), MAX_RECORDS);
        for (n, item) in incident.long_tail.iter().enumerate() {
            let at = &format!("long_tail[{n}]");
            self.id(at, &item.id);
            self.text(at, "text", &item.text, TEXT_MAX, true);
            self.text(at, "owner", &item.owner, NAME_MAX, true);
            self.text(at, "added_by", &item.added_by, NAME_MAX, true);
            self.time(at, "added_at", item.added_at);
            if let Some(done) = &item.done {
                self.text(at, "done.by", &done.by, NAME_MAX, true);
                self.time(at, "done.at", done.at);
            }
            if let Some(dropped) = &item.dropped {
                self.text(at, "dropped.reason", &dropped.reason, TEXT_MAX, true);
                self.text(at, "dropped.by", &dropped.by, NAME_MAX, true);
                self.time(at, "dropped.at", dropped.at);
            }
        }
    }

    /// The review.
    fn review(&mut self, incident: &Incident) {
        let review = &incident.review;
        if let Some(held_at) = review.held_at {
            self.time("review", "held_at", held_at);
        }
        self.text("review", "organiser", &review.organiser, NAME_MAX, false);
        self.count("review", "attendees", review.attendees.len(), ATTENDEES_MAX);
        self.count(
            "review",
            "standing_actions",
            review.standing_actions.len(),
            ATTENDEES_MAX,
        );
        for (n, action) in review.standing_actions.iter().enumerate() {
            self.text(
                "review",
                &format!("standing_actions[{n}]"),
                action,
                TEXT_MAX,
                true,
            );
        }
        for (n, name) in review.attendees.iter().enumerate() {
            self.text("review", &format!("attendees[{n}]"), name, NAME_MAX, true);
        }
        for (name, text) in [
            ("summary", &review.summary),
            ("root_cause", &review.root_cause),
            ("trigger", &review.trigger),
            ("other_category", &review.other_category),
            ("contributing_factors", &review.contributing_factors),
            ("went_well", &review.went_well),
            ("went_badly", &review.went_badly),
            ("lucky", &review.lucky),
            ("recommendations", &review.recommendations),
            ("no_actions_reason", &review.no_actions_reason),
        ] {
            self.text("review", name, text, TEXT_MAX, false);
        }
    }

    /// The review's actions, their repositories and issues.
    fn actions(&mut self, incident: &Incident) {
        self.count("", "actions", incident.actions.len(), MAX_RECORDS);
        for (n, action) in incident.actions.iter().enumerate() {
            let at = &format!("actions[{n}]");
            let draft = &action.draft;
            self.id(at, &action.id);
            self.text(at, "draft.title", &draft.title, TITLE_MAX, true);
            self.text(at, "draft.detail", &draft.detail, TEXT_MAX, false);
            self.text(at, "draft.owner", &draft.owner, NAME_MAX, true);
            self.year(at, "draft.due", draft.due.year());
            if !is_repository(&draft.repository) {
                let problem = "This is not a GitHub repository written as owner/name.";
                self.breach(at, "draft.repository", problem);
            }
            if action
                .issue_url
                .as_deref()
                .is_some_and(|url| !is_issue_url(url))
            {
                let problem = "This is not a GitHub issue’s address, like https://github.com/owner/name/issues/123.";
                self.breach(at, "issue_url", problem);
            }
            self.text(at, "added_by", &action.added_by, NAME_MAX, true);
            self.time(at, "added_at", action.added_at);
            if let Some(done) = &action.done {
                self.text(at, "done.by", &done.by, NAME_MAX, true);
                self.time(at, "done.at", done.at);
            }
        }
    }
}

impl Checks {
    /// A breach at `name` inside `at` (the incident itself when empty).
    fn breach(&mut self, at: &str, name: &str, message: impl Into<String>) {
        let path = if at.is_empty() {
            name.to_owned()
        } else {
            format!("{at}.{name}")
        };
        self.0.push(Breach {
            path,
            message: message.into(),
        });
    }

    fn text(&mut self, at: &str, name: &str, text: &str, max: usize, required: bool) {
        if required && text.trim().is_empty() {
            self.breach(at, name, "This must not be empty.");
        } else if text.chars().count() > max {
            self.breach(at, name, format!("This is longer than {max} characters."));
        } else if text.contains('\0') {
            self.breach(at, name, "This holds a character that is not text (NUL).");
        }
    }

    fn count(&mut self, at: &str, name: &str, count: usize, max: usize) {
        if count > max {
            self.breach(at, name, format!("This holds more than {max} items."));
        }
    }

    fn year(&mut self, at: &str, name: &str, year: i32) {
        if !YEARS.contains(&year) {
            let (first, last) = (YEARS.start(), YEARS.end());
            let problem = format!("This is in the year {year}: it must be from {first} to {last}.");
            self.breach(at, name, problem);
        }
    }

    fn time(&mut self, at: &str, name: &str, time: DateTime<Utc>) {
        self.year(at, name, time.year());
    }

    fn counter(&mut self, at: &str, name: &str, counter: u64) {
        if counter > COUNTER_MAX {
            let problem = format!("This is larger than {COUNTER_MAX}, the largest the app keeps.");
            self.breach(at, name, problem);
        }
    }

    fn id(&mut self, at: &str, id: &ItemId) {
        if let Some(counter) = id.counter() {
            self.counter(at, "id", counter);
        }
    }

    fn stamp(&mut self, at: &str, name: &str, stamp: &Stamp) {
        match stamp.at() {
            Some(time) => self.time(at, name, time),
            None => self.breach(at, name, "This stamp's time is not a date."),
        }
    }

    fn lifecycle(&mut self, incident: &Incident) {
        let status = incident.status;
        let missing = missing_for_status(incident, status);
        if !missing.is_empty() {
            let needs: Vec<String> = missing.iter().map(|m| m.describe()).collect();
            let problem = format!("It is {status}, which first needs: {}.", needs.join("; "));
            self.breach("", "status", problem);
        }
        let opened_as_not_an_incident = incident
            .triage
            .as_ref()
            .is_some_and(|t| t.decision == TriageDecision::NotAnIncident);
        if (status == Status::NotAnIncident) != opened_as_not_an_incident {
            self.breach(
                "",
                "status",
                "Only a triage that decided it was not an incident ends as “not an incident”.",
            );
        }
        if status == Status::Triage {
            self.breach("", "status", "A saved incident is never still in triage.");
        }
        let mut settled = incident.clone();
        settled.settle_status();
        let follows =
            (settled.status, settled.status_held_back) == (status, incident.status_held_back);
        if missing.is_empty() && !follows {
            self.breach(
                "",
                "status_held_back",
                "This status does not follow from what the incident records.",
            );
        }
    }
}
