//! `make bench`: what a round with the team folder costs. Ten people's files
//! of 200 incidents each (made by the app's own domain code) in an
//! in-memory folder; one browser's round when nothing changed, and when one
//! incident changed in one teammate's file. Prints figures; never fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.

use chrono::{Duration, TimeZone, Utc};
use incident_desk::domain::{
    Command, Context, Declaration, Deletion, Incident, IncidentId, NoteKind, Playbook, ZoneRules,
};
use incident_desk::report::{Envelope, LocalCopy};
use incident_desk::store::{save_changes, Change, IncidentStore, MemoryBackend};
use incident_desk::sync::{person_file, round, run_now, Local, Me, MemoryFolder, Seen};
use std::time::Instant;

const PEOPLE: usize = 10;
const INCIDENTS: usize = 200;

fn incident(n: usize) -> Incident {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::hours(n as i64);
    let details = Declaration::new(
        format!("Incident {n}: the website is slow"),
        "Pages take ten seconds to load for some users.",
        at,
    );
    let ctx = |m: i64| Context::new("Ada", at + Duration::minutes(m)).with_device("a1".into());
    let mut incident =
        Incident::declare(IncidentId::generate(at, n as u64), details, None, &ctx(0)).unwrap();
    for m in 1..20 {
        let note = Command::AddNote {
            kind: NoteKind::Note,
            text: "Checked the CDN logs: error rates fell after the rollback.".into(),
            occurred_at: None,
        };
        incident.apply(note, &ctx(m)).unwrap();
    }
    incident
}

/// The team's time zone, held still: the browser's own zone rules are not
/// there outside a browser.
struct Greenwich;

impl ZoneRules for Greenwich {
    fn name(&self) -> &str {
        "Europe/London"
    }
    fn offset_at(&self, _: chrono::DateTime<Utc>) -> chrono::FixedOffset {
        chrono::FixedOffset::east_opt(0).expect("a valid offset")
    }
}

struct Browser(IncidentStore<MemoryBackend>);

impl Local for Browser {
    fn incidents(&self) -> Vec<Incident> {
        IncidentStore::new(self.0.backend().clone())
            .all_incidents()
            .map(|(all, _)| all)
            .unwrap_or_default()
    }
    fn local_copy(&self, id: &IncidentId) -> LocalCopy {
        match self.0.load(id) {
            Ok(incident) => LocalCopy::Readable(Box::new(incident)),
            Err(_) => LocalCopy::Missing,
        }
    }
    fn deletions(&self) -> Vec<Deletion> {
        self.0.deletions().unwrap_or_default()
    }
    async fn merge(&mut self, copy: Incident) -> Result<(), String> {
        let id = copy.id.clone();
        save_changes(&mut self.0, &id, &[Change::Merge(copy)], false)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
    async fn delete(&mut self, deletions: &[Deletion]) -> Result<(), String> {
        self.0
            .apply_deletions(deletions)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

fn main() {
    let incidents: Vec<Incident> = (0..INCIDENTS).map(incident).collect();
    let folder = MemoryFolder::default();
    let file = |incidents: Vec<Incident>| {
        let envelope = Envelope::new(incidents, None, Utc::now());
        serde_json::to_string(&envelope).unwrap()
    };
    for n in 0..PEOPLE {
        folder.put(
            &person_file(&format!("person{n}")),
            &file(incidents.clone()),
        );
    }
    let mut store = IncidentStore::new(MemoryBackend::default());
    for incident in &incidents {
        store.save(incident).unwrap();
    }
    let mut me = Browser(store);
    let mut seen = Seen::default();
    let playbook = Playbook::default();
    let zone = Greenwich;
    let who = Me {
        browser: "mine",
        name: "Ada",
        zone: &zone,
        playbook: &playbook,
    };
    let timed = |me: &mut Browser, seen: &mut Seen| {
        let start = Instant::now();
        let report = run_now(round(&folder, me, seen, &who));
        (start.elapsed().as_secs_f64() * 1000.0, report)
    };
    let (first, _) = timed(&mut me, &mut seen);
    let mut quiet = Vec::new();
    for _ in 0..7 {
        quiet.push(timed(&mut me, &mut seen).0);
    }
    let mut changed = Vec::new();
    for run in 0..7 {
        let mut one = incidents.clone();
        let ctx = Context::new("Bob", Utc::now()).with_device("b2".into());
        let note = Command::AddNote {
            kind: NoteKind::Note,
            text: format!("A teammate's note, round {run}"),
            occurred_at: None,
        };
        one[run].apply(note, &ctx).unwrap();
        folder.put(&person_file("person3"), &file(one));
        let (ms, report) = timed(&mut me, &mut seen);
        assert_eq!(report.arrived.len(), 1);
        changed.push(ms);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!("A round with the team folder: {PEOPLE} people's files of {INCIDENTS} incidents each (release build, host)");
    println!("  first round (reads every file, writes this browser's file and every report): {first:.1} ms");
    println!("  nothing changed: {:.2} ms (median of 7)", median(quiet));
    println!(
        "  one incident changed in one teammate's file: {:.1} ms (median of 7)",
        median(changed)
    );
}
