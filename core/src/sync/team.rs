//! A round of syncing with the team folder: read every teammate's file that
//! changed since the last round, merge each incident that differs into this
//! browser's copy (through the caller's save path, which takes the same
//! locks as every other save), apply their deletions, then write this
//! browser's own file and the reports that changed.
//!
//! The folder holds `incident-desk/people/<browser id>.json`, one file a
//! browser, written only by that browser, and `<year>/<date>-<title>.md`,
//! the current report of every incident. Nothing else in it is touched.

use super::folder::{FileInfo, Folder, FolderError};
use crate::domain::{fnv1a, Deletion, Incident, IncidentId, Playbook, Status, ZoneRules};
use crate::report::{
    build, file_name, markdown, numbers, plan, Envelope, ExportReader, LocalCopy, Outcome,
    ReportMeta,
};
use chrono::{DateTime, Datelike, Utc};
use std::collections::BTreeMap;

/// Where each browser keeps its file.
pub const PEOPLE: &str = "incident-desk/people";

/// This browser's own file.
pub fn person_file(browser: &str) -> String {
    format!("{PEOPLE}/{browser}.json")
}

/// What this browser needs of its own copy: the incidents as it shows them,
/// its deletions, and a way to save a teammate's copy or deletion into it.
#[allow(async_fn_in_trait)]
pub trait Local {
    fn incidents(&self) -> Vec<Incident>;
    fn local_copy(&self, id: &IncidentId) -> LocalCopy;
    fn deletions(&self) -> Vec<Deletion>;
    /// Merges `copy` into this browser's copy, as an import does.
    async fn merge(&mut self, copy: Incident) -> Result<(), String>;
    async fn delete(&mut self, deletions: &[Deletion]) -> Result<(), String>;
}

/// Who this browser is, for its file, and how reports are written.
pub struct Me<'a> {
    pub browser: &'a str,
    /// The name its person gave, to say whose changes arrived.
    pub name: &'a str,
    pub zone: &'a dyn ZoneRules,
    pub playbook: &'a Playbook,
}

/// What this browser remembers of the folder between rounds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Seen {
    files: BTreeMap<String, SeenFile>,
    /// Incidents changed here since this browser's file and their reports
    /// were last written; `None` until the first round has written them all.
    changed: Option<Vec<IncidentId>>,
    /// A fingerprint of what this browser last wrote to its file, and its size.
    own: Option<(u64, u64)>,
}

#[derive(Debug, Clone, PartialEq)]
struct SeenFile {
    size: u64,
    modified: i64,
    /// A fingerprint of each incident's text, to read only those that changed.
    incidents: Vec<u64>,
    written_by: Option<String>,
    as_of: Option<DateTime<Utc>>,
    /// Why it cannot be read, if it cannot: read again once it changes.
    unreadable: Option<String>,
}

impl Seen {
    /// An incident changed in this browser: its report, and this browser's
    /// file, are written in the next round.
    pub fn changed_here(&mut self, id: &IncidentId) {
        if let Some(changed) = &mut self.changed {
            if !changed.contains(id) {
                changed.push(id.clone());
            }
        }
    }
}

impl Seen {
    /// An incident was deleted in this browser: this browser's file says so
    /// in the next round.
    pub fn deleted_here(&mut self) {
        self.own = None;
    }
}

/// A file in the folder that could not be read, and why. It is left alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub file: String,
    pub reason: String,
}

/// What a round found and did, for the page to say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Everyone with a file in the folder, this browser's person included.
    pub people: Vec<String>,
    /// Incidents a teammate's changes were merged into.
    pub arrived: Vec<IncidentId>,
    /// Incidents a teammate deleted, removed here too.
    pub deleted: Vec<IncidentId>,
    /// The latest changes that arrived: whose, and as of when.
    pub latest_from: Option<(String, DateTime<Utc>)>,
    pub unreadable: Vec<Unreadable>,
    /// Incidents in a teammate's file that only share an id with one here.
    pub different: Vec<(String, IncidentId)>,
    /// What went wrong, if anything did; this browser's copy is kept.
    pub problem: Option<String>,
}

/// One round. Whatever fails, this browser's copy is kept, and the round
/// says what went wrong.
pub async fn round<F: Folder, L: Local>(
    folder: &F,
    local: &mut L,
    seen: &mut Seen,
    me: &Me<'_>,
) -> Report {
    let mut report = Report::default();
    let files = match folder.list(PEOPLE).await {
        Ok(files) => files,
        Err(error) => {
            report.problem = Some(error.to_string());
            return report;
        }
    };
    let mine = format!("{}.json", me.browser);
    let mut incoming: Vec<(Incident, String)> = Vec::new();
    let mut deletions: Vec<Deletion> = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.name.ends_with(".json") && f.name != mine)
    {
        read_file(folder, file, seen, &mut incoming, &mut deletions).await;
    }
    report.people = people(seen, me);
    report.unreadable = seen
        .files
        .iter()
        .filter(|(name, _)| files.iter().any(|f| f.name == **name))
        .filter_map(|(name, file)| {
            file.unreadable.clone().map(|reason| Unreadable {
                file: format!("{PEOPLE}/{name}"),
                reason,
            })
        })
        .collect();

    // Deletions first: a deletion wins over the incident, in every copy.
    let known = local.deletions();
    let new: Vec<Deletion> = deletions
        .into_iter()
        .filter(|d| !known.iter().any(|k| k.id == d.id))
        .fold(Vec::new(), |mut all, d| {
            if !all.iter().any(|a: &Deletion| a.id == d.id) {
                all.push(d);
            }
            all
        });
    if !new.is_empty() {
        match local.delete(&new).await {
            Ok(()) => {
                report.deleted = new.iter().map(|d| d.id.clone()).collect();
                // This browser's file says so too.
                seen.own = None;
            }
            Err(problem) => report.problem = Some(problem),
        }
    }
    let deleted: Vec<IncidentId> = local.deletions().into_iter().map(|d| d.id).collect();
    for (incident, from) in incoming {
        if deleted.contains(&incident.id) {
            continue;
        }
        let planned = plan(&incident, local.local_copy(&incident.id));
        match planned.outcome {
            Outcome::Different => report.different.push((from, incident.id.clone())),
            outcome if outcome.saves() => {
                let id = incident.id.clone();
                match local.merge(incident).await {
                    Ok(()) => {
                        seen.changed_here(&id);
                        report.arrived.push(id);
                        let file = seen.files.get(&from);
                        let who = file
                            .and_then(|f| f.written_by.clone())
                            .unwrap_or_else(|| from.trim_end_matches(".json").to_owned());
                        let at = file.and_then(|f| f.as_of);
                        if let Some(at) = at {
                            if report
                                .latest_from
                                .as_ref()
                                .is_none_or(|(_, latest)| at > *latest)
                            {
                                report.latest_from = Some((who, at));
                            }
                        }
                    }
                    Err(problem) => report.problem = Some(problem),
                }
            }
            _ => {}
        }
    }

    // This browser's file as the folder has it: gone, or not as written
    // (another tab's older write, say), it is written again.
    let own_size = files.iter().find(|f| f.name == mine).map(|f| f.size);
    if seen.own.is_some_and(|(_, size)| Some(size) != own_size) {
        seen.own = None;
    }
    // Nothing changed here or arrived: nothing to write, and nothing read
    // but the folder's list of files.
    let changed = seen.changed.take();
    if changed.as_ref().is_some_and(Vec::is_empty) && seen.own.is_some() {
        seen.changed = changed;
        return report;
    }
    let incidents = local.incidents();
    let written = match write_own(folder, &incidents, local.deletions(), seen, me).await {
        Ok(()) => write_reports(folder, &incidents, changed.as_deref(), me).await,
        Err(error) => Err(error),
    };
    match written {
        Ok(()) => seen.changed = Some(Vec::new()),
        Err(error) => {
            // Tried again next round.
            seen.changed = changed;
            report.problem = Some(error.to_string());
        }
    }
    report
}

/// Reads a teammate's file if it changed since the last round: the
/// incidents in it that changed, and its deletions.
async fn read_file<F: Folder>(
    folder: &F,
    file: &FileInfo,
    seen: &mut Seen,
    incoming: &mut Vec<(Incident, String)>,
    deletions: &mut Vec<Deletion>,
) {
    let before = seen.files.get(&file.name);
    if before.is_some_and(|b| b.size == file.size && b.modified == file.modified) {
        return;
    }
    let unreadable = |reason: String| SeenFile {
        size: file.size,
        modified: file.modified,
        incidents: Vec::new(),
        written_by: None,
        as_of: None,
        unreadable: Some(reason),
    };
    let text = match folder.read(&format!("{PEOPLE}/{}", file.name)).await {
        Ok(text) => text,
        Err(error) => {
            seen.files
                .insert(file.name.clone(), unreadable(error.to_string()));
            return;
        }
    };
    let known: &[u64] = before.map_or(&[], |b| &b.incidents);
    let mut reader = match ExportReader::open(&text) {
        Ok(reader) => reader,
        Err(problems) => {
            seen.files
                .insert(file.name.clone(), unreadable(describe(&problems)));
            return;
        }
    };
    let mut fingerprints = Vec::with_capacity(reader.incidents());
    while let Some(raw) = reader.next_text() {
        let fingerprint = fnv1a(raw);
        fingerprints.push(fingerprint);
        if known.contains(&fingerprint) {
            reader.skip_next();
        } else {
            reader.read_next();
        }
    }
    match reader.finish() {
        Ok(envelope) => {
            seen.files.insert(
                file.name.clone(),
                SeenFile {
                    size: file.size,
                    modified: file.modified,
                    incidents: fingerprints,
                    written_by: envelope.written_by.clone(),
                    as_of: Some(envelope.exported_at),
                    unreadable: None,
                },
            );
            incoming.extend(
                envelope
                    .incidents
                    .into_iter()
                    .map(|i| (i, file.name.clone())),
            );
            deletions.extend(envelope.deleted);
        }
        Err(problems) => {
            seen.files
                .insert(file.name.clone(), unreadable(describe(&problems)));
        }
    }
}

fn describe(problems: &[crate::report::Problem]) -> String {
    match problems.first() {
        Some(first) if first.path.is_empty() => first.message.clone(),
        Some(first) => format!("{}: {}", first.path, first.message),
        None => "it cannot be read".to_owned(),
    }
}

/// Everyone with a readable file, by the name they gave, and this browser's person.
fn people(seen: &Seen, me: &Me<'_>) -> Vec<String> {
    let mut people = vec![me.name.to_owned()];
    for (name, file) in &seen.files {
        let who = file
            .written_by
            .clone()
            .unwrap_or_else(|| name.trim_end_matches(".json").to_owned());
        if file.unreadable.is_none() && !people.contains(&who) {
            people.push(who);
        }
    }
    people
}

/// Writes this browser's file when what it holds changed. It says it is as
/// of the latest change it holds, so the same incidents make the same file.
async fn write_own<F: Folder>(
    folder: &F,
    incidents: &[Incident],
    deleted: Vec<Deletion>,
    seen: &mut Seen,
    me: &Me<'_>,
) -> Result<(), FolderError> {
    let as_of = incidents
        .iter()
        .map(|i| i.updated_at)
        .chain(deleted.iter().map(|d| d.at))
        .max()
        .unwrap_or(DateTime::UNIX_EPOCH);
    let envelope = Envelope {
        written_by: Some(me.name.to_owned()),
        deleted,
        ..Envelope::new(incidents.to_vec(), None, as_of)
    };
    let text = serde_json::to_string(&envelope)
        .map_err(|error| FolderError::WriteFailed(error.to_string()))?;
    let written = (fnv1a(&text), text.len() as u64);
    if seen.own == Some(written) {
        return Ok(());
    }
    folder.write(&person_file(me.browser), &text).await?;
    seen.own = Some(written);
    Ok(())
}

/// Writes the report of each incident in `changed` (every one, when `None`)
/// whose text differs from what the folder holds.
async fn write_reports<F: Folder>(
    folder: &F,
    incidents: &[Incident],
    changed: Option<&[IncidentId]>,
    me: &Me<'_>,
) -> Result<(), FolderError> {
    if changed.is_some_and(<[IncidentId]>::is_empty) {
        return Ok(());
    }
    let incidents: Vec<&Incident> = incidents
        .iter()
        .filter(|i| i.status != Status::NotAnIncident)
        .collect();
    let paths = report_paths(&incidents, me.zone);
    let mut numbers = numbers(
        incidents
            .iter()
            .map(|i| (&i.id, i.details.started_at, i.status)),
        me.zone,
    );
    for (incident, path) in incidents.iter().zip(paths) {
        if changed.is_some_and(|changed| !changed.contains(&incident.id)) {
            continue;
        }
        let meta = ReportMeta {
            number: numbers.remove(&incident.id),
            ..ReportMeta::as_of_latest(incident)
        };
        let text = markdown(&build(incident, me.playbook, me.zone, &meta));
        match folder.read(&path).await {
            Ok(existing) if existing == text => {}
            Ok(_) | Err(FolderError::NotFound) => folder.write(&path, &text).await?,
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

/// Each incident's report in the folder: `<year>/<date>-<title>.md`, by
/// when it started in the team's time zone. Two incidents that would share
/// a name are told apart by their ids, in the same way in every browser.
pub fn report_paths(incidents: &[&Incident], zone: &dyn ZoneRules) -> Vec<String> {
    let base: Vec<String> = incidents
        .iter()
        .map(|incident| {
            let year = zone.local(incident.details.started_at).year();
            format!("{year}/{}", file_name(incident, zone, "md"))
        })
        .collect();
    let mut sharing: BTreeMap<&str, Vec<&IncidentId>> = BTreeMap::new();
    for (path, incident) in base.iter().zip(incidents) {
        sharing.entry(path).or_default().push(&incident.id);
    }
    base.iter()
        .zip(incidents)
        .map(|(path, incident)| {
            let earlier = sharing[path.as_str()]
                .iter()
                .filter(|id| **id < &incident.id)
                .count();
            match earlier {
                0 => path.clone(),
                n => format!("{}-{}.md", path.trim_end_matches(".md"), n + 1),
            }
        })
        .collect()
}
