//! Realistic stored data for the browser benchmark, made by the app's own
//! domain code and store, so ids are valid and unique and the format is the
//! one the app saves. Prints one JSON object: each localStorage key with
//! its value.
//!
//! `cargo run --release --example seed -- <incidents> [entries of the first]`
//! Every incident is typical, made as the forms make one: 20 timeline entries
//! of notes of 107 characters, by two people, each change stamped with the
//! default playbook's version and the tab's device;
//! the first can be given more, for the long-timeline figures, and the rest
//! fewer (`… <incidents> <entries of the first> <entries of the rest>`).
//! With `export` first, prints the same incidents as an export file instead.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.

use chrono::{Duration, TimeZone, Utc};
use incident_desk::domain::{
    Command, Context, Declaration, Incident, IncidentId, NoteKind, Playbook, Role, Severity,
};
use incident_desk::report::Envelope;
use incident_desk::store::{IncidentStore, MemoryBackend};

const NOTE: &str = "Checked the CDN logs: error rates fell after the rollback, and the team is watching the dashboards now. OK.";

fn incident(n: usize, entries: usize) -> Incident {
    // Spread over three years, newest last.
    let at = Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0).unwrap() + Duration::hours(26 * n as i64);
    let details = Declaration::new(
        format!("Incident {n}: the Design System website is slow for some users"),
        "Pages take more than ten seconds to load for users outside London. Teams using the components cannot check the guidance.",
        at - Duration::minutes(20),
    );
    let id = IncidentId::generate(at, 0x5eed_0000 + n as u64);
    let playbook = Playbook::default().version();
    // The incident lead and the comms lead take turns, as two people do.
    let ctx = |minutes: i64| {
        let actor = if minutes % 2 == 0 {
            "Ada Lovelace"
        } else {
            "Grace Hopper"
        };
        Context::new(actor, at + Duration::minutes(minutes))
            .with_playbook(playbook.clone())
            .with_device(format!("{:012x}", n))
    };
    let mut incident = Incident::declare(id, details, None, &ctx(0)).expect("a valid declaration");
    let setup = [
        Command::SetSeverity {
            severity: Severity::P3,
            reason: String::new(),
        },
        Command::AssignRole {
            role: Role::IncidentLead,
            person: "Ada Lovelace".into(),
        },
        Command::AssignRole {
            role: Role::CommsLead,
            person: "Grace Hopper".into(),
        },
    ];
    let mut minute = 1;
    for command in setup {
        incident
            .apply(command, &ctx(minute))
            .expect("a valid command");
        minute += 1;
    }
    while incident.timeline.len() < entries {
        let note = Command::AddNote {
            kind: NoteKind::Note,
            text: NOTE.into(),
            occurred_at: None,
        };
        incident.apply(note, &ctx(minute)).expect("a valid note");
        minute += 1;
    }
    incident
}

fn main() {
    let export = std::env::args().nth(1).as_deref() == Some("export");
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let count = args.first().copied().unwrap_or(500);
    let first = args.get(1).copied().unwrap_or(20);
    let rest = args.get(2).copied().unwrap_or(20);
    if export {
        let incidents = (0..count)
            .map(|n| incident(n, if n == 0 { first } else { rest }))
            .collect();
        let at = Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap();
        let envelope = Envelope::new(incidents, None, at);
        println!("{}", envelope.to_json().expect("JSON"));
        return;
    }
    let mut store = IncidentStore::new(MemoryBackend::default());
    for n in 0..count {
        let entries = if n == 0 { first } else { rest };
        store.save(&incident(n, entries)).expect("saved in memory");
    }
    println!(
        "{}",
        serde_json::to_string(&store.backend().values).expect("JSON")
    );
}
