//! Reading exports back: every earlier format, and every way a file can be wrong.
use super::json::export;
use crate::domain::tests::serialising::any_command;
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{read_export, Envelope, Problem};
use proptest::prelude::*;
use serde_json::{json, Value};

fn paths(problems: Vec<Problem>) -> Vec<String> {
    problems
        .into_iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect()
}

fn problems_in(value: Value) -> Vec<String> {
    paths(read_export(&value.to_string()).unwrap_err())
}

fn exported() -> Value {
    serde_json::from_str(&export().to_json().unwrap()).unwrap()
}

#[test]
fn a_format_1_file_reads_forward_into_the_current_format() {
    let envelope = read_export(include_str!("fixtures/export-v1.json")).unwrap();
    assert_eq!(envelope.schema_version, SCHEMA_VERSION);
    let incident = &envelope.incidents[0];
    assert_eq!(incident.schema_version, SCHEMA_VERSION);
    assert_eq!(incident.status, Status::Mitigated);
    assert_eq!(
        incident.timeline[1].id,
        id(2),
        "numbered entries keep their numbers"
    );
    assert_eq!(incident.timeline[1].previous_versions[0].text, "Alert");
    assert_eq!(
        incident.extra_roles().next().unwrap().role,
        Role::Other("Scribe".into())
    );
    assert!(incident.actions.is_empty() && incident.review.is_empty());
}

#[test]
fn a_current_file_reads_back_exactly() {
    let envelope = export();
    assert_eq!(read_export(&envelope.to_json().unwrap()).unwrap(), envelope);
}

#[test]
fn what_is_not_an_export_is_refused_in_plain_words() {
    assert_eq!(
        paths(read_export("{\"format\": ").unwrap_err())[0]
            .split(" (")
            .next()
            .unwrap(),
        "$: The file is not valid JSON"
    );
    assert_eq!(
        problems_in(json!([1, 2])),
        ["$: The file must hold one JSON object."]
    );
    assert_eq!(
        problems_in(json!({"format": "something-else"})),
        ["$.format: This is not an Incident Desk export: its format is not “incident-desk”."]
    );
    assert_eq!(
        problems_in(json!({"format": "incident-desk"})),
        ["$.schema_version: The file does not say which format it is in."]
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_by_name() {
    let mut value = exported();
    value["schema_version"] = 99.into();
    assert_eq!(
        problems_in(value),
        ["$.schema_version: This file was exported by a newer version of Incident Desk (format 99). \
          Open it in that version, or update this one."]
    );
}

#[test]
fn every_problem_is_listed_by_where_it_is() {
    let mut value = exported();
    value["surprise"] = true.into();
    value["incidents"][0]["status"] = "on_fire".into();
    value["incidents"][1]["timeline"][2]["kind"] = 7.into();
    value["incidents"][2]["details"]["title"] = "x".repeat(151).into();
    value["incidents"][2]["timeline"][0]["author"] = "y".repeat(101).into();
    value["incidents"][3]["details"]["colour"] = "red".into();
    let problems = problems_in(value);
    assert_eq!(problems.len(), 6, "{problems:#?}");
    assert_eq!(
        problems[0],
        "$.surprise: This field is not part of the format."
    );
    assert!(
        problems[1].starts_with("$.incidents[0].status: Unknown variant “on_fire”"),
        "{}",
        problems[1]
    );
    assert_eq!(
        problems[2],
        "$.incidents[1].timeline[2].kind: This is not a value the format allows here."
    );
    assert_eq!(
        problems[3],
        "$.incidents[2].details.title: This is longer than 150 characters."
    );
    assert_eq!(
        problems[4],
        "$.incidents[2].timeline[0].author: This is longer than 100 characters."
    );
    assert!(
        problems[5].starts_with("$.incidents[3].details.colour: Unknown field “colour”"),
        "{}",
        problems[5]
    );
}

#[test]
fn the_same_incident_twice_in_one_file_is_refused() {
    let mut value = exported();
    let first = value["incidents"][0].clone();
    value["incidents"].as_array_mut().unwrap().push(first);
    assert_eq!(
        problems_in(value),
        ["$.incidents[4].id: Another incident in the file has this id."]
    );
}

#[test]
fn an_incident_without_its_timeline_is_refused() {
    for empty in [json!([]), Value::Null] {
        let mut value = exported();
        match empty {
            Value::Null => {
                value["incidents"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("timeline");
            }
            list => value["incidents"][1]["timeline"] = list,
        }
        assert_eq!(
            problems_in(value),
            ["$.incidents[1].timeline: An incident needs a timeline with at least its declaration."]
        );
    }
}

#[test]
fn missing_fields_are_named() {
    let mut value = exported();
    value.as_object_mut().unwrap().remove("exported_at");
    value["incidents"][0]
        .as_object_mut()
        .unwrap()
        .remove("reporter");
    let problems = problems_in(value);
    assert_eq!(problems[0], "$.exported_at: This field is missing.");
    assert!(
        problems[1].starts_with("$.incidents[0]: Missing field “reporter”"),
        "{}",
        problems[1]
    );
}

proptest! {
    /// Whatever people did to an incident, its export reads back as the same data.
    #[test]
    fn any_incident_survives_an_export_and_an_import(
        commands in prop::collection::vec(any_command(), 0..25)
    ) {
        let mut incident = declared();
        for command in commands {
            let _ = apply(&mut incident, command);
        }
        let envelope = Envelope::new(vec![incident], Some(playbook()), at(23, 0));
        prop_assert_eq!(read_export(&envelope.to_json().unwrap()).unwrap(), envelope);
    }
}

mod the_rules_of_the_app_hold_for_what_a_file_holds {
    use super::*;

    /// The problems of a file that differs from a good export by `tamper`.
    fn problems_after(tamper: impl FnOnce(&mut Value)) -> Vec<String> {
        let mut value = exported();
        tamper(&mut value);
        problems_in(value)
    }

    #[test]
    fn a_closed_incident_must_have_what_closing_needs() {
        let problems = problems_after(|v| {
            v["incidents"][2]["actions"][0]
                .as_object_mut()
                .unwrap()
                .remove("issue_url");
        });
        assert_eq!(
            problems,
            ["$.incidents[2].status: It is Closed, which first needs: file every action as a GitHub issue or mark it done (1 left)."]
        );
        let problems = problems_after(|v| {
            v["incidents"][2]["review"]
                .as_object_mut()
                .unwrap()
                .remove("root_cause");
        });
        assert_eq!(
            problems,
            ["$.incidents[2].status: It is Closed, which first needs: write the root cause."]
        );
    }

    #[test]
    fn every_text_has_the_limit_its_form_has() {
        let megabyte = "x".repeat(1 << 20);
        let problems = problems_after(|v| {
            v["incidents"][0]["review"]["went_well"] = megabyte.clone().into();
            v["incidents"][0]["communications"][0]["channel"] = megabyte.clone().into();
            v["incidents"][1]["skipped_tasks"] = json!([{
                "task": "tell_team", "reason": megabyte, "at": "2026-03-14T09:20:00Z", "by": "Ada"
            }]);
        });
        assert_eq!(
            problems,
            [
                "$.incidents[0].communications[0].channel: This is longer than 10000 characters.",
                "$.incidents[0].review.went_well: This is longer than 10000 characters.",
                "$.incidents[1].skipped_tasks[0].reason: This is longer than 10000 characters.",
            ]
        );
    }

    #[test]
    fn times_fall_in_plausible_years() {
        let problems = problems_after(|v| {
            v["incidents"][0]["details"]["started_at"] = "1066-10-14T09:00:00Z".into();
            v["incidents"][0]["actions"][0]["draft"]["due"] = "2999-01-01".into();
        });
        assert_eq!(
            problems,
            [
                "$.incidents[0].details.started_at: This is in the year 1066: it must be from 1900 to 2100.",
                "$.incidents[0].actions[0].draft.due: This is in the year 2999: it must be from 1900 to 2100.",
            ]
        );
    }

    #[test]
    fn revisions_and_counters_stay_below_what_storage_accepts() {
        let problems = problems_after(|v| {
            v["incidents"][0]["revision"] = u64::MAX.into();
            v["incidents"][1]["timeline"][0]["id"] = format!("dev-{}", u64::MAX).into();
        });
        assert_eq!(
            problems,
            [
                "$.incidents[0].revision: This is larger than 9007199254740991, the largest the app keeps.",
                "$.incidents[1].timeline[0].id: This is larger than 9007199254740991, the largest the app keeps.",
            ]
        );
    }

    #[test]
    fn actions_link_only_to_github_issues_in_real_repositories() {
        let problems = problems_after(|v| {
            v["incidents"][2]["actions"][0]["issue_url"] = "https://evil.example/login".into();
            v["incidents"][0]["actions"][0]["draft"]["repository"] = "x/../../settings".into();
        });
        assert_eq!(
            problems,
            [
                "$.incidents[0].actions[0].draft.repository: This is not a GitHub repository written as owner/name.",
                "$.incidents[2].actions[0].issue_url: This is not a GitHub issue’s address, like https://github.com/owner/name/issues/123.",
            ]
        );
    }

    #[test]
    fn a_file_nested_too_deep_says_so() {
        let deep = format!(
            r#"{{"format":"incident-desk","schema_version":3,"x":{}1{}}}"#,
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_eq!(
            paths(read_export(&deep).unwrap_err()),
            ["$: The file nests lists and objects more than 64 deep, which no export does, so it was not read."]
        );
    }

    #[test]
    fn a_held_back_status_must_follow_from_the_incident() {
        let problems = problems_after(|v| {
            v["incidents"][2]["status_held_back"] = "closed".into();
        });
        assert_eq!(
            problems,
            ["$.incidents[2].status_held_back: This status does not follow from what the incident records."]
        );
    }
}

#[test]
fn a_format_2_file_reads_forward_with_its_changes_stamped_at_its_last_one() {
    let mut value = exported();
    value["schema_version"] = 2.into();
    for incident in value["incidents"].as_array_mut().unwrap() {
        incident["schema_version"] = 2.into();
        incident.as_object_mut().unwrap().remove("stamps");
        for entry in incident["timeline"].as_array_mut().unwrap() {
            if let Some(versions) = entry.get_mut("previous_versions") {
                for version in versions.as_array_mut().unwrap() {
                    version.as_object_mut().unwrap().remove("stamp");
                }
            }
        }
    }
    let envelope = read_export(&value.to_string()).unwrap();
    for incident in &envelope.incidents {
        assert_eq!(incident.schema_version, SCHEMA_VERSION);
        let last = incident.timeline.last().unwrap();
        assert_eq!(incident.legacy_stamp, Some(last.stamp()));
        assert!(incident.stamps.is_empty());
        for entry in &incident.timeline {
            for version in &entry.previous_versions {
                assert_eq!(version.stamp.wall, version.replaced_at.timestamp_millis());
            }
        }
    }
}
