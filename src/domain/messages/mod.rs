//! The messages a team sends during an incident, written from the incident
//! and the playbook so nobody has to compose them at 2 a.m. Plain text:
//! people check and paste them into Slack or email themselves.

mod email;
mod github;
mod team;
mod users;

pub use email::{percent_encode, stakeholder_email, Email};
pub use github::{issue_body, new_issue_link, IssueLink, URL_LIMIT};
pub use team::team_message;
pub use users::user_message;

use super::incident::Incident;
use super::playbook::Playbook;
use super::role::Role;
use super::updates::next_update_due;
use super::zone::ZoneRules;

/// “Incident lead: Ada Lovelace”, or that nobody has the role yet.
fn role_line(incident: &Incident, role: &Role) -> String {
    let person = incident
        .holder(role)
        .map_or("not assigned yet", |holder| holder.person.as_str());
    format!("{role}: {person}")
}

/// “Severity: P3 (for example: Design system website is down)”.
fn severity_line(incident: &Incident, playbook: &Playbook) -> String {
    match incident.severity {
        None => "Severity: not decided yet".to_owned(),
        Some(severity) => match playbook.example_for(severity) {
            Some(example) => format!("Severity: {severity} (for example: {example})"),
            None => format!("Severity: {severity}"),
        },
    }
}

/// When the next update will come, in the team's time, if it is known.
fn next_update_line(
    incident: &Incident,
    playbook: &Playbook,
    zone: &dyn ZoneRules,
) -> Option<String> {
    next_update_due(incident, playbook, zone).map(|due| due.when(zone))
}

/// The latest note someone wrote, for updates: what the team has learned or done.
fn latest_note(incident: &Incident) -> Option<&str> {
    incident
        .timeline_newest_first()
        .into_iter()
        .find(|entry| !entry.kind.is_automatic())
        .map(|entry| entry.text.as_str())
}
