//! The playbook's settings by name, and what can be wrong with each as typed.

use super::moment::MomentProblem;
use super::severity::Severity;
use super::text::upper_first;

/// A setting, so a problem can be shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Setting {
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
    SeverityExample(Severity),
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
    WorkingDays,
    WorkStart,
    WorkEnd,
    TimeZone,
    ProcessReviewedOn,
    ProcessReviewMonths,
}

impl Setting {
    /// As it reads after “Enter”: “the team’s name”.
    pub fn describe(self) -> String {
        match self {
            Setting::TeamName => "the team’s name".into(),
            Setting::ServiceName => "what the team runs".into(),
            Setting::TeamChannel => "the team channel".into(),
            Setting::TeamMention => "how to get everyone’s attention".into(),
            Setting::StakeholdersName => "who the stakeholders are".into(),
            Setting::StakeholdersEmail => "the stakeholders’ email address".into(),
            Setting::CyberName => "who the cyber-security team is".into(),
            Setting::CyberEmail => "the cyber-security team’s email address".into(),
            Setting::UserChannels => "the channels users read".into(),
            Setting::NeverTellUsersBy => "the channel never to use".into(),
            Setting::OutOfHours => "the out-of-hours route".into(),
            Setting::SeverityExample(s) => format!("an example of a {s} incident"),
            Setting::IncidentExamples => "examples of incidents".into(),
            Setting::NotIncidentExamples => "examples of problems that are not incidents".into(),
            Setting::SecurityRepository => "the repository for security actions".into(),
            Setting::WebsiteRepository => "the repository for website actions".into(),
            Setting::ComponentsRepository => "the repository for component code actions".into(),
            Setting::OtherRepository => "the repository for other actions".into(),
            Setting::IssueLabels => "the issue labels".into(),
            Setting::StandingActions => "what every review considers".into(),
            Setting::IncidentsFolder => "the address of the incidents folder".into(),
            Setting::IncidentManagement => "the address of the incident management document".into(),
            Setting::CyberDefinition => "the address of the cyber incident definition".into(),
            Setting::WorkingDays => "the working days".into(),
            Setting::WorkStart => "when the working day starts".into(),
            Setting::WorkEnd => "when the working day ends".into(),
            Setting::TimeZone => "the team’s time zone".into(),
            Setting::ProcessReviewedOn => "when the process was last reviewed".into(),
            Setting::ProcessReviewMonths => "how often the process is reviewed".into(),
        }
    }
}

/// A problem with one setting as typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error("Enter {}", .0.describe())]
    Missing(Setting),
    #[error("{} must be {max} characters or fewer", upper_first(&.setting.describe()))]
    TooLong { setting: Setting, max: usize },
    #[error("Enter no more than {max} {}", .setting.describe())]
    TooManyItems { setting: Setting, max: usize },
    #[error("Enter {} in the right format, like name@example.gov.uk", .0.describe())]
    EmailInvalid(Setting),
    #[error("Enter {} as a full address starting https://", .0.describe())]
    LinkInvalid(Setting),
    #[error("Write each channel users read as channel | workspace: line {line} is not")]
    UserChannelInvalid { line: usize },
    #[error("Enter {} as owner/name, like alphagov/govuk-frontend", .0.describe())]
    RepositoryInvalid(Setting),
    #[error("Select at least one working day")]
    WorkingDaysMissing,
    #[error("Enter {} as a 24-hour time, like 09:00", .0.describe())]
    TimeInvalid(Setting),
    #[error("The working day must end after it starts")]
    WorkEndsBeforeStart,
    #[error("Enter a time zone this browser knows, like Europe/London")]
    TimeZoneUnknown,
    #[error("{}", .0.describe("The date the process was last reviewed"))]
    ProcessReviewedOn(MomentProblem),
    #[error("Enter how often the process is reviewed as a number of months from 1 to 36")]
    ReviewMonthsInvalid,
}

impl SettingError {
    /// The setting it is about, so the page can put it beside its input.
    pub fn setting(&self) -> Setting {
        use SettingError::*;
        match self {
            Missing(setting)
            | TooLong { setting, .. }
            | TooManyItems { setting, .. }
            | EmailInvalid(setting)
            | LinkInvalid(setting)
            | RepositoryInvalid(setting)
            | TimeInvalid(setting) => *setting,
            UserChannelInvalid { .. } => Setting::UserChannels,
            WorkingDaysMissing => Setting::WorkingDays,
            WorkEndsBeforeStart => Setting::WorkEnd,
            TimeZoneUnknown => Setting::TimeZone,
            ProcessReviewedOn(_) => Setting::ProcessReviewedOn,
            ReviewMonthsInvalid => Setting::ProcessReviewMonths,
        }
    }
}
