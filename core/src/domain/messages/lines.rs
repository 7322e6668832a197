//! Lines every message shares: the roles, severity, status, progress and
//! when the next update comes, each written from the incident as it is now.

use crate::domain::comms::Round;
use crate::domain::incident::Incident;
use crate::domain::playbook::Playbook;
use crate::domain::role::Role;
use crate::domain::updates::next_update_due;
use crate::domain::zone::ZoneRules;

/// “Incident lead: Ada Lovelace”, or that nobody has the role yet.
pub(super) fn role_line(incident: &Incident, role: &Role) -> String {
    let person = incident
        .holder(role)
        .map_or("not assigned yet", |holder| holder.person.as_str());
    format!("{role}: {person}")
}

/// “Severity: P3 (for example: Design system website is down)”.
pub(super) fn severity_line(incident: &Incident, playbook: &Playbook) -> String {
    match incident.severity {
        None => "Severity: not decided yet".to_owned(),
        Some(severity) => match playbook.example_for(severity) {
            Some(example) => format!("Severity: {severity} (for example: {example})"),
            None => format!("Severity: {severity}"),
        },
    }
}

/// The status, with what it means for people who do not know the process.
pub(super) fn status_line(incident: &Incident) -> String {
    let status = incident.status;
    match Round::of(status) {
        Some(Round::Mitigated) => {
            format!("Status: {status} (the harm to users is contained; the fix is still to come)")
        }
        Some(Round::Resolved) => format!("Status: {status} (the main harm to users is removed)"),
        None => format!("Status: {status}"),
    }
}

/// When the next update will come, in the team's time, if it is known.
pub(super) fn next_update_line(
    incident: &Incident,
    playbook: &Playbook,
    zone: &dyn ZoneRules,
) -> Option<String> {
    next_update_due(incident, playbook, zone).map(|due| due.when(zone))
}

/// The latest note someone wrote, for updates: what the team has learned or done.
pub(super) fn latest_note(incident: &Incident) -> Option<&str> {
    incident
        .timeline_newest_first()
        .into_iter()
        .find(|entry| !entry.kind.is_automatic())
        .map(|entry| entry.text.as_str())
}

/// What is new since the last message: once resolved, what fixed it and
/// the clean-up left; before that, the latest note (for updates only).
pub(super) fn progress_lines(incident: &Incident, update: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if Round::of(incident.status) == Some(Round::Resolved) {
        if let Some(resolution) = &incident.resolution {
            lines.push(format!("What fixed it: {}", resolution.how));
        }
        let left: Vec<String> = incident
            .long_tail
            .iter()
            .filter(|item| !item.is_settled())
            .map(|item| format!("{} ({})", item.text, item.owner))
            .collect();
        if !left.is_empty() {
            lines.push(format!("Clean-up still to do: {}", left.join("; ")));
        }
    } else if update {
        if let Some(note) = latest_note(incident) {
            lines.push(format!("Latest: {note}"));
        }
    }
    lines
}

/// Whether this is the last message of the incident: once it is resolved,
/// no more updates come.
pub(super) fn is_last(incident: &Incident) -> bool {
    Round::of(incident.status) == Some(Round::Resolved)
}
