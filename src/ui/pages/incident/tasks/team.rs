//! Form the incident team: an incident lead and a comms lead at least, and
//! any other roles the incident turns out to need. Each lead has a field of
//! its own, so naming one can never hand the other's role away; changing a
//! lead who is named is a handover the page asks for and confirms in words.

use crate::domain::{Command, Field, Role, RoleAssignment};
use crate::ui::components::{Button, Input, SummaryList, SummaryRow};
use crate::ui::fields::InputField;
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::time;
use leptos::prelude::*;

/// The incident team: who holds each role, a form for each lead, and one
/// for any other role.
#[component]
pub fn TeamTask() -> impl IntoView {
    let session = IncidentSession::get();
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
    let remove_errors = FormErrors::new();
    let remove_button = move |assignment: RoleAssignment| {
        let role = assignment.role.clone();
        let label = format!("{} ({})", lower(&role), assignment.person);
        let on_click = move |_| {
            session.submit(Command::UnassignRole { role: role.clone() }, remove_errors);
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
        <h2 class="govuk-heading-m">"Who has which role"</h2>
        {remove_errors.summary()}
        {move || view! { <SummaryList rows=team() /> }}
        <ul class="govuk-list">
            <For each=removable key=|a| (a.role.name().to_owned(), a.person.clone()) children=remove_button />
        </ul>
        <LeadForm role=Role::IncidentLead id="incident-lead" />
        <LeadForm role=Role::CommsLead id="comms-lead" />
        <OtherRoleForm />
    }
}

/// One lead's own form: name them, or hand their role over to someone else.
#[component]
fn LeadForm(role: Role, id: &'static str) -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::for_single_input(id.to_owned());
    let person = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let held_by = {
        let role = role.clone();
        Memo::new(move |_| {
            session
                .incident
                .with(|incident| incident.holder(&role).map(|holder| holder.person.clone()))
        })
    };
    let on_submit = {
        let role = role.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let from = held_by.get_untracked();
            let to = person.get_untracked();
            let command = Command::AssignRole {
                role: role.clone(),
                person: to,
            };
            if session.submit(command, errors) {
                done.set(Some(confirmation(
                    &role,
                    from,
                    &held_by.get_untracked().unwrap_or_default(),
                )));
                person.set(String::new());
            } else {
                done.set(None);
            }
        }
    };
    let name = role.name().to_owned();
    let heading = name.clone();
    let fields = move || {
        let role_lower = name.to_ascii_lowercase();
        let (label, button) = match held_by.get() {
            None => (name.clone(), format!("Name the {role_lower}")),
            Some(current) => (
                format!("Hand over the {role_lower} role from {current} to"),
                format!("Hand over the {role_lower} role"),
            ),
        };
        view! {
            <Input
                id=id
                name=id
                label
                hint="Their name, as the team knows them."
                classes="govuk-!-width-two-thirds"
                autocomplete="off"
                spellcheck=false
                error_message=errors.message(Field::Person)
                value=person
            />
            <Button prevent_double_click=true text=button classes="govuk-button--secondary" />
        }
    };
    view! {
        <h2 class="govuk-heading-m">{heading}</h2>
        {errors.summary()}
        {said(done)}
        // Unnamed: the input has the heading's words as its label.
        <form novalidate on:submit=on_submit>
            {fields}
        </form>
    }
}

/// Any other role the incident needs, such as a technical lead or a scribe.
#[component]
fn OtherRoleForm() -> impl IntoView {
    let session = IncidentSession::get();
    let errors = FormErrors::new();
    let role_name = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let role = Role::named(&role_name.get_untracked());
        let from = session
            .incident
            .with_untracked(|incident| incident.holder(&role).map(|h| h.person.clone()));
        // A lead already named is handed over only from the lead's own form.
        if let (true, Some(current)) = (Role::REQUIRED.contains(&role), &from) {
            let role_lower = lower(&role);
            errors.show_message(format!(
                "{current} is already the {role_lower}. To hand the role over, use the {role_lower} form above."
            ));
            done.set(None);
            return;
        }
        let command = Command::AssignRole {
            role: Role::Other(role_name.get_untracked()),
            person: person.get_untracked(),
        };
        if session.submit(command, errors) {
            let now = session
                .incident
                .with_untracked(|incident| incident.holder(&role).map(|h| h.person.clone()));
            done.set(Some(confirmation(&role, from, &now.unwrap_or_default())));
            person.set(String::new());
            role_name.set(String::new());
        } else {
            done.set(None);
        }
    };
    view! {
        <h2 class="govuk-heading-m" id="other-role-heading">"Add another role"</h2>
        <p class="govuk-body">
            "Add other roles as the incident shows what it needs. Giving a role someone has to a new person records a handover."
        </p>
        {errors.summary()}
        {said(done)}
        <form novalidate on:submit=on_submit aria-labelledby="other-role-heading">
            <InputField
                label="Name of the role"
                hint="For example, technical lead or scribe."
                classes="govuk-!-width-two-thirds"
                field=Field::RoleName errors
                value=role_name
            />
            <InputField
                label="Person"
                classes="govuk-!-width-two-thirds"
                autocomplete="off"
                spellcheck=false
                field=Field::Person errors
                value=person
            />
            <Button prevent_double_click=true text="Add the role" classes="govuk-button--secondary" />
        </form>
    }
}

/// The confirmation of the last role given, announced as it appears.
fn said(done: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div role="status">
            {move || done.get().map(|text| view! { <p class="govuk-body app-user-text">{text}</p> })}
        </div>
    }
}

/// What the page says once a role is given: who has it now, and from whom.
fn confirmation(role: &Role, from: Option<String>, to: &str) -> String {
    let role_lower = lower(role);
    match from {
        Some(from) => format!("{from} handed the {role_lower} role over to {to}."),
        None => format!("{to} is now the {role_lower}."),
    }
}

fn lower(role: &Role) -> String {
    role.name().to_ascii_lowercase()
}

fn holder_row(holder: &RoleAssignment) -> SummaryRow {
    SummaryRow::new(
        holder.role.name(),
        format!(" (since {})", time::date_and_time(holder.assigned_at)),
    )
    .with_user_text(&holder.person)
}
