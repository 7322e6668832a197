//! The lifecycle of an incident and which moves through it are allowed.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being assessed; not yet declared. Triage keeps nothing until a
    /// decision, so no incident is stored in this status today.
    Triage,
    /// Declared and being worked on.
    Active,
    /// The harm is contained but the cause is not yet fixed.
    Mitigated,
    /// The primary negative impact is gone; clean-up may remain.
    Resolved,
    /// The incident review has been held and its actions agreed.
    Reviewed,
    /// The review is done and its actions filed.
    Closed,
    /// Triage decided this was not an incident: a record kept for later.
    NotAnIncident,
}

impl Status {
    /// Every status, in lifecycle order.
    pub const ALL: [Status; 7] = [
        Status::Triage,
        Status::Active,
        Status::Mitigated,
        Status::Resolved,
        Status::Reviewed,
        Status::Closed,
        Status::NotAnIncident,
    ];

    /// The statuses this one may move to. The one table of legal moves.
    pub fn next_statuses(self) -> &'static [Status] {
        use Status::*;
        match self {
            Triage => &[Active, NotAnIncident],
            // Straight to resolved is fine: some fixes need no mitigation step.
            Active => &[Mitigated, Resolved],
            // Back to active when the mitigation stops working.
            Mitigated => &[Active, Resolved],
            // Back to active when the impact returns, until it is closed.
            Resolved => &[Active, Reviewed],
            Reviewed => &[Active, Closed],
            Closed | NotAnIncident => &[],
        }
    }

    pub fn can_move_to(self, to: Status) -> bool {
        self.next_statuses().contains(&to)
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Triage => "Triage",
            Status::Active => "Active",
            Status::Mitigated => "Mitigated",
            Status::Resolved => "Resolved",
            Status::Reviewed => "Reviewed",
            Status::Closed => "Closed",
            Status::NotAnIncident => "Not an incident",
        }
    }

    /// One line on what the status means, for hints.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Triage => "We are deciding whether this is an incident.",
            Status::Active => "The impact is ongoing and we are working on it.",
            Status::Mitigated => "The harm is contained, but the cause is not fixed yet.",
            Status::Resolved => "The main harm is gone. Clean-up work can still be left to do.",
            Status::Reviewed => "We have held the incident review.",
            Status::Closed => "The review is done and its actions are filed.",
            Status::NotAnIncident => "We decided this is not an incident.",
        }
    }

    /// Machine name, as stored and as used in form values.
    pub fn key(self) -> &'static str {
        match self {
            Status::Triage => "triage",
            Status::Active => "active",
            Status::Mitigated => "mitigated",
            Status::Resolved => "resolved",
            Status::Reviewed => "reviewed",
            Status::Closed => "closed",
            Status::NotAnIncident => "not_an_incident",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
