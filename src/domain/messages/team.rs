//! The message to the team channel: the first alert, then updates.

use super::{latest_note, next_update_line, role_line, severity_line};
use crate::domain::comms::MessageKind;
use crate::domain::incident::Incident;
use crate::domain::playbook::Playbook;
use crate::domain::role::Role;
use crate::domain::zone::ZoneRules;

/// A security incident's details can help an attacker, so the team is told
/// where not to share them.
const SECURITY_LINE: &str =
    "Security related: do not share its details in public channels or outside the team.";

/// The first message gets everyone's attention and says what is known, who
/// leads and where updates will come; later ones are updates in the thread.
pub fn team_message(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> String {
    let first = !incident.has_sent(MessageKind::TeamAlert);
    let mut lines = Vec::new();
    if first {
        lines.push(format!(
            "{} Incident: {}",
            playbook.team_mention,
            incident.title()
        ));
        lines.push(String::new());
        lines.push(format!("What we know: {}", incident.details.summary));
    } else {
        lines.push(format!("Update on the incident: {}", incident.title()));
        lines.push(String::new());
        lines.push(format!("Status: {}", incident.status));
        if let Some(note) = latest_note(incident) {
            lines.push(format!("Latest: {note}"));
        }
    }
    if incident.details.security_related {
        lines.push(SECURITY_LINE.to_owned());
    }
    if !incident.details.impact.is_empty() {
        lines.push(format!("Impact on users: {}", incident.details.impact));
    }
    lines.push(severity_line(incident, playbook));
    lines.push(role_line(incident, &Role::IncidentLead));
    lines.push(role_line(incident, &Role::CommsLead));
    let updates = match next_update_line(incident, playbook, zone) {
        Some(when) => format!("Updates will follow in this thread. Next update by {when}."),
        None => "Updates will follow in this thread.".to_owned(),
    };
    lines.push(updates);
    lines.join("\n")
}
