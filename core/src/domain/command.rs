//! Commands: every change to an incident, as data. New capabilities add variants.

use super::actions::ActionDraft;
use super::comms::{MessageKind, UserCommsAnswers};
use super::detection::Detection;
use super::ids::ItemId;
use super::review::Review;
use super::role::Role;
use super::severity::Severity;
use super::status::Status;
use super::task::Task;
use super::timeline::NoteKind;
use super::triage::TriageAnswers;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who is making a change, when, from which browser, and under which version
/// of the playbook. Passed in so the domain never reads a clock or storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub actor: String,
    pub now: DateTime<Utc>,
    /// [`Playbook::version`](super::Playbook::version) of the playbook in
    /// use; empty when it does not matter (tests, tools).
    pub playbook_version: String,
    /// This browser's id, so the ids it gives new records never clash with
    /// another browser's; empty when it does not matter (tests, tools).
    pub device: String,
}

impl Context {
    pub fn new(actor: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            actor: actor.into(),
            now,
            playbook_version: String::new(),
            device: String::new(),
        }
    }

    pub fn with_device(self, device: String) -> Self {
        Self { device, ..self }
    }

    pub fn with_playbook(self, version: String) -> Self {
        Self {
            playbook_version: version,
            ..self
        }
    }
}

/// The descriptive details of an incident, set when declaring and editable after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub title: String,
    pub summary: String,
    /// Who could not do what. Filled in as the report is started.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub impact: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub services_affected: String,
    /// What it meant for the department and its teams, beside the users.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub departmental_impact: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub started_at: DateTime<Utc>,
    pub security_related: bool,
    /// How the team found out, if someone has said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detection: Option<Detection>,
    /// More on how: needed when it was “another way”.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detection_note: String,
}

impl Declaration {
    /// What declaring in a hurry gives: a title, a summary and the start,
    /// not security related; the rest is added as the report is started.
    pub fn new(
        title: impl Into<String>,
        summary: impl Into<String>,
        started_at: DateTime<Utc>,
    ) -> Self {
        Self {
            title: title.into(),
            summary: summary.into(),
            impact: String::new(),
            services_affected: String::new(),
            departmental_impact: String::new(),
            started_at,
            security_related: false,
            detection: None,
            detection_note: String::new(),
        }
    }
}

/// Editing the details uses the same fields, and the same rules, as declaring.
pub type DetailsEdit = Declaration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Declare {
        details: Declaration,
        /// The triage answers, unless the person skipped triage.
        triage: Option<TriageAnswers>,
    },
    /// Ends a triage that did not declare: kept so the decision can be found later.
    RecordNotAnIncident {
        title: String,
        summary: String,
        triage: TriageAnswers,
        reason: String,
    },
    EditDetails(DetailsEdit),
    AddNote {
        kind: NoteKind,
        text: String,
        /// When it happened; `None` means now.
        occurred_at: Option<DateTime<Utc>>,
    },
    EditNote {
        entry: ItemId,
        text: String,
    },
    SetSeverity {
        severity: Severity,
        /// Required when changing a severity that was already set.
        reason: String,
    },
    AssignRole {
        role: Role,
        person: String,
    },
    UnassignRole {
        role: Role,
    },
    /// Any move but to Resolved, which needs [`Command::Resolve`]. Reviewed
    /// and Closed check that the review and its actions are complete.
    ChangeStatus {
        to: Status,
    },
    /// “Has the main harm to users been removed?” Yes, and this removed it.
    Resolve {
        how: String,
    },
    RecordMessageSent {
        kind: MessageKind,
        /// The channel or addresses it went to.
        channel: String,
        /// What was said, kept with the record and on the timeline.
        text: String,
    },
    DecideUserComms {
        answers: UserCommsAnswers,
        tell_users: bool,
        /// Required when not telling users.
        reason: String,
        what_users_should_do: String,
        /// Required when telling users: the message to them starts with it.
        what_users_need_to_know: String,
    },
    SkipTask {
        task: Task,
        reason: String,
    },
    AddLongTailItem {
        text: String,
        owner: String,
    },
    CompleteLongTailItem {
        item: ItemId,
    },
    /// Clean-up consciously not done, with the reason.
    DropLongTailItem {
        item: ItemId,
        reason: String,
    },
    /// The review as it now stands: every field, replacing what was there.
    RecordReview(Review),
    AddAction(ActionDraft),
    EditAction {
        action: ItemId,
        draft: ActionDraft,
    },
    /// The GitHub issue the action was filed as.
    LinkActionIssue {
        action: ItemId,
        url: String,
    },
    CompleteAction {
        action: ItemId,
    },
}
