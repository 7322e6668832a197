//! The review: recorded as it stands after each sitting, every change on the timeline.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::lifecycle::missing_for_review;
use crate::domain::moment::MomentProblem;
use crate::domain::review::{Review, RootCauseCategory};
use crate::domain::status::Status;
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::optional;
use crate::domain::validate::{NAME_MAX, TEXT_MAX};
use chrono::{DateTime, Utc};

/// More attendees than this is a typing accident, not a review.
const ATTENDEES_MAX: usize = 50;

impl Incident {
    /// Reviews and their actions come after the main harm is gone.
    pub(super) fn require_resolved(&self) -> Result<(), CommandError> {
        match self.is_up_for_review() {
            true => Ok(()),
            false => Err(CommandError::NotResolvedYet),
        }
    }

    pub(in crate::domain) fn record_review(&mut self, review: Review, ctx: &Context) -> Outcome {
        self.require_resolved()?;
        invalid_if_any(review_problems(&review, ctx.now))?;
        let review = tidy(review);
        let changed = changed_parts(&self.review, &review);
        if changed.is_empty() {
            return Err(CommandError::NothingChanged);
        }
        let text = format!(
            "Review updated: {}.",
            crate::domain::text::and_list(&changed)
        );
        let before = std::mem::replace(&mut self.review, review);
        if self.status == Status::Reviewed {
            // A reviewed incident keeps what being reviewed needs.
            let missing = missing_for_review(self);
            if !missing.is_empty() {
                self.review = before;
                return Err(CommandError::ReviewedNeeds(missing));
            }
        }
        Ok(Recorded::new(EntryKind::ReviewChange, text))
    }
}

/// Every problem with a review, in form order.
pub(crate) fn review_problems(review: &Review, now: DateTime<Utc>) -> Vec<FieldError> {
    let mut problems = Vec::new();
    if review.held_at.is_some_and(|at| at > now) {
        problems.push(FieldError::ReviewHeldAt(MomentProblem::InTheFuture));
    }
    problems.extend(optional(&review.organiser, Field::Organiser, NAME_MAX));
    if review.attendees.len() > ATTENDEES_MAX {
        problems.push(FieldError::TooManyAttendees { max: ATTENDEES_MAX });
    }
    problems.extend(
        review
            .attendees
            .iter()
            .find_map(|name| optional(name, Field::Attendees, NAME_MAX)),
    );
    let texts = [
        (&review.summary, Field::ReviewSummary),
        (&review.root_cause, Field::RootCause),
        (&review.trigger, Field::Trigger),
    ];
    problems.extend(
        texts
            .iter()
            .filter_map(|(text, field)| optional(text, *field, TEXT_MAX)),
    );
    if review.standing_actions.len() > ATTENDEES_MAX {
        problems.push(FieldError::TooManyStandingActions { max: ATTENDEES_MAX });
    }
    problems.extend(
        review
            .standing_actions
            .iter()
            .find_map(|action| optional(action, Field::StandingActions, TEXT_MAX)),
    );
    if review.categories.contains(&RootCauseCategory::Other)
        && review.other_category.tidy().is_empty()
    {
        problems.push(FieldError::OtherCategoryMissing);
    }
    let texts = [
        (&review.other_category, Field::OtherCategory),
        (&review.contributing_factors, Field::ContributingFactors),
        (&review.went_well, Field::WentWell),
        (&review.went_badly, Field::WentBadly),
        (&review.lucky, Field::Lucky),
        (&review.recommendations, Field::Recommendations),
        (&review.no_actions_reason, Field::NoActionsReason),
    ];
    problems.extend(
        texts
            .iter()
            .filter_map(|(text, field)| optional(text, *field, TEXT_MAX)),
    );
    problems
}

fn tidy(review: Review) -> Review {
    let trim = |text: String| text.clean();
    let mut categories = review.categories;
    categories.sort();
    categories.dedup();
    let other = categories.contains(&RootCauseCategory::Other);
    Review {
        held_at: review.held_at,
        organiser: trim(review.organiser),
        attendees: review
            .attendees
            .into_iter()
            .map(trim)
            .filter(|name| !name.is_empty())
            .collect(),
        summary: trim(review.summary),
        root_cause: trim(review.root_cause),
        trigger: trim(review.trigger),
        categories,
        // Only “Other” has a description.
        other_category: if other {
            trim(review.other_category)
        } else {
            String::new()
        },
        contributing_factors: trim(review.contributing_factors),
        went_well: trim(review.went_well),
        went_badly: trim(review.went_badly),
        lucky: trim(review.lucky),
        recommendations: trim(review.recommendations),
        no_actions_reason: trim(review.no_actions_reason),
        standing_actions: {
            let mut considered: Vec<String> = review
                .standing_actions
                .into_iter()
                .map(trim)
                .filter(|a| !a.is_empty())
                .collect();
            considered.sort();
            considered.dedup();
            considered
        },
    }
}

/// The names of the parts that changed, in form order.
fn changed_parts(old: &Review, new: &Review) -> Vec<&'static str> {
    let parts: [(&'static str, bool); 14] = [
        ("date", old.held_at != new.held_at),
        ("organiser", old.organiser != new.organiser),
        ("attendees", old.attendees != new.attendees),
        ("what happened", old.summary != new.summary),
        ("root cause", old.root_cause != new.root_cause),
        ("trigger", old.trigger != new.trigger),
        (
            "root cause categories",
            old.categories != new.categories || old.other_category != new.other_category,
        ),
        (
            "contributing factors",
            old.contributing_factors != new.contributing_factors,
        ),
        ("what went well", old.went_well != new.went_well),
        ("what did not go well", old.went_badly != new.went_badly),
        ("where we got lucky", old.lucky != new.lucky),
        (
            "recommendations",
            old.recommendations != new.recommendations,
        ),
        (
            "why no actions are needed",
            old.no_actions_reason != new.no_actions_reason,
        ),
        (
            "standing actions considered",
            old.standing_actions != new.standing_actions,
        ),
    ];
    parts
        .into_iter()
        .filter(|(_, changed)| *changed)
        .map(|(name, _)| name)
        .collect()
}
