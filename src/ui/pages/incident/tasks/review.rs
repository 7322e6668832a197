//! Hold the incident review: when, who, the root cause and what was learned,
//! then mark the incident as reviewed.

use super::super::lifecycle_list::MissingList;
use crate::domain::{
    missing_for_review, Command, Field, ReviewForm, Role, RootCauseCategory, Status,
};
use crate::ui::components::{Button, CheckboxItem, Checkboxes, SummaryList, SummaryRow, Textarea};
use crate::ui::fields::{CheckboxesField, InputField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::details_fields::DateTimeBoxes;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::time;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

#[component]
pub fn ReviewTask() -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    // A closed incident's review is a record: shown, not offered for typing.
    if !incident.with_untracked(|i| i.is_changeable()) {
        return view! { <ReviewRecord /> }.into_any();
    }
    let errors = FormErrors::new();
    let form = incident.with_untracked(|i| {
        let mut form = ReviewForm::from_review(&i.review, &BrowserZone);
        if form.organiser.is_empty() {
            // The comms lead usually organises the review.
            form.organiser = i
                .holder(&Role::CommsLead)
                .map(|h| h.person.clone())
                .unwrap_or_default();
        }
        form
    });
    let text = |value: &String| RwSignal::new(value.clone());
    let held = DateTimeBoxes::new(form.held.clone());
    let organiser = text(&form.organiser);
    let attendees = text(&form.attendees);
    let summary = text(&form.summary);
    let root_cause = text(&form.root_cause);
    let trigger = text(&form.trigger);
    // The playbook's standing actions, and which the review considered.
    let standing = session.derive(|_, playbook, _| playbook.standing_actions.clone());
    let considered = RwSignal::new(
        standing
            .iter()
            .enumerate()
            .filter(|(_, action)| form.standing_actions.contains(action))
            .map(|(n, _)| n.to_string())
            .collect::<Vec<_>>(),
    );
    let standing = StoredValue::new(standing);
    let categories = RwSignal::new(
        form.categories
            .iter()
            .map(|c| c.key().to_owned())
            .collect::<Vec<_>>(),
    );
    let other_category = text(&form.other_category);
    let contributing = text(&form.contributing_factors);
    let went_well = text(&form.went_well);
    let went_badly = text(&form.went_badly);
    let lucky = text(&form.lucky);
    let recommendations = text(&form.recommendations);
    let no_actions = text(&form.no_actions_reason);

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let form = ReviewForm {
            held: held.parts(),
            organiser: organiser.get_untracked(),
            attendees: attendees.get_untracked(),
            summary: summary.get_untracked(),
            root_cause: root_cause.get_untracked(),
            trigger: trigger.get_untracked(),
            categories: categories
                .get_untracked()
                .iter()
                .filter_map(|key| RootCauseCategory::from_key(key))
                .collect(),
            other_category: other_category.get_untracked(),
            contributing_factors: contributing.get_untracked(),
            went_well: went_well.get_untracked(),
            went_badly: went_badly.get_untracked(),
            lucky: lucky.get_untracked(),
            recommendations: recommendations.get_untracked(),
            no_actions_reason: no_actions.get_untracked(),
            standing_actions: standing.with_value(|all| {
                considered.with_untracked(|ticked| {
                    all.iter()
                        .enumerate()
                        .filter(|(n, _)| ticked.contains(&n.to_string()))
                        .map(|(_, action)| action.clone())
                        .collect()
                })
            }),
        };
        match form.to_command(&BrowserZone, time::now()) {
            Ok(command) => {
                session.submit(command, errors);
            }
            Err(problems) => errors.show(problems),
        }
    };
    let mark_reviewed = move |_| {
        session.submit(
            Command::ChangeStatus {
                to: Status::Reviewed,
            },
            errors,
        );
    };

    let category_items = RootCauseCategory::ALL
        .iter()
        .map(|c| CheckboxItem::new(c.key(), c.label()))
        .collect();
    let other_ticked = move || categories.with(|c| c.iter().any(|k| k == "other"));
    let long = |id: &'static str, label: &'static str, hint: &'static str, field, value| {
        view! { <Textarea id name=id label hint rows=3 error_message=errors.message(field) value /> }
    };
    let reviewed = move || incident.with(|i| matches!(i.status, Status::Reviewed | Status::Closed));

    view! {
        {errors.summary()}
        <p class="govuk-body">
            "Hold the review soon after the incident is resolved. The comms lead usually organises it. "
            "Ideally everyone involved comes, and perhaps product and delivery managers and senior managers."
        </p>
        <p class="govuk-body">
            "Aim to agree the root cause, and actions that stop it happening again or make the harm smaller if it does. "
            "You can fill this in over more than one sitting: save as you go."
        </p>
        <form novalidate on:submit=on_submit>
            {held.view(
                Field::ReviewHeldAt,
                errors,
                "When was the review held?",
                "Leave empty until it has been held. For example, 27 3 2026 14 30.",
            )}
            <InputField
                label="Organiser"
                classes="govuk-!-width-two-thirds"
                field=Field::Organiser errors
                value=organiser
            />
            <TextareaField
                label="Who attended"
                hint="One name on each line."
                rows=4
                field=Field::Attendees errors
                value=attendees
            />
            {long("review-summary", "What happened, in brief", "", Field::ReviewSummary, summary)}
            {long("root-cause", "Root cause", "In plain language: why it happened, not only what broke.", Field::RootCause, root_cause)}
            {long("trigger", "Trigger, if known", "What set it off: the change, release or event it followed.", Field::Trigger, trigger)}
            <Checkboxes
                name="categories"
                id_prefix="categories"
                legend="What kind of root cause was it?"
                legend_classes="govuk-fieldset__legend--s"
                hint="Select all that apply."
                items=category_items
                values=categories
            />
            <Show when=other_ticked>
                <InputField
                    label="Describe the other kind of root cause"
                    field=Field::OtherCategory errors
                    value=other_category
                />
            </Show>
            {long("contributing-factors", "Contributing factors", "What made it more likely, or worse.", Field::ContributingFactors, contributing)}
            {long("went-well", "What went well", "", Field::WentWell, went_well)}
            {long("went-badly", "What did not go well", "", Field::WentBadly, went_badly)}
            {long("lucky", "Where we got lucky", "", Field::Lucky, lucky)}
            {long("recommendations", "Recommendations", "", Field::Recommendations, recommendations)}
            {standing.with_value(|all| (!all.is_empty()).then(|| {
                let items = all
                    .iter()
                    .enumerate()
                    .map(|(n, action)| CheckboxItem::new(n.to_string(), action.clone()))
                    .collect();
                view! {
                    <CheckboxesField
                        legend="What every review considers"
                        legend_classes="govuk-fieldset__legend--s"
                        hint="Your team’s standing actions. Tick each one this review has considered."
                        field=Field::StandingActions errors
                        items
                        values=considered
                    />
                }
            }))}
            {long(
                "no-actions-reason",
                "If no actions are needed, why not?",
                "Leave empty if the review agreed actions: add them on the actions page.",
                Field::NoActionsReason,
                no_actions,
            )}
            <Button prevent_double_click=true text="Save the review" />
        </form>
        <h2 class="govuk-heading-m">"Mark as reviewed"</h2>
        <Show
            when=reviewed
            fallback=move || view! {
                <MissingList missing=Signal::derive(move || incident.with(missing_for_review)) ready="The review has everything it needs." />
                <Button text="Mark the incident as reviewed" button_type="button" on:click=mark_reviewed />
            }
        >
            <p class="govuk-body">"The incident has been reviewed."</p>
        </Show>
    }
    .into_any()
}

/// The review as it was recorded, each field that was filled in.
#[component]
fn ReviewRecord() -> impl IntoView {
    let review = IncidentSession::get()
        .incident
        .with_untracked(|i| i.review.clone());
    let kinds: Vec<&str> = review.categories.iter().map(|c| c.label()).collect();
    let rows: Vec<SummaryRow> = [
        (
            "Held",
            review.held_at.map(time::date_and_time).unwrap_or_default(),
        ),
        ("Organiser", review.organiser),
        ("Who attended", review.attendees.join(", ")),
        ("What happened, in brief", review.summary),
        ("Root cause", review.root_cause),
        ("Trigger", review.trigger),
        ("Kind of root cause", kinds.join(", ")),
        ("Other kind of root cause", review.other_category),
        ("Contributing factors", review.contributing_factors),
        ("What went well", review.went_well),
        ("What did not go well", review.went_badly),
        ("Where we got lucky", review.lucky),
        ("Recommendations", review.recommendations),
        (
            "Standing actions considered",
            review.standing_actions.join(", "),
        ),
        ("Why no actions are needed", review.no_actions_reason),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(key, value)| SummaryRow::new(key, value))
    .collect();
    view! { <SummaryList rows /> }
}
