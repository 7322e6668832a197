//! Keeping people updated: how often, by severity, and when the next update is due.

use super::cadence::UpdateCadence;
use super::incident::Incident;
use super::playbook::Playbook;
use super::status::Status;
use super::text::time_on_day;
use super::zone::ZoneRules;
use chrono::{DateTime, Duration, Utc};

/// How long before an update is due the browser reminds people.
pub const REMIND_BEFORE_MINUTES: i64 = 10;

/// A reminder to send the update people expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    DueSoon,
    Overdue,
}

impl Reminder {
    /// The notification's title and text. A security incident's title is
    /// left out: notifications show on locked screens and shared displays.
    pub fn words(
        self,
        incident: &Incident,
        due: &UpdateDue,
        zone: &dyn ZoneRules,
    ) -> (String, String) {
        let when = due.when(zone);
        let title = match self {
            Reminder::DueSoon => format!("An update is due by {when}"),
            Reminder::Overdue => format!("An update is overdue: it was due by {when}"),
        };
        let about = if incident.details.security_related {
            "A security incident".to_owned()
        } else {
            incident.title().to_owned()
        };
        (
            title,
            format!("{about}. Tell the team and stakeholders how it is going."),
        )
    }

    /// Names this reminder for this due time, so it is shown once however
    /// many tabs are open.
    pub fn key(self, incident: &Incident, due: &UpdateDue) -> String {
        let which = match self {
            Reminder::DueSoon => "due",
            Reminder::Overdue => "overdue",
        };
        format!("{}/{}/{which}", incident.id, due.at.timestamp())
    }
}

/// When the next update is due, and what it is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpdateDue {
    pub at: DateTime<Utc>,
    /// The last update sent; `None` when there has been none since declaring.
    pub last_update: Option<DateTime<Utc>>,
}

impl UpdateDue {
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        now > self.at
    }

    /// Whether to remind people now: shortly before the update is due, and
    /// again once it is overdue.
    pub fn reminder(&self, now: DateTime<Utc>) -> Option<Reminder> {
        if self.is_overdue(now) {
            Some(Reminder::Overdue)
        } else if self.at - now <= Duration::minutes(REMIND_BEFORE_MINUTES) {
            Some(Reminder::DueSoon)
        } else {
            None
        }
    }

    /// “10:30 on Wednesday 1 July 2026 (Europe/London)”: in the team's time, saying which.
    pub fn when(&self, zone: &dyn ZoneRules) -> String {
        format!("{} ({})", time_on_day(self.at, zone), zone.name())
    }
}

/// The next update is due one cadence after the last update to the team or
/// stakeholders (or after declaring, if there has been none), while the
/// incident is being worked on and its severity says how often.
pub fn next_update_due(
    incident: &Incident,
    playbook: &Playbook,
    zone: &dyn ZoneRules,
) -> Option<UpdateDue> {
    if !matches!(incident.status, Status::Active | Status::Mitigated) {
        return None;
    }
    let cadence = playbook.guide_for(incident.severity?)?.update_every;
    let last_update = incident.last_update();
    let from = last_update.unwrap_or(incident.declared_at);
    let at = match cadence {
        UpdateCadence::Every { minutes } => from + Duration::minutes(i64::from(minutes)),
        UpdateCadence::NextWorkingDay => {
            playbook.working_hours.next_working_day_start(from, zone)?
        }
    };
    Some(UpdateDue { at, last_update })
}
