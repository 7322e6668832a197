//! What an incident still lacks before a status, as values with their words.

use super::task::Task;

/// Something the lifecycle waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// What removed the main harm, confirmed when resolving.
    Resolution,
    Severity,
    ReviewDate,
    RootCause,
    ActionsOrReason,
    /// Actions neither filed as GitHub issues nor done: how many.
    UnfiledActions(usize),
    /// Clean-up neither done nor dropped: how many.
    OpenLongTail(usize),
}

impl Missing {
    pub fn describe(self) -> String {
        match self {
            Missing::Resolution => "confirm what removed the main harm to users".to_owned(),
            Missing::Severity => "decide the severity".to_owned(),
            Missing::ReviewDate => "record when the review was held".to_owned(),
            Missing::RootCause => "write the root cause".to_owned(),
            Missing::ActionsOrReason => {
                "agree at least one action, or say why none is needed".to_owned()
            }
            Missing::UnfiledActions(n) => {
                format!("file every action as a GitHub issue or mark it done ({n} left)")
            }
            Missing::OpenLongTail(n) => {
                format!("finish or drop every piece of clean-up ({n} left)")
            }
        }
    }

    /// The page that deals with it.
    pub fn task(self) -> Task {
        match self {
            Missing::Resolution | Missing::OpenLongTail(_) => Task::ConfirmResolved,
            Missing::Severity => Task::DecideSeverity,
            Missing::ReviewDate | Missing::RootCause => Task::HoldReview,
            Missing::ActionsOrReason | Missing::UnfiledActions(_) => Task::FileActions,
        }
    }
}

pub(super) fn describe(missing: &[Missing]) -> String {
    let parts: Vec<String> = missing.iter().map(|m| m.describe()).collect();
    parts.join("; ")
}
