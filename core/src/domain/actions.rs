//! Actions agreed at the review, each filed as a GitHub issue in the
//! repository that fits it.

use super::ids::ItemId;
use super::resolution::Done;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Prevent,
    Mitigate,
    Detect,
    CleanUp,
}

impl ActionKind {
    pub const ALL: [ActionKind; 4] = [
        ActionKind::Prevent,
        ActionKind::Mitigate,
        ActionKind::Detect,
        ActionKind::CleanUp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionKind::Prevent => "Prevent",
            ActionKind::Mitigate => "Mitigate",
            ActionKind::Detect => "Detect",
            ActionKind::CleanUp => "Clean up",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            ActionKind::Prevent => "Stop it happening again.",
            ActionKind::Mitigate => "Make the harm smaller if it does.",
            ActionKind::Detect => "Notice it sooner.",
            ActionKind::CleanUp => "Tidy up what the incident left behind.",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ActionKind::Prevent => "prevent",
            ActionKind::Mitigate => "mitigate",
            ActionKind::Detect => "detect",
            ActionKind::CleanUp => "clean-up",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// What an action is about, which picks its repository by the playbook's routing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionArea {
    Security,
    Website,
    Components,
    Other,
}

impl ActionArea {
    pub const ALL: [ActionArea; 4] = [
        ActionArea::Security,
        ActionArea::Website,
        ActionArea::Components,
        ActionArea::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionArea::Security => "Security",
            ActionArea::Website => "The website",
            ActionArea::Components => "Component code",
            ActionArea::Other => "Something else",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ActionArea::Security => "security",
            ActionArea::Website => "website",
            ActionArea::Components => "components",
            ActionArea::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// An action as written at the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionDraft {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// A person, not a team: someone has to own it.
    pub owner: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::date")]
    pub due: NaiveDate,
    pub kind: ActionKind,
    pub area: ActionArea,
    /// `owner/name` on GitHub.
    pub repository: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: ItemId,
    pub draft: ActionDraft,
    /// The GitHub issue it was filed as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Done>,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub added_at: DateTime<Utc>,
    pub added_by: String,
}

impl Action {
    /// Open past its due date (`today` in the team's time zone).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.done.is_none() && self.draft.due < today
    }

    /// Filed as an issue, or done: either way, tracked.
    pub fn is_filed(&self) -> bool {
        self.issue_url.is_some() || self.done.is_some()
    }
}

/// Whether `text` is a GitHub repository name, `owner/name`.
pub fn is_repository(text: &str) -> bool {
    let Some((owner, name)) = text.split_once('/') else {
        return false;
    };
    let owner_ok = !owner.is_empty()
        && owner.len() <= 39
        && !owner.starts_with('-')
        && owner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let name_ok = !name.is_empty()
        && name.len() <= 100
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    owner_ok && name_ok
}

/// Whether `url` is a GitHub issue's address: `https://github.com/<owner>/<repo>/issues/<n>`.
pub fn is_issue_url(url: &str) -> bool {
    let Some(path) = url.strip_prefix("https://github.com/") else {
        return false;
    };
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        [owner, name, "issues", number] => {
            is_repository(&format!("{owner}/{name}"))
                && !number.is_empty()
                && number.len() <= 10
                && number.chars().all(|c| c.is_ascii_digit())
                && !number.starts_with('0')
        }
        _ => false,
    }
}
