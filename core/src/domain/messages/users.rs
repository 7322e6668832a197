//! The message to users, for the channels they read.

use super::lines::{is_last, next_update_line};
use crate::domain::comms::Round;
use crate::domain::incident::Incident;
use crate::domain::playbook::Playbook;
use crate::domain::zone::ZoneRules;

/// Plain words for people outside the team: what is wrong in the words the
/// team chose for them (never the internal title), what to do, and when
/// they will hear more.
pub fn user_message(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> String {
    let service = &playbook.service_name;
    let decision = incident.user_comms.as_ref();
    let words = |pick: fn(&crate::domain::UserCommsDecision) -> &String| {
        decision.map(pick).filter(|text| !text.is_empty())
    };
    let mut paragraphs = vec![match Round::of(incident.status) {
        Some(Round::Resolved) => format!("The problem with {service} is fixed."),
        Some(Round::Mitigated) => format!(
            "We have limited the effect of the problem with {service}, and we are still working on a fix."
        ),
        None => format!("We know about a problem with {service}."),
    }];
    // Once it is fixed, what was wrong and the way round it are history.
    if !is_last(incident) {
        if let Some(need_to_know) = words(|d| &d.what_users_need_to_know) {
            paragraphs.push(need_to_know.clone());
        }
        if let Some(advice) = words(|d| &d.what_users_should_do) {
            paragraphs.push(format!("What you should do: {advice}"));
        }
    }
    paragraphs.push(if is_last(incident) {
        "This is our last update about it. Thank you for your patience.".to_owned()
    } else {
        match next_update_line(incident, playbook, zone) {
            Some(when) => format!("We will post an update here by {when}."),
            None => "We will post an update here when we know more.".to_owned(),
        }
    });
    paragraphs.push(format!("{} team", playbook.team_name));
    paragraphs.join("\n\n")
}
