//! The incident details fields, shared by the declare and change-details pages.

use crate::domain::{moment_with_offset, DateTimeParts, DetailsForm, Detection, Field, Repeated};
use crate::ui::components::{part, Bound, DateInput, DateInputItem, Parts, RadioItem, Radios};
use crate::ui::fields::{date_input_id, InputField, RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::time;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

/// What the person has typed: one value for the whole form.
#[derive(Clone, Copy)]
pub struct DetailsFields {
    form: RwSignal<DetailsForm>,
    /// On the declare form only: “now” or “earlier”, so the start is a
    /// choice the person sees rather than a default they may miss.
    started_when: Option<RwSignal<Option<String>>>,
}

impl DetailsFields {
    pub fn new(form: DetailsForm) -> Self {
        Self {
            form: RwSignal::new(form),
            started_when: None,
        }
    }

    /// Asks whether it started now or earlier, with “now” chosen: for
    /// declaring, where most incidents are noticed as they start.
    pub fn asking_when_it_started(self) -> Self {
        Self {
            started_when: Some(RwSignal::new(Some(NOW.to_owned()))),
            ..self
        }
    }

    pub fn form(&self) -> DetailsForm {
        let now = self
            .started_when
            .is_some_and(|when| when.with_untracked(|w| w.as_deref() == Some(NOW)));
        let mut form = self.form.get_untracked();
        if now {
            form.started = DateTimeParts::from_moment(time::now(), &BrowserZone);
        }
        form
    }

    /// The fields; `report` adds impact and services affected, which the
    /// report needs but declaring in a hurry does not.
    pub fn view(&self, errors: FormErrors, report: bool) -> impl IntoView {
        let form = self.form;
        let report_fields = report.then(|| {
            view! {
                <TextareaField
                    label="Impact on users"
                    hint="Who could not do what, and for how long. For example: “People could not sign in to the service for 2 hours.”"
                    rows=3
                    field=Field::Impact errors
                    value=part!(form.impact)
                />
                <TextareaField
                    label="Impact on the department"
                    hint="What it meant for the department and its teams: work stopped, people moved onto it, promises to other teams."
                    rows=2
                    field=Field::DepartmentalImpact errors
                    value=part!(form.departmental_impact)
                />
                <TextareaField
                    label="Services affected"
                    hint="The parts of your service, and any services that rely on it, that were affected."
                    rows=2
                    field=Field::ServicesAffected errors
                    value=part!(form.services_affected)
                />
            }
        });
        view! {
            <InputField
                label="Title"
                hint="A few words that say what is wrong, for example “Website is down”."
                field=Field::Title errors
                value=part!(form.title)
            />
            <TextareaField
                label="Summary"
                hint="What is happening and who is affected. Do not include passwords or other secrets."
                field=Field::Summary errors
                value=part!(form.summary)
            />
            {report_fields}
            {self.started_view(errors)}
            <RadiosField
                legend="Does it put the security of users or the team at risk?"
                legend_classes="govuk-fieldset__legend--s"
                hint="For example, a compromised account or malicious code."
                field=Field::SecurityRelated errors
                items=super::yes_no::items()
                value=super::yes_no::part(form, |f| f.security_related, |f, answer| f.security_related = answer)
            />
            <Radios
                name="detection"
                id_prefix="detection"
                legend="How did you find out? (optional)"
                legend_classes="govuk-fieldset__legend--s"
                classes="govuk-radios--small"
                items=detection_items()
                value=form.part(
                    |f| f.detection.map(|d| d.key().to_owned()),
                    |f, chosen| f.detection = chosen.as_deref().and_then(Detection::from_key),
                )
            />
            <InputField
                label="How, in a few words (optional)"
                hint="For example, which alert fired or who told you. Needed if you chose “Another way”."
                field=Field::DetectionNote errors
                value=part!(form.detection_note)
            />
        }
    }
}

const NOW: &str = "now";
const EARLIER: &str = "earlier";

impl DetailsFields {
    /// When it started: the date and time, or on the declare form a choice
    /// of now or earlier, the date and time asked for only if earlier.
    fn started_view(&self, errors: FormErrors) -> impl IntoView {
        let form = self.form;
        let started = DateTimeBoxes(part!(form.started));
        let date = move |legend| {
            started.view(
                Field::StartedAt,
                errors,
                legend,
                "For example, 27 3 2026 14 30. Use the 24-hour clock.",
            )
        };
        match self.started_when {
            None => date("When did it start?").into_any(),
            Some(when) => view! {
                <Radios
                    name="started-when"
                    id_prefix="started-when"
                    legend="When did it start?"
                    legend_classes="govuk-fieldset__legend--s"
                    items=vec![
                        RadioItem::new(NOW, "Now, as I declare it"),
                        RadioItem::new(EARLIER, "Earlier"),
                    ]
                    value=when
                />
                <Show when=move || when.with(|w| w.as_deref() == Some(EARLIER))>
                    {date("Date and time it started")}
                </Show>
            }
            .into_any(),
        }
    }
}

fn detection_items() -> Vec<RadioItem> {
    Detection::ALL
        .iter()
        .map(|d| RadioItem::new(d.key(), d.label()))
        .collect()
}

/// Day, month, year, hour and minute boxes, and which of the two, when the
/// time typed happened twice because the clocks went back.
#[derive(Clone, Copy)]
pub struct DateTimeBoxes(pub Bound<DateTimeParts>);

impl DateTimeBoxes {
    pub fn view(
        &self,
        field: Field,
        errors: FormErrors,
        legend: &'static str,
        hint: &'static str,
    ) -> impl IntoView {
        let id = date_input_id(field);
        let parts = self.0;
        let items = DateInputItem::date_and_time([
            part!(parts.day),
            part!(parts.month),
            part!(parts.year),
            part!(parts.hour),
            part!(parts.minute),
        ]);
        // Asked only once the boxes hold a time that happened twice. Tracks
        // the boxes alone (a memo), so choosing one keeps the radios.
        let boxes = Memo::new(move |_| {
            parts.with(|p| DateTimeParts {
                repeated: None,
                ..p.clone()
            })
        });
        let which = move || {
            let [first, second] = boxes.with(|typed| typed.repeated_moments(&BrowserZone))?;
            let item = |repeated: Repeated, at, words| {
                RadioItem::new(
                    repeated.key(),
                    format!("{words} {}", moment_with_offset(at, &BrowserZone)),
                )
            };
            let items = vec![
                item(Repeated::First, first, "The first time, at"),
                item(Repeated::Second, second, "The second time, at"),
            ];
            Some(view! {
                <Radios
                    name=format!("{id}-repeated")
                    id_prefix=format!("{id}-repeated")
                    legend="The clocks went back that night, so this time happened twice. Which one?"
                    legend_classes="govuk-fieldset__legend--s"
                    classes="govuk-radios--small"
                    items
                    value=parts.part(
                        |p| p.repeated.map(|r| r.key().to_owned()),
                        |p, chosen| p.repeated = chosen.as_deref().and_then(Repeated::from_key),
                    )
                />
            })
        };
        view! {
            <DateInput
                id
                legend
                legend_classes="govuk-fieldset__legend--s"
                hint
                error_message=errors.message(field)
                items
            />
            {which}
        }
    }
}
