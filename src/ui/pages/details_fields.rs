//! The incident details fields, shared by the declare and change-details pages.

use crate::domain::{moment_with_offset, DateTimeParts, DetailsForm, Detection, Field, Repeated};
use crate::ui::components::{DateInput, DateInputItem, Input, RadioItem, Radios, Textarea};
use crate::ui::form_errors::FormErrors;
use crate::ui::time;
use crate::ui::zone::BrowserZone;
use leptos::prelude::*;

/// What the person has typed, box by box.
#[derive(Clone, Copy)]
pub struct DetailsFields {
    title: RwSignal<String>,
    summary: RwSignal<String>,
    impact: RwSignal<String>,
    departmental_impact: RwSignal<String>,
    services_affected: RwSignal<String>,
    started: DateTimeSignals,
    /// On the declare form only: “now” or “earlier”, so the start is a
    /// choice the person sees rather than a default they may miss.
    started_when: Option<RwSignal<Option<String>>>,
    security: RwSignal<Option<String>>,
    detection: RwSignal<Option<String>>,
    detection_note: RwSignal<String>,
}

impl DetailsFields {
    pub fn new(form: DetailsForm) -> Self {
        Self {
            title: RwSignal::new(form.title),
            summary: RwSignal::new(form.summary),
            impact: RwSignal::new(form.impact),
            departmental_impact: RwSignal::new(form.departmental_impact),
            services_affected: RwSignal::new(form.services_affected),
            started: DateTimeSignals::new(form.started),
            started_when: None,
            security: RwSignal::new(super::yes_no::value(form.security_related)),
            detection: RwSignal::new(form.detection.map(|d| d.key().to_owned())),
            detection_note: RwSignal::new(form.detection_note),
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
        DetailsForm {
            title: self.title.get_untracked(),
            summary: self.summary.get_untracked(),
            impact: self.impact.get_untracked(),
            departmental_impact: self.departmental_impact.get_untracked(),
            services_affected: self.services_affected.get_untracked(),
            started: match now {
                true => DateTimeParts::from_moment(time::now(), &BrowserZone),
                false => self.started.parts(),
            },
            security_related: super::yes_no::answer(self.security.get_untracked()),
            detection: self
                .detection
                .with_untracked(|d| d.as_deref().and_then(Detection::from_key)),
            detection_note: self.detection_note.get_untracked(),
        }
    }

    /// The fields; `report` adds impact and services affected, which the
    /// report needs but declaring in a hurry does not.
    pub fn view(&self, errors: FormErrors, report: bool) -> impl IntoView {
        let report_fields = report.then(|| {
            view! {
                <Textarea
                    id="impact"
                    name="impact"
                    label="Impact on users"
                    hint="Who could not do what, and for how long. For example: “People could not sign in to the service for 2 hours.”"
                    rows=3
                    error_message=errors.message(Field::Impact)
                    value=self.impact
                />
                <Textarea
                    id="departmental-impact"
                    name="departmental-impact"
                    label="Impact on the department"
                    hint="What it meant for the department and its teams: work stopped, people moved onto it, promises to other teams."
                    rows=2
                    error_message=errors.message(Field::DepartmentalImpact)
                    value=self.departmental_impact
                />
                <Textarea
                    id="services-affected"
                    name="services-affected"
                    label="Services affected"
                    hint="The parts of your service, and any services that rely on it, that were affected."
                    rows=2
                    error_message=errors.message(Field::ServicesAffected)
                    value=self.services_affected
                />
            }
        });
        view! {
            <Input
                id="title"
                name="title"
                label="Title"
                hint="A few words that say what is wrong, for example “Website is down”."
                error_message=errors.message(Field::Title)
                value=self.title
            />
            <Textarea
                id="summary"
                name="summary"
                label="Summary"
                hint="What is happening and who is affected. Do not include passwords or other secrets."
                error_message=errors.message(Field::Summary)
                value=self.summary
            />
            {report_fields}
            {self.started_view(errors)}
            <Radios
                name="security-related"
                id_prefix="security-related"
                legend="Does it put the security of users or the team at risk?"
                legend_classes="govuk-fieldset__legend--s"
                hint="For example, a compromised account or malicious code."
                error_message=errors.message(Field::SecurityRelated)
                items=super::yes_no::items()
                value=self.security
            />
            <Radios
                name="detection"
                id_prefix="detection"
                legend="How did you find out? (optional)"
                legend_classes="govuk-fieldset__legend--s"
                classes="govuk-radios--small"
                items=detection_items()
                value=self.detection
            />
            <Input
                id="detection-note"
                name="detection-note"
                label="How, in a few words (optional)"
                hint="For example, which alert fired or who told you. Needed if you chose “Another way”."
                error_message=errors.message(Field::DetectionNote)
                value=self.detection_note
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
        let started = self.started;
        let date = move |legend| {
            started.view(
                "started",
                legend,
                "For example, 27 3 2026 14 30. Use the 24-hour clock.",
                errors.message(Field::StartedAt),
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
pub struct DateTimeSignals {
    day: RwSignal<String>,
    month: RwSignal<String>,
    year: RwSignal<String>,
    hour: RwSignal<String>,
    minute: RwSignal<String>,
    repeated: RwSignal<Option<String>>,
}

impl DateTimeSignals {
    pub fn new(parts: DateTimeParts) -> Self {
        Self {
            day: RwSignal::new(parts.day),
            month: RwSignal::new(parts.month),
            year: RwSignal::new(parts.year),
            hour: RwSignal::new(parts.hour),
            minute: RwSignal::new(parts.minute),
            repeated: RwSignal::new(parts.repeated.map(|r| r.key().to_owned())),
        }
    }

    pub fn parts(&self) -> DateTimeParts {
        DateTimeParts {
            day: self.day.get_untracked(),
            month: self.month.get_untracked(),
            year: self.year.get_untracked(),
            hour: self.hour.get_untracked(),
            minute: self.minute.get_untracked(),
            repeated: self
                .repeated
                .with_untracked(|r| r.as_deref().and_then(Repeated::from_key)),
        }
    }

    pub fn clear(&self) {
        for part in [self.day, self.month, self.year, self.hour, self.minute] {
            part.set(String::new());
        }
        self.repeated.set(None);
    }

    pub fn view(
        &self,
        id: &'static str,
        legend: &'static str,
        hint: &'static str,
        error: Signal<Option<String>>,
    ) -> impl IntoView {
        let item = |name, label, classes, value| DateInputItem {
            name,
            label,
            classes,
            value,
        };
        let items = vec![
            item("day", "Day", "govuk-input--width-2", self.day),
            item("month", "Month", "govuk-input--width-2", self.month),
            item("year", "Year", "govuk-input--width-4", self.year),
            item("hour", "Hour", "govuk-input--width-2", self.hour),
            item("minute", "Minute", "govuk-input--width-2", self.minute),
        ];
        let signals = *self;
        // Asked only once the boxes hold a time that happened twice.
        // Tracks the boxes, not the choice, so choosing keeps the radios.
        let which = move || {
            let typed = DateTimeParts {
                day: signals.day.get(),
                month: signals.month.get(),
                year: signals.year.get(),
                hour: signals.hour.get(),
                minute: signals.minute.get(),
                repeated: None,
            };
            let [first, second] = typed.repeated_moments(&BrowserZone)?;
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
                    value=signals.repeated
                />
            })
        };
        view! {
            <DateInput
                id
                legend
                legend_classes="govuk-fieldset__legend--s"
                hint
                error_message=error
                items
            />
            {which}
        }
    }
}
