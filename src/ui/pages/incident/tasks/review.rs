//! Hold the incident review: when, who, the root cause and what was learned,
//! then mark the incident as reviewed.

use super::super::lifecycle_list::MissingList;
use crate::domain::{
    missing_for_review, Command, Field, ReviewForm, Role, RootCauseCategory, Status,
};
use crate::ui::components::{
    part, Bound, Button, CheckboxItem, Checkboxes, Parts, SummaryList, SummaryRow,
};
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
    let form = RwSignal::new(form);
    // The playbook's standing actions, each ticked by its place in the list.
    let standing =
        StoredValue::new(session.derive(|_, playbook, _| playbook.standing_actions.clone()));
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match form.with_untracked(|f| f.to_command(&BrowserZone, time::now())) {
            Ok(command) => {
                session.submit(command, errors);
            }
            Err(problems) => errors.show(problems),
        }
    };

    let category_items = RootCauseCategory::ALL
        .iter()
        .map(|c| CheckboxItem::new(c.key(), c.label()))
        .collect();
    let categories = form.part(
        |f| f.categories.iter().map(|c| c.key().to_owned()).collect(),
        |f, ticked: Vec<String>| {
            f.categories = ticked
                .iter()
                .filter_map(|key| RootCauseCategory::from_key(key))
                .collect();
        },
    );
    let other_ticked = move || form.with(|f| f.categories.contains(&RootCauseCategory::Other));
    let long = move |field, label: &'static str, hint: &'static str, value| {
        view! { <TextareaField field errors label hint rows=3 value /> }
    };
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
            {DateTimeBoxes(part!(form.held)).view(
                Field::ReviewHeldAt,
                errors,
                "When was the review held?",
                "Leave empty until it has been held. For example, 27 3 2026 14 30.",
            )}
            <InputField
                label="Organiser"
                classes="govuk-!-width-two-thirds"
                field=Field::Organiser errors
                value=part!(form.organiser)
            />
            <TextareaField
                label="Who attended"
                hint="One name on each line."
                rows=4
                field=Field::Attendees errors
                value=part!(form.attendees)
            />
            {long(Field::ReviewSummary, "What happened, in brief", "", part!(form.summary))}
            {long(Field::RootCause, "Root cause", "In plain language: why it happened, not only what broke.", part!(form.root_cause))}
            {long(Field::Trigger, "Trigger, if known", "What set it off: the change, release or event it followed.", part!(form.trigger))}
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
                    value=part!(form.other_category)
                />
            </Show>
            {long(Field::ContributingFactors, "Contributing factors", "What made it more likely, or worse.", part!(form.contributing_factors))}
            {long(Field::WentWell, "What went well", "", part!(form.went_well))}
            {long(Field::WentBadly, "What did not go well", "", part!(form.went_badly))}
            {long(Field::Lucky, "Where we got lucky", "", part!(form.lucky))}
            {long(Field::Recommendations, "Recommendations", "", part!(form.recommendations))}
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
                        values=considered(form, standing)
                    />
                }
            }))}
            {long(
                Field::NoActionsReason,
                "If no actions are needed, why not?",
                "Leave empty if the review agreed actions: add them on the actions page.",
                part!(form.no_actions_reason),
            )}
            <Button prevent_double_click=true text="Save the review" />
        </form>
        <MarkReviewed errors />
    }
    .into_any()
}

/// What marking it as reviewed still needs, and the button once it has it.
#[component]
fn MarkReviewed(errors: FormErrors) -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    let reviewed = move || incident.with(|i| matches!(i.status, Status::Reviewed | Status::Closed));
    let mark_reviewed = move |_| {
        session.submit(
            Command::ChangeStatus {
                to: Status::Reviewed,
            },
            errors,
        );
    };
    view! {
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

/// The standing actions' checkboxes, each by its place in the playbook's
/// list, bound to the actions the review says it considered.
fn considered(
    form: RwSignal<ReviewForm>,
    standing: StoredValue<Vec<String>>,
) -> Bound<Vec<String>> {
    let read = Signal::derive(move || {
        let ticked = form.with(|f| f.standing_actions.clone());
        standing.with_value(|all| {
            all.iter()
                .enumerate()
                .filter(|(_, action)| ticked.contains(action))
                .map(|(n, _)| n.to_string())
                .collect()
        })
    });
    let write = SignalSetter::map(move |ticked: Vec<String>| {
        let actions = standing.with_value(|all| {
            all.iter()
                .enumerate()
                .filter(|(n, _)| ticked.contains(&n.to_string()))
                .map(|(_, action)| action.clone())
                .collect()
        });
        form.update(|f| f.standing_actions = actions);
    });
    Bound::Part(read, write)
}
