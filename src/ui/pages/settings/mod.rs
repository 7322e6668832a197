//! Settings: the playbook, so another team can make the app theirs without
//! touching code. Checked before it is saved; the defaults are a confirmed
//! click away.

mod fields;

use super::{ProcessReviewBanner, StorageMeter};
use crate::domain::{
    text::weekday_name, Field, FieldError, Playbook, Setting, SettingsForm, Severity,
};
use crate::ui::components::{
    Button, CheckboxItem, Checkboxes, DateInput, DateInputItem, Input, NotificationBanner, Select,
    SelectItem, Textarea, WarningText,
};
use crate::ui::form_errors::{setting_id, FormErrors};
use crate::ui::platform::{open_store, set_page_title};
use crate::ui::state::AppState;
use crate::ui::zone::TeamZone;
use fields::{day_key, SettingsFields, CADENCES, WEEKDAYS};
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    set_page_title("Settings");
    let state = AppState::get();
    let errors = FormErrors::new();
    let fields = SettingsFields::new(&state.playbook.with_untracked(SettingsForm::from_playbook));
    let saved = RwSignal::new(None::<&'static str>);
    let confirming_reset = RwSignal::new(false);

    let save = move |playbook: Playbook, message: &'static str| match open_store()
        .save_playbook(&playbook)
    {
        Ok(()) => {
            state.playbook.set(playbook);
            state.playbook_problem.set(None);
            errors.clear();
            saved.set(Some(message));
            crate::ui::components::focus_element("main-content");
        }
        Err(error) => {
            saved.set(None);
            errors.show_message(error.to_string());
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match fields.form().to_playbook(&TeamZone::exists) {
            Ok(playbook) => save(playbook, "Settings saved"),
            Err(problems) => {
                saved.set(None);
                errors.show(problems.into_iter().map(FieldError::Setting).collect());
            }
        }
    };
    let reset = move |_| {
        let defaults = Playbook::default();
        fields.fill(&SettingsForm::from_playbook(&defaults));
        confirming_reset.set(false);
        save(
            defaults,
            "Settings reset to the GOV.UK Design System team’s",
        );
    };

    let message = move |setting| errors.message(Field::Setting(setting));
    let input = move |setting, label: &'static str, hint: &'static str, value| {
        view! { <Input id=setting_id(setting) name=setting_id(setting) label hint error_message=message(setting) value /> }
    };
    let area = move |setting, label: &'static str, hint: &'static str, rows: u32, value| {
        view! { <Textarea id=setting_id(setting) name=setting_id(setting) label hint rows error_message=message(setting) value /> }
    };
    let severities = Severity::ALL
        .iter()
        .zip(fields.severity_examples)
        .zip(fields.severity_cadences)
        .map(|((severity, example), cadence)| {
            let setting = Setting::SeverityExample(*severity);
            let cadence_id = format!("severity-{}-cadence", severity.label().to_ascii_lowercase());
            let items = CADENCES
                .iter()
                .map(|(value, text)| SelectItem {
                    value: (*value).to_owned(),
                    text: (*text).to_owned(),
                })
                .collect();
            view! {
                <h3 class="govuk-heading-s">{severity.label()}</h3>
                <Input id=setting_id(setting) name=setting_id(setting) label=format!("Example of a {severity} incident") error_message=message(setting) value=example />
                <Select id=cadence_id.clone() name=cadence_id label=format!("How often to update people during a {severity} incident") items value=cadence />
            }
        })
        .collect_view();
    let day_items = WEEKDAYS
        .iter()
        .map(|day| CheckboxItem::new(day_key(*day), weekday_name(*day)))
        .collect();
    let reviewed_items = [
        ("day", "Day", "govuk-input--width-2"),
        ("month", "Month", "govuk-input--width-2"),
        ("year", "Year", "govuk-input--width-4"),
    ]
    .into_iter()
    .zip(fields.reviewed_on)
    .map(|((name, label, classes), value)| DateInputItem {
        name,
        label,
        classes,
        value,
    })
    .collect();

    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {move || saved.get().map(|text| view! { <NotificationBanner text success=true /> })}
                {errors.summary()}
                <h1 class="govuk-heading-l">"Settings"</h1>
                <ProcessReviewBanner />
                <p class="govuk-body">
                    "Everything here is your team’s own: where you tell people, who you tell, what each severity means and when you work. "
                    "Changes apply to incidents from now on; closed incidents keep the settings they were run with."
                </p>
                <form novalidate on:submit=on_submit>
                    <h2 class="govuk-heading-m">"Your team"</h2>
                    {input(Setting::TeamName, "Team name", "Used in messages, for example “GOV.UK Design System”.", fields.team_name)}
                    {input(Setting::ServiceName, "What your team runs", "As it reads mid-sentence, for example “the design system”.", fields.service_name)}
                    <h2 class="govuk-heading-m">"Telling the team"</h2>
                    {input(Setting::TeamChannel, "Team channel", "Where the team is told first, for example a Slack channel.", fields.team_channel)}
                    {input(Setting::TeamMention, "How to get everyone’s attention", "Starts the first message, for example “@here”.", fields.team_mention)}
                    <h2 class="govuk-heading-m">"Stakeholders"</h2>
                    {input(Setting::StakeholdersName, "Who the stakeholders are", "As it reads mid-sentence, for example “the senior management team”.", fields.stakeholders_name)}
                    {input(Setting::StakeholdersEmail, "Stakeholders’ email address", "", fields.stakeholders_email)}
                    {input(Setting::CyberName, "Cyber-security team", "Copied in on security incidents. As it reads mid-sentence.", fields.cyber_name)}
                    {input(Setting::CyberEmail, "Cyber-security team’s email address", "", fields.cyber_email)}
                    <h2 class="govuk-heading-m">"Telling users"</h2>
                    {area(Setting::UserChannels, "Channels users read", "One a line, as channel | workspace, for example “#our-service | Our Slack”.", 3, fields.user_channels)}
                    {input(Setting::NeverTellUsersBy, "A channel never to use for incidents", "For example, “the mailing list”. Leave it empty if there is none.", fields.never_tell_users_by)}
                    <h2 class="govuk-heading-m">"Severity"</h2>
                    <p class="govuk-body">"How often to update people at each severity is your team’s own choice: the written process does not set it."</p>
                    {severities}
                    <h2 class="govuk-heading-m">"Is it an incident?"</h2>
                    {area(Setting::IncidentExamples, "Examples of incidents", "One a line.", 6, fields.incident_examples)}
                    {area(Setting::NotIncidentExamples, "Examples of problems that are not incidents", "One a line.", 5, fields.not_incident_examples)}
                    <h2 class="govuk-heading-m">"Working hours"</h2>
                    <Checkboxes
                        name="working-days"
                        id_prefix=setting_id(Setting::WorkingDays)
                        legend="Working days"
                        legend_classes="govuk-fieldset__legend--s"
                        error_message=message(Setting::WorkingDays)
                        items=day_items
                        values=fields.working_days
                    />
                    {input(Setting::WorkStart, "The working day starts at", "On the 24-hour clock, for example 09:00.", fields.work_start)}
                    {input(Setting::WorkEnd, "The working day ends at", "For example, 17:30.", fields.work_end)}
                    {input(Setting::TimeZone, "Time zone", "Its name in the time zone database, for example Europe/London.", fields.time_zone)}
                    {area(Setting::OutOfHours, "Out-of-hours route", "Who decides on working out of hours, and how to reach them.", 3, fields.out_of_hours)}
                    <h2 class="govuk-heading-m">"Actions from reviews"</h2>
                    <p class="govuk-body">"Each action is filed as a GitHub issue in the repository for what it is about. Write each as owner/name."</p>
                    {input(Setting::SecurityRepository, "Repository for security actions", "Usually your team’s internal repository.", fields.security_repository)}
                    {input(Setting::WebsiteRepository, "Repository for website actions", "", fields.website_repository)}
                    {input(Setting::ComponentsRepository, "Repository for component code actions", "", fields.components_repository)}
                    {input(Setting::OtherRepository, "Repository for other actions", "", fields.other_repository)}
                    {input(Setting::IssueLabels, "Labels for the issues", "Separated by commas, for example “incident”.", fields.issue_labels)}
                    {area(Setting::StandingActions, "What every review considers", "Standing actions, one a line: each review says whether it considered each, and the report lists them.", 3, fields.standing_actions)}
                    <h2 class="govuk-heading-m">"Your process’s documents"</h2>
                    <p class="govuk-body">"Linked from the pages of the response where your process mentions them. Each is a full address starting https://, or empty if you have none."</p>
                    {input(Setting::IncidentsFolder, "Incidents folder", "Where the report template and past reports are kept, by year.", fields.incidents_folder)}
                    {input(Setting::IncidentManagement, "Incident management document", "Your organisation’s, including how to escalate out of hours.", fields.incident_management)}
                    {input(Setting::CyberDefinition, "What counts as a cyber security incident", "For example, the National Cyber Security Centre’s definition.", fields.cyber_definition)}
                    <h2 class="govuk-heading-m">"Reviewing this process"</h2>
                    <DateInput
                        id="process-reviewed"
                        legend="When did the team last review this process?"
                        legend_classes="govuk-fieldset__legend--s"
                        error_message=message(Setting::ProcessReviewedOn)
                        items=reviewed_items
                    />
                    {input(Setting::ProcessReviewMonths, "Review it every", "A number of months, for example 6.", fields.review_months)}
                    <Button prevent_double_click=true text="Save settings" />
                </form>
                <h2 class="govuk-heading-m">"Start again"</h2>
                <Show
                    when=move || confirming_reset.get()
                    fallback=move || view! {
                        <Button
                            text="Reset to the GOV.UK Design System defaults"
                            button_type="button"
                            classes="govuk-button--secondary"
                            on:click=move |_| confirming_reset.set(true)
                        />
                    }
                >
                    <WarningText>"This replaces every setting on this page with the GOV.UK Design System team’s."</WarningText>
                    <div class="govuk-button-group">
                        <Button text="Yes, reset the settings" button_type="button" classes="govuk-button--warning" on:click=reset />
                        <Button text="Cancel" button_type="button" classes="govuk-button--secondary" on:click=move |_| confirming_reset.set(false) />
                    </div>
                </Show>
                <StorageMeter />
                <h2 class="govuk-heading-m">"Working as a team"</h2>
                <p class="govuk-body">
                    <a class="govuk-link" href=crate::ui::route::Route::TeamFolder.href()>"Team folder"</a>
                    ": share every incident with your team through a folder on your team drive."
                </p>
            </div>
        </div>
    }
}
