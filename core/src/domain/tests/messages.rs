//! The generated messages, as golden strings: what a team would paste.
use super::*;
use crate::domain::messages::{
    percent_encode, stakeholder_email, team_message, user_message, Email,
};

/// Declared 09:15 on Saturday 14 March 2026 (GMT), P3, both leads: the
/// commands land 10 minutes apart.
fn worked() -> Incident {
    with(
        declared(),
        [
            severity(Severity::P3),
            assign(Role::IncidentLead, "Ada Lovelace"),
            assign(Role::CommsLead, "Grace Hopper"),
        ],
    )
}

#[test]
fn the_first_team_message_mentions_everyone_and_says_who_leads_and_when_updates_come() {
    assert_eq!(
        team_message(&worked(), &playbook(), &LONDON),
        "@here Incident: Design system website is down\n\
         \n\
         What we know: Users get a 503 on every page.\n\
         Severity: P3 (for example: Design system website is down)\n\
         Incident lead: Ada Lovelace\n\
         Comms lead: Grace Hopper\n\
         Updates will follow in this thread. Next update by 13:15 on Saturday 14 March 2026 (Europe/London)."
    );
}

#[test]
fn before_anything_is_decided_the_team_message_says_so() {
    assert_eq!(
        team_message(&declared(), &playbook(), &LONDON),
        "@here Incident: Design system website is down\n\
         \n\
         What we know: Users get a 503 on every page.\n\
         Severity: not decided yet\n\
         Incident lead: not assigned yet\n\
         Comms lead: not assigned yet\n\
         Updates will follow in this thread."
    );
}

#[test]
fn the_stakeholder_email_has_the_severity_in_its_subject_and_the_facts_in_its_body() {
    let email = stakeholder_email(&worked(), &playbook(), &LONDON);
    assert_eq!(email.to, ["dsp-incidents@digital.cabinet-office.gov.uk"]);
    assert_eq!(
        email.subject,
        "[P3] Incident: Design system website is down"
    );
    assert_eq!(
        email.body,
        "Hello,\n\
         \n\
         The GOV.UK Design System team is dealing with an incident: Design system website is down\n\
         \n\
         What is happening: Users get a 503 on every page.\n\
         Impact on users: not known yet\n\
         Severity: P3 (for example: Design system website is down)\n\
         Status: Active\n\
         Started: 09:00 on Saturday 14 March 2026 (Europe/London)\n\
         Incident lead: Ada Lovelace\n\
         Comms lead: Grace Hopper\n\
         \n\
         Next update by 13:15 on Saturday 14 March 2026 (Europe/London).\n\
         \n\
         GOV.UK Design System team"
    );
}

#[test]
fn a_security_incident_copies_in_the_cyber_security_team_and_says_why() {
    let mut details = declaration();
    details.security_related = true;
    let incident = with(worked(), [Command::EditDetails(details)]);
    let email = stakeholder_email(&incident, &playbook(), &LONDON);
    assert_eq!(
        email.to,
        [
            "dsp-incidents@digital.cabinet-office.gov.uk",
            "report@digital.cabinet-office.gov.uk"
        ]
    );
    assert!(email.body.contains(
        "\n\nThis incident is security related, so the CO Digital cyber team is copied in.\n"
    ));
}

#[test]
fn a_security_incident_tells_the_team_not_to_share_its_details_in_public() {
    let mut details = declaration();
    details.security_related = true;
    let incident = with(worked(), [Command::EditDetails(details)]);
    assert_eq!(
        team_message(&incident, &playbook(), &LONDON),
        "@here Incident: Design system website is down\n\
         \n\
         What we know: Users get a 503 on every page.\n\
         Security related: do not share its details in public channels or outside the team.\n\
         Severity: P3 (for example: Design system website is down)\n\
         Incident lead: Ada Lovelace\n\
         Comms lead: Grace Hopper\n\
         Updates will follow in this thread. Next update by 13:15 on Saturday 14 March 2026 (Europe/London)."
    );
}

#[test]
fn emails_after_the_first_are_marked_as_updates() {
    let incident = with(worked(), [sent(MessageKind::StakeholderEmail, "dsp")]);
    let email = stakeholder_email(&incident, &playbook(), &LONDON);
    assert_eq!(
        email.subject,
        "[P3] Incident update: Design system website is down"
    );
}

#[test]
fn mailto_links_percent_encode_every_reserved_character_and_send_crlf_line_breaks() {
    let email = Email {
        to: vec![
            "dsp-incidents@digital.cabinet-office.gov.uk".into(),
            "report@digital.cabinet-office.gov.uk".into(),
        ],
        subject: "[P2] Incident: Fix & check? #1 100% \"quoted\" 'single'\n🔥".into(),
        body: "Line one\nLine two\r\nLine three + more".into(),
    };
    assert_eq!(
        email.mailto_url(),
        "mailto:dsp-incidents@digital.cabinet-office.gov.uk,report@digital.cabinet-office.gov.uk\
         ?subject=%5BP2%5D%20Incident%3A%20Fix%20%26%20check%3F%20%231%20100%25%20%22quoted%22%20%27single%27%20%F0%9F%94%A5\
         &body=Line%20one%0D%0ALine%20two%0D%0ALine%20three%20%2B%20more"
    );
    assert_eq!(percent_encode("a-b_c.d~e/f=g"), "a-b_c.d~e%2Ff%3Dg");
}

#[test]
fn a_hostile_title_cannot_add_recipients_or_headers_to_the_mailto_link() {
    let mut details = declaration();
    details.title = "x&cc=evil@example.com?bcc=a@b,c@d#frag".into();
    let incident = with(worked(), [Command::EditDetails(details)]);
    let url = stakeholder_email(&incident, &playbook(), &LONDON).mailto_url();
    let (to, query) = url.split_once('?').unwrap();
    assert_eq!(to, "mailto:dsp-incidents@digital.cabinet-office.gov.uk");
    let fields: Vec<&str> = query
        .split('&')
        .map(|f| f.split('=').next().unwrap())
        .collect();
    assert_eq!(fields, ["subject", "body"]);
    assert!(!url.contains('#'));
}

#[test]
fn the_email_as_text_names_its_recipients_and_subject() {
    let email = stakeholder_email(&worked(), &playbook(), &LONDON);
    assert!(email.as_text().starts_with(
        "To: dsp-incidents@digital.cabinet-office.gov.uk\nSubject: [P3] Incident: Design system website is down\n\nHello,"
    ));
}

/// The incident at each point the messages change: told everyone while
/// active, then mitigated with a note, then resolved with clean-up left.
fn at(status: Status) -> Incident {
    let mut details = declaration();
    details.impact =
        "Nobody can read the guidance or download govuk-frontend from the website".into();
    let active = with(
        worked(),
        [
            Command::EditDetails(details),
            UserCommsForm {
                what_users_should_do: "Install govuk-frontend from npm instead".into(),
                ..telling_users()
            }
            .to_command()
            .unwrap(),
            sent(MessageKind::TeamAlert, "#design-system-team-channel"),
            sent(
                MessageKind::StakeholderEmail,
                "dsp-incidents@digital.cabinet-office.gov.uk",
            ),
            sent(
                MessageKind::UserMessage,
                "#govuk-design-system on the GDS Slack",
            ),
        ],
    );
    let mitigated = with(
        active.clone(),
        [
            note(
                NoteKind::Mitigation,
                "Switched traffic to the backup origin",
            ),
            Command::ChangeStatus {
                to: Status::Mitigated,
            },
        ],
    );
    match status {
        Status::Active => active,
        Status::Mitigated => mitigated,
        _ => with(
            mitigated,
            [
                Command::Resolve {
                    how: "Restored the origin's health check".into(),
                },
                Command::AddLongTailItem {
                    text: "Remove the backup origin's temporary DNS record".into(),
                    owner: "Ada".into(),
                },
            ],
        ),
    }
}

#[test]
fn every_message_says_where_the_incident_stands_in_each_status() {
    for status in [Status::Active, Status::Mitigated, Status::Resolved] {
        let incident = at(status);
        let name = status.to_string().to_lowercase();
        let path = |message: &str| format!("src/domain/tests/golden/messages/{name}-{message}.txt");
        let (playbook, zone) = (playbook(), LONDON);
        crate::golden::assert_golden_at(&path("team"), &team_message(&incident, &playbook, &zone));
        let email = stakeholder_email(&incident, &playbook, &zone);
        crate::golden::assert_golden_at(&path("email"), &email.as_text());
        crate::golden::assert_golden_at(&path("users"), &user_message(&incident, &playbook, &zone));
    }
}

#[test]
fn once_resolved_no_message_promises_another_update() {
    let resolved = at(Status::Resolved);
    let (playbook, zone) = (playbook(), LONDON);
    let messages = [
        team_message(&resolved, &playbook, &zone),
        stakeholder_email(&resolved, &playbook, &zone).body,
        user_message(&resolved, &playbook, &zone),
    ];
    for message in messages {
        assert!(
            !message.contains("Next update") && !message.contains("Updates will follow"),
            "{message}"
        );
        assert!(
            message.contains("last update") || message.contains("No more updates"),
            "{message}"
        );
    }
}

#[test]
fn the_user_message_never_repeats_the_internal_title() {
    for status in [Status::Active, Status::Mitigated, Status::Resolved] {
        let message = user_message(&at(status), &playbook(), &LONDON);
        assert!(
            !message.contains("Design system website is down"),
            "{message}"
        );
    }
    let active = user_message(&at(Status::Active), &playbook(), &LONDON);
    assert!(active.contains("\n\nThe Design System website is not working.\n\n"));
}
