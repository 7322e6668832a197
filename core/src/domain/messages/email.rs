//! The email to stakeholders, and the `mailto:` link that opens it in the
//! person's mail program, built as RFC 6068 says.

use super::lines::{
    is_last, next_update_line, progress_lines, role_line, severity_line, status_line,
};
use crate::domain::comms::{MessageKind, Round};
use crate::domain::incident::Incident;
use crate::domain::playbook::Playbook;
use crate::domain::role::Role;
use crate::domain::text::time_on_day;
use crate::domain::zone::ZoneRules;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
}

impl Email {
    /// `mailto:a@x,b@y?subject=…&body=…`: every character but the unreserved
    /// ones percent-encoded as UTF-8, and line breaks sent as CRLF.
    pub fn mailto_url(&self) -> String {
        let to: Vec<String> = self
            .to
            .iter()
            .map(|address| encode(address, |c| c == '@'))
            .collect();
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        // A header is one line: a line break in a title must not start another.
        let subject = self.subject.replace(['\r', '\n'], " ");
        format!(
            "mailto:{}?subject={}&body={}",
            to.join(","),
            percent_encode(&subject),
            percent_encode(&body)
        )
    }

    /// The whole email as text, for people whose mail program is not the
    /// browser's default.
    pub fn as_text(&self) -> String {
        format!(
            "To: {}\nSubject: {}\n\n{}",
            self.to.join(", "),
            self.subject,
            self.body
        )
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    encode(text, |_| false)
}

fn encode(text: &str, also_keep: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') || also_keep(c) {
            out.push(c);
        } else {
            let mut bytes = [0u8; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// The stakeholder email: to the playbook's stakeholders, and to its
/// cyber-security team as well when the incident is security related.
pub fn stakeholder_email(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> Email {
    let mut to = vec![playbook.stakeholders.email.clone()];
    if incident.details.security_related {
        to.push(playbook.cyber_security.email.clone());
    }
    let update = incident.has_sent(MessageKind::StakeholderEmail);
    let round = Round::of(incident.status);
    let what = match (round, update) {
        (Some(Round::Resolved), _) => "Incident resolved",
        (Some(Round::Mitigated), _) => "Incident mitigated",
        (None, false) => "Incident",
        (None, true) => "Incident update",
    };
    let subject = match incident.severity {
        Some(severity) => format!("[{severity}] {what}: {}", incident.title()),
        None => format!("{what}: {}", incident.title()),
    };
    let (doing, happening) = match round {
        Some(Round::Resolved) => ("has resolved", "What happened"),
        Some(Round::Mitigated) => ("has mitigated", "What is happening"),
        None => ("is dealing with", "What is happening"),
    };
    let details = &incident.details;
    let mut lines = vec![
        "Hello,".to_owned(),
        String::new(),
        format!(
            "The {} team {doing} an incident: {}",
            playbook.team_name,
            incident.title()
        ),
        String::new(),
        format!("{happening}: {}", details.summary),
        format!(
            "Impact on users: {}",
            if details.impact.is_empty() {
                "not known yet"
            } else {
                &details.impact
            }
        ),
        severity_line(incident, playbook),
        status_line(incident),
        format!(
            "Started: {} ({})",
            time_on_day(details.started_at, zone),
            zone.name()
        ),
        role_line(incident, &Role::IncidentLead),
        role_line(incident, &Role::CommsLead),
    ];
    lines.extend(progress_lines(incident, update));
    if details.security_related {
        lines.push(String::new());
        lines.push(format!(
            "This incident is security related, so {} is copied in.",
            playbook.cyber_security.name
        ));
    }
    lines.push(String::new());
    lines.push(if is_last(incident) {
        "This is the last update on this incident. The team will hold an incident review to learn from it.".to_owned()
    } else {
        match next_update_line(incident, playbook, zone) {
            Some(when) => format!("Next update by {when}."),
            None => "We will send another update when we know more.".to_owned(),
        }
    });
    lines.push(String::new());
    lines.push(format!("{} team", playbook.team_name));
    Email {
        to,
        subject,
        body: lines.join("\n"),
    }
}
