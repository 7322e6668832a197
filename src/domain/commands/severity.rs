//! Severity: decided as early as possible; changing it later needs a reason.

use crate::domain::error::{CommandError, FieldError};
use crate::domain::incident::{Incident, Outcome, Recorded};
use crate::domain::severity::Severity;
use crate::domain::timeline::EntryKind;

impl Incident {
    pub(in crate::domain) fn set_severity(
        &mut self,
        severity: Severity,
        reason: String,
    ) -> Outcome {
        let reason = reason.trim();
        let text = match self.severity {
            Some(current) if current == severity => {
                return Err(CommandError::SeverityUnchanged(severity))
            }
            Some(_) if reason.is_empty() => {
                return Err(CommandError::Invalid(vec![
                    FieldError::SeverityReasonMissing,
                ]))
            }
            Some(current) => {
                format!("Severity changed from {current} to {severity}. Reason: {reason}")
            }
            None if reason.is_empty() => format!("Severity set to {severity}."),
            None => format!("Severity set to {severity}. Reason: {reason}"),
        };
        self.severity = Some(severity);
        Ok(Recorded::new(EntryKind::SeverityChange, text))
    }
}
