//! Incidents for storage tests, shared by the host and browser suites.
#![allow(dead_code)]

use chrono::{Duration, TimeZone, Utc};
use incident_desk_core::domain::{
    Command, Context, Declaration, Incident, IncidentId, NoteKind, Severity,
};

/// Incident `n`, declared by Ada `n` hours after 09:00 on 14 March 2026.
pub fn incident(n: u64) -> Incident {
    let at = Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).unwrap() + Duration::hours(n as i64);
    let details = Declaration::new(format!("Incident {n}"), "Something broke", at);
    let ctx = Context::new("Ada", at);
    Incident::declare(IncidentId::generate(at, 0xb000 + n), details, None, &ctx).unwrap()
}

/// A minute after its last change, as Ada.
pub fn next_minute(incident: &Incident) -> Context {
    Context::new("Ada", incident.updated_at + Duration::minutes(1))
}

pub fn note(text: &str) -> Command {
    Command::AddNote {
        kind: NoteKind::Note,
        text: text.into(),
        occurred_at: None,
    }
}

pub fn with_note(mut incident: Incident, text: &str) -> Incident {
    let ctx = next_minute(&incident);
    incident.apply(note(text), &ctx).unwrap();
    incident
}

pub fn with_severity(mut incident: Incident) -> Incident {
    let ctx = next_minute(&incident);
    let command = Command::SetSeverity {
        severity: Severity::P2,
        reason: String::new(),
    };
    incident.apply(command, &ctx).unwrap();
    incident
}
