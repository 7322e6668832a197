//! The process rules, one file per command. Read these to learn the rules.

mod declaring;
mod editing_details;
mod forms;
mod notes;
mod roles;
mod serialising;
mod severity;
mod status;

use super::*;
use chrono::{DateTime, Duration, TimeZone, Utc};

pub(super) fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, hour, minute, 0).unwrap()
}

pub(super) fn ctx(actor: &str, now: DateTime<Utc>) -> Context {
    Context {
        actor: actor.to_owned(),
        now,
    }
}

pub(super) fn declaration() -> Declaration {
    Declaration {
        title: "Design system website is down".to_owned(),
        summary: "Users get a 503 on every page.".to_owned(),
        started_at: at(9, 0),
        security_related: false,
    }
}

/// A freshly declared incident: declared by Ada at 09:15.
pub(super) fn declared() -> Incident {
    let id = IncidentId::generate(at(9, 15), 0x1234);
    Incident::declare(id, declaration(), &ctx("Ada", at(9, 15))).unwrap()
}

/// Applies a command as Grace, ten minutes after the last change.
pub(super) fn apply(incident: &mut Incident, command: Command) -> Result<(), CommandError> {
    let now = incident.updated_at + Duration::minutes(10);
    incident.apply(command, &ctx("Grace", now))
}

pub(super) fn last_entry(incident: &Incident) -> &TimelineEntry {
    incident.timeline.last().unwrap()
}

/// The command must be refused and leave the incident exactly as it was.
pub(super) fn refused(incident: &Incident, command: Command) -> CommandError {
    let mut copy = incident.clone();
    let error = apply(&mut copy, command).unwrap_err();
    assert_eq!(&copy, incident, "a refused command changed the incident");
    error
}
