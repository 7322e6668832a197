//! How much one save costs as the register grows: keys written, their sizes
//! and time per save, with 10 to 1,000 incidents stored. A save writes one
//! incident, plus the small index only when its register entry changed: never
//! the other incidents.
//!
//! Run with `make bench`. Prints figures; fails on nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.

use chrono::{Duration, TimeZone, Utc};
use incident_desk::domain::{Command, Context, Declaration, Incident, IncidentId, NoteKind};
use incident_desk::store::{incident_key, IncidentStore, MemoryBackend, INDEX_KEY};
use std::time::Instant;

fn incident(n: u64) -> Incident {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(n as i64);
    let details = Declaration::new(
        format!("Incident {n}"),
        "A realistic summary of what went wrong and who was affected.".repeat(4),
        at,
    );
    let mut incident = Incident::declare(
        IncidentId::generate(at, n),
        details,
        None,
        &Context::new("Ada", at),
    )
    .unwrap();
    for i in 0..40 {
        let ctx = Context::new("Ada", incident.updated_at + Duration::minutes(1));
        let note = Command::AddNote {
            kind: NoteKind::Note,
            text: format!("Timeline note {i}: what we saw, did and decided."),
            occurred_at: None,
        };
        incident.apply(note, &ctx).unwrap();
    }
    incident
}

fn main() {
    println!(
        "{:>10} {:>12} {:>16} {:>14} {:>10}",
        "incidents", "keys/save", "incident bytes", "index bytes", "µs/save"
    );
    for count in [10u64, 100, 1_000] {
        let mut store = IncidentStore::new(MemoryBackend::default());
        for n in 0..count {
            store.save(&incident(n)).unwrap();
        }
        let mut target = store.load(&incident(0).id).unwrap();
        let rounds = 200;
        let writes_before = store.backend().writes.len();
        let start = Instant::now();
        for _ in 0..rounds {
            let ctx = Context::new("Ada", target.updated_at + Duration::minutes(1));
            let note = Command::AddNote {
                kind: NoteKind::Note,
                text: "x".into(),
                occurred_at: None,
            };
            target.apply(note, &ctx).unwrap();
            store.save(&target).unwrap();
        }
        let micros = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        let backend = store.backend();
        let keys = (backend.writes.len() - writes_before) / rounds;
        let size = |key: &str| backend.values.get(key).map_or(0, String::len);
        let (incident_bytes, index_bytes) = (size(&incident_key(&target.id)), size(INDEX_KEY));
        println!("{count:>10} {keys:>12} {incident_bytes:>16} {index_bytes:>14} {micros:>10.1}");
    }
}
