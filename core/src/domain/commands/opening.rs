//! How an incident's record begins: declared, or kept as “not an incident”.

use super::details::{declaration_problems, text_problems, tidy};
use super::error::invalid_if_any;
use super::recorded::{Outcome, Recorded};
use crate::domain::command::{Context, Declaration};
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::status::Status;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::triage::{
    Recommendation, TriageAnswers, TriageDecision, TriageRecord, TriageSignal,
};
use crate::domain::validate::required;
use crate::domain::validate::TEXT_MAX;

impl Incident {
    pub(in crate::domain) fn declare_details(
        &mut self,
        details: Declaration,
        triage: Option<TriageAnswers>,
        ctx: &Context,
    ) -> Outcome {
        invalid_if_any(declaration_problems(&details, ctx.now))?;
        let text = match &triage {
            None => "Incident declared.".to_owned(),
            Some(answers) => {
                let mut text = format!(
                    "Incident declared. Declared because: {}",
                    answers.describe()
                );
                if answers.recommendation() == Recommendation::ProbablyNotAnIncident {
                    text.push_str(
                        " Declared although triage suggested it was probably not an incident.",
                    );
                }
                text
            }
        };
        self.details = tidy(details);
        self.reporter = ctx.actor.clone();
        self.declared_at = ctx.now;
        self.status = Status::Active;
        self.triage = triage.map(|answers| TriageRecord {
            recommendation: answers.recommendation(),
            answers,
            decision: TriageDecision::Declared,
            reason: String::new(),
        });
        Ok(Recorded::new(EntryKind::Declared, text))
    }

    pub(in crate::domain) fn not_an_incident(
        &mut self,
        title: String,
        summary: String,
        answers: TriageAnswers,
        reason: String,
        ctx: &Context,
    ) -> Outcome {
        let details = Declaration {
            title,
            summary,
            impact: String::new(),
            services_affected: String::new(),
            departmental_impact: String::new(),
            started_at: ctx.now,
            security_related: answers.has(TriageSignal::SecurityRisk),
            detection: None,
            detection_note: String::new(),
        };
        invalid_if_any(not_an_incident_problems(
            &details.title,
            &details.summary,
            &reason,
        ))?;
        let reason = reason.clean();
        let text = format!(
            "Recorded as not an incident. Reason: {reason} Triage: {}",
            answers.describe()
        );
        self.details = tidy(details);
        self.reporter = ctx.actor.clone();
        self.declared_at = ctx.now;
        self.status = Status::NotAnIncident;
        self.triage = Some(TriageRecord {
            recommendation: answers.recommendation(),
            answers,
            decision: TriageDecision::NotAnIncident,
            reason,
        });
        Ok(Recorded::new(EntryKind::NotAnIncident, text))
    }
}

/// Problems with a “not an incident” record, in form order.
pub(crate) fn not_an_incident_problems(
    title: &str,
    summary: &str,
    reason: &str,
) -> Vec<FieldError> {
    let mut problems = text_problems(title, summary);
    problems.extend(required(
        reason,
        FieldError::NotAnIncidentReasonMissing,
        Field::NotAnIncidentReason,
        TEXT_MAX,
    ));
    problems
}
