//! Format 3 loses nothing: every incident people can make reads back equal,
//! whatever mix of browsers, edits, merges and clock precision made it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.
use super::*;
use crate::domain::tests::serialising::any_command;
use crate::domain::tests::*;
use crate::domain::{Command, Context, NoteKind};
use crate::report::merge;
use crate::store::stored_incident::parse_incident;
use chrono::Duration;
use proptest::prelude::*;

type Outcome = Result<(), Box<dyn std::error::Error>>;

/// Written in format 3 and read back, or why not, in words.
fn round_trip(incident: &Incident) -> Result<Incident, String> {
    let json = to_stored_json(incident).map_err(|e| e.to_string())?;
    parse_incident(&crate::store::incident_key(&incident.id), &json).map_err(|e| e.to_string())
}

/// Commands applied from the given browsers in turn, some at times finer
/// than a millisecond (as host clocks and imports can give).
fn worked(base: &Incident, steps: &[(Command, usize, i64)]) -> Incident {
    const BROWSERS: [&str; 3] = ["", "a1b2c3", "ffff-0000"];
    let mut incident = base.clone();
    for (command, browser, nanos) in steps {
        let at = incident.updated_at + Duration::minutes(3) + Duration::nanoseconds(*nanos);
        let ctx = Context::new(["Ada", "Grace", "Ada"][*browser], at)
            .with_device(BROWSERS[*browser].to_owned());
        let _ = incident.apply(command.clone(), &ctx);
    }
    incident
}

fn steps() -> impl Strategy<Value = Vec<(Command, usize, i64)>> {
    let nanos = prop_oneof![Just(0i64), 0i64..1_000_000_000];
    prop::collection::vec((any_command(), 0usize..3, nanos), 0..25)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_incident_reads_back_exactly_as_it_was_saved(a in steps(), b in steps()) {
        let base = declared();
        let merged = merge(&worked(&base, &a), &worked(&base, &b))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for incident in [worked(&base, &a), merged] {
            prop_assert_eq!(round_trip(&incident), Ok(incident));
        }
    }
}

#[test]
fn entries_are_compact_and_name_each_author_once() -> Outcome {
    let incident = with(
        declared(),
        [Command::AddNote {
            kind: NoteKind::Note,
            text: "Restarted".into(),
            occurred_at: Some(at(9, 5)),
        }],
    );
    let json = to_stored_json(&incident)?;
    let timeline = &json[json.find("\"timeline\":").ok_or("no timeline")?..];
    // Declared by Ada at 09:15; Grace's note (recorded ten minutes later)
    // happened at 09:05, ten minutes before the declaration.
    assert_eq!(
        timeline,
        r#""timeline":{"people":["Ada","Grace"],"entries":[[1,0,7,"Incident declared.",0],[2,-600000,0,"Restarted",1,1200000]]}}"#
    );
    assert_eq!(json.matches("\"timeline\"").count(), 1);
    Ok(())
}

#[test]
fn every_kind_has_a_number_of_its_own() {
    for (n, kind) in KINDS.iter().enumerate() {
        assert_eq!(KINDS.iter().position(|k| k == kind), Some(n), "{kind:?}");
    }
}

#[test]
fn kinds_stored_by_name_still_read() -> Outcome {
    let incident = with(
        declared(),
        [Command::AddNote {
            kind: NoteKind::Decision,
            text: "Roll back".into(),
            occurred_at: None,
        }],
    );
    let json = to_stored_json(&incident)?;
    let by_name = json
        .replace(
            r#",7,"Incident declared.""#,
            r#","declared","Incident declared.""#,
        )
        .replace(r#",2,"Roll back""#, r#","decision","Roll back""#)
        .replace(r#"{"schema_version":6,"#, r#"{"schema_version":5,"#);
    assert_ne!(by_name, json);
    assert_eq!(from_stored_json(&by_name)?, incident);
    let key = crate::store::incident_key(&incident.id);
    assert_eq!(parse_incident(&key, &by_name)?, incident);
    let unknown = json.replace(r#",7,"Incident declared.""#, r#",99,"Incident declared.""#);
    assert!(from_stored_json(&unknown).is_err_and(|e| e.contains("99 is not an entry kind")));
    Ok(())
}

#[test]
fn damaged_entries_are_reported_by_position() -> Outcome {
    let incident = declared();
    let json = to_stored_json(&incident)?;
    let bad_author = json.replace(r#""Incident declared.",0]"#, r#""Incident declared.",5]"#);
    assert_eq!(
        from_stored_json(&bad_author).err().as_deref(),
        Some("timeline entry 1: its author is not listed")
    );
    let out_of_range = json.replace(r#"[1,0,"#, &format!("[1,{},", i64::MAX));
    assert_eq!(
        from_stored_json(&out_of_range).err().as_deref(),
        Some("timeline entry 1: its time is out of range")
    );
    let short = json.replace(r#","Incident declared.",0]"#, "]");
    assert!(from_stored_json(&short).is_err());
    Ok(())
}

#[test]
fn a_typical_incident_takes_under_three_fifths_of_the_characters_of_format_2() -> Outcome {
    let mut incident = declared();
    while incident.timeline.len() < 20 {
        apply(&mut incident, Command::AddNote {
            kind: NoteKind::Note,
            text: "Checked the CDN logs: error rates fell after the rollback, and the team is watching the dashboards now.".into(),
            occurred_at: None,
        })?;
    }
    let before = serde_json::to_string(&incident)?.len();
    let after = to_stored_json(&incident)?.len();
    println!("characters per typical incident: format 2 {before}, format 3 {after}");
    assert!(after * 10 < before * 6, "{after} of {before}");
    Ok(())
}
