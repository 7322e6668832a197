//! The process rules, one file per command. Read these to learn the rules.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.

mod checklist;
mod declaring;
mod editing_details;
mod final_round;
mod forms;
mod messages;
mod notes;
mod odd_input;
mod reading_times;
mod resolving;
mod reviewing;
mod roles;
pub(crate) mod serialising;
mod settings;
mod severity;
mod status;
mod telling_users;
mod triage;
mod updates;
mod working_hours;

use super::*;
use chrono::{DateTime, Duration, FixedOffset, Offset, TimeZone, Utc};

/// The real time-zone database stands in for the browser's in host tests.
impl ZoneRules for chrono_tz::Tz {
    fn name(&self) -> &str {
        chrono_tz::Tz::name(*self)
    }
    fn offset_at(&self, at: DateTime<Utc>) -> FixedOffset {
        self.offset_from_utc_datetime(&at.naive_utc()).fix()
    }
}

/// A fixed offset, for tests about reading times rather than zone rules.
impl ZoneRules for FixedOffset {
    fn name(&self) -> &str {
        "a fixed offset"
    }
    fn offset_at(&self, _: DateTime<Utc>) -> FixedOffset {
        *self
    }
}

pub(crate) const LONDON: chrono_tz::Tz = chrono_tz::Europe::London;

/// A moment given as London wall-clock time (the first, if it happens twice).
pub(crate) fn london(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    LONDON
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

pub(crate) fn playbook() -> Playbook {
    Playbook::govuk_design_system()
}

pub(crate) fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, hour, minute, 0).unwrap()
}

pub(crate) fn ctx(actor: &str, now: DateTime<Utc>) -> Context {
    Context::new(actor, now)
}

pub(crate) fn declaration() -> Declaration {
    Declaration::new(
        "Design system website is down",
        "Users get a 503 on every page.",
        at(9, 0),
    )
}

/// A freshly declared incident: declared by Ada at 09:15.
pub(crate) fn declared() -> Incident {
    let id = IncidentId::generate(at(9, 15), 0x1234);
    Incident::declare(id, declaration(), None, &ctx("Ada", at(9, 15))).unwrap()
}

/// Applies a command as Grace, ten minutes after the last change.
pub(crate) fn apply(incident: &mut Incident, command: Command) -> Result<(), CommandError> {
    let now = incident.updated_at + Duration::minutes(10);
    incident.apply(command, &ctx("Grace", now))
}

/// Applies every command in turn; each must be accepted.
pub(crate) fn with(
    mut incident: Incident,
    commands: impl IntoIterator<Item = Command>,
) -> Incident {
    for command in commands {
        apply(&mut incident, command.clone())
            .unwrap_or_else(|e| panic!("{command:?} was refused: {e}"));
    }
    incident
}

pub(crate) fn severity(severity: Severity) -> Command {
    Command::SetSeverity {
        severity,
        reason: String::new(),
    }
}

pub(crate) fn assign(role: Role, person: &str) -> Command {
    Command::AssignRole {
        role,
        person: person.to_owned(),
    }
}

pub(crate) fn sent(kind: MessageKind, channel: &str) -> Command {
    Command::RecordMessageSent {
        kind,
        channel: channel.to_owned(),
        text: String::new(),
    }
}

/// A decision to tell users, with the words they need.
pub(crate) fn telling_users() -> UserCommsForm {
    UserCommsForm {
        tell_users: Some(true),
        what_users_need_to_know: "The Design System website is not working.".into(),
        ..UserCommsForm::default()
    }
}

pub(crate) fn note(kind: NoteKind, text: &str) -> Command {
    Command::AddNote {
        kind,
        text: text.to_owned(),
        occurred_at: None,
    }
}

/// A review with its date, a root cause and one action: enough to mark it reviewed.
pub(crate) fn review_held() -> Vec<Command> {
    vec![
        Command::RecordReview(Review {
            held_at: Some(at(9, 30)),
            organiser: "Grace".into(),
            attendees: vec!["Ada".into(), "Grace".into()],
            root_cause: "A configuration change removed the origin's health check.".into(),
            ..Review::default()
        }),
        Command::AddAction(action_draft("Alert on missing health checks")),
    ]
}

pub(crate) fn action_draft(title: &str) -> ActionDraft {
    ActionDraft {
        title: title.into(),
        detail: String::new(),
        owner: "Ken".into(),
        due: chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        kind: ActionKind::Detect,
        area: ActionArea::Website,
        repository: "alphagov/govuk-design-system".into(),
    }
}

/// Declared, P3, resolved, reviewed with one action filed, and closed.
pub(crate) fn closed() -> Incident {
    let resolved = with(
        declared(),
        [
            severity(Severity::P3),
            Command::Resolve {
                how: "Restored the health check".into(),
            },
        ],
    );
    with(
        with(resolved, review_held()),
        [
            Command::ChangeStatus {
                to: Status::Reviewed,
            },
            Command::LinkActionIssue {
                action: id(1),
                url: "https://github.com/alphagov/govuk-design-system/issues/4321".into(),
            },
            Command::ChangeStatus { to: Status::Closed },
        ],
    )
}

/// The id of the `n`th record of a kind, as a browser without an id numbers them.
pub(crate) fn id(n: u32) -> ItemId {
    ItemId::parse(&n.to_string()).unwrap()
}

pub(crate) fn last_entry(incident: &Incident) -> &TimelineEntry {
    incident.timeline.last().unwrap()
}

/// The command must be refused and leave the incident exactly as it was.
pub(crate) fn refused(incident: &Incident, command: Command) -> CommandError {
    let mut copy = incident.clone();
    let error = apply(&mut copy, command).unwrap_err();
    assert_eq!(&copy, incident, "a refused command changed the incident");
    error
}
