//! Form the incident team: an incident lead and a comms lead at least, and
//! any other roles the incident turns out to need. Reassigning is a handover.

use crate::domain::{Command, Field, Role, RoleAssignment};
use crate::ui::components::{Button, Input, Select, SelectItem, SummaryList, SummaryRow};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::time;
use leptos::prelude::*;

/// The role select's options: value, and the role it picks (`None`: another, named role).
const ROLE_CHOICES: [(&str, Option<Role>); 3] = [
    ("incident_lead", Some(Role::IncidentLead)),
    ("comms_lead", Some(Role::CommsLead)),
    (OTHER, None),
];
const OTHER: &str = "other";

/// The incident team: who holds each role, and a form to assign or hand over.
#[component]
pub fn TeamTask() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let role_choice = RwSignal::new(ROLE_CHOICES[0].0.to_owned());
    let role_name = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());

    let team = move || {
        session.incident.with(|incident| {
            let required = Role::REQUIRED
                .iter()
                .map(|role| match incident.holder(role) {
                    Some(holder) => holder_row(holder),
                    None => SummaryRow::new(role.name(), "Not assigned yet"),
                });
            let extra = incident.extra_roles().map(holder_row);
            required.chain(extra).collect::<Vec<_>>()
        })
    };
    let removable = move || session.incident.with(|incident| incident.roles.clone());

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let chosen = role_choice.get_untracked();
        let role = ROLE_CHOICES
            .into_iter()
            .find_map(|(value, role)| if value == chosen { role } else { None })
            .unwrap_or_else(|| Role::Other(role_name.get_untracked()));
        let command = Command::AssignRole {
            role,
            person: person.get_untracked(),
        };
        if session.submit(command, errors) {
            person.set(String::new());
            role_name.set(String::new());
        }
    };

    let remove_button = move |assignment: RoleAssignment| {
        let role = assignment.role.clone();
        let label = format!(
            "{} ({})",
            role.name().to_ascii_lowercase(),
            assignment.person
        );
        let on_click = move |_| {
            session.submit(Command::UnassignRole { role: role.clone() }, errors);
        };
        view! {
            <li>
                <Button
                    prevent_double_click=true
                    text=format!("Remove {label}")
                    button_type="button"
                    classes="govuk-button--secondary govuk-!-margin-bottom-2"
                    on:click=on_click
                />
            </li>
        }
    };

    let role_items = ROLE_CHOICES
        .iter()
        .map(|(value, role)| SelectItem {
            value: (*value).to_owned(),
            text: role.as_ref().map_or("Another role", Role::name).to_owned(),
        })
        .collect();

    view! {
        <p class="govuk-body">
            "Every incident needs an incident lead to coordinate the response from discovery to "
            "resolution, and a comms lead to keep the team, users and stakeholders informed."
        </p>
        <p class="govuk-body">"Choose the incident lead for:"</p>
        <ul class="govuk-list govuk-list--bullet">
            <li>"what they know about the problem and the part of the service it is in"</li>
            <li>"whether they are free to lead it now"</li>
            <li>"their expertise"</li>
        </ul>
        <p class="govuk-body">
            "Add other roles as the incident shows what it needs, such as a technical lead or a note taker. "
            "Giving a role to someone new records a handover."
        </p>
        <h2 class="govuk-heading-m">"Who has which role"</h2>
        {move || view! { <SummaryList rows=team() /> }}
        <ul class="govuk-list">
            <For each=removable key=|a| (a.role.name().to_owned(), a.person.clone()) children=remove_button />
        </ul>
        <h2 class="govuk-heading-m" id="team-heading">"Assign a role"</h2>
        {errors.summary()}
        <form novalidate on:submit=on_submit aria-labelledby="team-heading">
            <Select id="role" name="role" label="Role" items=role_items value=role_choice />
            <Show when=move || role_choice.with(|r| r == OTHER)>
                <Input
                    id="role-name"
                    name="role-name"
                    label="Name of the role"
                    hint="For example, technical lead or note taker."
                    classes="govuk-!-width-two-thirds"
                    error_message=errors.message(Field::RoleName)
                    value=role_name
                />
            </Show>
            <Input
                id="role-person"
                name="role-person"
                label="Person"
                hint="If someone already has this role, they hand it over to this person."
                classes="govuk-!-width-two-thirds"
                autocomplete="off"
                spellcheck=false
                error_message=errors.message(Field::Person)
                value=person
            />
            <Button prevent_double_click=true text="Assign role" classes="govuk-button--secondary" />
        </form>
    }
}

fn holder_row(holder: &RoleAssignment) -> SummaryRow {
    SummaryRow::new(
        holder.role.name(),
        format!(" (since {})", time::date_and_time(holder.assigned_at)),
    )
    .with_user_text(&holder.person)
}
