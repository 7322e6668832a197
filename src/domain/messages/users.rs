//! The message to users, for the channels they read.

use super::next_update_line;
use crate::domain::incident::Incident;
use crate::domain::playbook::Playbook;
use crate::domain::status::Status;
use crate::domain::zone::ZoneRules;

/// Plain words for people outside the team: what is wrong, who is affected,
/// what to do, and when they will hear more. Internal details stay out.
pub fn user_message(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> String {
    let mut paragraphs = Vec::new();
    let resolved = matches!(
        incident.status,
        Status::Resolved | Status::Reviewed | Status::Closed
    );
    if resolved {
        paragraphs.push(format!(
            "The problem with {} is fixed: {}",
            playbook.service_name,
            incident.title()
        ));
    } else {
        paragraphs.push(format!(
            "We know about a problem with {}: {}",
            playbook.service_name,
            incident.title()
        ));
    }
    if !incident.details.impact.is_empty() {
        paragraphs.push(format!("Who is affected: {}", incident.details.impact));
    }
    if let Some(advice) = incident
        .user_comms
        .as_ref()
        .map(|d| d.what_users_should_do.as_str())
        .filter(|advice| !advice.is_empty())
    {
        paragraphs.push(format!("What you should do: {advice}"));
    }
    if !resolved {
        paragraphs.push(match next_update_line(incident, playbook, zone) {
            Some(when) => format!("We will post an update here by {when}."),
            None => "We will post an update here when we know more.".to_owned(),
        });
    }
    paragraphs.push(format!("{} team", playbook.team_name));
    paragraphs.join("\n\n")
}
