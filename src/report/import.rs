//! Reading an export back: strict and total. Every problem is reported with
//! where it is in the file, and nothing is imported until there are none.
//! Files from older versions are read forward; newer ones are refused by name.

use super::json::{Envelope, FORMAT};
use super::scan::{offset_of, shape, Shape, Value};
use crate::domain::{Incident, Playbook, SCHEMA_VERSION, TEXT_MAX, TITLE_MAX};
use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, IgnoredAny};

/// Larger files are refused before they are read.
pub const FILE_LIMIT: u64 = 5 * 1024 * 1024;
const MAX_INCIDENTS: usize = 5_000;
const MAX_RECORDS: usize = 10_000;
const NAME_LIMIT: usize = 200;
/// Automatic entries quote old values, so they may run longer than a note.
const ENTRY_LIMIT: usize = 5 * TEXT_MAX;

/// A problem, and where: a JSON path such as `$.incidents[2].details.title`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// The export in `text`, or every problem with it.
pub fn read_export(text: &str) -> Result<Envelope, Vec<Problem>> {
    let Some(root) = shape(text) else {
        let reason = serde_json::from_str::<IgnoredAny>(text)
            .err()
            .map_or("it is cut short".to_owned(), |e| e.to_string());
        return Err(vec![Problem::at(
            "$",
            format!("The file is not valid JSON ({reason})."),
        )]);
    };
    let Shape::Object(members) = &root.shape else {
        return Err(vec![Problem::at(
            "$",
            "The file must hold one JSON object.",
        )]);
    };
    let field = |key: &str| {
        members
            .iter()
            .find(|(name, ..)| name == key)
            .map(|(.., value)| value)
    };
    let raw = |value: &Value| &text[value.span.start..value.span.end];
    if field("format")
        .and_then(|v| serde_json::from_str::<String>(raw(v)).ok())
        .as_deref()
        != Some(FORMAT)
    {
        return Err(vec![Problem::at(
            "$.format",
            "This is not an Incident Desk export: its format is not “incident-desk”.",
        )]);
    }
    match field("schema_version").and_then(|v| serde_json::from_str::<u64>(raw(v)).ok()) {
        Some(version) if version > u64::from(SCHEMA_VERSION) => {
            return Err(vec![Problem::at(
                "$.schema_version",
                format!(
                "This file was exported by a newer version of Incident Desk (format {version}). \
                     Open it in that version, or update this one."
            ),
            )])
        }
        Some(version) if version >= 1 => {}
        _ => {
            return Err(vec![Problem::at(
                "$.schema_version",
                "The file does not say which format it is in.",
            )])
        }
    }
    let mut problems = Vec::new();
    for (key, ..) in members {
        if !matches!(
            key.as_str(),
            "format" | "schema_version" | "exported_at" | "app_version" | "playbook" | "incidents"
        ) {
            problems.push(Problem::at(
                format!("$.{key}"),
                "This field is not part of the format.",
            ));
        }
    }
    let required = |key: &str, problems: &mut Vec<Problem>| {
        let value = field(key);
        if value.is_none() {
            problems.push(Problem::at(format!("$.{key}"), "This field is missing."));
        }
        value
    };
    // Each part is read by the same typed reader storage uses; where an error
    // points in the file names its place.
    let exported_at = required("exported_at", &mut problems)
        .and_then(|v| parse::<DateTime<Utc>>(text, &root, v, &mut problems));
    let app_version = required("app_version", &mut problems)
        .and_then(|v| parse::<String>(text, &root, v, &mut problems));
    let playbook = match field("playbook") {
        Some(v) if raw(v) != "null" => parse::<Playbook>(text, &root, v, &mut problems),
        _ => None,
    };
    let incidents = match required("incidents", &mut problems).map(|v| &v.shape) {
        Some(Shape::Array(items)) => read_incidents(text, &root, items, &mut problems),
        Some(_) => {
            problems.push(Problem::at(
                "$.incidents",
                "This must be a list of incidents.",
            ));
            Vec::new()
        }
        None => Vec::new(),
    };
    match (exported_at, app_version) {
        (Some(exported_at), Some(app_version)) if problems.is_empty() => Ok(Envelope {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            exported_at,
            app_version,
            playbook,
            incidents,
        }),
        _ => Err(problems),
    }
}

/// One part of the file read as `T`, or a problem at the place it points to.
fn parse<T: DeserializeOwned>(
    text: &str,
    root: &Value,
    value: &Value,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let raw = &text[value.span.start..value.span.end];
    match serde_json::from_str::<T>(raw) {
        Ok(typed) => Some(typed),
        Err(error) => {
            let offset = value.span.start + offset_of(raw, error.line(), error.column());
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            problems.push(Problem::at(
                format!("${}", root.path_at(offset)),
                plain(message),
            ));
            None
        }
    }
}

/// serde's wording, made readable: “unknown field `x`, expected …” and the like.
fn plain(message: &str) -> String {
    // serde_json's word for a value of the wrong kind where it wanted text.
    if message == "expected value" {
        return "This is not a value the format allows here.".to_owned();
    }
    // serde quotes names in backticks: open and close them as people do.
    let mut open = false;
    let mut message: String = message
        .chars()
        .map(|c| match c {
            '`' => {
                open = !open;
                if open {
                    '“'
                } else {
                    '”'
                }
            }
            c => c,
        })
        .collect();
    if let Some(first) = message.get(..1) {
        message = first.to_ascii_uppercase() + &message[1..];
    }
    format!("{}.", message.trim_end_matches('.'))
}

fn read_incidents(
    text: &str,
    root: &Value,
    items: &[Value],
    problems: &mut Vec<Problem>,
) -> Vec<Incident> {
    if items.len() > MAX_INCIDENTS {
        problems.push(Problem::at(
            "$.incidents",
            format!("A file can hold at most {MAX_INCIDENTS} incidents."),
        ));
        return Vec::new();
    }
    let mut incidents: Vec<Incident> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let path = format!("$.incidents[{n}]");
        let Some(mut incident) = parse::<Incident>(text, root, item, problems) else {
            continue;
        };
        if incident.schema_version > SCHEMA_VERSION {
            problems.push(Problem::at(
                format!("{path}.schema_version"),
                format!(
                    "This incident was saved by a newer version of Incident Desk (format {}).",
                    incident.schema_version
                ),
            ));
            continue;
        }
        if incidents.iter().any(|other| other.id == incident.id) {
            problems.push(Problem::at(
                format!("{path}.id"),
                "Another incident in the file has this id.",
            ));
        }
        if incident.timeline.is_empty() {
            // Every incident starts with its declaration.
            problems.push(Problem::at(
                format!("{path}.timeline"),
                "An incident needs a timeline with at least its declaration.",
            ));
        }
        bounds(&incident, &path, problems);
        // Format 1 lacked only fields that read as empty, and numbered its
        // records: it is format 2 once read.
        incident.schema_version = SCHEMA_VERSION;
        incidents.push(incident);
    }
    incidents
}

/// Lengths and counts no incident made by the app goes beyond.
fn bounds(incident: &Incident, path: &str, problems: &mut Vec<Problem>) {
    let mut check = |field: String, length: usize, limit: usize, what: &str| {
        if length > limit {
            problems.push(Problem::at(
                format!("{path}.{field}"),
                format!("This is longer than {limit} {what}."),
            ));
        }
    };
    let chars = |text: &str| text.chars().count();
    let details = &incident.details;
    check(
        "details.title".into(),
        chars(&details.title),
        TITLE_MAX,
        "characters",
    );
    for (name, text) in [
        ("summary", &details.summary),
        ("impact", &details.impact),
        ("services_affected", &details.services_affected),
    ] {
        check(
            format!("details.{name}"),
            chars(text),
            TEXT_MAX,
            "characters",
        );
    }
    check(
        "reporter".into(),
        chars(&incident.reporter),
        NAME_LIMIT,
        "characters",
    );
    for (name, count) in [
        ("timeline", incident.timeline.len()),
        ("roles", incident.roles.len()),
        ("communications", incident.communications.len()),
        ("long_tail", incident.long_tail.len()),
        ("actions", incident.actions.len()),
    ] {
        check(name.into(), count, MAX_RECORDS, "records");
    }
    for (n, entry) in incident.timeline.iter().enumerate() {
        check(
            format!("timeline[{n}].text"),
            chars(&entry.text),
            ENTRY_LIMIT,
            "characters",
        );
        check(
            format!("timeline[{n}].author"),
            chars(&entry.author),
            NAME_LIMIT,
            "characters",
        );
    }
    for (n, role) in incident.roles.iter().enumerate() {
        check(
            format!("roles[{n}].person"),
            chars(&role.person),
            NAME_LIMIT,
            "characters",
        );
    }
    for (n, action) in incident.actions.iter().enumerate() {
        check(
            format!("actions[{n}].draft.title"),
            chars(&action.draft.title),
            TITLE_MAX,
            "characters",
        );
        check(
            format!("actions[{n}].draft.detail"),
            chars(&action.draft.detail),
            TEXT_MAX,
            "characters",
        );
    }
    check(
        "review.root_cause".into(),
        chars(&incident.review.root_cause),
        TEXT_MAX,
        "characters",
    );
    check(
        "review.attendees".into(),
        incident.review.attendees.len(),
        50,
        "names",
    );
}
