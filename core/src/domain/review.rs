//! The incident review: held soon after resolving, to find the root cause and
//! agree actions that prevent or soften a recurrence.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RootCauseCategory {
    CodeChange,
    Configuration,
    Capacity,
    ThirdParty,
    Workflow,
    Design,
    Other,
}

impl RootCauseCategory {
    pub const ALL: [RootCauseCategory; 7] = [
        RootCauseCategory::CodeChange,
        RootCauseCategory::Configuration,
        RootCauseCategory::Capacity,
        RootCauseCategory::ThirdParty,
        RootCauseCategory::Workflow,
        RootCauseCategory::Design,
        RootCauseCategory::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RootCauseCategory::CodeChange => "Unexpected effect of a code change",
            RootCauseCategory::Configuration => "Configuration fault",
            RootCauseCategory::Capacity => "Capacity issue",
            RootCauseCategory::ThirdParty => "Provider or third-party failure",
            RootCauseCategory::Workflow => "Workflow issue",
            RootCauseCategory::Design => "Software design or architecture",
            RootCauseCategory::Other => "Other",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RootCauseCategory::CodeChange => "code-change",
            RootCauseCategory::Configuration => "configuration",
            RootCauseCategory::Capacity => "capacity",
            RootCauseCategory::ThirdParty => "third-party",
            RootCauseCategory::Workflow => "workflow",
            RootCauseCategory::Design => "design",
            RootCauseCategory::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// What the review found. Everything may be filled in over several sittings;
/// the lifecycle asks for what it needs before “Reviewed”.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(
        deserialize_with = "crate::domain::rfc3339::de::utc_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub held_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organiser: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    /// What happened, in brief.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub root_cause: String,
    /// What set it off, where known: the change or event it followed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub trigger: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<RootCauseCategory>,
    /// Describes the “Other” category when it is ticked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub other_category: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contributing_factors: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_badly: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lucky: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recommendations: String,
    /// Set when the review agreed that no action is needed, and why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub no_actions_reason: String,
    /// The playbook's standing actions the review considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing_actions: Vec<String>,
}

impl Review {
    pub fn is_empty(&self) -> bool {
        *self == Review::default()
    }
}
