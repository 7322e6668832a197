//! Exports match the JSON Schema in docs/, and read back as they were written.
use super::markdown::{full, hostile};
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{Envelope, FORMAT};
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let text = include_str!("../../../../docs/export.schema.json");
    let schema: Value = serde_json::from_str(text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn not_an_incident() -> Incident {
    Incident::record_not_an_incident(
        IncidentId::generate(at(9, 15), 9),
        "Typo".into(),
        "A typo on the cookies page".into(),
        TriageAnswers::new([TriageSignal::ReputationRisk], Urgency::CanWait),
        "Wrong text only".into(),
        &ctx("Ada", at(9, 15)),
    )
    .unwrap()
}

/// Four incidents with ids of their own.
pub(super) fn export() -> Envelope {
    let incidents = [full(), hostile(), closed(), not_an_incident()]
        .into_iter()
        .enumerate()
        .map(|(n, mut incident)| {
            incident.id = IncidentId::parse(&format!("20260314-0915-000{n}")).unwrap();
            incident
        })
        .collect();
    Envelope::new(incidents, Some(playbook()), at(12, 0))
}

fn errors(value: &Value) -> Vec<String> {
    schema()
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn exports_match_the_published_json_schema() {
    let json: Value = serde_json::from_str(&export().to_json().unwrap()).unwrap();
    assert_eq!(errors(&json), Vec::<String>::new());
    assert_eq!(json["format"], FORMAT);
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    let single = Envelope::new(vec![full()], None, at(12, 0));
    let json: Value = serde_json::from_str(&single.to_json().unwrap()).unwrap();
    assert_eq!(errors(&json), Vec::<String>::new());
    assert!(
        json.get("playbook").is_none(),
        "a single incident's export leaves the settings out"
    );
}

#[test]
fn the_schema_refuses_what_the_app_would_not_write() {
    let mut json: Value = serde_json::from_str(&export().to_json().unwrap()).unwrap();
    json["incidents"][0]["status"] = "on_fire".into();
    json["incidents"][1]["details"]["title"] = "x".repeat(151).into();
    json["incidents"][2]["surprise"] = true.into();
    json["format"] = "something-else".into();
    assert_eq!(errors(&json).len(), 4, "{:#?}", errors(&json));
}

#[test]
fn an_export_reads_back_exactly() {
    let export = export();
    let back: Envelope = serde_json::from_str(&export.to_json().unwrap()).unwrap();
    assert_eq!(back, export);
}

#[test]
fn an_export_is_indented_as_serde_json_indents() {
    let export = export();
    assert_eq!(
        export.to_json().unwrap(),
        serde_json::to_string_pretty(&export).unwrap()
    );
}
