//! Communications: the messages a team sends during an incident, and the
//! record that each was sent, with when and by whom.

use super::status::Status;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// The first message to the team, and updates to it.
    TeamAlert,
    StakeholderEmail,
    UserMessage,
}

impl MessageKind {
    pub fn key(self) -> &'static str {
        match self {
            MessageKind::TeamAlert => "team",
            MessageKind::StakeholderEmail => "stakeholders",
            MessageKind::UserMessage => "users",
        }
    }
}

/// A message that was sent: where, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Communication {
    pub kind: MessageKind,
    /// The channel or addresses it went to.
    pub channel: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub sent_at: DateTime<Utc>,
    pub sent_by: String,
    /// The incident's status when it was sent, which tells a final message
    /// (“it is resolved”) from the updates before it. Absent before format 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// What was said, as the person sent it. Absent before format 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// A round of messages to everyone told before: once the harm is contained
/// (mitigated), and once it is removed (resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    Mitigated,
    Resolved,
}

impl Round {
    /// The round an incident in this status owes, if any.
    pub fn of(status: Status) -> Option<Round> {
        match status {
            Status::Mitigated => Some(Round::Mitigated),
            Status::Resolved | Status::Reviewed | Status::Closed => Some(Round::Resolved),
            _ => None,
        }
    }

    /// Whether a message sent while the incident had this status belongs to the round.
    pub fn counts(self, sent_while: Option<Status>) -> bool {
        sent_while.and_then(Round::of) == Some(self)
    }
}

/// The questions that decide whether to tell users. Unanswered counts as
/// unsure, and when unsure, the process says to tell them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserCommsAnswers {
    pub security_issue: Option<bool>,
    pub users_must_act: Option<bool>,
    /// Could publicity make it worse, as it can for a defaced website?
    pub publicity_could_harm: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserCommsAdvice {
    /// Users need to know: it is about their security, or they must act.
    TellUsers,
    /// Publicity could do harm and users need do nothing: consider not telling.
    ConsiderNotTelling,
    /// No strong reason either way: if in doubt, tell them.
    TellUsersIfInDoubt,
}

impl UserCommsAnswers {
    pub fn advice(&self) -> UserCommsAdvice {
        if self.security_issue == Some(true) || self.users_must_act == Some(true) {
            UserCommsAdvice::TellUsers
        } else if self.publicity_could_harm == Some(true) {
            UserCommsAdvice::ConsiderNotTelling
        } else {
            UserCommsAdvice::TellUsersIfInDoubt
        }
    }
}

impl UserCommsAdvice {
    pub fn explain(self) -> &'static str {
        match self {
            UserCommsAdvice::TellUsers => {
                "Tell users. It affects their security or they need to do something, so they need to know."
            }
            UserCommsAdvice::ConsiderNotTelling => {
                "Consider not telling users. Publicity could make it worse and users do not need to do anything. Decide as a team."
            }
            UserCommsAdvice::TellUsersIfInDoubt => {
                "Tell users. There is no strong reason either way, and if in doubt, tell them."
            }
        }
    }

    pub fn recommends_telling(self) -> bool {
        self != UserCommsAdvice::ConsiderNotTelling
    }
}

/// The team's decision on telling users, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserCommsDecision {
    pub answers: UserCommsAnswers,
    pub tell_users: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// What users should do, for the message to them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_users_should_do: String,
    /// The problem in users' words, for the message to them: the incident's
    /// own title is internal. Needed when telling users; absent before format 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_users_need_to_know: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub decided_at: DateTime<Utc>,
    pub decided_by: String,
}
