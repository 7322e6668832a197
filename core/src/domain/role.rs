//! The incident team: who holds which role, and since when.

use crate::domain::tidy::Tidy;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Coordinates the response from discovery to resolution.
    IncidentLead,
    /// Keeps the team, the community and stakeholders informed.
    CommsLead,
    /// Any other role the incident turns out to need, by name.
    Other(String),
}

impl Role {
    pub fn name(&self) -> &str {
        match self {
            Role::IncidentLead => "Incident lead",
            Role::CommsLead => "Comms lead",
            Role::Other(name) => name,
        }
    }

    /// The roles every incident needs filled.
    pub const REQUIRED: [Role; 2] = [Role::IncidentLead, Role::CommsLead];

    /// The role a typed name means: “Comms Lead” or “incident lead ” is the
    /// required role, not another one of the same name.
    pub fn named(name: &str) -> Role {
        let name = name.clean();
        Role::REQUIRED
            .into_iter()
            .find(|role| role.name().eq_ignore_ascii_case(&name))
            .unwrap_or(Role::Other(name))
    }

    /// Whether two roles are the same, ignoring case and spacing of named roles,
    /// so “Scribe” and “ scribe” cannot both be held. Case is compared for
    /// ASCII letters only, which keeps Unicode's case tables out of the app.
    pub fn same_as(&self, other: &Role) -> bool {
        match (self.normal(), other.normal()) {
            (Role::Other(a), Role::Other(b)) => a.eq_ignore_ascii_case(&b),
            (a, b) => a == b,
        }
    }

    /// The role as merging names it: `incident_lead`, `comms_lead`, or
    /// `other:` and the name in lower case, so roles that are the same have
    /// the same key.
    pub fn key(&self) -> String {
        match self.normal() {
            Role::IncidentLead => "incident_lead".to_owned(),
            Role::CommsLead => "comms_lead".to_owned(),
            Role::Other(name) => format!("other:{}", name.to_ascii_lowercase()),
        }
    }

    fn normal(&self) -> Role {
        match self {
            Role::Other(name) => Role::named(name),
            role => role.clone(),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleAssignment {
    pub role: Role,
    pub person: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub assigned_at: DateTime<Utc>,
}
