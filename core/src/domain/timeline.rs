//! The incident timeline: what happened, when, and who recorded it.

use super::ids::ItemId;
use super::stamp::Stamp;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    pub id: ItemId,
    /// When it happened: set by the person, defaulting to when it was recorded.
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub occurred_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub recorded_at: DateTime<Utc>,
    pub author: String,
    pub kind: EntryKind,
    pub text: String,
    /// Earlier wording of an edited note, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_versions: Vec<EntryRevision>,
    /// Set on the entries a merge writes: a value another copy had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged: Option<MergedValue>,
    /// The stamp of the command that wrote it, when it is not the one its
    /// time and id imply (see [`TimelineEntry::stamp`]), as when the
    /// browser's clock was behind a change it had seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamp: Option<Stamp>,
}

impl TimelineEntry {
    /// The stamp of the command that wrote it: given, or else the browser's
    /// clock when it was recorded, with the browser its id names.
    pub fn stamp(&self) -> Stamp {
        self.stamp
            .clone()
            .unwrap_or_else(|| Stamp::natural(self.recorded_at, self.id.device()))
    }

    /// Whether the command that wrote it had stamp `stamp`, without building one.
    pub fn has_stamp(&self, stamp: &Stamp) -> bool {
        match &self.stamp {
            Some(own) => own == stamp,
            None => {
                stamp.counter == 0
                    && stamp.wall == self.recorded_at.timestamp_millis()
                    && stamp.device == self.id.device()
            }
        }
    }

    /// The wording it was first written with.
    pub fn original_text(&self) -> &str {
        self.previous_versions
            .first()
            .map_or(&self.text, |first| &first.text)
    }
}

/// A value that lost when two copies of an incident were merged, kept on
/// the timeline so nothing anyone wrote is lost.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergedValue {
    /// Which field: `title`, `severity`, `role:comms_lead`… (see `fields`).
    pub field: String,
    /// The value as people read it.
    pub value: String,
    /// The stamp of the change that set it, while another copy may still
    /// hold it as that field's value: a later merge with a copy that
    /// replaced it knowingly then drops this entry. `None` once it is
    /// history, kept for good.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamp: Option<Stamp>,
}

/// The text a note had before an edit, and who replaced it when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryRevision {
    pub text: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::utc")]
    pub replaced_at: DateTime<Utc>,
    pub replaced_by: String,
    /// The stamp of the edit that replaced it, which orders edits made in
    /// two copies. Copies from before stamps are given one when read.
    #[serde(default)]
    pub stamp: Stamp,
}

/// Entries people write themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    Note,
    Mitigation,
    Decision,
    StakeholderUpdate,
    UserCommsDecision,
    /// What the next person needs to pick the incident up.
    HandoverNote,
}

impl NoteKind {
    pub const ALL: [NoteKind; 6] = [
        NoteKind::Note,
        NoteKind::Mitigation,
        NoteKind::Decision,
        NoteKind::StakeholderUpdate,
        NoteKind::UserCommsDecision,
        NoteKind::HandoverNote,
    ];

    pub fn key(self) -> &'static str {
        match self {
            NoteKind::Note => "note",
            NoteKind::Mitigation => "mitigation",
            NoteKind::Decision => "decision",
            NoteKind::StakeholderUpdate => "stakeholder_update",
            NoteKind::UserCommsDecision => "user_comms_decision",
            NoteKind::HandoverNote => "handover_note",
        }
    }

    pub fn from_key(key: &str) -> Option<NoteKind> {
        NoteKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Every kind of entry: people's notes, and the automatic entries that
/// commands append so the history of every change stays on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Note,
    Mitigation,
    Decision,
    StakeholderUpdate,
    UserCommsDecision,
    HandoverNote,
    /// A role passed from one person to another.
    Handover,
    Declared,
    NotAnIncident,
    StatusChange,
    SeverityChange,
    RoleChange,
    DetailsChange,
    MessageSent,
    UserCommsDecided,
    TaskSkipped,
    LongTail,
    ReviewChange,
    ActionChange,
    /// A value another copy had, kept when two copies were merged.
    Merged,
}

impl EntryKind {
    /// Whether a command wrote this entry (it then cannot be edited).
    pub fn is_automatic(self) -> bool {
        self.as_note_kind().is_none()
    }

    pub fn as_note_kind(self) -> Option<NoteKind> {
        match self {
            EntryKind::Note => Some(NoteKind::Note),
            EntryKind::Mitigation => Some(NoteKind::Mitigation),
            EntryKind::Decision => Some(NoteKind::Decision),
            EntryKind::StakeholderUpdate => Some(NoteKind::StakeholderUpdate),
            EntryKind::UserCommsDecision => Some(NoteKind::UserCommsDecision),
            EntryKind::HandoverNote => Some(NoteKind::HandoverNote),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Note => "Note",
            EntryKind::Mitigation => "Mitigation",
            EntryKind::Decision => "Decision",
            EntryKind::StakeholderUpdate => "Stakeholder update",
            EntryKind::UserCommsDecision => "Note on telling users",
            EntryKind::HandoverNote => "Handover note",
            EntryKind::Handover => "Handover",
            EntryKind::Declared => "Declared",
            EntryKind::NotAnIncident => "Not an incident",
            EntryKind::StatusChange => "Status",
            EntryKind::SeverityChange => "Severity",
            EntryKind::RoleChange => "Role",
            EntryKind::DetailsChange => "Details",
            EntryKind::MessageSent => "Message sent",
            EntryKind::UserCommsDecided => "Decision on telling users",
            EntryKind::TaskSkipped => "Not needed",
            EntryKind::LongTail => "Clean-up",
            EntryKind::ReviewChange => "Review",
            EntryKind::ActionChange => "Action",
            EntryKind::Merged => "Merged",
        }
    }
}

impl From<NoteKind> for EntryKind {
    fn from(kind: NoteKind) -> Self {
        match kind {
            NoteKind::Note => EntryKind::Note,
            NoteKind::Mitigation => EntryKind::Mitigation,
            NoteKind::Decision => EntryKind::Decision,
            NoteKind::StakeholderUpdate => EntryKind::StakeholderUpdate,
            NoteKind::UserCommsDecision => EntryKind::UserCommsDecision,
            NoteKind::HandoverNote => EntryKind::HandoverNote,
        }
    }
}
