//! The message to the team channel: the first alert, then updates, then
//! the message that it is resolved.

use super::lines::{
    is_last, next_update_line, progress_lines, role_line, severity_line, status_line,
};
use crate::domain::comms::{MessageKind, Round};
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
        if Round::of(incident.status).is_some() {
            lines.push(status_line(incident));
        }
    } else {
        let heading = match Round::of(incident.status) {
            Some(Round::Resolved) => "Resolved",
            Some(Round::Mitigated) => "Mitigated",
            None => "Update on the incident",
        };
        lines.push(format!("{heading}: {}", incident.title()));
        lines.push(String::new());
        lines.push(status_line(incident));
    }
    lines.extend(progress_lines(incident, !first));
    if incident.details.security_related {
        lines.push(SECURITY_LINE.to_owned());
    }
    if !incident.details.impact.is_empty() {
        lines.push(format!("Impact on users: {}", incident.details.impact));
    }
    lines.push(severity_line(incident, playbook));
    lines.push(role_line(incident, &Role::IncidentLead));
    lines.push(role_line(incident, &Role::CommsLead));
    lines.push(if is_last(incident) {
        "No more updates will follow in this thread. The incident review comes next.".to_owned()
    } else {
        match next_update_line(incident, playbook, zone) {
            Some(when) => format!("Updates will follow in this thread. Next update by {when}."),
            None => "Updates will follow in this thread.".to_owned(),
        }
    });
    lines.join("\n")
}
