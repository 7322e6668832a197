//! Severity (priority) levels. What each one means for a team comes from the
//! playbook; the levels themselves are fixed.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    P1,
    P2,
    P3,
    P4,
}

impl Severity {
    /// Most to least severe.
    pub const ALL: [Severity; 4] = [Severity::P1, Severity::P2, Severity::P3, Severity::P4];

    /// Its place in [`ALL`](Self::ALL): 0 for P1.
    pub fn index(self) -> usize {
        match self {
            Severity::P1 => 0,
            Severity::P2 => 1,
            Severity::P3 => 2,
            Severity::P4 => 3,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Severity::P1 => "P1",
            Severity::P2 => "P2",
            Severity::P3 => "P3",
            Severity::P4 => "P4",
        }
    }

    /// The process asks for stakeholders to be told straight away at these
    /// levels, and never lets the task be skipped.
    pub fn needs_stakeholders_now(self) -> bool {
        matches!(self, Severity::P1 | Severity::P2)
    }

    pub fn from_label(label: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.label() == label)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
