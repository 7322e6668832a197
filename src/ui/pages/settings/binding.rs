//! The settings form as one value, and each box bound to its part of it.

use crate::domain::{Setting, SettingsForm, Severity, UpdateCadence};
use crate::ui::components::{Bound, Parts};
use chrono::Weekday;
use leptos::prelude::*;

/// The form as typed, one value for every box on the page.
pub type Form = RwSignal<SettingsForm>;

/// The box for a text setting.
pub fn text(form: Form, setting: Setting) -> Bound<String> {
    Bound::keyed(
        form,
        setting,
        |f, setting| f.text(setting).cloned().unwrap_or_default(),
        |f, setting, typed| {
            if let Some(text) = f.text_mut(setting) {
                *text = typed;
            }
        },
    )
}

/// The select for how often to update people at `severity`.
pub fn cadence(form: Form, severity: Severity) -> Bound<String> {
    Bound::keyed(
        form,
        severity.index(),
        |f, at| cadence_value(f.severity_cadences[at]),
        |f, at, chosen| f.severity_cadences[at] = cadence_of(&chosen),
    )
}

/// The working days' checkboxes, each day by its number from Monday.
pub fn working_days(form: Form) -> Bound<Vec<String>> {
    form.part(
        |f| f.working_days.iter().map(|d| day_key(*d)).collect(),
        |f, ticked: Vec<String>| {
            f.working_days = WEEKDAYS
                .into_iter()
                .filter(|d| ticked.contains(&day_key(*d)))
                .collect();
        },
    )
}

/// The update cadences offered, as the select's values and words.
pub const CADENCES: [(&str, &str); 7] = [
    ("15", "Every 15 minutes"),
    ("30", "Every 30 minutes"),
    ("60", "Every hour"),
    ("120", "Every 2 hours"),
    ("240", "Every 4 hours"),
    ("480", "Every 8 hours"),
    (NEXT_WORKING_DAY, "By the next working day"),
];
const NEXT_WORKING_DAY: &str = "next-working-day";

pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn cadence_value(cadence: Option<UpdateCadence>) -> String {
    match cadence {
        Some(UpdateCadence::Every { minutes }) => minutes.to_string(),
        Some(UpdateCadence::NextWorkingDay) | None => NEXT_WORKING_DAY.to_owned(),
    }
}

fn cadence_of(value: &str) -> Option<UpdateCadence> {
    match value {
        NEXT_WORKING_DAY => Some(UpdateCadence::NextWorkingDay),
        minutes => minutes
            .parse()
            .ok()
            .map(|minutes| UpdateCadence::Every { minutes }),
    }
}

pub fn day_key(day: Weekday) -> String {
    day.num_days_from_monday().to_string()
}
