//! How the team found out about an incident, for the report's “Detection”.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detection {
    /// Monitoring or an alert.
    Monitoring,
    /// Someone using the service told the team.
    UserReport,
    /// Someone in the team noticed.
    Teammate,
    /// Another way, which the note says.
    Other,
}

impl Detection {
    pub const ALL: [Detection; 4] = [
        Detection::Monitoring,
        Detection::UserReport,
        Detection::Teammate,
        Detection::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Detection::Monitoring => "Monitoring or an alert",
            Detection::UserReport => "A user told us",
            Detection::Teammate => "Someone in the team noticed",
            Detection::Other => "Another way",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Detection::Monitoring => "monitoring",
            Detection::UserReport => "user-report",
            Detection::Teammate => "teammate",
            Detection::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Detection> {
        Detection::ALL.into_iter().find(|d| d.key() == key)
    }
}
