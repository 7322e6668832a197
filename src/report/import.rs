//! Reading an export back: strict and total. Every problem is reported with
//! where it is in the file, and nothing is imported until there are none.
//! Files from older versions are read forward; newer ones are refused by name.

use super::json::{Envelope, FORMAT};
use crate::domain::{Incident, Playbook, SCHEMA_VERSION, TEXT_MAX, TITLE_MAX};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

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
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem::at(
            "$",
            format!("The file is not valid JSON ({e})."),
        )]
    })?;
    let Some(object) = value.as_object() else {
        return Err(vec![Problem::at(
            "$",
            "The file must hold one JSON object.",
        )]);
    };
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(vec![Problem::at(
            "$.format",
            "This is not an Incident Desk export: its format is not “incident-desk”.",
        )]);
    }
    match object.get("schema_version").and_then(Value::as_u64) {
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
    for key in object.keys() {
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
    let exported_at = typed(object, "exported_at", "$", &mut problems);
    let app_version: Option<String> = typed(object, "app_version", "$", &mut problems);
    let playbook = match object.get("playbook") {
        None | Some(Value::Null) => None,
        Some(_) => typed::<Playbook>(object, "playbook", "$", &mut problems),
    };
    let incidents = read_incidents(object.get("incidents"), &mut problems);
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

/// A field read as `T`, or a problem at its path.
fn typed<T: DeserializeOwned>(
    object: &Map<String, Value>,
    key: &str,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let Some(value) = object.get(key) else {
        problems.push(Problem::at(
            format!("{path}.{key}"),
            "This field is missing.",
        ));
        return None;
    };
    deserialize(value, &format!("{path}.{key}"), problems)
}

fn deserialize<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(typed) => Some(typed),
        Err(error) => {
            let inner = error.path().to_string();
            let at = if inner == "." {
                path.to_owned()
            } else {
                format!("{path}.{inner}")
            };
            problems.push(Problem::at(
                at.replace(".[", "["),
                plain(&error.into_inner().to_string()),
            ));
            None
        }
    }
}

/// serde's wording, made readable: “unknown field `x`, expected …” and the like.
fn plain(message: &str) -> String {
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

fn read_incidents(value: Option<&Value>, problems: &mut Vec<Problem>) -> Vec<Incident> {
    let Some(list) = value.and_then(Value::as_array) else {
        problems.push(Problem::at(
            "$.incidents",
            "This must be a list of incidents.",
        ));
        return Vec::new();
    };
    if list.len() > MAX_INCIDENTS {
        problems.push(Problem::at(
            "$.incidents",
            format!("A file can hold at most {MAX_INCIDENTS} incidents."),
        ));
        return Vec::new();
    }
    let mut incidents: Vec<Incident> = Vec::new();
    for (n, value) in list.iter().enumerate() {
        let path = format!("$.incidents[{n}]");
        let Some(mut incident) = deserialize::<Incident>(value, &path, problems) else {
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
