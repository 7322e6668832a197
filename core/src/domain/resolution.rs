//! Resolving: the main harm is gone. What is left is the long tail of
//! clean-up, which never blocks resolving.

use super::ids::ItemId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How the main harm to users was removed, confirmed when resolving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    pub how: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub resolved_at: DateTime<Utc>,
    pub resolved_by: String,
}

/// Clean-up left after the main fix, such as removing references to
/// malicious code from the documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LongTailItem {
    pub id: ItemId,
    pub text: String,
    pub owner: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub added_at: DateTime<Utc>,
    pub added_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Done>,
    /// Consciously not done, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<Dropped>,
}

impl LongTailItem {
    /// Done, or dropped with a reason: nothing more to do.
    pub fn is_settled(&self) -> bool {
        self.done.is_some() || self.dropped.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Done {
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub at: DateTime<Utc>,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dropped {
    pub reason: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub at: DateTime<Utc>,
    pub by: String,
}
