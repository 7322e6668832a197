//! The link that opens GitHub's “new issue” form filled in for an action. No
//! token and no API call: the person's own browser session files it.

use super::email::percent_encode;
use crate::domain::actions::Action;
use crate::domain::incident::Incident;
use crate::domain::text::{date, day};

/// Longer addresses than this are cut off by some browsers and servers.
pub const URL_LIMIT: usize = 8_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueLink {
    pub url: String,
    /// Set when the body made the address too long: the link carries the
    /// title only, and the person pastes this into the issue.
    pub body_to_paste: Option<String>,
}

/// The issue's body: where the action came from, who owns it and by when.
pub fn issue_body(action: &Action, incident: &Incident) -> String {
    let draft = &action.draft;
    let severity = incident
        .severity
        .map_or("severity not decided".to_owned(), |s| s.to_string());
    let mut lines = vec![format!(
        "An action from the review of the incident “{}” ({}, declared {}).",
        incident.title(),
        severity,
        date(incident.declared_at.naive_utc())
    )];
    if !draft.detail.is_empty() {
        lines.push(String::new());
        lines.push(draft.detail.clone());
    }
    lines.push(String::new());
    lines.push(format!("Owner: {}", draft.owner));
    lines.push(format!("Due: {}", day(draft.due)));
    lines.push(format!("Kind: {}", draft.kind.label()));
    lines.join("\n")
}

/// `https://github.com/<owner>/<repo>/issues/new?title=…&body=…&labels=…`.
pub fn new_issue_link(action: &Action, incident: &Incident, labels: &[String]) -> IssueLink {
    let base = format!(
        "https://github.com/{}/issues/new?title={}",
        action.draft.repository,
        percent_encode(&action.draft.title)
    );
    let labels = if labels.is_empty() {
        String::new()
    } else {
        format!("&labels={}", percent_encode(&labels.join(",")))
    };
    let body = issue_body(action, incident);
    let full = format!("{base}&body={}{labels}", percent_encode(&body));
    if full.len() <= URL_LIMIT {
        IssueLink {
            url: full,
            body_to_paste: None,
        }
    } else {
        IssueLink {
            url: format!("{base}{labels}"),
            body_to_paste: Some(body),
        }
    }
}
