//! Exporting from this browser: one incident, or everything with the team's
//! settings. The file is made in the page and saved by the browser; nothing
//! is sent anywhere.

use super::platform::{download, open_store};
use super::state::AppState;
use super::time;
use crate::domain::{text::iso_date, Incident, IncidentId, ZoneRules};
use crate::report::{file_name, Envelope};
use leptos::prelude::*;

/// Saves one incident as a JSON file named by its start date and title.
pub fn export_incident(state: &AppState, incident: &Incident) -> Result<(), String> {
    let envelope = Envelope::new(vec![incident.clone()], None, time::now());
    let json = envelope.to_json().map_err(|e| e.to_string())?;
    download(
        &file_name(incident, &state.team_zone(), "json"),
        "application/json",
        &json,
    )?;
    note_download(&incident.id);
    Ok(())
}

/// Remembers that a copy of this incident left the browser by the person's
/// own download. Failing to remember loses nothing but a reminder's quiet.
pub fn note_download(id: &IncidentId) {
    let _ = open_store().record_download(id, time::now());
}

/// Saves every incident in this browser, this tab's unsaved changes
/// included, with the team's settings, and remembers when. Says how many
/// saved incidents could not be read, which the file leaves out.
pub fn export_everything(state: &AppState) -> Result<usize, String> {
    let (incidents, unreadable) = every_incident(state)?;
    let now = time::now();
    let envelope = Envelope::new(incidents, Some(state.playbook.get_untracked()), now);
    let json = envelope.to_json().map_err(|e| e.to_string())?;
    let today = state.team_zone().local(now).date();
    let name = format!("incident-desk-export-{}.json", iso_date(today));
    download(&name, "application/json", &json)?;
    super::platform::tab_memory_exported();
    // The reminder is a nicety: failing to remember the date loses nothing.
    let _ = open_store().record_export(now);
    Ok(unreadable)
}

/// Every incident in this browser, this tab's unsaved changes included, and
/// how many saved ones cannot be read (left out).
pub fn every_incident(state: &AppState) -> Result<(Vec<Incident>, usize), String> {
    let mut store = open_store();
    let (mut incidents, unreadable) = store.all_incidents().map_err(|e| e.to_string())?;
    for unsaved in state.unsaved_incidents() {
        incidents.retain(|incident| incident.id != unsaved.id);
        incidents.push(unsaved);
    }
    Ok((incidents, unreadable.len()))
}
