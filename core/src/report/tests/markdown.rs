use crate::domain::tests::*;
use crate::domain::*;
use crate::golden::assert_golden_at;
use crate::report::{build, file_name, markdown, slug, RecordChanges, ReportMeta};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Every kind of record, so every section of the report has something in
/// it: triage, leads and another role, notes over two days, messages, a
/// task not needed, users told, resolved, clean-up, a full review with an
/// “Other” category and the standing action, and actions.
pub(super) fn full() -> Incident {
    let incident_id = IncidentId::generate(at(9, 15), 0x1234);
    let triage = TriageAnswers::new([TriageSignal::ServiceUnusable], Urgency::MustFixNow);
    let mut details = declaration();
    details.impact = "Nobody could read the guidance for 20 hours.".into();
    details.services_affected = "Design system website".into();
    details.departmental_impact = "Service teams could not check components for a day.".into();
    details.detection = Some(Detection::Other);
    details.detection_note = "A question in the cross-government Slack".into();
    let incident = Incident::declare(
        incident_id,
        declaration(),
        Some(triage),
        &ctx("Ada Lovelace", at(9, 15)),
    )
    .unwrap();
    let resolve = Command::Resolve {
        how: "Restored the origin's health check.".into(),
    };
    let mut incident = with(
        incident,
        [
            severity(Severity::P3),
            assign(Role::IncidentLead, "Ada Lovelace"),
            assign(Role::CommsLead, "Grace Hopper"),
            assign(Role::Other("Scribe".into()), "Ken Thompson"),
            Command::EditDetails(details),
            sent(MessageKind::TeamAlert, "#design-system-team-channel"),
            note(
                NoteKind::Mitigation,
                "Switched traffic to the backup origin.\nErrors stopped within a minute.",
            ),
            Command::SkipTask {
                task: Task::InformStakeholders,
                reason: "The backup origin kept the site up, so nobody was affected for long."
                    .into(),
            },
            UserCommsForm {
                what_users_should_do: "Read the guidance on GitHub until it is back.".into(),
                ..telling_users()
            }
            .to_command()
            .unwrap(),
            Command::RecordMessageSent {
                kind: MessageKind::UserMessage,
                channel: "the website's banner".into(),
                text:
                    "We know about a problem with the design system.\n\nThe website is not working."
                        .into(),
            },
        ],
    );
    // The fix lands the next morning.
    let next_day = at(9, 15) + chrono::Duration::hours(20);
    incident
        .apply(resolve, &ctx("Grace Hopper", next_day))
        .unwrap();
    let mut incident = with(
        incident,
        [Command::AddLongTailItem {
            text: "Remove the temporary redirect".into(),
            owner: "Ken Thompson".into(),
        }],
    );
    let review = Review {
        held_at: Some(next_day + chrono::Duration::minutes(30)),
        organiser: "Grace Hopper".into(),
        attendees: vec!["Ada Lovelace".into(), "Grace Hopper".into()],
        summary: "The website returned 503s until the origin recovered.".into(),
        root_cause: "A configuration change removed the health check.".into(),
        trigger: "The CDN configuration deployed at 08:55.".into(),
        categories: vec![RootCauseCategory::Configuration, RootCauseCategory::Other],
        other_category: "A missing check in the deploy pipeline".into(),
        contributing_factors: "The change went out on a Friday afternoon.".into(),
        went_well: "The backup origin worked.".into(),
        went_badly: "The alert went to a channel nobody watched.".into(),
        lucky: "The backup origin had been tested the week before.".into(),
        recommendations: "Review configuration changes in pairs.".into(),
        no_actions_reason: "None beyond the actions below.".into(),
        standing_actions: playbook().standing_actions,
    };
    let later = next_day + chrono::Duration::hours(1);
    incident
        .apply(Command::RecordReview(review), &ctx("Grace Hopper", later))
        .unwrap();
    let mut incident = with(
        incident,
        [Command::AddAction(action_draft(
            "Alert on missing health checks",
        ))],
    );
    let link = Command::LinkActionIssue {
        action: id(1),
        url: "https://github.com/alphagov/govuk-design-system/issues/4321".into(),
    };
    let later = incident.updated_at + chrono::Duration::minutes(5);
    incident.apply(link, &ctx("Ken Thompson", later)).unwrap();
    incident
}

/// Text that tries every way to become Markdown.
const HOSTILE: &str = "# Heading\n> quote\n- item\n1. item\n    code\n```\nfence\n```\n\
    <script>alert(1)</script> <img src=x onerror=alert(1)> &amp; &#60;b&#62;\n\
    [link](https://evil.example) ![image](https://evil.example/x.png) [ref]: https://evil.example\n\
    https://evil.example/a|b www.evil.example mail@evil.example <https://evil.example>\n\
    **bold** _em_ ~~strike~~ `code` | pipe | cell\n===\n---\n***\n\
    $NODE_ENV/$PORT 2^10^ H~2~O don't \"quote\" a--b c---d wait... @smith [@doe] {#id} [^1] ^[note]\n\
    (1) item\na. item\nA) item\niv. item\n#. item\n(@) example\nTerm\n: definition\n~ also\n\
    ::: warning\nfenced\n:::\n% title\n| line block\n\\(x\\) \\begin{x} <!-- c -->";

pub(super) fn hostile() -> Incident {
    let mut details = declaration();
    details.title = "x | y ](https://evil.example) <b>".into();
    details.summary = HOSTILE.into();
    details.impact = HOSTILE.into();
    let incident = with(
        declared(),
        [
            Command::EditDetails(details),
            note(NoteKind::Note, HOSTILE),
            assign(
                Role::Other("Scribe](https://evil.example)".into()),
                "<b>Eve</b> | x",
            ),
        ],
    );
    let mut incident = with(
        incident,
        [Command::Resolve {
            how: HOSTILE.into(),
        }],
    );
    incident
        .apply(
            Command::RecordReview(Review {
                root_cause: HOSTILE.into(),
                attendees: vec!["[x](https://evil.example)".into()],
                ..Review::default()
            }),
            &ctx("Grace", incident.updated_at + chrono::Duration::minutes(10)),
        )
        .unwrap();
    let mut draft = action_draft("[x](https://evil.example) | y");
    draft.owner = "<b>Eve</b>".into();
    with(incident, [Command::AddAction(draft)])
}

/// The report as the fourth incident of 2026, as of an hour after its
/// latest change, with the changes to the record in an appendix.
pub(super) fn meta(incident: &Incident) -> ReportMeta {
    ReportMeta {
        number: Some("2026-04".into()),
        as_of: incident.updated_at + chrono::Duration::hours(1),
        record_changes: RecordChanges::Appendix,
    }
}

fn render(incident: &Incident) -> String {
    markdown(&build(incident, &playbook(), &LONDON, &meta(incident)))
}

/// Compares with a golden file of the report tests.
fn assert_golden(name: &str, actual: &str) {
    assert_golden_at(&format!("src/report/tests/golden/{name}"), actual);
}

#[test]
fn a_full_incident_reports_every_field_the_template_asks_for() {
    assert_golden("full.md", &render(&full()));
}

#[test]
fn hostile_text_reports_as_text() {
    assert_golden("hostile.md", &render(&hostile()));
}

/// The full incident as an export, for the end-to-end tests of the report
/// page, kept in step with the app's format here.
#[test]
fn the_end_to_end_fixture_is_the_full_incident() {
    let export = crate::report::Envelope::new(vec![full()], None, at(12, 0));
    let json = export.to_json().unwrap() + "\n";
    assert_golden_at("../e2e/fixtures/full-incident.json", &json);
}

/// The headings the app writes, and nothing else: every one of them is in
/// the full report, which the test below checks.
const APP_HEADINGS: [&str; 23] = [
    "Overview",
    "Impact on users",
    "Impact on the department",
    "Services affected",
    "Why it was declared",
    "Resolution",
    "Timeline",
    "Communications",
    "What was said",
    "Review",
    "What happened",
    "Trigger",
    "Root cause",
    "Contributing factors",
    "What went well",
    "What did not go well",
    "Where we got lucky",
    "Why no actions are needed",
    "Standing actions",
    "Actions",
    "Recommendations",
    "Clean-up",
    "Appendix: changes to the record",
];

/// Every heading in `markdown` after the title, in order.
fn headings(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(text) => {
                if let Some(heading) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(heading.take()),
            _ => {}
        }
    }
    found.split_off(1)
}

#[test]
fn the_full_report_has_every_section_the_app_writes_in_order() {
    assert_eq!(headings(&render(&full())), APP_HEADINGS);
}

#[test]
fn changes_to_the_record_can_be_left_out_of_the_story() {
    let incident = full();
    let report = |record_changes| {
        let meta = ReportMeta {
            record_changes,
            ..meta(&incident)
        };
        markdown(&build(&incident, &playbook(), &LONDON, &meta))
    };
    let with = report(RecordChanges::Appendix);
    let without = report(RecordChanges::LeftOut);
    assert!(with.contains("## Appendix: changes to the record"));
    assert!(with.contains("**Details** ("));
    assert!(!without.contains("Appendix"));
    assert!(!without.contains("**Details** ("));
    // The story is the same either way.
    let story = |markdown: &str| {
        markdown
            .split("## Appendix")
            .next()
            .unwrap()
            .trim_end()
            .to_owned()
    };
    assert_eq!(story(&with), without.trim_end());
}

/// Parses the report and lists anything that is not the app's own structure.
fn foreign_markdown(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut first_heading = true;
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, text) = heading.take().unwrap();
                let the_title = first_heading && level == HeadingLevel::H1;
                first_heading = false;
                if !the_title && !APP_HEADINGS.contains(&text.as_str()) {
                    found.push(format!("heading: {text}"));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) if !is_issue_url(&dest_url) => {
                found.push(format!("link: {dest_url}"))
            }
            Event::Start(Tag::Image { dest_url, .. }) => found.push(format!("image: {dest_url}")),
            Event::Html(html) | Event::InlineHtml(html) if html.as_ref() != "<br>" => {
                found.push(format!("html: {html}"))
            }
            Event::Start(Tag::CodeBlock(_)) => found.push("code block".into()),
            Event::Start(Tag::BlockQuote(_)) => found.push("block quote".into()),
            Event::Start(Tag::Strikethrough) => found.push("strikethrough".into()),
            Event::Rule => found.push("rule".into()),
            _ => {}
        }
    }
    found
}

#[test]
fn a_real_markdown_parser_finds_no_link_image_or_html_in_peoples_text() {
    assert_eq!(foreign_markdown(&render(&hostile())), Vec::<String>::new());
    // The only link is the GitHub issue the app checked.
    assert_eq!(foreign_markdown(&render(&full())), Vec::<String>::new());
}

#[test]
fn the_check_itself_spots_markdown_that_is_not_the_apps() {
    let found =
        foreign_markdown("# Title\n\n## Injected\n\n[x](https://evil.example) <b>x</b>\n\n---\n");
    assert_eq!(
        found,
        [
            "heading: Injected",
            "link: https://evil.example",
            "html: <b>",
            "html: </b>",
            "rule"
        ]
    );
}

#[test]
fn hostile_text_keeps_table_rows_whole() {
    let markdown = render(&hostile());
    let timeline: Vec<&str> = markdown
        .lines()
        .skip_while(|line| !line.starts_with("## Timeline"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .collect();
    // Header, divider, the start and one row per entry that tells the
    // story, each with exactly two cells.
    let story = hostile()
        .timeline
        .iter()
        .filter(|e| {
            !matches!(
                e.kind,
                EntryKind::DetailsChange
                    | EntryKind::RoleChange
                    | EntryKind::ReviewChange
                    | EntryKind::ActionChange
            )
        })
        .count();
    assert_eq!(timeline.len(), 3 + story);
    let cells = |line: &str| {
        Parser::new_ext(
            &format!("| a | b |\n| --- | --- |\n{line}\n"),
            Options::ENABLE_TABLES,
        )
        .filter(|e| matches!(e, Event::Start(Tag::TableCell)))
        .count()
    };
    for row in &timeline[2..] {
        assert_eq!(cells(row), 4, "a row broke out of its cells: {row}");
    }
}

#[test]
fn report_files_are_named_by_start_date_and_title() {
    assert_eq!(
        file_name(&full(), &LONDON, "md"),
        "2026-03-14-design-system-website-is-down.md"
    );
    assert_eq!(
        slug("  Fix & check? #1 — 100% “broken”  "),
        "fix-check-1-100-broken"
    );
    assert_eq!(slug("£££"), "incident");
    assert_eq!(slug(&"a".repeat(100)).len(), 60);
}
