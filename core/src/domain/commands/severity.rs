//! Severity: decided as early as possible; changing it later needs a reason.

use super::error::CommandError;
use super::recorded::{Outcome, Recorded};
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::severity::Severity;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::optional;
use crate::domain::validate::TEXT_MAX;

impl Incident {
    pub(in crate::domain) fn set_severity(
        &mut self,
        severity: Severity,
        reason: String,
    ) -> Outcome {
        let reason = reason.clean();
        if let Some(too_long) = optional(&reason, Field::SeverityReason, TEXT_MAX) {
            return Err(CommandError::Invalid(vec![too_long]));
        }
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
