//! The settings form's sections, each box bound to its setting in the one form value.

use super::binding::{self, day_key, Form, CADENCES, WEEKDAYS};
use crate::domain::{text::weekday_name, Field, Setting, Severity};
use crate::ui::components::part;
use crate::ui::components::{CheckboxItem, DateInputItem, SelectItem};
use crate::ui::fields::{CheckboxesField, DateInputField, InputField, TextareaField};
use crate::ui::form_errors::FormErrors;
use leptos::prelude::*;

#[component]
pub fn SettingsSections(form: Form, errors: FormErrors) -> impl IntoView {
    view! {
        <PeopleToTell form errors />
        <SeverityGuides form errors />
        <h2 class="govuk-heading-m">"Is it an incident?"</h2>
        <SettingArea setting=Setting::IncidentExamples label="Examples of incidents" hint="One a line." rows=6 form errors />
        <SettingArea setting=Setting::NotIncidentExamples label="Examples of problems that are not incidents" hint="One a line." rows=5 form errors />
        <WorkingHours form errors />
        <ReviewActions form errors />
        <ProcessDocuments form errors />
    }
}

/// One line of text for `setting`.
#[component]
fn SettingInput(
    setting: Setting,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    form: Form,
    errors: FormErrors,
) -> impl IntoView {
    view! { <InputField field=Field::Setting(setting) errors label hint value=binding::text(form, setting) /> }
}

/// Several lines of text for `setting`.
#[component]
fn SettingArea(
    setting: Setting,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    rows: u32,
    form: Form,
    errors: FormErrors,
) -> impl IntoView {
    view! { <TextareaField field=Field::Setting(setting) errors label hint rows value=binding::text(form, setting) /> }
}

#[component]
fn PeopleToTell(form: Form, errors: FormErrors) -> impl IntoView {
    view! {
        <h2 class="govuk-heading-m">"Your team"</h2>
        <SettingInput setting=Setting::TeamName label="Team name" hint="Used in messages, for example “GOV.UK Design System”." form errors />
        <SettingInput setting=Setting::ServiceName label="What your team runs" hint="As it reads mid-sentence, for example “the design system”." form errors />
        <h2 class="govuk-heading-m">"Telling the team"</h2>
        <SettingInput setting=Setting::TeamChannel label="Team channel" hint="Where the team is told first, for example a Slack channel." form errors />
        <SettingInput setting=Setting::TeamMention label="How to get everyone’s attention" hint="Starts the first message, for example “@here”." form errors />
        <h2 class="govuk-heading-m">"Stakeholders"</h2>
        <SettingInput setting=Setting::StakeholdersName label="Who the stakeholders are" hint="As it reads mid-sentence, for example “the senior management team”." form errors />
        <SettingInput setting=Setting::StakeholdersEmail label="Stakeholders’ email address" form errors />
        <SettingInput setting=Setting::CyberName label="Cyber-security team" hint="Copied in on security incidents. As it reads mid-sentence." form errors />
        <SettingInput setting=Setting::CyberEmail label="Cyber-security team’s email address" form errors />
        <h2 class="govuk-heading-m">"Telling users"</h2>
        <SettingArea setting=Setting::UserChannels label="Channels users read" hint="One a line, as channel | workspace, for example “#our-service | Our Slack”." rows=3 form errors />
        <SettingInput setting=Setting::NeverTellUsersBy label="A channel never to use for incidents" hint="For example, “the mailing list”. Leave it empty if there is none." form errors />
    }
}

#[component]
fn SeverityGuides(form: Form, errors: FormErrors) -> impl IntoView {
    let guides = Severity::ALL
        .into_iter()
        .map(|severity| {
            let setting = Setting::SeverityExample(severity);
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
                <InputField
                    field=Field::Setting(setting)
                    errors
                    label=format!("Example of a {severity} incident")
                    value=binding::text(form, setting)
                />
                <crate::ui::components::Select
                    id=cadence_id.clone()
                    name=cadence_id
                    label=format!("How often to update people during a {severity} incident")
                    items
                    value=binding::cadence(form, severity)
                />
            }
        })
        .collect_view();
    view! {
        <h2 class="govuk-heading-m">"Severity"</h2>
        <p class="govuk-body">"How often to update people at each severity is your team’s own choice: the written process does not set it."</p>
        {guides}
    }
}

#[component]
fn WorkingHours(form: Form, errors: FormErrors) -> impl IntoView {
    let days = WEEKDAYS
        .iter()
        .map(|day| CheckboxItem::new(day_key(*day), weekday_name(*day)))
        .collect();
    view! {
        <h2 class="govuk-heading-m">"Working hours"</h2>
        <CheckboxesField
            field=Field::Setting(Setting::WorkingDays)
            errors
            legend="Working days"
            legend_classes="govuk-fieldset__legend--s"
            items=days
            values=binding::working_days(form)
        />
        <SettingInput setting=Setting::WorkStart label="The working day starts at" hint="On the 24-hour clock, for example 09:00." form errors />
        <SettingInput setting=Setting::WorkEnd label="The working day ends at" hint="For example, 17:30." form errors />
        <SettingInput setting=Setting::TimeZone label="Time zone" hint="Its name in the time zone database, for example Europe/London." form errors />
        <SettingArea setting=Setting::OutOfHours label="Out-of-hours route" hint="Who decides on working out of hours, and how to reach them." rows=3 form errors />
    }
}

#[component]
fn ReviewActions(form: Form, errors: FormErrors) -> impl IntoView {
    view! {
        <h2 class="govuk-heading-m">"Actions from reviews"</h2>
        <p class="govuk-body">"Each action is filed as a GitHub issue in the repository for what it is about. Write each as owner/name."</p>
        <SettingInput setting=Setting::SecurityRepository label="Repository for security actions" hint="Usually your team’s internal repository." form errors />
        <SettingInput setting=Setting::WebsiteRepository label="Repository for website actions" form errors />
        <SettingInput setting=Setting::ComponentsRepository label="Repository for component code actions" form errors />
        <SettingInput setting=Setting::OtherRepository label="Repository for other actions" form errors />
        <SettingInput setting=Setting::IssueLabels label="Labels for the issues" hint="Separated by commas, for example “incident”." form errors />
        <SettingArea setting=Setting::StandingActions label="What every review considers" hint="Standing actions, one a line: each review says whether it considered each, and the report lists them." rows=3 form errors />
    }
}

#[component]
fn ProcessDocuments(form: Form, errors: FormErrors) -> impl IntoView {
    let reviewed_on = DateInputItem::date(
        part!(form.process_reviewed_on.day),
        part!(form.process_reviewed_on.month),
        part!(form.process_reviewed_on.year),
    );
    view! {
        <h2 class="govuk-heading-m">"Your process’s documents"</h2>
        <p class="govuk-body">"Linked from the pages of the response where your process mentions them. Each is a full address starting https://, or empty if you have none."</p>
        <SettingInput setting=Setting::IncidentsFolder label="Incidents folder" hint="Where the report template and past reports are kept, by year." form errors />
        <SettingInput setting=Setting::IncidentManagement label="Incident management document" hint="Your organisation’s, including how to escalate out of hours." form errors />
        <SettingInput setting=Setting::CyberDefinition label="What counts as a cyber security incident" hint="For example, the National Cyber Security Centre’s definition." form errors />
        <h2 class="govuk-heading-m">"Reviewing this process"</h2>
        <DateInputField
            field=Field::Setting(Setting::ProcessReviewedOn)
            errors
            legend="When did the team last review this process?"
            legend_classes="govuk-fieldset__legend--s"
            items=reviewed_on
        />
        <SettingInput setting=Setting::ProcessReviewMonths label="Review it every" hint="A number of months, for example 6." form errors />
    }
}
