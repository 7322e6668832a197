//! The playbook, edited: every value checked, and read back exactly.
use super::*;

fn known(zone: &str) -> bool {
    zone.parse::<chrono_tz::Tz>().is_ok()
}

fn form() -> SettingsForm {
    SettingsForm::from_playbook(&playbook())
}

#[test]
fn the_default_playbook_reads_back_unchanged_through_the_settings_form() {
    assert_eq!(form().to_playbook(&known), Ok(playbook()));
}

#[test]
fn changed_settings_become_the_playbook() {
    let edited = SettingsForm {
        team_channel: " #our-incidents ".into(),
        user_channels: "#help | Our Slack\n\n#announcements | Another Slack".into(),
        severity_cadences: [Some(UpdateCadence::Every { minutes: 15 }), None, None, None],
        working_days: vec![chrono::Weekday::Tue, chrono::Weekday::Mon],
        work_start: "8:30".into(),
        time_zone: "America/New_York".into(),
        issue_labels: "incident, follow-up ,".into(),
        security_repository: "our-org/internal".into(),
        ..form()
    }
    .to_playbook(&known)
    .unwrap();
    assert_eq!(edited.team_channel, "#our-incidents");
    assert_eq!(
        edited.user_channels[1].label(),
        "#announcements on the Another Slack"
    );
    assert_eq!(
        edited.severities[0].update_every,
        UpdateCadence::Every { minutes: 15 }
    );
    assert_eq!(
        edited.working_hours.days,
        [chrono::Weekday::Mon, chrono::Weekday::Tue]
    );
    assert_eq!(
        edited.working_hours.describe(),
        "Monday and Tuesday, 08:30 to 17:30 (America/New_York)"
    );
    assert_eq!(edited.issue_labels, ["incident", "follow-up"]);
    assert_eq!(
        edited.repository_for(ActionArea::Security),
        "our-org/internal"
    );
    assert_ne!(edited.version(), playbook().version());
}

#[test]
fn every_problem_is_reported_in_form_order_in_plain_words() {
    let broken = SettingsForm {
        team_name: " ".into(),
        stakeholders_email: "smt at example".into(),
        user_channels: "#help | Our Slack\n#nowhere".into(),
        severity_examples: [String::new(), "x".into(), "x".into(), "x".into()],
        website_repository: "not a repo".into(),
        issue_labels: "x".repeat(51),
        working_days: vec![],
        work_start: "9am".into(),
        work_end: "08:00".into(),
        time_zone: "Europe/Atlantis".into(),
        process_reviewed_on: DateParts {
            day: "31".into(),
            month: "2".into(),
            year: "2026".into(),
        },
        process_review_months: "0".into(),
        ..form()
    };
    let messages: Vec<String> = broken
        .to_playbook(&known)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "Enter the team’s name",
            "Enter the stakeholders’ email address in the right format, like name@example.gov.uk",
            "Write each channel users read as channel | workspace: line 2 is not",
            "Enter an example of a P1 incident",
            "Enter the repository for website actions as owner/name, like alphagov/govuk-frontend",
            "The issue labels must be 50 characters or fewer",
            "Select at least one working day",
            "Enter when the working day starts as a 24-hour time, like 09:00",
            "Enter a time zone this browser knows, like Europe/London",
            "The date the process was last reviewed must be a real date",
            "Enter how often the process is reviewed as a number of months from 1 to 36",
        ]
    );
}

#[test]
fn a_working_day_must_end_after_it_starts() {
    let backwards = SettingsForm {
        work_start: "17:30".into(),
        work_end: "09:00".into(),
        ..form()
    };
    assert_eq!(
        backwards.to_playbook(&known),
        Err(vec![SettingError::WorkEndsBeforeStart])
    );
}

#[test]
fn the_process_is_due_for_review_six_months_after_it_was_last_reviewed() {
    assert_eq!(
        playbook().process_review_due(),
        chrono::NaiveDate::from_ymd_opt(2025, 1, 10).unwrap()
    );
}

#[test]
fn every_change_records_the_version_of_the_playbook_it_was_made_under() {
    let version = playbook().version();
    assert_eq!(version.len(), 16);
    assert_eq!(
        version,
        playbook().version(),
        "the same playbook, the same version"
    );
    let mut incident = declared();
    assert_eq!(incident.playbook_version, "");
    let ctx = Context::new("Ada", incident.updated_at).with_playbook(version.clone());
    incident.apply(severity(Severity::P3), &ctx).unwrap();
    assert_eq!(incident.playbook_version, version);
}

#[test]
fn an_email_setting_must_be_an_address_a_mail_link_can_carry() {
    let with_email = |email: &str| SettingsForm {
        stakeholders_email: email.into(),
        ..form()
    };
    for bad in [
        "javascript:alert(1)//@x.com",
        "a@b",
        "a@-b.com",
        "a..b@example.com",
        ".a@example.com",
        "a@example.c0m",
        "a b@example.com",
        "a@b@example.com",
        "a?cc=x@example.com",
    ] {
        assert_eq!(
            with_email(bad).to_playbook(&known),
            Err(vec![SettingError::EmailInvalid(Setting::StakeholdersEmail)]),
            "{bad}"
        );
    }
    for good in [
        "dsp-incidents@digital.cabinet-office.gov.uk",
        "o'brien+smt@example.org",
    ] {
        assert!(with_email(good).to_playbook(&known).is_ok(), "{good}");
    }
}

#[test]
fn settings_keep_no_character_that_is_not_text_or_reorders_the_words_around_it() {
    let sneaky = SettingsForm {
        team_name: "Design\u{0} System\u{202E} team".into(),
        incident_examples: "The site is down\u{7}\n\u{2066}Defaced\u{2069}".into(),
        user_channels: "#help\u{202E} | Our Slack".into(),
        ..form()
    };
    let playbook = sneaky.to_playbook(&known).unwrap();
    assert_eq!(playbook.team_name, "Design System team");
    assert_eq!(playbook.incident_examples, ["The site is down", "Defaced"]);
    assert_eq!(playbook.user_channels[0].channel, "#help");
}

#[test]
fn the_process_documents_are_https_addresses_or_empty() {
    let edited = SettingsForm {
        incidents_folder: "javascript:alert(1)".into(),
        incident_management: "http://intranet.example/incidents".into(),
        cyber_definition: String::new(),
        ..form()
    };
    assert_eq!(
        edited.to_playbook(&known),
        Err(vec![
            SettingError::LinkInvalid(Setting::IncidentsFolder),
            SettingError::LinkInvalid(Setting::IncidentManagement),
        ])
    );
    let fixed = SettingsForm {
        incidents_folder: "https://drive.example/folders/1".into(),
        incident_management: String::new(),
        ..edited
    }
    .to_playbook(&known)
    .unwrap();
    assert_eq!(
        fixed.references.incidents_folder,
        "https://drive.example/folders/1"
    );
    assert_eq!(fixed.references.cyber_definition, "");
}

#[test]
fn settings_saved_before_the_documents_existed_read_the_design_systems() {
    let mut json: serde_json::Value = serde_json::to_value(playbook()).unwrap();
    json.as_object_mut().unwrap().remove("references");
    let read: Playbook = serde_json::from_value(json).unwrap();
    assert_eq!(read.references, References::design_system());
}

#[test]
fn each_text_setting_has_its_own_box_in_the_form() {
    use Setting::*;
    let texts = [
        TeamName,
        ServiceName,
        TeamChannel,
        TeamMention,
        StakeholdersName,
        StakeholdersEmail,
        CyberName,
        CyberEmail,
        UserChannels,
        NeverTellUsersBy,
        OutOfHours,
        SeverityExample(Severity::P1),
        SeverityExample(Severity::P2),
        SeverityExample(Severity::P3),
        SeverityExample(Severity::P4),
        IncidentExamples,
        NotIncidentExamples,
        SecurityRepository,
        WebsiteRepository,
        ComponentsRepository,
        OtherRepository,
        IssueLabels,
        StandingActions,
        IncidentsFolder,
        IncidentManagement,
        CyberDefinition,
        WorkStart,
        WorkEnd,
        TimeZone,
        ProcessReviewMonths,
    ];
    let mut typed = form();
    for (n, setting) in texts.iter().enumerate() {
        *typed.text_mut(*setting).unwrap() = format!("typed {n}");
    }
    for (n, setting) in texts.iter().enumerate() {
        assert_eq!(
            typed.text(*setting).unwrap(),
            &format!("typed {n}"),
            "{setting:?}"
        );
    }
    assert_eq!(typed.team_name, "typed 0");
    assert_eq!(typed.severity_examples[3], "typed 14");
    assert_eq!(typed.process_review_months, "typed 29");
    assert!(typed.text(WorkingDays).is_none() && typed.text(ProcessReviewedOn).is_none());
}
