//! The settings form's boxes, one signal each, read into a [`SettingsForm`].

use crate::domain::{DateParts, SettingsForm, UpdateCadence};
use chrono::Weekday;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SettingsFields {
    pub team_name: RwSignal<String>,
    pub service_name: RwSignal<String>,
    pub team_channel: RwSignal<String>,
    pub team_mention: RwSignal<String>,
    pub stakeholders_name: RwSignal<String>,
    pub stakeholders_email: RwSignal<String>,
    pub cyber_name: RwSignal<String>,
    pub cyber_email: RwSignal<String>,
    pub user_channels: RwSignal<String>,
    pub never_tell_users_by: RwSignal<String>,
    pub out_of_hours: RwSignal<String>,
    pub severity_examples: [RwSignal<String>; 4],
    pub severity_cadences: [RwSignal<String>; 4],
    pub incident_examples: RwSignal<String>,
    pub not_incident_examples: RwSignal<String>,
    pub security_repository: RwSignal<String>,
    pub website_repository: RwSignal<String>,
    pub components_repository: RwSignal<String>,
    pub other_repository: RwSignal<String>,
    pub issue_labels: RwSignal<String>,
    pub standing_actions: RwSignal<String>,
    pub incidents_folder: RwSignal<String>,
    pub incident_management: RwSignal<String>,
    pub cyber_definition: RwSignal<String>,
    pub working_days: RwSignal<Vec<String>>,
    pub work_start: RwSignal<String>,
    pub work_end: RwSignal<String>,
    pub time_zone: RwSignal<String>,
    pub reviewed_on: [RwSignal<String>; 3],
    pub review_months: RwSignal<String>,
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

fn cadence(value: &str) -> Option<UpdateCadence> {
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

impl SettingsFields {
    pub fn new(form: &SettingsForm) -> Self {
        let text = || RwSignal::new(String::new());
        let fields = Self {
            team_name: text(),
            service_name: text(),
            team_channel: text(),
            team_mention: text(),
            stakeholders_name: text(),
            stakeholders_email: text(),
            cyber_name: text(),
            cyber_email: text(),
            user_channels: text(),
            never_tell_users_by: text(),
            out_of_hours: text(),
            severity_examples: [text(), text(), text(), text()],
            severity_cadences: [text(), text(), text(), text()],
            incident_examples: text(),
            not_incident_examples: text(),
            security_repository: text(),
            website_repository: text(),
            components_repository: text(),
            other_repository: text(),
            issue_labels: text(),
            standing_actions: text(),
            incidents_folder: text(),
            incident_management: text(),
            cyber_definition: text(),
            working_days: RwSignal::new(Vec::new()),
            work_start: text(),
            work_end: text(),
            time_zone: text(),
            reviewed_on: [text(), text(), text()],
            review_months: text(),
        };
        fields.fill(form);
        fields
    }

    /// Puts `form` in the boxes, as when the page opens or the settings are reset.
    pub fn fill(&self, form: &SettingsForm) {
        let pairs = [
            (self.team_name, &form.team_name),
            (self.service_name, &form.service_name),
            (self.team_channel, &form.team_channel),
            (self.team_mention, &form.team_mention),
            (self.stakeholders_name, &form.stakeholders_name),
            (self.stakeholders_email, &form.stakeholders_email),
            (self.cyber_name, &form.cyber_name),
            (self.cyber_email, &form.cyber_email),
            (self.user_channels, &form.user_channels),
            (self.never_tell_users_by, &form.never_tell_users_by),
            (self.out_of_hours, &form.out_of_hours),
            (self.incident_examples, &form.incident_examples),
            (self.not_incident_examples, &form.not_incident_examples),
            (self.security_repository, &form.security_repository),
            (self.website_repository, &form.website_repository),
            (self.components_repository, &form.components_repository),
            (self.other_repository, &form.other_repository),
            (self.issue_labels, &form.issue_labels),
            (self.standing_actions, &form.standing_actions),
            (self.incidents_folder, &form.incidents_folder),
            (self.incident_management, &form.incident_management),
            (self.cyber_definition, &form.cyber_definition),
            (self.work_start, &form.work_start),
            (self.work_end, &form.work_end),
            (self.time_zone, &form.time_zone),
            (self.review_months, &form.process_review_months),
            (self.reviewed_on[0], &form.process_reviewed_on.day),
            (self.reviewed_on[1], &form.process_reviewed_on.month),
            (self.reviewed_on[2], &form.process_reviewed_on.year),
        ];
        for (signal, value) in pairs {
            signal.set(value.clone());
        }
        for (signal, value) in self.severity_examples.iter().zip(&form.severity_examples) {
            signal.set(value.clone());
        }
        for (signal, value) in self.severity_cadences.iter().zip(form.severity_cadences) {
            signal.set(cadence_value(value));
        }
        self.working_days
            .set(form.working_days.iter().map(|d| day_key(*d)).collect());
    }

    pub fn form(&self) -> SettingsForm {
        let get = |signal: RwSignal<String>| signal.get_untracked();
        let days = self.working_days.get_untracked();
        SettingsForm {
            team_name: get(self.team_name),
            service_name: get(self.service_name),
            team_channel: get(self.team_channel),
            team_mention: get(self.team_mention),
            stakeholders_name: get(self.stakeholders_name),
            stakeholders_email: get(self.stakeholders_email),
            cyber_name: get(self.cyber_name),
            cyber_email: get(self.cyber_email),
            user_channels: get(self.user_channels),
            never_tell_users_by: get(self.never_tell_users_by),
            out_of_hours: get(self.out_of_hours),
            severity_examples: self.severity_examples.map(get),
            severity_cadences: self.severity_cadences.map(|s| cadence(&get(s))),
            incident_examples: get(self.incident_examples),
            not_incident_examples: get(self.not_incident_examples),
            security_repository: get(self.security_repository),
            website_repository: get(self.website_repository),
            components_repository: get(self.components_repository),
            other_repository: get(self.other_repository),
            issue_labels: get(self.issue_labels),
            standing_actions: get(self.standing_actions),
            incidents_folder: get(self.incidents_folder),
            incident_management: get(self.incident_management),
            cyber_definition: get(self.cyber_definition),
            working_days: WEEKDAYS
                .into_iter()
                .filter(|d| days.contains(&day_key(*d)))
                .collect(),
            work_start: get(self.work_start),
            work_end: get(self.work_end),
            time_zone: get(self.time_zone),
            process_reviewed_on: DateParts {
                day: get(self.reviewed_on[0]),
                month: get(self.reviewed_on[1]),
                year: get(self.reviewed_on[2]),
            },
            process_review_months: get(self.review_months),
        }
    }
}
