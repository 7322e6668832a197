//! The report as a document: headings, paragraphs, lists and tables of plain
//! text. Built once from the incident; the Markdown file and the printable
//! page are two renderings of it, so they always say the same thing.

use crate::domain::text::{clock, date, day, duration, iso_date, time_on_day};
use crate::domain::{
    is_issue_url, Incident, MessageKind, Playbook, Role, RootCauseCategory, TriageDecision,
    ZoneRules,
};
use chrono::{DateTime, Utc};

/// A run of text: plain (escaped when written as Markdown), a label in bold,
/// or a link the app checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Strong(String),
    Link(String),
}

pub type Rich = Vec<Span>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(u8, String),
    /// People's text, line breaks kept.
    Paragraph(String),
    List(Vec<Rich>),
    Table {
        head: Vec<&'static str>,
        rows: Vec<Vec<Rich>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// “2026-03-14: Design system website is down”.
    pub title: String,
    pub blocks: Vec<Block>,
}

fn text(text: impl Into<String>) -> Span {
    Span::Text(text.into())
}

/// “**Label:** value”.
fn field(label: impl Into<String>, value: impl Into<String>) -> Rich {
    vec![
        Span::Strong(format!("{}:", label.into())),
        text(format!(" {}", value.into())),
    ]
}

/// The whole report. Times are in the team's zone, which the report names.
pub fn build(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> Report {
    let started = zone.local(incident.details.started_at).date();
    let mut blocks = vec![Block::List(summary(incident, playbook, zone))];
    let details = &incident.details;
    for (heading, body) in [
        ("Overview", &details.summary),
        ("Impact on users", &details.impact),
        ("Services affected", &details.services_affected),
    ] {
        section(&mut blocks, heading, body);
    }
    why_declared(&mut blocks, incident, playbook);
    timeline(&mut blocks, incident, zone);
    communications(&mut blocks, incident, zone);
    review(&mut blocks, incident, zone);
    actions(&mut blocks, incident);
    section(
        &mut blocks,
        "Recommendations",
        &incident.review.recommendations,
    );
    long_tail(&mut blocks, incident);
    Report {
        title: format!("{}: {}", iso_date(started), incident.title()),
        blocks,
    }
}

/// A heading and the person's text, when there is any.
fn section(blocks: &mut Vec<Block>, heading: &str, body: &str) {
    if !body.trim().is_empty() {
        blocks.push(Block::Heading(2, heading.to_owned()));
        blocks.push(Block::Paragraph(body.trim().to_owned()));
    }
}

fn when(at: DateTime<Utc>, zone: &dyn ZoneRules) -> String {
    format!("{} ({})", time_on_day(at, zone), zone.name())
}

fn summary(incident: &Incident, playbook: &Playbook, zone: &dyn ZoneRules) -> Vec<Rich> {
    let resolved = incident.resolution.as_ref().map(|r| r.resolved_at);
    let priority = match incident.severity {
        Some(severity) => match playbook.example_for(severity) {
            Some(example) => format!("{severity} (for example: {example})"),
            None => severity.to_string(),
        },
        None => "Not decided".to_owned(),
    };
    let lead = |role: &Role| {
        incident
            .holder(role)
            .map_or("Not assigned".to_owned(), |h| h.person.clone())
    };
    let mut items = vec![
        field("Started", when(incident.details.started_at, zone)),
        field(
            "Declared",
            format!(
                "{} by {}",
                when(incident.declared_at, zone),
                incident.reporter
            ),
        ),
        field(
            "Ended",
            resolved.map_or("Ongoing".to_owned(), |at| when(at, zone)),
        ),
        field("Priority", priority),
        field("Status", incident.status.to_string()),
        field("Incident lead", lead(&Role::IncidentLead)),
        field("Comms lead", lead(&Role::CommsLead)),
    ];
    items.extend(
        incident
            .extra_roles()
            .map(|a| field(a.role.name(), a.person.clone())),
    );
    let (total, to_fix) = match resolved {
        Some(at) => (
            duration(at - incident.details.started_at),
            duration(at - incident.declared_at),
        ),
        None => ("Ongoing".to_owned(), "Ongoing".to_owned()),
    };
    items.push(field("Total duration", total));
    items.push(field("Time to fix", to_fix));
    let security = if incident.details.security_related {
        "Yes"
    } else {
        "No"
    };
    items.push(field("Security related", security));
    items
}

fn why_declared(blocks: &mut Vec<Block>, incident: &Incident, playbook: &Playbook) {
    let Some(triage) = &incident.triage else {
        return;
    };
    let mut items: Vec<Rich> = triage
        .answers
        .signals
        .iter()
        .map(|s| vec![text(s.label(&playbook.service_name))])
        .collect();
    if items.is_empty() {
        items.push(vec![text("None of the signs of an incident were seen")]);
    }
    items.push(field("Can it wait", triage.answers.urgency.label()));
    if triage.decision == TriageDecision::NotAnIncident {
        items.push(field("Recorded as not an incident", triage.reason.clone()));
    }
    blocks.push(Block::Heading(2, "Why it was declared".to_owned()));
    blocks.push(Block::List(items));
}

fn timeline(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let mut entries: Vec<_> = incident.timeline.iter().collect();
    entries.sort_by(|a, b| a.occurred_at.cmp(&b.occurred_at).then(a.id.cmp(&b.id)));
    let days: std::collections::BTreeSet<_> = entries
        .iter()
        .map(|e| zone.local(e.occurred_at).date())
        .collect();
    // The date is needed only when the incident spans more than one day.
    let with_date = days.len() > 1;
    let rows = entries
        .iter()
        .map(|entry| {
            let local = zone.local(entry.occurred_at);
            let time = if with_date {
                format!("{} {}", date(local), clock(local))
            } else {
                clock(local)
            };
            vec![
                vec![text(time)],
                vec![
                    Span::Strong(entry.kind.label().to_owned()),
                    text(format!(" ({}): {}", entry.author, entry.text)),
                ],
            ]
        })
        .collect();
    blocks.push(Block::Heading(2, format!("Timeline ({})", zone.name())));
    blocks.push(Block::Table {
        head: vec!["Time", "Description"],
        rows,
    });
}

fn communications(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let sent = |kind, what: &str| -> Vec<Rich> {
        incident
            .sent(kind)
            .map(|c| {
                vec![text(format!(
                    "{what} {}: {} by {}",
                    c.channel,
                    when(c.sent_at, zone),
                    c.sent_by
                ))]
            })
            .collect()
    };
    let mut items = sent(MessageKind::TeamAlert, "Team told in");
    items.extend(sent(
        MessageKind::StakeholderEmail,
        "Stakeholders emailed at",
    ));
    for skipped in &incident.skipped_tasks {
        items.push(vec![text(format!(
            "{} was not needed: {}",
            skipped.task.title(),
            skipped.reason
        ))]);
    }
    if let Some(decision) = &incident.user_comms {
        let decided = if decision.tell_users {
            "tell users"
        } else {
            "not to tell users"
        };
        let mut item = format!(
            "Decided {decided} ({} by {})",
            when(decision.decided_at, zone),
            decision.decided_by
        );
        if !decision.reason.is_empty() {
            item.push_str(&format!(": {}", decision.reason));
        }
        items.push(vec![text(item)]);
    }
    items.extend(sent(MessageKind::UserMessage, "Users told in"));
    if !items.is_empty() {
        blocks.push(Block::Heading(2, "Communications".to_owned()));
        blocks.push(Block::List(items));
    }
}

fn review(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let review = &incident.review;
    if review.is_empty() {
        return;
    }
    blocks.push(Block::Heading(2, "Review".to_owned()));
    let mut items = Vec::new();
    if let Some(at) = review.held_at {
        items.push(field("Held", when(at, zone)));
    }
    if !review.organiser.is_empty() {
        items.push(field("Organiser", review.organiser.clone()));
    }
    if !review.attendees.is_empty() {
        items.push(field("Attendees", review.attendees.join(", ")));
    }
    if !review.categories.is_empty() {
        let categories: Vec<String> = review
            .categories
            .iter()
            .map(|c| match c {
                RootCauseCategory::Other => format!("Other: {}", review.other_category),
                c => c.label().to_owned(),
            })
            .collect();
        items.push(field("Root cause categories", categories.join("; ")));
    }
    if !items.is_empty() {
        blocks.push(Block::List(items));
    }
    for (heading, body) in [
        ("What happened", &review.summary),
        ("Root cause", &review.root_cause),
        ("Contributing factors", &review.contributing_factors),
        ("What went well", &review.went_well),
        ("What did not go well", &review.went_badly),
        ("Where we got lucky", &review.lucky),
        ("Why no actions are needed", &review.no_actions_reason),
    ] {
        if !body.is_empty() {
            blocks.push(Block::Heading(3, heading.to_owned()));
            blocks.push(Block::Paragraph(body.clone()));
        }
    }
}

fn actions(blocks: &mut Vec<Block>, incident: &Incident) {
    if incident.actions.is_empty() {
        return;
    }
    let rows = incident
        .actions
        .iter()
        .map(|action| {
            let draft = &action.draft;
            // Only an address the app checked becomes a link.
            let issue = match &action.issue_url {
                Some(url) if is_issue_url(url) => Span::Link(url.clone()),
                _ => text("Not filed yet"),
            };
            let status = if action.done.is_some() {
                "Done"
            } else {
                "Open"
            };
            vec![
                vec![text(draft.title.clone())],
                vec![text(draft.owner.clone())],
                vec![text(day(draft.due))],
                vec![text(draft.kind.label())],
                vec![issue],
                vec![text(status)],
            ]
        })
        .collect();
    blocks.push(Block::Heading(2, "Actions".to_owned()));
    blocks.push(Block::Table {
        head: vec!["Action", "Owner", "Due", "Kind", "GitHub issue", "Status"],
        rows,
    });
}

fn long_tail(blocks: &mut Vec<Block>, incident: &Incident) {
    let items: Vec<Rich> = incident
        .long_tail
        .iter()
        .map(|item| {
            let state = match (&item.done, &item.dropped) {
                (Some(_), _) => "done".to_owned(),
                (None, Some(dropped)) => format!("dropped: {}", dropped.reason),
                (None, None) => "open".to_owned(),
            };
            vec![text(format!("{} ({}, {state})", item.text, item.owner))]
        })
        .collect();
    if !items.is_empty() {
        blocks.push(Block::Heading(2, "Clean-up".to_owned()));
        blocks.push(Block::List(items));
    }
}

/// `2026-03-14-design-system-website-is-down.md`: the date it started and the title.
pub fn file_name(incident: &Incident, zone: &dyn ZoneRules, extension: &str) -> String {
    let started = zone.local(incident.details.started_at).date();
    format!(
        "{}-{}.{extension}",
        iso_date(started),
        slug(incident.title())
    )
}

/// Lower-case ASCII letters and digits, words joined by hyphens, at most 60 characters.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "incident".to_owned()
    } else {
        slug.to_owned()
    }
}
