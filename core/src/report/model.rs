//! The report as a document: headings, paragraphs, lists and tables of plain
//! text. Built once from the incident; the Markdown file and the printable
//! page are two renderings of it, so they always say the same thing.

use crate::domain::text::{and_list, clock, date, day, duration, iso_date};
use crate::domain::{
    describe_detection, is_issue_url, EntryKind, Incident, MessageKind, Playbook, Role,
    RootCauseCategory, Severity, TimelineEntry, TriageDecision, ZoneRules,
};
use chrono::{DateTime, Utc};

/// A run of text: plain (escaped when written as Markdown), a label in bold,
/// a date or a time kept on one line wherever it is shown, or a link the
/// app checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Strong(String),
    Unbroken(String),
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
        kind: TableKind,
        head: Vec<&'static str>,
        rows: Vec<Vec<Rich>>,
    },
}

/// What a table holds, so each rendering can lay it out to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// A time, then what happened.
    Timeline,
    /// One row per action, one column per field.
    Actions,
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

/// “**Declared:** 14 March 2026 09:15 by Ada Lovelace”.
fn field_at(label: &str, at: DateTime<Utc>, zone: &dyn ZoneRules, by: Option<&str>) -> Rich {
    let mut item = vec![Span::Strong(format!("{label}:")), text(" ")];
    item.extend(moment(at, zone));
    item.extend(by.map(|person| text(format!(" by {person}"))));
    item
}

/// What the report says about itself, from outside the incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportMeta {
    /// The incident's number in its year, such as `2026-03`, if known.
    pub number: Option<String>,
    /// When the report was produced, so copies can be told apart.
    pub as_of: DateTime<Utc>,
    /// Changes to the record itself (details added, roles given, the review
    /// updated): in an appendix, or left out. The JSON keeps them either way.
    pub record_changes: RecordChanges,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordChanges {
    Appendix,
    LeftOut,
}

impl ReportMeta {
    /// A report as of the incident's latest change, with the changes to the
    /// record in an appendix: what the team folder keeps, the same whoever
    /// writes it.
    pub fn as_of_latest(incident: &Incident) -> Self {
        Self {
            number: None,
            as_of: incident.updated_at,
            record_changes: RecordChanges::Appendix,
        }
    }
}

/// The whole report. Times are in the team's zone, which the report names once.
pub fn build(
    incident: &Incident,
    playbook: &Playbook,
    zone: &dyn ZoneRules,
    meta: &ReportMeta,
) -> Report {
    let started = zone.local(incident.details.started_at).date();
    let mut blocks = vec![Block::List(summary(incident, playbook, zone, meta))];
    let details = &incident.details;
    for (heading, body) in [
        ("Overview", &details.summary),
        ("Impact on users", &details.impact),
        ("Impact on the department", &details.departmental_impact),
        ("Services affected", &details.services_affected),
    ] {
        section(&mut blocks, heading, body);
    }
    why_declared(&mut blocks, incident, playbook);
    resolution(&mut blocks, incident, zone);
    timeline(&mut blocks, incident, zone);
    communications(&mut blocks, incident, zone);
    review(&mut blocks, incident, zone);
    standing_actions(&mut blocks, incident, playbook);
    actions(&mut blocks, incident);
    section(
        &mut blocks,
        "Recommendations",
        &incident.review.recommendations,
    );
    long_tail(&mut blocks, incident);
    if meta.record_changes == RecordChanges::Appendix {
        record_changes(&mut blocks, incident, zone);
    }
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

/// Every time in the report, in one form: “14 March 2026 09:15”, in the
/// team's zone. A line may break between the date and the time, never
/// inside either.
fn moment(at: DateTime<Utc>, zone: &dyn ZoneRules) -> Rich {
    let local = zone.local(at);
    vec![
        Span::Unbroken(date(local)),
        text(" "),
        Span::Unbroken(clock(local)),
    ]
}

/// The zone the report's times are in, named once: “Europe/London (GMT)”,
/// or “Europe/London (GMT, then BST)” when the clocks changed in between.
fn zone_line(incident: &Incident, zone: &dyn ZoneRules, as_of: DateTime<Utc>) -> String {
    let name = |at: DateTime<Utc>| offset_name(zone, at);
    let mut names: Vec<String> = Vec::new();
    let moments = incident
        .timeline
        .iter()
        .map(|e| e.occurred_at)
        .chain([incident.details.started_at, as_of]);
    let mut moments: Vec<DateTime<Utc>> = moments.collect();
    moments.sort();
    for at in moments {
        let this = name(at);
        if names.last() != Some(&this) {
            names.push(this);
        }
    }
    format!("{} ({})", zone.name(), names.join(", then "))
}

/// GMT or BST in London, otherwise the offset from UTC: “UTC+02:00”.
fn offset_name(zone: &dyn ZoneRules, at: DateTime<Utc>) -> String {
    let seconds = zone.offset_at(at).local_minus_utc();
    match (zone.name(), seconds) {
        ("Europe/London", 0) => "GMT".to_owned(),
        ("Europe/London", 3600) => "BST".to_owned(),
        (_, 0) => "UTC".to_owned(),
        (_, seconds) => {
            let sign = if seconds < 0 { '-' } else { '+' };
            let minutes = seconds.unsigned_abs() / 60;
            format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
        }
    }
}

fn summary(
    incident: &Incident,
    playbook: &Playbook,
    zone: &dyn ZoneRules,
    meta: &ReportMeta,
) -> Vec<Rich> {
    let resolved = incident.resolution.as_ref().map(|r| r.resolved_at);
    let priority = match incident.severity {
        Some(severity) => {
            let rank = Severity::ALL
                .iter()
                .position(|s| *s == severity)
                .unwrap_or(0)
                + 1;
            let updates = playbook
                .guide_for(severity)
                .map(|guide| format!("; updates {}", guide.update_every.describe()))
                .unwrap_or_default();
            format!(
                "{severity}, level {rank} of {} (P1 is the most severe){updates}",
                Severity::ALL.len()
            )
        }
        None => "Not decided".to_owned(),
    };
    let lead = |role: &Role| {
        incident
            .holder(role)
            .map_or("Not assigned".to_owned(), |h| h.person.clone())
    };
    let mut items = Vec::new();
    if let Some(number) = &meta.number {
        items.push(field("Incident number", number.clone()));
    }
    items.extend([
        field_at("Report as of", meta.as_of, zone, None),
        field("Times are in", zone_line(incident, zone, meta.as_of)),
        field("Status", incident.status.to_string()),
        field("Priority", priority),
        field(
            "Security related",
            if incident.details.security_related {
                "Yes"
            } else {
                "No"
            },
        ),
        field_at("Started", incident.details.started_at, zone, None),
        field_at(
            "Declared",
            incident.declared_at,
            zone,
            Some(&incident.reporter),
        ),
        match resolved {
            Some(at) => field_at("Resolved", at, zone, None),
            None => field("Resolved", "Not yet"),
        },
        field(
            "Time to declare",
            duration(incident.declared_at - incident.details.started_at),
        ),
        field(
            "Time to fix",
            resolved.map_or("Ongoing".to_owned(), |at| {
                duration(at - incident.details.started_at)
            }),
        ),
        field("Detection", describe_detection(&incident.details)),
        field("Incident lead", lead(&Role::IncidentLead)),
        field("Comms lead", lead(&Role::CommsLead)),
    ]);
    items.extend(
        incident
            .extra_roles()
            .map(|a| field(a.role.name(), a.person.clone())),
    );
    items.push(field("Authors", and_list(&authors(incident))));
    items
}

/// Everyone who recorded something, in the order they first did.
fn authors(incident: &Incident) -> Vec<String> {
    let mut authors: Vec<String> = Vec::new();
    for entry in &incident.timeline {
        if entry.kind != EntryKind::Merged && !authors.contains(&entry.author) {
            authors.push(entry.author.clone());
        }
    }
    authors
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

fn resolution(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let Some(resolution) = &incident.resolution else {
        return;
    };
    blocks.push(Block::Heading(2, "Resolution".to_owned()));
    blocks.push(Block::List(vec![
        field("What removed the main harm", resolution.how.clone()),
        field_at(
            "Resolved",
            resolution.resolved_at,
            zone,
            Some(&resolution.resolved_by),
        ),
    ]));
}

/// Changes to the record itself rather than to the incident: the details
/// filled in, roles given, the review written up, actions and clean-up
/// noted (their own sections list them), and values kept by merges.
fn is_record_change(kind: EntryKind) -> bool {
    matches!(
        kind,
        EntryKind::DetailsChange
            | EntryKind::RoleChange
            | EntryKind::ReviewChange
            | EntryKind::ActionChange
            | EntryKind::LongTail
            | EntryKind::TaskSkipped
            | EntryKind::Merged
    )
}

/// Rows for `entries`, earliest first.
fn rows<'e>(
    entries: impl Iterator<Item = &'e TimelineEntry>,
    zone: &dyn ZoneRules,
) -> Vec<Vec<Rich>> {
    let mut entries: Vec<&TimelineEntry> = entries.collect();
    entries.sort_by(|a, b| a.occurred_at.cmp(&b.occurred_at).then(a.id.cmp(&b.id)));
    entries
        .iter()
        .map(|entry| {
            // A message's words are under Communications: here, where it went.
            let said = match entry.text.split_once("\n\n") {
                Some((sent, _)) if entry.kind == EntryKind::MessageSent => sent,
                _ => entry.text.as_str(),
            };
            vec![
                moment(entry.occurred_at, zone),
                vec![
                    Span::Strong(entry.kind.label().to_owned()),
                    text(format!(" ({}): {said}", entry.author)),
                ],
            ]
        })
        .collect()
}

/// The story: when it started, then what happened, what was decided and
/// what was said, earliest first.
fn timeline(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let mut rows = vec![vec![
        moment(incident.details.started_at, zone),
        vec![
            Span::Strong("Started".to_owned()),
            text(format!(
                ": {}",
                incident.details.summary.lines().next().unwrap_or_default()
            )),
        ],
    ]];
    rows.extend(self::rows(
        incident
            .timeline
            .iter()
            .filter(|e| !is_record_change(e.kind)),
        zone,
    ));
    blocks.push(Block::Heading(2, "Timeline".to_owned()));
    blocks.push(Block::Table {
        kind: TableKind::Timeline,
        head: vec!["Time", "What happened"],
        rows,
    });
}

fn record_changes(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    let rows = rows(
        incident
            .timeline
            .iter()
            .filter(|e| is_record_change(e.kind)),
        zone,
    );
    if !rows.is_empty() {
        blocks.push(Block::Heading(
            2,
            "Appendix: changes to the record".to_owned(),
        ));
        blocks.push(Block::Table {
            kind: TableKind::Timeline,
            head: vec!["Time", "Change"],
            rows,
        });
    }
}

fn communications(blocks: &mut Vec<Block>, incident: &Incident, zone: &dyn ZoneRules) {
    // “Team told in #channel: 14 March 2026 09:15 by Grace”.
    let said = |what: String, at, by: &str, after: &str| -> Rich {
        let mut item = vec![text(what)];
        item.extend(moment(at, zone));
        item.push(text(format!(" by {by}{after}")));
        item
    };
    let sent = |kind, what: &str| -> Vec<Rich> {
        incident
            .sent(kind)
            .map(|c| said(format!("{what} {}: ", c.channel), c.sent_at, &c.sent_by, ""))
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
            "to tell users"
        } else {
            "not to tell users"
        };
        let reason = match decision.reason.as_str() {
            "" => ")".to_owned(),
            reason => format!("): {reason}"),
        };
        items.push(said(
            format!("Decided {decided} ("),
            decision.decided_at,
            &decision.decided_by,
            &reason,
        ));
    }
    items.extend(sent(MessageKind::UserMessage, "Users told in"));
    if !items.is_empty() {
        blocks.push(Block::Heading(2, "Communications".to_owned()));
        blocks.push(Block::List(items));
    }
    // What was said, earliest first, as it was sent.
    let mut said: Vec<_> = incident
        .communications
        .iter()
        .filter(|c| !c.text.is_empty())
        .collect();
    said.sort_by_key(|c| c.sent_at);
    let rows: Vec<Vec<Rich>> = said
        .into_iter()
        .map(|message| {
            let to = match message.kind {
                MessageKind::TeamAlert => "To the team",
                MessageKind::StakeholderEmail => "To stakeholders",
                MessageKind::UserMessage => "To users",
            };
            vec![
                moment(message.sent_at, zone),
                vec![
                    Span::Strong(format!("{to} in {}", message.channel)),
                    text(format!(": {}", message.text)),
                ],
            ]
        })
        .collect();
    if !rows.is_empty() {
        blocks.push(Block::Heading(3, "What was said".to_owned()));
        blocks.push(Block::Table {
            kind: TableKind::Timeline,
            head: vec!["Time", "Message"],
            rows,
        });
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
        items.push(field_at("Held", at, zone, None));
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
        ("Trigger", &review.trigger),
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

/// What every review must consider, and whether this one did.
fn standing_actions(blocks: &mut Vec<Block>, incident: &Incident, playbook: &Playbook) {
    let considered = &incident.review.standing_actions;
    let mut all: Vec<&String> = playbook.standing_actions.iter().collect();
    // One the review considered that the playbook no longer lists stays.
    all.extend(
        considered
            .iter()
            .filter(|a| !playbook.standing_actions.contains(a)),
    );
    if all.is_empty() {
        return;
    }
    let items = all
        .into_iter()
        .map(|action| {
            let done = if considered.contains(action) {
                "considered"
            } else {
                "not considered yet"
            };
            vec![text(format!("{action} ({done})"))]
        })
        .collect();
    blocks.push(Block::Heading(2, "Standing actions".to_owned()));
    blocks.push(Block::List(items));
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
                vec![Span::Unbroken(day(draft.due))],
                vec![text(draft.kind.label())],
                vec![issue],
                vec![text(status)],
            ]
        })
        .collect();
    blocks.push(Block::Heading(2, "Actions".to_owned()));
    blocks.push(Block::Table {
        kind: TableKind::Actions,
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
