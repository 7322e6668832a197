//! Editing the playbook: every team-specific value as typed in settings,
//! checked, and read into a [`Playbook`]. Lists are typed one item a line.

use super::actions::is_repository;
use super::cadence::UpdateCadence;
use super::moment::DateParts;
use super::playbook::{Contact, Playbook, References, Repositories, SeverityGuide, UserChannel};
use super::safe_url::safe_href;
use super::setting::{Setting, SettingError};
use super::severity::Severity;
use super::text::clock;
use super::validate::{text_problem, TextProblem};
use super::working_hours::WorkingHours;
use crate::domain::tidy::Tidy;
use chrono::{NaiveDate, NaiveTime, Weekday};

/// The settings form, every value as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsForm {
    pub team_name: String,
    pub service_name: String,
    pub team_channel: String,
    pub team_mention: String,
    pub stakeholders_name: String,
    pub stakeholders_email: String,
    pub cyber_name: String,
    pub cyber_email: String,
    /// `channel | workspace`, one a line.
    pub user_channels: String,
    pub never_tell_users_by: String,
    pub out_of_hours: String,
    /// P1 to P4, in order.
    pub severity_examples: [String; 4],
    pub severity_cadences: [Option<UpdateCadence>; 4],
    pub incident_examples: String,
    pub not_incident_examples: String,
    pub security_repository: String,
    pub website_repository: String,
    pub components_repository: String,
    pub other_repository: String,
    /// Comma separated.
    pub issue_labels: String,
    /// One a line.
    pub standing_actions: String,
    pub incidents_folder: String,
    pub incident_management: String,
    pub cyber_definition: String,
    pub working_days: Vec<Weekday>,
    /// `HH:MM`.
    pub work_start: String,
    pub work_end: String,
    pub time_zone: String,
    pub process_reviewed_on: DateParts,
    pub process_review_months: String,
}

const SHORT_MAX: usize = 200;
const LONG_MAX: usize = 2_000;
const LIST_MAX: usize = 30;

/// Each text setting's place in the form, written once for reading and writing.
macro_rules! text_of {
    ($form:expr, $setting:expr, $($borrow:tt)+) => {{
        use Setting::*;
        let form = $form;
        Some(match $setting {
            TeamName => $($borrow)+ form.team_name,
            ServiceName => $($borrow)+ form.service_name,
            TeamChannel => $($borrow)+ form.team_channel,
            TeamMention => $($borrow)+ form.team_mention,
            StakeholdersName => $($borrow)+ form.stakeholders_name,
            StakeholdersEmail => $($borrow)+ form.stakeholders_email,
            CyberName => $($borrow)+ form.cyber_name,
            CyberEmail => $($borrow)+ form.cyber_email,
            UserChannels => $($borrow)+ form.user_channels,
            NeverTellUsersBy => $($borrow)+ form.never_tell_users_by,
            OutOfHours => $($borrow)+ form.out_of_hours,
            SeverityExample(severity) => $($borrow)+ form.severity_examples[severity.index()],
            IncidentExamples => $($borrow)+ form.incident_examples,
            NotIncidentExamples => $($borrow)+ form.not_incident_examples,
            SecurityRepository => $($borrow)+ form.security_repository,
            WebsiteRepository => $($borrow)+ form.website_repository,
            ComponentsRepository => $($borrow)+ form.components_repository,
            OtherRepository => $($borrow)+ form.other_repository,
            IssueLabels => $($borrow)+ form.issue_labels,
            StandingActions => $($borrow)+ form.standing_actions,
            IncidentsFolder => $($borrow)+ form.incidents_folder,
            IncidentManagement => $($borrow)+ form.incident_management,
            CyberDefinition => $($borrow)+ form.cyber_definition,
            WorkStart => $($borrow)+ form.work_start,
            WorkEnd => $($borrow)+ form.work_end,
            TimeZone => $($borrow)+ form.time_zone,
            ProcessReviewMonths => $($borrow)+ form.process_review_months,
            WorkingDays | ProcessReviewedOn => return None,
        })
    }};
}

impl SettingsForm {
    /// The text typed for `setting`, so a page can bind one box to it;
    /// `None` for the settings that are not one text (the working days and
    /// the date the process was reviewed).
    pub fn text(&self, setting: Setting) -> Option<&String> {
        text_of!(self, setting, &)
    }

    pub fn text_mut(&mut self, setting: Setting) -> Option<&mut String> {
        text_of!(self, setting, &mut)
    }

    pub fn from_playbook(p: &Playbook) -> Self {
        let guide = |s: Severity| p.guide_for(s);
        let time = |t: NaiveTime| clock(NaiveDate::MIN.and_time(t));
        Self {
            team_name: p.team_name.clone(),
            service_name: p.service_name.clone(),
            team_channel: p.team_channel.clone(),
            team_mention: p.team_mention.clone(),
            stakeholders_name: p.stakeholders.name.clone(),
            stakeholders_email: p.stakeholders.email.clone(),
            cyber_name: p.cyber_security.name.clone(),
            cyber_email: p.cyber_security.email.clone(),
            user_channels: p
                .user_channels
                .iter()
                .map(|c| format!("{} | {}", c.channel, c.workspace))
                .collect::<Vec<_>>()
                .join("\n"),
            never_tell_users_by: p.never_tell_users_by.clone().unwrap_or_default(),
            out_of_hours: p.out_of_hours.clone(),
            severity_examples: Severity::ALL
                .map(|s| guide(s).map(|g| g.example.clone()).unwrap_or_default()),
            severity_cadences: Severity::ALL.map(|s| guide(s).map(|g| g.update_every)),
            incident_examples: p.incident_examples.join("\n"),
            not_incident_examples: p.not_incident_examples.join("\n"),
            security_repository: p.repositories.security.clone(),
            website_repository: p.repositories.website.clone(),
            components_repository: p.repositories.components.clone(),
            other_repository: p.repositories.other.clone(),
            issue_labels: p.issue_labels.join(", "),
            standing_actions: p.standing_actions.join("\n"),
            incidents_folder: p.references.incidents_folder.clone(),
            incident_management: p.references.incident_management.clone(),
            cyber_definition: p.references.cyber_definition.clone(),
            working_days: p.working_hours.days.clone(),
            work_start: time(p.working_hours.start),
            work_end: time(p.working_hours.end),
            time_zone: p.working_hours.time_zone.clone(),
            process_reviewed_on: DateParts::from_date(p.process_reviewed_on),
            process_review_months: p.process_review_months.to_string(),
        }
    }

    /// The playbook, or every problem in form order. `zone_known` says
    /// whether a time zone name is one the browser knows.
    pub fn to_playbook(
        &self,
        zone_known: &dyn Fn(&str) -> bool,
    ) -> Result<Playbook, Vec<SettingError>> {
        use Setting::*;
        let mut r = Reader {
            form: self,
            problems: Vec::new(),
        };
        let team_name = r.text(TeamName, true, SHORT_MAX);
        let service_name = r.text(ServiceName, true, SHORT_MAX);
        let team_channel = r.text(TeamChannel, true, SHORT_MAX);
        let team_mention = r.text(TeamMention, false, SHORT_MAX);
        let stakeholders = Contact {
            name: r.text(StakeholdersName, true, SHORT_MAX),
            email: r.email(StakeholdersEmail),
        };
        let cyber_security = Contact {
            name: r.text(CyberName, true, SHORT_MAX),
            email: r.email(CyberEmail),
        };
        let user_channels = user_channels(&mut r.problems, &self.user_channels);
        let never = r.text(NeverTellUsersBy, false, SHORT_MAX);
        let out_of_hours = r.text(OutOfHours, false, LONG_MAX);
        let severities: Vec<SeverityGuide> = Severity::ALL
            .into_iter()
            .zip(self.severity_cadences)
            .map(|(severity, cadence)| SeverityGuide {
                severity,
                example: r.text(SeverityExample(severity), true, SHORT_MAX),
                update_every: cadence.unwrap_or(UpdateCadence::NextWorkingDay),
            })
            .collect();
        let incident_examples = r.list(IncidentExamples);
        let not_incident_examples = r.list(NotIncidentExamples);
        let repositories = Repositories {
            security: r.repository(SecurityRepository),
            website: r.repository(WebsiteRepository),
            components: r.repository(ComponentsRepository),
            other: r.repository(OtherRepository),
        };
        let issue_labels = r.labels();
        let standing_actions = r.list(StandingActions);
        let references = References {
            incidents_folder: r.link(IncidentsFolder),
            incident_management: r.link(IncidentManagement),
            cyber_definition: r.link(CyberDefinition),
        };
        let hours = r.working_hours(zone_known);
        let (reviewed_on, months) = r.review_schedule();
        match (hours, reviewed_on, months) {
            (Some(working_hours), Some(reviewed_on), Some(months)) if r.problems.is_empty() => {
                Ok(Playbook {
                    team_name,
                    service_name,
                    team_channel,
                    team_mention,
                    stakeholders,
                    cyber_security,
                    user_channels,
                    never_tell_users_by: (!never.is_empty()).then_some(never),
                    out_of_hours,
                    severities,
                    incident_examples,
                    not_incident_examples,
                    working_hours,
                    repositories,
                    issue_labels,
                    standing_actions,
                    references,
                    process_reviewed_on: reviewed_on,
                    process_review_months: months,
                })
            }
            _ => Err(r.problems),
        }
    }
}

/// The form read setting by setting, gathering every problem on the way.
struct Reader<'a> {
    form: &'a SettingsForm,
    problems: Vec<SettingError>,
}

impl Reader<'_> {
    fn typed(&self, setting: Setting) -> &str {
        self.form.text(setting).map_or("", String::as_str)
    }

    fn text(&mut self, setting: Setting, required: bool, max: usize) -> String {
        let form = self.form;
        let typed = form.text(setting).map_or("", String::as_str);
        text(&mut self.problems, typed, setting, required, max)
    }

    fn email(&mut self, setting: Setting) -> String {
        let typed = self.typed(setting).to_owned();
        email(&mut self.problems, &typed, setting)
    }

    fn link(&mut self, setting: Setting) -> String {
        let typed = self.typed(setting).to_owned();
        link(&mut self.problems, &typed, setting)
    }

    fn list(&mut self, setting: Setting) -> Vec<String> {
        let typed = self.typed(setting).to_owned();
        list(&mut self.problems, &typed, setting)
    }

    fn repository(&mut self, setting: Setting) -> String {
        let typed = self.typed(setting).to_owned();
        repository(&mut self.problems, &typed, setting)
    }

    /// Comma separated, each short.
    fn labels(&mut self) -> Vec<String> {
        let labels: Vec<String> = self
            .form
            .issue_labels
            .split(',')
            .map(str::trim)
            .filter(|label| !label.is_empty())
            .map(str::to_owned)
            .collect();
        if labels.iter().any(|label| label.chars().count() > LABEL_MAX) {
            self.problems.push(SettingError::TooLong {
                setting: Setting::IssueLabels,
                max: LABEL_MAX,
            });
        }
        labels
    }

    fn working_hours(&mut self, zone_known: &dyn Fn(&str) -> bool) -> Option<WorkingHours> {
        let form = self.form;
        if form.working_days.is_empty() {
            self.problems.push(SettingError::WorkingDaysMissing);
        }
        let start = time(&mut self.problems, &form.work_start, Setting::WorkStart);
        let end = time(&mut self.problems, &form.work_end, Setting::WorkEnd);
        if matches!((start, end), (Some(start), Some(end)) if end <= start) {
            self.problems.push(SettingError::WorkEndsBeforeStart);
        }
        let time_zone = form.time_zone.clean();
        if !zone_known(&time_zone) {
            self.problems.push(SettingError::TimeZoneUnknown);
        }
        Some(WorkingHours {
            days: sorted_days(&form.working_days),
            start: start?,
            end: end?,
            time_zone,
        })
    }

    /// When the process was last reviewed, and every how many months.
    fn review_schedule(&mut self) -> (Option<NaiveDate>, Option<u32>) {
        let form = self.form;
        let reviewed_on = match form.process_reviewed_on.parse() {
            Ok(date) => Some(date),
            Err(problem) => {
                self.problems.push(SettingError::ProcessReviewedOn(problem));
                None
            }
        };
        let months = form
            .process_review_months
            .tidy()
            .parse::<u32>()
            .ok()
            .filter(|months| (1..=36).contains(months));
        if months.is_none() {
            self.problems.push(SettingError::ReviewMonthsInvalid);
        }
        (reviewed_on, months)
    }
}

const LABEL_MAX: usize = 50;

/// A text setting, trimmed; missing (when required) or too long is a problem.
fn text(
    problems: &mut Vec<SettingError>,
    value: &str,
    setting: Setting,
    required: bool,
    max: usize,
) -> String {
    // The same rules as an incident's text: nothing that reorders the words
    // around it, and nothing that is not text.
    let value = value.clean();
    match text_problem(&value, required, max) {
        Some(TextProblem::Missing) => problems.push(SettingError::Missing(setting)),
        Some(TextProblem::TooLong { max }) => problems.push(SettingError::TooLong { setting, max }),
        None => {}
    }
    value
}

fn email(problems: &mut Vec<SettingError>, value: &str, setting: Setting) -> String {
    let value = text(problems, value, setting, true, SHORT_MAX);
    if !value.is_empty() && !is_email(&value) {
        problems.push(SettingError::EmailInvalid(setting));
    }
    value
}

/// An `https:` address the app may link to, or empty.
fn link(problems: &mut Vec<SettingError>, value: &str, setting: Setting) -> String {
    let value = text(problems, value, setting, false, LONG_MAX);
    let https = safe_href(&value).is_some_and(|url| url.starts_with("https://"));
    if !value.is_empty() && !https {
        problems.push(SettingError::LinkInvalid(setting));
    }
    value
}

/// One `channel | workspace` a line; at least one.
fn user_channels(problems: &mut Vec<SettingError>, value: &str) -> Vec<UserChannel> {
    let mut channels = Vec::new();
    for (n, line) in lines(value).enumerate() {
        match line.split_once('|').map(|(c, w)| (c.tidy(), w.tidy())) {
            Some((channel, workspace)) if !channel.is_empty() && !workspace.is_empty() => channels
                .push(UserChannel {
                    channel: channel.clean(),
                    workspace: workspace.clean(),
                }),
            _ => {
                problems.push(SettingError::UserChannelInvalid { line: n + 1 });
                return channels;
            }
        }
    }
    if channels.is_empty() {
        problems.push(SettingError::Missing(Setting::UserChannels));
    }
    channels
}

/// One item a line, each short, not too many.
fn list(problems: &mut Vec<SettingError>, value: &str, setting: Setting) -> Vec<String> {
    let items: Vec<String> = lines(value)
        .map(Tidy::clean)
        .filter(|item| !item.is_empty())
        .collect();
    if items.len() > LIST_MAX {
        problems.push(SettingError::TooManyItems {
            setting,
            max: LIST_MAX,
        });
    } else if items.iter().any(|item| item.chars().count() > SHORT_MAX) {
        problems.push(SettingError::TooLong {
            setting,
            max: SHORT_MAX,
        });
    }
    items
}

/// Empty, or `owner/name`.
fn repository(problems: &mut Vec<SettingError>, value: &str, setting: Setting) -> String {
    let value = value.tidy();
    if !value.is_empty() && !is_repository(value) {
        problems.push(SettingError::RepositoryInvalid(setting));
    }
    value.to_owned()
}

/// `HH:MM` on the 24-hour clock.
fn time(problems: &mut Vec<SettingError>, value: &str, setting: Setting) -> Option<NaiveTime> {
    let parsed = value
        .tidy()
        .split_once(':')
        .filter(|(h, m)| !h.is_empty() && h.len() <= 2 && m.len() == 2)
        .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
        .and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0));
    if parsed.is_none() {
        problems.push(SettingError::TimeInvalid(setting));
    }
    parsed
}

/// The non-empty lines, trimmed.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn sorted_days(days: &[Weekday]) -> Vec<Weekday> {
    let mut days = days.to_vec();
    days.sort_by_key(|d| d.num_days_from_monday());
    days.dedup();
    days
}

/// An address with one `@`, something before it, and a dotted domain after.
/// An email address a `mailto:` link can carry as it is: a local part of
/// letters, digits and `. _ + - ' !` (no leading, trailing or doubled dot),
/// and a domain of at least two labels of letters, digits and hyphens.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-' | '\'' | '!'));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}
