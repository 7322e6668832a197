use super::field::{given, with_classes, Bound, Described};
use leptos::prelude::*;

/// One box of a date input, such as “Day”.
#[derive(Clone, Copy)]
pub struct DateInputItem {
    /// Used for the id and name, after the component's id: `started-day`.
    pub name: &'static str,
    pub label: &'static str,
    /// Such as `govuk-input--width-2`.
    pub classes: &'static str,
    pub value: Bound<String>,
}

impl DateInputItem {
    /// Day, month and year boxes, at GOV.UK's widths.
    pub fn date(day: Bound<String>, month: Bound<String>, year: Bound<String>) -> Vec<Self> {
        let item = |name, label, classes, value| Self {
            name,
            label,
            classes,
            value,
        };
        vec![
            item("day", "Day", "govuk-input--width-2", day),
            item("month", "Month", "govuk-input--width-2", month),
            item("year", "Year", "govuk-input--width-4", year),
        ]
    }

    /// Day, month, year, hour and minute boxes: a date and a 24-hour time.
    pub fn date_and_time([day, month, year, hour, minute]: [Bound<String>; 5]) -> Vec<Self> {
        let mut items = Self::date(day, month, year);
        for (name, label, value) in [("hour", "Hour", hour), ("minute", "Minute", minute)] {
            items.push(Self {
                name,
                label,
                classes: "govuk-input--width-2",
                value,
            });
        }
        items
    }
}

/// GOV.UK date input. The app also uses it for hour and minute boxes, so a
/// date and a 24-hour time are entered in one group.
#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] legend_classes: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] error_message: Signal<Option<String>>,
    items: Vec<DateInputItem>,
) -> impl IntoView {
    let hint = given(hint);
    let field = Described::new(&id, hint.is_some(), error_message);
    let boxes = items
        .into_iter()
        .map(|item| {
            let box_id = format!("{id}-{}", item.name);
            let class = move || {
                let error = if field.has_error() {
                    " govuk-input--error"
                } else {
                    ""
                };
                format!(
                    "govuk-input govuk-date-input__input{error} {}",
                    item.classes
                )
            };
            view! {
                <div class="govuk-date-input__item">
                    <div class="govuk-form-group">
                        <label class="govuk-label govuk-date-input__label" for=box_id.clone()>
                            {item.label}
                        </label>
                        <input
                            class=class
                            id=box_id.clone()
                            name=box_id
                            type="text"
                            inputmode="numeric"
                            prop:value=move || item.value.get()
                            on:input=move |event| item.value.set(event_target_value(&event))
                        />
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || field.group_class()>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=move || field.aria()>
                <legend class=with_classes("govuk-fieldset__legend", &legend_classes)>{legend}</legend>
                {field.hint_view(hint)}
                {field.error_view()}
                <div class="govuk-date-input" id=id>{boxes}</div>
            </fieldset>
        </div>
    }
}
