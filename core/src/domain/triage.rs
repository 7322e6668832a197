//! “Is this an incident?”: the four signals, whether it can wait, and the
//! recommendation they lead to. The answers are kept with what was decided.

use serde::{Deserialize, Serialize};

/// A sign that something is an incident. Any one is enough to consider it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriageSignal {
    SecurityRisk,
    ServiceUnusable,
    EndUsersAffected,
    ReputationRisk,
}

impl TriageSignal {
    pub const ALL: [TriageSignal; 4] = [
        TriageSignal::SecurityRisk,
        TriageSignal::ServiceUnusable,
        TriageSignal::EndUsersAffected,
        TriageSignal::ReputationRisk,
    ];

    /// The checkbox label; `service` names what the team runs, mid-sentence.
    pub fn label(self, service: &str) -> String {
        match self {
            TriageSignal::SecurityRisk => {
                "The security of users or of the team is at risk, or has been breached".to_owned()
            }
            TriageSignal::ServiceUnusable => {
                format!("People cannot use {service}, in part or at all")
            }
            TriageSignal::EndUsersAffected => {
                format!("End users cannot use services because of a problem with {service}")
            }
            TriageSignal::ReputationRisk => {
                format!("The reputation of {service}, or of services that use it, is at risk")
            }
        }
    }

    /// As it reads after “Declared because”.
    pub fn reason(self) -> &'static str {
        match self {
            TriageSignal::SecurityRisk => "security is at risk",
            TriageSignal::ServiceUnusable => "people cannot use the service",
            TriageSignal::EndUsersAffected => "end users cannot use services",
            TriageSignal::ReputationRisk => "reputation is at risk",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TriageSignal::SecurityRisk => "security",
            TriageSignal::ServiceUnusable => "unusable",
            TriageSignal::EndUsersAffected => "end-users",
            TriageSignal::ReputationRisk => "reputation",
        }
    }

    pub fn from_key(key: &str) -> Option<TriageSignal> {
        TriageSignal::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Must it be fixed now, or can the service keep running securely with it?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    MustFixNow,
    CanWait,
    /// Treated like “must fix now”: if in doubt, act.
    NotSure,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::MustFixNow, Urgency::CanWait, Urgency::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Urgency::MustFixNow => "It must be fixed now",
            Urgency::CanWait => "It can wait: the service can keep running securely with it",
            Urgency::NotSure => "Not sure",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Urgency::MustFixNow => "now",
            Urgency::CanWait => "can-wait",
            Urgency::NotSure => "not-sure",
        }
    }

    pub fn from_key(key: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.key() == key)
    }
}

/// What the person answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageAnswers {
    /// The signals ticked, in the order they are asked, each once.
    pub signals: Vec<TriageSignal>,
    pub urgency: Urgency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    Declare,
    /// Probably not an incident, but still worth fixing promptly.
    ProbablyNotAnIncident,
}

impl TriageAnswers {
    pub fn new(signals: impl IntoIterator<Item = TriageSignal>, urgency: Urgency) -> Self {
        let mut signals: Vec<TriageSignal> = signals.into_iter().collect();
        signals.sort();
        signals.dedup();
        Self { signals, urgency }
    }

    /// Declare when any signal is present and it cannot safely wait.
    pub fn recommendation(&self) -> Recommendation {
        if !self.signals.is_empty() && self.urgency != Urgency::CanWait {
            Recommendation::Declare
        } else {
            Recommendation::ProbablyNotAnIncident
        }
    }

    pub fn has(&self, signal: TriageSignal) -> bool {
        self.signals.contains(&signal)
    }

    /// “security is at risk and people cannot use the service. It must be fixed now.”
    pub fn describe(&self) -> String {
        let reasons: Vec<&str> = self.signals.iter().map(|s| s.reason()).collect();
        let signals = if reasons.is_empty() {
            "none of the signs of an incident were seen".to_owned()
        } else {
            super::text::and_list(&reasons)
        };
        let urgency = match self.urgency {
            Urgency::MustFixNow => "It must be fixed now.",
            Urgency::CanWait => "It can wait.",
            Urgency::NotSure => "Not sure whether it can wait.",
        };
        format!("{signals}. {urgency}")
    }
}

/// What was decided after triage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriageDecision {
    Declared,
    NotAnIncident,
}

/// The triage as kept on the incident: answers, the app's recommendation at
/// the time, and what the person decided and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRecord {
    pub answers: TriageAnswers,
    pub recommendation: Recommendation,
    pub decision: TriageDecision,
    /// Required when recording “not an incident”; optional when declaring.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}
