//! What can go wrong when a command is applied, in words a person can act on.

use super::checklist::Task;
use super::ids::ItemId;
use super::lifecycle::Missing;
use super::moment::MomentProblem;
use super::role::Role;
use super::settings::Setting;
use super::severity::Severity;
use super::status::Status;
use super::text::upper_first;

/// The input a problem is about, so a form can put the message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Summary,
    Impact,
    DepartmentalImpact,
    ServicesAffected,
    Detection,
    DetectionNote,
    StartedAt,
    SecurityRelated,
    Reporter,
    NoteText,
    NoteKind,
    OccurredAt,
    Severity,
    SeverityReason,
    RoleName,
    Person,
    Status,
    Urgency,
    NotAnIncidentReason,
    SkipReason,
    TellUsers,
    UserCommsReason,
    WhatUsersShouldDo,
    WhatUsersNeedToKnow,
    HarmRemoved,
    ResolutionHow,
    LongTailText,
    LongTailOwner,
    HandoverKnown,
    HandoverTried,
    HandoverNext,
    HandoverPickup,
    ReviewHeldAt,
    Organiser,
    Attendees,
    ReviewSummary,
    RootCause,
    Trigger,
    OtherCategory,
    ContributingFactors,
    WentWell,
    WentBadly,
    Lucky,
    Recommendations,
    StandingActions,
    NoActionsReason,
    ActionTitle,
    ActionDetail,
    ActionOwner,
    ActionDue,
    ActionKind,
    ActionArea,
    ActionRepository,
    IssueUrl,
    DropReason,
    Setting(Setting),
}

impl Field {
    /// How the field is named at the start of a message.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "Title",
            Field::Summary => "Summary",
            Field::Impact => "Impact on users",
            Field::DepartmentalImpact => "Impact on the department",
            Field::ServicesAffected => "Services affected",
            Field::Detection => "How you found out",
            Field::DetectionNote => "How you found out",
            Field::StartedAt => "Start date and time",
            Field::SecurityRelated => "Security",
            Field::Reporter => "Your name",
            Field::NoteText => "Note",
            Field::NoteKind => "Kind of entry",
            Field::OccurredAt => "Date and time it happened",
            Field::Severity => "Severity",
            Field::SeverityReason => "Reason",
            Field::RoleName => "Name of the role",
            Field::Person => "Name of the person",
            Field::Status => "Status",
            Field::Urgency => "Urgency",
            Field::NotAnIncidentReason => "Reason",
            Field::SkipReason => "Reason",
            Field::TellUsers => "Decision",
            Field::UserCommsReason => "Reason",
            Field::WhatUsersShouldDo => "What users should do",
            Field::WhatUsersNeedToKnow => "What users need to know",
            Field::HarmRemoved => "Answer",
            Field::ResolutionHow => "What removed the harm",
            Field::LongTailText => "Clean-up work",
            Field::LongTailOwner => "Owner",
            Field::HandoverKnown => "What is known",
            Field::HandoverTried => "What has been tried",
            Field::HandoverNext => "What happens next",
            Field::HandoverPickup => "Who picks it up, and when",
            Field::ReviewHeldAt => "Date and time of the review",
            Field::Organiser => "Organiser",
            Field::Attendees => "Each attendee's name",
            Field::ReviewSummary => "What happened",
            Field::RootCause => "Root cause",
            Field::Trigger => "Trigger",
            Field::OtherCategory => "Other category",
            Field::ContributingFactors => "Contributing factors",
            Field::WentWell => "What went well",
            Field::WentBadly => "What did not go well",
            Field::Lucky => "Where we got lucky",
            Field::Recommendations => "Recommendations",
            Field::StandingActions => "Each standing action",
            Field::NoActionsReason => "Reason",
            Field::ActionTitle => "Title",
            Field::ActionDetail => "Detail",
            Field::ActionOwner => "Owner",
            Field::ActionDue => "Due date",
            Field::ActionKind => "Kind of action",
            Field::ActionArea => "What it is about",
            Field::ActionRepository => "Repository",
            Field::IssueUrl => "Issue address",
            Field::DropReason => "Reason",
            Field::Setting(_) => "This setting",
        }
    }
}

/// A problem with one input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("Enter a title")]
    TitleMissing,
    #[error("Enter a summary of what is happening")]
    SummaryMissing,
    /// A text over its limit.
    #[error("{} must be {max} characters or fewer", .field.name())]
    TooLong { field: Field, max: usize },
    #[error("{}", .0.describe("The start date and time"))]
    StartedAt(MomentProblem),
    #[error("Select yes if it puts security at risk, or no if it does not")]
    SecurityNotChosen,
    #[error("Say how you found out")]
    DetectionNoteMissing,
    #[error("Enter your name")]
    ReporterMissing,
    #[error("Enter what happened")]
    NoteTextMissing,
    #[error("Select the kind of entry")]
    NoteKindNotChosen,
    #[error("{}", .0.describe("The date and time it happened"))]
    OccurredAt(MomentProblem),
    #[error("Select a severity")]
    SeverityNotChosen,
    #[error("Give a reason for changing the severity")]
    SeverityReasonMissing,
    #[error("Enter the name of the role")]
    RoleNameMissing,
    #[error("Enter the name of the person")]
    PersonMissing,
    #[error("Select a new status")]
    StatusNotChosen,
    #[error("Select whether it must be fixed now or can wait")]
    UrgencyNotChosen,
    #[error("Enter why it is not an incident")]
    NotAnIncidentReasonMissing,
    #[error("Enter why it is not needed")]
    SkipReasonMissing,
    #[error("Select whether you will tell users")]
    TellUsersNotChosen,
    #[error("Enter why you will not tell users")]
    UserCommsReasonMissing,
    #[error("Enter what users need to know")]
    WhatUsersNeedToKnowMissing,
    #[error("Select yes if the main harm to users has been removed")]
    HarmRemovedNotChosen,
    #[error("Resolve the incident only once the main harm to users has been removed")]
    HarmNotRemoved,
    #[error("Enter what removed the harm")]
    ResolutionHowMissing,
    #[error("Enter the clean-up work")]
    LongTailTextMissing,
    #[error("Enter who will do it")]
    LongTailOwnerMissing,
    #[error("Enter what happens next")]
    HandoverNextMissing,
    #[error("Enter who picks it up, and when")]
    HandoverPickupMissing,
    #[error("{}", .0.describe("The date and time of the review"))]
    ReviewHeldAt(MomentProblem),
    #[error("Enter no more than {max} attendees")]
    TooManyAttendees { max: usize },
    #[error("Tick no more than {max} standing actions")]
    TooManyStandingActions { max: usize },
    #[error("Describe the other kind of root cause")]
    OtherCategoryMissing,
    #[error("Enter a title for the action")]
    ActionTitleMissing,
    #[error("Enter the name of the person who owns the action")]
    ActionOwnerMissing,
    #[error("{}", .0.describe("The due date"))]
    ActionDue(MomentProblem),
    #[error("Select the kind of action")]
    ActionKindNotChosen,
    #[error("Select what the action is about")]
    ActionAreaNotChosen,
    #[error("Enter the repository as owner/name, like alphagov/govuk-frontend")]
    RepositoryInvalid,
    #[error("Set the repository for security actions in settings before adding one, so its details stay private")]
    SecurityRepositoryNotSet,
    #[error(
        "Enter the issue’s address, like https://github.com/alphagov/govuk-frontend/issues/123"
    )]
    IssueUrlInvalid,
    #[error("Enter why it will not be done")]
    DropReasonMissing,
    #[error("Enter {}", .0.describe())]
    SettingMissing(Setting),
    #[error("{} must be {max} characters or fewer", upper_first(&.setting.describe()))]
    SettingTooLong { setting: Setting, max: usize },
    #[error("Enter no more than {max} {}", .setting.describe())]
    TooManyItems { setting: Setting, max: usize },
    #[error("Enter {} in the right format, like name@example.gov.uk", .0.describe())]
    EmailInvalid(Setting),
    #[error("Enter {} as a full address starting https://", .0.describe())]
    LinkInvalid(Setting),
    #[error("Write each channel users read as channel | workspace: line {line} is not")]
    UserChannelInvalid { line: usize },
    #[error("Enter {} as owner/name, like alphagov/govuk-frontend", .0.describe())]
    SettingRepositoryInvalid(Setting),
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

impl FieldError {
    pub fn field(&self) -> Field {
        use FieldError::*;
        match self {
            TitleMissing => Field::Title,
            SummaryMissing => Field::Summary,
            TooLong { field, .. } => *field,
            StartedAt(_) => Field::StartedAt,
            SecurityNotChosen => Field::SecurityRelated,
            DetectionNoteMissing => Field::DetectionNote,
            ReporterMissing => Field::Reporter,
            NoteTextMissing => Field::NoteText,
            NoteKindNotChosen => Field::NoteKind,
            OccurredAt(_) => Field::OccurredAt,
            SeverityNotChosen => Field::Severity,
            SeverityReasonMissing => Field::SeverityReason,
            RoleNameMissing => Field::RoleName,
            PersonMissing => Field::Person,
            StatusNotChosen => Field::Status,
            UrgencyNotChosen => Field::Urgency,
            NotAnIncidentReasonMissing => Field::NotAnIncidentReason,
            SkipReasonMissing => Field::SkipReason,
            TellUsersNotChosen => Field::TellUsers,
            UserCommsReasonMissing => Field::UserCommsReason,
            WhatUsersNeedToKnowMissing => Field::WhatUsersNeedToKnow,
            HarmRemovedNotChosen | HarmNotRemoved => Field::HarmRemoved,
            ResolutionHowMissing => Field::ResolutionHow,
            LongTailTextMissing => Field::LongTailText,
            LongTailOwnerMissing => Field::LongTailOwner,
            HandoverNextMissing => Field::HandoverNext,
            HandoverPickupMissing => Field::HandoverPickup,
            ReviewHeldAt(_) => Field::ReviewHeldAt,
            TooManyAttendees { .. } => Field::Attendees,
            TooManyStandingActions { .. } => Field::StandingActions,
            OtherCategoryMissing => Field::OtherCategory,
            ActionTitleMissing => Field::ActionTitle,
            ActionOwnerMissing => Field::ActionOwner,
            ActionDue(_) => Field::ActionDue,
            ActionKindNotChosen => Field::ActionKind,
            ActionAreaNotChosen => Field::ActionArea,
            RepositoryInvalid => Field::ActionRepository,
            SecurityRepositoryNotSet => Field::ActionArea,
            IssueUrlInvalid => Field::IssueUrl,
            DropReasonMissing => Field::DropReason,
            SettingMissing(setting)
            | SettingTooLong { setting, .. }
            | TooManyItems { setting, .. }
            | EmailInvalid(setting)
            | LinkInvalid(setting)
            | SettingRepositoryInvalid(setting)
            | TimeInvalid(setting) => Field::Setting(*setting),
            UserChannelInvalid { .. } => Field::Setting(Setting::UserChannels),
            WorkingDaysMissing => Field::Setting(Setting::WorkingDays),
            WorkEndsBeforeStart => Field::Setting(Setting::WorkEnd),
            TimeZoneUnknown => Field::Setting(Setting::TimeZone),
            ProcessReviewedOn(_) => Field::Setting(Setting::ProcessReviewedOn),
            ReviewMonthsInvalid => Field::Setting(Setting::ProcessReviewMonths),
        }
    }
}

/// Why a command was refused. The incident is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("{}", list(.0))]
    Invalid(Vec<FieldError>),
    #[error("This incident has already been declared")]
    AlreadyDeclared,
    #[error("That copy is of a different incident with the same id, so it was not merged")]
    DifferentIncident,
    #[error("Declare the incident before changing it")]
    NotDeclared,
    #[error("This incident is closed, so it can no longer be changed")]
    Closed,
    #[error("This was recorded as not an incident, so it can no longer be changed")]
    RecordedAsNotAnIncident,
    #[error("The incident is already {0}")]
    AlreadyInStatus(Status),
    #[error("An incident that is {from} cannot be moved to {to}")]
    IllegalTransition { from: Status, to: Status },
    #[error("Confirm that the main harm to users has been removed to resolve the incident")]
    ResolveByConfirming,
    #[error("The severity is already {0}")]
    SeverityUnchanged(Severity),
    #[error("There is no such timeline entry ({0})")]
    NoSuchEntry(ItemId),
    #[error("Entries the app recorded itself cannot be edited; add a note instead")]
    AutomaticEntry,
    #[error("The note has not changed")]
    NoteUnchanged,
    #[error("Nothing has changed")]
    NothingChanged,
    #[error("{person} is already the {}", .role.name().to_ascii_lowercase())]
    AlreadyHolds { role: Role, person: String },
    #[error("Nobody is the {}", .0.name().to_ascii_lowercase())]
    RoleNotAssigned(Role),
    #[error("“{}” cannot be marked as not needed", .0.title())]
    TaskCannotBeSkipped(Task),
    #[error("“{}” is already done", .0.title())]
    TaskAlreadyDone(Task),
    #[error("Decide the severity first: stakeholders must be told about P1 and P2 incidents")]
    SeverityNeededToSkip,
    #[error("Stakeholders must be told about {0} incidents")]
    StakeholdersMustBeTold(Severity),
    #[error(
        "You decided not to tell users. Change the decision before posting a message to users"
    )]
    NotTellingUsers,
    #[error("Enter where the message was sent")]
    ChannelMissing,
    #[error("The message must be {} characters or fewer", crate::domain::TEXT_MAX)]
    MessageTooLong,
    #[error("“{}” is not due: it comes once the incident reaches that point, if those people were told before", .0.title())]
    TaskNotDue(Task),
    #[error("There is no such clean-up item ({0})")]
    NoSuchLongTailItem(ItemId),
    #[error("That clean-up item is already done or dropped")]
    LongTailItemAlreadyDone,
    #[error("Resolve the incident before its review")]
    NotResolvedYet,
    #[error("Before marking it as reviewed: {}", super::lifecycle::describe(.0))]
    NotReadyForReview(Vec<Missing>),
    #[error("Before closing it: {}", super::lifecycle::describe(.0))]
    NotReadyToClose(Vec<Missing>),
    #[error("The incident is marked as reviewed, so the review must keep what that needs: {}", super::lifecycle::describe(.0))]
    ReviewedNeeds(Vec<Missing>),
    #[error("There is no such action ({0})")]
    NoSuchAction(ItemId),
    #[error("That action is already done")]
    ActionAlreadyDone,
    /// A revision or record counter at its maximum: only damaged or tampered
    /// data gets there, and wrapping to 0 would reuse numbers.
    #[error("This incident’s saved data has reached a limit it should never reach, so it may be damaged. Export it and keep the file before changing anything.")]
    AtLimit,
}

impl CommandError {
    /// The field-level problems, if the command was refused for its input.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            CommandError::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

fn list(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(". ")
}

/// Turns a list of problems into a result: valid when there are none.
pub(crate) fn invalid_if_any(errors: Vec<FieldError>) -> Result<(), CommandError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CommandError::Invalid(errors))
    }
}
