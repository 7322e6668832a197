//! The team-specific part of the process: who to tell, where, and what each
//! severity means. Only the default, the GOV.UK Design System team's, exists
//! so far; the UI reads every team-specific fact from here, so that other
//! teams can later make the app theirs by editing one value.

use super::actions::ActionArea;
use super::cadence::UpdateCadence;
use super::error::FieldError;
use super::severity::Severity;
use super::working_hours::WorkingHours;
use chrono::{Months, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    pub team_name: String,
    /// What the team runs, as it reads mid-sentence: “the design system”.
    pub service_name: String,
    /// Where the team is told first.
    pub team_channel: String,
    /// How the first message gets everyone's attention, such as `@here`.
    pub team_mention: String,
    /// Senior people to email about every incident.
    pub stakeholders: Contact,
    /// Added to the stakeholder email when an incident is security related.
    pub cyber_security: Contact,
    /// Where users are told, when the team decides to tell them.
    pub user_channels: Vec<UserChannel>,
    /// A channel that must never be used to tell users about an incident.
    pub never_tell_users_by: Option<String>,
    /// Who may decide on work out of hours, and how to reach them.
    pub out_of_hours: String,
    pub severities: Vec<SeverityGuide>,
    pub incident_examples: Vec<String>,
    pub not_incident_examples: Vec<String>,
    pub working_hours: WorkingHours,
    /// Where review actions are filed, by what they are about.
    pub repositories: Repositories,
    /// Put on every GitHub issue filed for an action.
    pub issue_labels: Vec<String>,
    /// What every incident review must consider, whatever happened, such as
    /// taking the incident to a regular management review.
    #[serde(default)]
    pub standing_actions: Vec<String>,
    /// The documents the written process points to. Absent from settings
    /// saved before they existed, which read the GOV.UK Design System's.
    #[serde(default = "References::design_system")]
    pub references: References,
    /// When the team last reviewed this process, and how often it must.
    #[serde(deserialize_with = "crate::domain::rfc3339::de::date")]
    pub process_reviewed_on: NaiveDate,
    pub process_review_months: u32,
}

/// The process's own documents, each an `https:` address, or empty when
/// the team has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct References {
    /// The team drive's folder of the report template and past reports.
    pub incidents_folder: String,
    /// How the organisation manages incidents, out of hours included.
    pub incident_management: String,
    /// What counts as a cyber security incident.
    pub cyber_definition: String,
}

impl References {
    /// The links the GOV.UK Design System's written process gives.
    pub fn design_system() -> Self {
        Self {
            incidents_folder: "https://drive.google.com/drive/u/0/folders/1plXDUGFIoyzWubWNC9J_IjMiEN8eh9pO".to_owned(),
            incident_management: "https://docs.google.com/document/d/1V33F8_1Jw2KoOMzRWCTbauDtHY9tvVK_Od1uJ5WrcxI/edit#heading=h.8ot1tclehhda".to_owned(),
            cyber_definition: "https://www.ncsc.gov.uk/section/about-ncsc/incident-management".to_owned(),
        }
    }
}

/// The routing rules for actions: a repository (`owner/name`) per area.
/// Empty means the team has not said, and each action needs one typed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repositories {
    pub security: String,
    pub website: String,
    pub components: String,
    pub other: String,
}

/// A group of people and the address that reaches them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// As it reads mid-sentence: “the DSP senior management team (SMT)”.
    pub name: String,
    pub email: String,
}

/// A channel users read, such as a Slack channel in one workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserChannel {
    pub channel: String,
    pub workspace: String,
}

impl UserChannel {
    /// “#govuk-design-system on the GDS Slack”: also how a post is recorded.
    pub fn label(&self) -> String {
        format!("{} on the {}", self.channel, self.workspace)
    }
}

/// What a severity level means for this team: an example, and how often
/// people expect an update while it lasts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityGuide {
    pub severity: Severity,
    pub example: String,
    pub update_every: UpdateCadence,
}

impl Playbook {
    /// The GOV.UK Design System team's playbook.
    pub fn govuk_design_system() -> Self {
        let guide = |severity, example: &str, update_every| SeverityGuide {
            severity,
            example: example.to_owned(),
            update_every,
        };
        let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
        let slack = |workspace: &str| UserChannel {
            channel: "#govuk-design-system".to_owned(),
            workspace: workspace.to_owned(),
        };
        Self {
            team_name: "GOV.UK Design System".to_owned(),
            service_name: "the design system".to_owned(),
            team_channel: "#design-system-team-channel".to_owned(),
            team_mention: "@here".to_owned(),
            stakeholders: Contact {
                name: "the DSP senior management team (SMT)".to_owned(),
                email: "dsp-incidents@digital.cabinet-office.gov.uk".to_owned(),
            },
            cyber_security: Contact {
                name: "the CO Digital cyber team".to_owned(),
                email: "report@digital.cabinet-office.gov.uk".to_owned(),
            },
            user_channels: vec![slack("GDS Slack"), slack("cross-government Slack")],
            never_tell_users_by: Some("the mailing list".to_owned()),
            out_of_hours: "Out-of-hours escalation is only for extreme P1 incidents. The SMT \
                decides whether to use it; the route is in DSP’s incident management document."
                .to_owned(),
            severities: vec![
                guide(
                    Severity::P1,
                    "Malicious code in govuk-frontend",
                    UpdateCadence::Every { minutes: 30 },
                ),
                guide(
                    Severity::P2,
                    "Malicious package masquerading as govuk-frontend",
                    UpdateCadence::Every { minutes: 60 },
                ),
                guide(
                    Severity::P3,
                    "Design system website is down",
                    UpdateCadence::Every { minutes: 240 },
                ),
                guide(
                    Severity::P4,
                    "Blocking bug introduced into a govuk-frontend component",
                    UpdateCadence::NextWorkingDay,
                ),
            ],
            incident_examples: strings(&[
                "All or part of the design system website is unavailable",
                "The website has been defaced",
                "An account on a platform we use has been compromised, such as npm, Mailchimp or Bitwarden",
                "Malicious code has been released in govuk-frontend",
                "The documentation links to something malicious, such as a copy of govuk-frontend with harmful code in it",
                "A serious accessibility bug has been released or found in govuk-frontend",
            ]),
            not_incident_examples: strings(&[
                "Something on the website is wrong or out of date",
                "A bug in govuk-frontend that does not stop anyone using a service",
                "An accessibility bug that does not stop users using services",
                "Someone using the design system in a way it is not meant for",
                "Someone who needs technical support",
            ]),
            working_hours: WorkingHours {
                days: vec![
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri,
                ],
                start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
                end: NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default(),
                time_zone: "Europe/London".to_owned(),
            },
            repositories: Repositories {
                // Security actions go to the team's internal repository, whose
                // name only the team knows: it sets it in settings.
                security: String::new(),
                website: "alphagov/govuk-design-system".to_owned(),
                components: "alphagov/govuk-frontend".to_owned(),
                other: "alphagov/govuk-design-system".to_owned(),
            },
            issue_labels: strings(&["incident"]),
            references: References::design_system(),
            standing_actions: strings(&[
                "Add the incident to the senior management team’s monthly review",
            ]),
            process_reviewed_on: NaiveDate::from_ymd_opt(2024, 7, 10).unwrap_or_default(),
            process_review_months: 6,
        }
    }

    /// A short name for this exact playbook (a hash of its contents), so an
    /// incident can say which version of the process it was run with.
    pub fn version(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("{:016x}", super::ids::fnv1a(&json))
    }

    /// The repository the routing rules give an action about `area`.
    pub fn repository_for(&self, area: ActionArea) -> &str {
        let repositories = &self.repositories;
        match area {
            ActionArea::Security => &repositories.security,
            ActionArea::Website => &repositories.website,
            ActionArea::Components => &repositories.components,
            ActionArea::Other => &repositories.other,
        }
    }

    /// Why an action about `area` cannot be filed yet, if it cannot: a
    /// security action waits until settings name the team's repository for
    /// them, so its details never land in a public one by default.
    pub fn filing_refusal(&self, area: ActionArea) -> Option<FieldError> {
        let unset = self.repository_for(area).trim().is_empty();
        (area == ActionArea::Security && unset).then_some(FieldError::SecurityRepositoryNotSet)
    }

    /// When the process itself is due for review.
    pub fn process_review_due(&self) -> NaiveDate {
        self.process_reviewed_on
            .checked_add_months(Months::new(self.process_review_months))
            .unwrap_or(self.process_reviewed_on)
    }

    pub fn guide_for(&self, severity: Severity) -> Option<&SeverityGuide> {
        self.severities
            .iter()
            .find(|guide| guide.severity == severity)
    }

    pub fn example_for(&self, severity: Severity) -> Option<&str> {
        self.guide_for(severity).map(|guide| guide.example.as_str())
    }
}

impl Default for Playbook {
    fn default() -> Self {
        Self::govuk_design_system()
    }
}
