//! The team-specific part of the process. Only the default, the GOV.UK Design
//! System team's, exists so far; other teams will be able to edit their own.

use super::severity::Severity;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Playbook {
    pub team_name: String,
    pub severities: Vec<SeverityGuide>,
}

/// What a severity level means for this team, by example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityGuide {
    pub severity: Severity,
    pub example: String,
}

impl Playbook {
    /// The GOV.UK Design System team's playbook.
    pub fn govuk_design_system() -> Self {
        let guide = |severity, example: &str| SeverityGuide {
            severity,
            example: example.to_owned(),
        };
        Self {
            team_name: "GOV.UK Design System".to_owned(),
            severities: vec![
                guide(Severity::P1, "Malicious code in govuk-frontend"),
                guide(
                    Severity::P2,
                    "Malicious package masquerading as govuk-frontend",
                ),
                guide(Severity::P3, "Design system website is down"),
                guide(
                    Severity::P4,
                    "Blocking bug introduced into a govuk-frontend component",
                ),
            ],
        }
    }

    pub fn example_for(&self, severity: Severity) -> Option<&str> {
        self.severities
            .iter()
            .find(|guide| guide.severity == severity)
            .map(|guide| guide.example.as_str())
    }
}

impl Default for Playbook {
    fn default() -> Self {
        Self::govuk_design_system()
    }
}
