//! How often an update is owed, as the playbook sets it for each severity.

use serde::{Deserialize, Serialize};

/// How often stakeholders and the team expect an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpdateCadence {
    Every {
        minutes: u32,
    },
    /// At the start of the next working day.
    NextWorkingDay,
}

impl UpdateCadence {
    /// “every 30 minutes”, “every hour”, “every 4 hours”, “by the next working day”.
    pub fn describe(self) -> String {
        match self {
            UpdateCadence::Every { minutes: 60 } => "every hour".to_owned(),
            UpdateCadence::Every { minutes } if minutes % 60 == 0 => {
                format!("every {} hours", minutes / 60)
            }
            UpdateCadence::Every { minutes: 1 } => "every minute".to_owned(),
            UpdateCadence::Every { minutes } => format!("every {minutes} minutes"),
            UpdateCadence::NextWorkingDay => "by the next working day".to_owned(),
        }
    }
}
