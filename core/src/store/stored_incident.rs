//! Reading one stored incident, whatever format it was saved in, and the
//! checks that tell damaged or tampered data from an incident.

use super::compact::{self, STORE_FORMAT};
use super::error::StoreError;
use super::keys::incident_key;
use super::stored;
use crate::domain::{Incident, COUNTER_MAX, SCHEMA_VERSION};

/// Reads the incident stored under `key`. Besides text that is not an
/// incident, an incident under another incident's key (saving it would write
/// over that one) and a revision past the maximum (only tampering gets there)
/// are damaged data.
pub(super) fn parse_incident(key: &str, raw: &str) -> Result<Incident, StoreError> {
    parse_stored(key, raw).map(|(incident, _)| incident)
}

pub(super) fn parse_stored(key: &str, raw: &str) -> Result<(Incident, u32), StoreError> {
    let format = stored::format(key, raw, STORE_FORMAT)?;
    let damaged = |reason: String| stored::damaged(key, raw, reason);
    let mut incident = match format {
        // Format 3 is format 4 without stamps; format 4 is format 5 without
        // what messages said (read as empty); format 5 names entry kinds
        // that format 6 numbers (both read).
        3..=STORE_FORMAT => compact::from_stored_json(raw).map_err(damaged)?,
        // Formats 1 and 2 are the export format.
        _ => stored::parse::<Incident>(key, raw)?,
    };
    if incident.timeline.is_empty() {
        return Err(damaged("it has no timeline".to_owned()));
    }
    if incident_key(&incident.id) != key {
        return Err(damaged(format!(
            "it holds incident {}, which belongs under another key",
            incident.id
        )));
    }
    if incident.revision > COUNTER_MAX {
        return Err(damaged(
            "its revision number is beyond any the app makes".to_owned(),
        ));
    }
    if format < STAMPED_FORMAT {
        incident.stamp_legacy();
    }
    // Older formats lack only fields that read as empty or are given when read.
    incident.schema_version = SCHEMA_VERSION;
    Ok((incident, format))
}

/// The first stored format with stamps.
const STAMPED_FORMAT: u32 = 4;
