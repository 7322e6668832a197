//! A form's problems: shown together in the error summary, and each beside its field.

use super::components::{ErrorLink, ErrorSummary};
use crate::domain::{CommandError, Field, FieldError, Setting, Severity};
use leptos::prelude::*;

/// The id of the input a field's error links to. Each field appears in at
/// most one form per page, so one table serves every form.
pub fn field_id(field: Field) -> &'static str {
    match field {
        Field::Title => "title",
        Field::Summary => "summary",
        Field::StartedAt => "started-day",
        Field::SecurityRelated => "security-related",
        Field::Reporter => "your-name",
        Field::NoteText => "note-text",
        Field::NoteKind => "note-kind",
        Field::OccurredAt => "occurred-day",
        Field::Severity => "severity",
        Field::SeverityReason => "severity-reason",
        Field::RoleName => "role-name",
        Field::Person => "role-person",
        Field::Status => "status",
        Field::Impact => "impact",
        Field::DepartmentalImpact => "departmental-impact",
        Field::ServicesAffected => "services-affected",
        Field::Detection => "detection",
        Field::DetectionNote => "detection-note",
        Field::Trigger => "trigger",
        Field::Urgency => "urgency",
        Field::NotAnIncidentReason => "reason",
        Field::SkipReason => "skip-reason",
        Field::TellUsers => "tell-users",
        Field::UserCommsReason => "user-comms-reason",
        Field::WhatUsersShouldDo => "what-users-should-do",
        Field::WhatUsersNeedToKnow => "what-users-need-to-know",
        Field::HarmRemoved => "harm-removed",
        Field::ResolutionHow => "resolution-how",
        Field::LongTailText => "long-tail-text",
        Field::LongTailOwner => "long-tail-owner",
        Field::HandoverKnown => "handover-known",
        Field::HandoverTried => "handover-tried",
        Field::HandoverNext => "handover-next",
        Field::HandoverPickup => "handover-pickup",
        Field::ReviewHeldAt => "held-day",
        Field::Organiser => "organiser",
        Field::Attendees => "attendees",
        Field::ReviewSummary => "review-summary",
        Field::RootCause => "root-cause",
        Field::OtherCategory => "other-category",
        Field::ContributingFactors => "contributing-factors",
        Field::WentWell => "went-well",
        Field::WentBadly => "went-badly",
        Field::Lucky => "lucky",
        Field::Recommendations => "recommendations",
        Field::StandingActions => "standing-actions",
        Field::NoActionsReason => "no-actions-reason",
        Field::ActionTitle => "action-title",
        Field::ActionDetail => "action-detail",
        Field::ActionOwner => "action-owner",
        Field::ActionDue => "action-due-day",
        Field::ActionKind => "action-kind",
        Field::ActionArea => "action-area",
        Field::ActionRepository => "action-repository",
        Field::IssueUrl => "issue-url",
        Field::DropReason => "drop-reason",
        Field::Setting(setting) => setting_id(setting),
    }
}

/// The id of each setting's input on the settings page.
pub fn setting_id(setting: Setting) -> &'static str {
    match setting {
        Setting::TeamName => "team-name",
        Setting::ServiceName => "service-name",
        Setting::TeamChannel => "team-channel",
        Setting::TeamMention => "team-mention",
        Setting::StakeholdersName => "stakeholders-name",
        Setting::StakeholdersEmail => "stakeholders-email",
        Setting::CyberName => "cyber-name",
        Setting::CyberEmail => "cyber-email",
        Setting::UserChannels => "user-channels",
        Setting::NeverTellUsersBy => "never-tell-users-by",
        Setting::OutOfHours => "out-of-hours",
        Setting::SeverityExample(Severity::P1) => "severity-p1-example",
        Setting::SeverityExample(Severity::P2) => "severity-p2-example",
        Setting::SeverityExample(Severity::P3) => "severity-p3-example",
        Setting::SeverityExample(Severity::P4) => "severity-p4-example",
        Setting::IncidentExamples => "incident-examples",
        Setting::NotIncidentExamples => "not-incident-examples",
        Setting::SecurityRepository => "security-repository",
        Setting::IncidentsFolder => "incidents-folder",
        Setting::IncidentManagement => "incident-management",
        Setting::CyberDefinition => "cyber-definition",
        Setting::WebsiteRepository => "website-repository",
        Setting::ComponentsRepository => "components-repository",
        Setting::OtherRepository => "other-repository",
        Setting::IssueLabels => "issue-labels",
        Setting::StandingActions => "standing-actions",
        Setting::WorkingDays => "working-days",
        Setting::WorkStart => "work-start",
        Setting::WorkEnd => "work-end",
        Setting::TimeZone => "time-zone",
        Setting::ProcessReviewedOn => "process-reviewed-day",
        Setting::ProcessReviewMonths => "process-review-months",
    }
}

#[derive(Clone, Copy)]
pub struct FormErrors {
    errors: RwSignal<Vec<FieldError>>,
    /// A problem not about one field, such as a refused status change.
    general: RwSignal<Option<String>>,
    /// For a one-field form whose input has its own id: every link goes there.
    single_input: Option<StoredValue<String>>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self {
            errors: RwSignal::new(Vec::new()),
            general: RwSignal::new(None),
            single_input: None,
        }
    }

    /// Errors for a form with one input, whose id is `input_id`.
    pub fn for_single_input(input_id: String) -> Self {
        Self {
            single_input: Some(StoredValue::new(input_id)),
            ..Self::new()
        }
    }

    pub fn show(&self, errors: Vec<FieldError>) {
        self.general.set(None);
        self.errors.set(errors);
    }

    /// A problem that is not about one field, such as storage refusing to save.
    pub fn show_message(&self, message: String) {
        self.errors.set(Vec::new());
        self.general.set(Some(message));
    }

    /// A refused command: its field problems beside their fields, or its reason.
    pub fn show_refusal(&self, error: CommandError) {
        match error {
            CommandError::Invalid(problems) => self.show(problems),
            other => self.show_message(other.to_string()),
        }
    }

    pub fn clear(&self) {
        self.errors.set(Vec::new());
        self.general.set(None);
    }

    /// The first message about `field`, for its inline error.
    pub fn message(&self, field: Field) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field() == field)
                    .map(ToString::to_string)
            })
        })
    }

    /// The error summary, while there are problems.
    pub fn summary(&self) -> impl IntoView {
        let (errors, general, single_input) = (self.errors, self.general, self.single_input);
        let link = move |field: Field| match single_input {
            Some(id) => format!("#{}", id.get_value()),
            None => format!("#{}", field_id(field)),
        };
        move || {
            let mut list: Vec<ErrorLink> = errors.with(|errors| {
                errors
                    .iter()
                    .map(|error| ErrorLink {
                        text: error.to_string(),
                        href: Some(link(error.field())),
                    })
                    .collect()
            });
            if let Some(message) = general.get() {
                list.push(ErrorLink {
                    text: message,
                    href: None,
                });
            }
            (!list.is_empty()).then(|| view! { <ErrorSummary error_list=list /> })
        }
    }
}
