//! Reading an export back: strict and total. Every problem is reported with
//! where it is in the file, and nothing is imported until there are none.
//! Files from older versions are read forward; newer ones are refused by name.

use super::json::{Envelope, FORMAT};
use super::rules::breaches;
use super::scan::{offset_of, outline, shape, Shape, Unread, Value};
use crate::domain::rfc3339::Time;
use crate::domain::{Deletion, Incident, Playbook, SCHEMA_VERSION};
use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, IgnoredAny};

/// Larger files are refused before they are read. A browser's storage
/// holds about 5 million characters, which export as about 13 MB: every
/// export of a whole browser fits, with room to spare.
pub const FILE_LIMIT: u64 = 32 * 1024 * 1024;
const MAX_INCIDENTS: usize = 5_000;

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
    let mut reader = ExportReader::open(text)?;
    while reader.read_next() {}
    reader.finish()
}

/// Reads an export one incident at a time, so a page can show how far it
/// has got and let the browser draw in between.
pub struct ExportReader<'t> {
    text: &'t str,
    exported_at: Option<DateTime<Utc>>,
    app_version: Option<String>,
    playbook: Option<Playbook>,
    written_by: Option<String>,
    deleted: Vec<Deletion>,
    /// Each incident's place in the file, still to read.
    items: std::vec::IntoIter<Value>,
    count: usize,
    incidents: Vec<Incident>,
    ids: std::collections::BTreeSet<crate::domain::IncidentId>,
    problems: Vec<Problem>,
}

impl<'t> ExportReader<'t> {
    /// Checks what the file is, and reads everything but its incidents.
    pub fn open(text: &'t str) -> Result<Self, Vec<Problem>> {
        // The envelope and each incident's place: what is inside an incident
        // is read when it is, a slice at a time.
        let root = match outline(text, 2) {
            Ok(root) => root,
            Err(Unread::TooDeep { max }) => {
                return Err(vec![Problem::at(
                    "$",
                    format!("The file nests lists and objects more than {max} deep, which no export does, so it was not read."),
                )])
            }
            Err(Unread::NotJson) => {
                let reason = serde_json::from_str::<IgnoredAny>(text)
                    .err()
                    .map_or("it is cut short".to_owned(), |e| e.to_string());
                return Err(vec![Problem::at(
                    "$",
                    format!("The file is not valid JSON ({reason})."),
                )]);
            }
        };
        let Shape::Object(members) = root.shape else {
            return Err(vec![Problem::at(
                "$",
                "The file must hold one JSON object.",
            )]);
        };
        let raw = |value: &Value| &text[value.span.start..value.span.end];
        let field = |key: &str| {
            members
                .iter()
                .find(|(name, ..)| name == key)
                .map(|(.., value)| value)
        };
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
        for (key, ..) in &members {
            if !matches!(
                key.as_str(),
                "format"
                    | "schema_version"
                    | "exported_at"
                    | "app_version"
                    | "playbook"
                    | "written_by"
                    | "incidents"
                    | "deleted"
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
        // Each part is read by the same typed reader storage uses; where an
        // error points in the file names its place.
        let top = |key: &str| format!("$.{key}");
        let exported_at = required("exported_at", &mut problems)
            .and_then(|v| parse::<Time>(text, &top("exported_at"), v, &mut problems))
            .map(|Time(at)| at);
        let app_version = required("app_version", &mut problems)
            .and_then(|v| parse::<String>(text, &top("app_version"), v, &mut problems));
        let playbook = match field("playbook") {
            Some(v) if raw(v) != "null" => {
                parse::<Playbook>(text, &top("playbook"), v, &mut problems)
            }
            _ => None,
        };
        let written_by = field("written_by")
            .and_then(|v| parse::<Option<String>>(text, &top("written_by"), v, &mut problems))
            .flatten();
        let deleted = field("deleted")
            .and_then(|v| parse::<Vec<Deletion>>(text, &top("deleted"), v, &mut problems))
            .unwrap_or_default();
        let mut items = Vec::new();
        match required("incidents", &mut problems).map(|v| &v.shape) {
            Some(Shape::Array(list)) if list.len() > MAX_INCIDENTS => problems.push(Problem::at(
                "$.incidents",
                format!("A file can hold at most {MAX_INCIDENTS} incidents."),
            )),
            Some(Shape::Array(list)) => items = list.clone(),
            Some(_) => problems.push(Problem::at(
                "$.incidents",
                "This must be a list of incidents.",
            )),
            None => {}
        }
        Ok(Self {
            text,
            exported_at,
            app_version,
            playbook,
            written_by,
            deleted,
            count: items.len(),
            items: items.into_iter(),
            incidents: Vec::new(),
            ids: Default::default(),
            problems,
        })
    }

    /// How many incidents the file holds.
    pub fn incidents(&self) -> usize {
        self.count
    }

    /// How many have been read.
    pub fn read(&self) -> usize {
        self.count - self.items.len()
    }

    /// The text of the next incident, as the file has it, to tell whether
    /// it changed since it was last read.
    pub fn next_text(&self) -> Option<&'t str> {
        let item = self.items.as_slice().first()?;
        self.text.get(item.span.start..item.span.end)
    }

    /// Passes over the next incident without reading it.
    pub fn skip_next(&mut self) {
        self.items.next();
    }

    /// Reads the next incident; `false` once every one is read.
    pub fn read_next(&mut self) -> bool {
        let Some(item) = self.items.next() else {
            return false;
        };
        let n = self.read() - 1;
        let path = format!("$.incidents[{n}]");
        if let Some(incident) = read_incident(self.text, &path, &item, &mut self.problems) {
            if !self.ids.insert(incident.id.clone()) {
                self.problems.push(Problem::at(
                    format!("{path}.id"),
                    "Another incident in the file has this id.",
                ));
            }
            self.incidents.push(incident);
        }
        true
    }

    /// The export, once every incident is read, or every problem with it.
    pub fn finish(mut self) -> Result<Envelope, Vec<Problem>> {
        while self.read_next() {}
        match (self.exported_at, self.app_version) {
            (Some(exported_at), Some(app_version)) if self.problems.is_empty() => Ok(Envelope {
                format: FORMAT.to_owned(),
                schema_version: SCHEMA_VERSION,
                exported_at,
                app_version,
                playbook: self.playbook,
                written_by: self.written_by,
                incidents: self.incidents,
                deleted: self.deleted,
            }),
            _ => Err(self.problems),
        }
    }
}

/// One part of the file read as `T`, or a problem at the place it points to.
fn parse<T: DeserializeOwned>(
    text: &str,
    path: &str,
    value: &Value,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let raw = &text[value.span.start..value.span.end];
    match serde_json::from_str::<T>(raw) {
        Ok(typed) => Some(typed),
        Err(error) => {
            // Where in the value: its shape is read again for the place.
            let offset = offset_of(raw, error.line(), error.column());
            let place = shape(raw).map_or(String::new(), |inner| inner.path_at(offset));
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            problems.push(Problem::at(format!("{path}{place}"), plain(message)));
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

/// One incident of the file, checked against every rule, and read forward
/// from an older format.
fn read_incident(
    text: &str,
    path: &str,
    item: &Value,
    problems: &mut Vec<Problem>,
) -> Option<Incident> {
    let mut incident = parse::<Incident>(text, path, item, problems)?;
    if incident.schema_version > SCHEMA_VERSION {
        problems.push(Problem::at(
            format!("{path}.schema_version"),
            format!(
                "This incident was saved by a newer version of Incident Desk (format {}).",
                incident.schema_version
            ),
        ));
        return None;
    }
    if incident.timeline.is_empty() {
        // Every incident starts with its declaration.
        problems.push(Problem::at(
            format!("{path}.timeline"),
            "An incident needs a timeline with at least its declaration.",
        ));
    }
    for breach in breaches(&incident) {
        problems.push(Problem::at(
            format!("{path}.{}", breach.path),
            breach.message,
        ));
    }
    if incident.schema_version < 3 {
        incident.stamp_legacy();
    }
    // Earlier formats lacked only fields that read as empty or are given
    // when read: it is the current format once read.
    incident.schema_version = SCHEMA_VERSION;
    Some(incident)
}
