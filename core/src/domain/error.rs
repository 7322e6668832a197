//! What can go wrong when a command is applied, in words a person can act on.

use super::moment::MomentProblem;
use super::setting::{Setting, SettingError};

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
    /// A problem with a setting, on the settings page.
    #[error(transparent)]
    Setting(SettingError),
}

impl From<SettingError> for FieldError {
    fn from(problem: SettingError) -> Self {
        FieldError::Setting(problem)
    }
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
            Setting(problem) => Field::Setting(problem.setting()),
        }
    }
}
