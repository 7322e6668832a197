//! Turn actions into GitHub issues: each action from the review, a link that
//! opens GitHub's new-issue form filled in, the issue's address once filed.

use crate::domain::messages::new_issue_link;
use crate::domain::text::day;
use crate::domain::{
    safe_href, Action, ActionArea, ActionForm, ActionKind, Command, Field, Incident, ItemId,
};
use crate::ui::components::part;
use crate::ui::components::{
    Button, DateInputItem, Input, Parts, RadioItem, SummaryList, SummaryRow, Tag,
};
use crate::ui::content_key::content_key;
use crate::ui::fields::{CheckedForm, DateInputField, InputField, RadiosField, TextareaField};
use crate::ui::form_errors::FormErrors;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::platform::copy_to_clipboard;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ActionsTask() -> impl IntoView {
    let session = IncidentSession::get();
    let incident = session.incident;
    let fields = ActionFields::new();
    let can_add = move || incident.with(Incident::is_up_for_review);
    let actions =
        move || incident.with(|i| (1..).zip(i.actions.iter().cloned()).collect::<Vec<_>>());
    view! {
        <p class="govuk-body">
            "Turn each action the review agreed into a GitHub issue in the repository that fits it, "
            "with an owner (a person, not a team) and a due date. Tackle them soon, ideally as small "
            "pieces of work in your next cycle."
        </p>
        <Show when=move || incident.with(|i| i.actions.is_empty())>
            <p class="govuk-body">"No actions yet."</p>
        </Show>
        <For each=actions key=|(number, action)| content_key(*number, action) let:((number, action))>
            <ActionCard action number fields />
        </For>
        <Show
            when=can_add
            fallback=|| view! { <p class="govuk-body">"Actions are agreed at the review, once the incident is resolved."</p> }
        >
            <ActionEditor fields />
        </Show>
    }
}

/// One action: its details, the GitHub link, the issue's address, done.
#[component]
fn ActionCard(action: Action, number: usize, fields: ActionFields) -> impl IntoView {
    let session = IncidentSession::get();
    let id = StoredValue::new(action.id.clone());
    let dom_id = format!("issue-url-{}", action.id);
    let errors = FormErrors::for_single_input(dom_id.clone());
    let url = RwSignal::new(action.issue_url.clone().unwrap_or_default());
    let link = session
        .derive(|incident, playbook, _| new_issue_link(&action, incident, &playbook.issue_labels));
    let pasted = RwSignal::new(None::<bool>);
    let body_to_paste = StoredValue::new(link.body_to_paste.clone());
    let on_create = move |_| {
        if let Some(body) = body_to_paste.get_value() {
            leptos::task::spawn_local(async move {
                pasted.set(Some(copy_to_clipboard(body).await));
            });
        }
    };
    let long_body = link.body_to_paste.clone().map(|body| {
        view! {
            <p class="govuk-body">
                "The description is too long to send in the link, so the link fills in the title only. "
                "Creating the issue copies the description for you to paste into it."
            </p>
            {move || pasted.get().map(|copied| if copied {
                view! { <p class="govuk-body" role="status">"The description is copied. Paste it into the issue on GitHub."</p> }.into_any()
            } else {
                view! {
                    <p class="govuk-body" role="status">"Your browser did not let Incident Desk copy the description. Copy it from here:"</p>
                    <pre class="app-raw-data" tabindex="0">{body.clone()}</pre>
                }.into_any()
            })}
        }
    });
    let today = AppState::get().team_today();
    let draft = &action.draft;
    let status = match (&action.done, action.is_overdue(today)) {
        (Some(_), _) => view! { <Tag text="Done" classes="govuk-tag--green" /> }.into_any(),
        (None, true) => view! { <Tag text="Overdue" classes="govuk-tag--red" /> }.into_any(),
        (None, false) => view! { <Tag text="Open" classes="govuk-tag--blue" /> }.into_any(),
    };
    let mut rows = vec![
        SummaryRow::new("Owner", draft.owner.clone()),
        SummaryRow::new("Due", day(draft.due)),
        SummaryRow::new("Kind", draft.kind.label()),
        SummaryRow::new("Repository", draft.repository.clone()),
    ];
    if !draft.detail.is_empty() {
        rows.insert(0, SummaryRow::new("Detail", draft.detail.clone()));
    }
    let issue = action.issue_url.clone();
    let blocked = AppState::get()
        .playbook
        .with_untracked(|p| p.filing_refusal(action.draft.area).is_some());
    let open = action.done.is_none() && session.incident.with_untracked(|i| i.is_changeable());
    let on_link = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let command = Command::LinkActionIssue {
            action: id.get_value(),
            url: url.get_untracked(),
        };
        session.submit(command, errors);
    };
    view! {
        <div class="app-action">
            <h2 class="govuk-heading-m app-user-text">{format!("Action {number}: {}", draft.title)}</h2>
            <p class="govuk-body">{status}</p>
            <SummaryList rows />
            {match issue {
                Some(issue) => view! {
                    <p class="govuk-body">"Filed as "<a class="govuk-link app-user-text" href=safe_href(&issue).map(str::to_owned) target="_blank" rel="noopener noreferrer">{issue.clone()}" (opens in new tab)"</a></p>
                }.into_any(),
                None if blocked => view! { <SecurityRepositoryNeeded /> }.into_any(),
                None => view! {
                    <p class="govuk-body">
                        <a class="govuk-link" href=safe_href(&link.url).map(str::to_owned) target="_blank" rel="noopener noreferrer" on:click=on_create>
                            "Create the GitHub issue (opens in new tab)"
                        </a>
                    </p>
                    {long_body}
                }.into_any(),
            }}
            {open.then(|| view! {
                <CheckedForm errors on_submit=on_link>
                    <Input
                        id=dom_id
                        name="issue-url"
                        label=format!("Address of the GitHub issue for action {number}")
                        hint="For example, https://github.com/alphagov/govuk-frontend/issues/123"
                        spellcheck=false
                        error_message=errors.message(Field::IssueUrl)
                        value=url
                    />
                    <div class="govuk-button-group">
                        <Button prevent_double_click=true text="Save the issue address" visually_hidden_text=format!("for action {number}") classes="govuk-button--secondary" />
                        <Button
                            text="Mark as done"
                            visually_hidden_text=format!("action {number}")
                            button_type="button"
                            classes="govuk-button--secondary"
                            on:click=move |_| { session.submit(Command::CompleteAction { action: id.get_value() }, errors); }
                        />
                        <Button
                            text="Change"
                            visually_hidden_text=format!("action {number}")
                            button_type="button"
                            classes="govuk-button--secondary"
                            on:click=move |_| fields.start_editing(Some((id.get_value(), number)))
                        />
                    </div>
                </CheckedForm>
            })}
        </div>
    }
}

/// A security action waits for the team's own repository for them.
#[component]
fn SecurityRepositoryNeeded() -> impl IntoView {
    view! {
        <div class="govuk-inset-text">
            "Security actions are filed in your team’s repository for them, so their details stay private, and none is set yet. "
            <a class="govuk-link" href=crate::ui::route::Route::Settings.href()>"Set the repository for security actions in settings"</a>
        </div>
    }
}

/// The action form's boxes, shared by the editor and the “Change” buttons.
#[derive(Clone, Copy)]
struct ActionFields {
    session: IncidentSession,
    /// The action being changed, and its number; `None` while adding one.
    editing: RwSignal<Option<(ItemId, usize)>>,
    form: RwSignal<ActionForm>,
    errors: FormErrors,
}

impl ActionFields {
    fn new() -> Self {
        Self {
            session: IncidentSession::get(),
            editing: RwSignal::new(None),
            form: RwSignal::new(ActionForm::default()),
            errors: FormErrors::new(),
        }
    }

    /// Fills the form with an action to change it, or empties it to add one.
    fn start_editing(&self, action: Option<(ItemId, usize)>) {
        let form = action
            .as_ref()
            .and_then(|(id, _)| {
                self.session.incident.with_untracked(|i| {
                    i.actions
                        .iter()
                        .find(|a| a.id == *id)
                        .map(|a| ActionForm::from_draft(&a.draft))
                })
            })
            .unwrap_or_default();
        self.form.set(form);
        self.errors.clear();
        let editing = action.is_some();
        self.editing.set(action);
        if editing {
            crate::ui::components::focus_element("action-title");
        }
    }
}

/// Adding an action, or changing the one being edited.
#[component]
fn ActionEditor(fields: ActionFields) -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let ActionFields {
        editing,
        form,
        errors,
        ..
    } = fields;
    let kind = form.part(
        |f| f.kind.map(|k| k.key().to_owned()),
        |f, chosen| f.kind = chosen.as_deref().and_then(ActionKind::from_key),
    );
    let area = form.part(
        |f| f.area.map(|a| a.key().to_owned()),
        |f, chosen| f.area = chosen.as_deref().and_then(ActionArea::from_key),
    );
    // Picking what it is about fills in the repository the playbook routes
    // it to, unless the person has typed another.
    let route_repository = move |_| {
        let Some(chosen) = form.with_untracked(|f| f.area) else {
            return;
        };
        state.playbook.with_untracked(|playbook| {
            let current = form.with_untracked(|f| f.repository.clone());
            let routed = ActionArea::ALL
                .iter()
                .any(|a| playbook.repository_for(*a) == current);
            if current.trim().is_empty() || routed {
                form.update(|f| f.repository = playbook.repository_for(chosen).to_owned());
            }
        });
    };

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // Said first: no repository typed here would do.
        let chosen = form.with_untracked(|f| f.area);
        if let Some(refusal) =
            chosen.and_then(|a| state.playbook.with_untracked(|p| p.filing_refusal(a)))
        {
            return errors.show(vec![refusal]);
        }
        let draft = match form.with_untracked(ActionForm::to_draft) {
            Ok(draft) => draft,
            Err(problems) => return errors.show(problems),
        };
        let command = match editing.get_untracked() {
            Some((action, _)) => Command::EditAction { action, draft },
            None => Command::AddAction(draft),
        };
        if session.submit(command, errors) {
            fields.start_editing(None);
        }
    };

    let security_blocked = move || {
        let chosen = form.with(|f| f.area);
        chosen.is_some_and(|a| state.playbook.with(|p| p.filing_refusal(a).is_some()))
    };

    let kinds: Vec<RadioItem> = ActionKind::ALL
        .iter()
        .map(|k| RadioItem::new(k.key(), k.label()).with_hint(k.hint()))
        .collect();
    let areas: Vec<RadioItem> = state.playbook.with_untracked(|playbook| {
        ActionArea::ALL
            .iter()
            .map(|a| {
                let repository = playbook.repository_for(*a);
                let hint = if repository.is_empty() {
                    "No repository is set for this in settings: type one below.".to_owned()
                } else {
                    format!("Filed in {repository}.")
                };
                RadioItem::new(a.key(), a.label()).with_hint(hint)
            })
            .collect()
    });
    let due_items = DateInputItem::date(
        part!(form.due.day),
        part!(form.due.month),
        part!(form.due.year),
    );
    let heading = move || match editing.get() {
        Some((_, number)) => format!("Change action {number}"),
        None => "Add an action".to_owned(),
    };
    let buttons = move || {
        match editing.get() {
        Some(_) => view! {
            <Button prevent_double_click=true text="Save the action" />
            <Button text="Cancel" button_type="button" classes="govuk-button--secondary" on:click=move |_| fields.start_editing(None) />
        }
        .into_any(),
        None => view! { <Button prevent_double_click=true text="Add the action" /> }.into_any(),
    }
    };

    view! {
        <h2 class="govuk-heading-m" id="action-heading">{heading}</h2>
        <CheckedForm errors on_submit=on_submit labelled_by="action-heading">
            <InputField label="Title" hint="What will be done, in a few words. This is the issue’s title." field=Field::ActionTitle errors value=part!(form.title) />
            <TextareaField label="Detail" hint="Why it is needed and what done looks like." rows=3 field=Field::ActionDetail errors value=part!(form.detail) />
            <InputField label="Owner" hint="A person, not a team." classes="govuk-!-width-two-thirds" field=Field::ActionOwner errors value=part!(form.owner) />
            <DateInputField legend="Due date" legend_classes="govuk-fieldset__legend--s" hint="For example, 27 3 2026" field=Field::ActionDue errors items=due_items />
            <RadiosField legend="Kind of action" legend_classes="govuk-fieldset__legend--s" field=Field::ActionKind errors items=kinds value=kind />
            <div on:change=route_repository>
                <RadiosField legend="What is it about?" legend_classes="govuk-fieldset__legend--s" field=Field::ActionArea errors items=areas value=area />
            </div>
            {move || security_blocked().then(|| view! { <SecurityRepositoryNeeded /> })}
            <InputField label="Repository" hint="As owner/name. Filled in from what it is about; change it if another fits better." classes="govuk-!-width-two-thirds" spellcheck=false field=Field::ActionRepository errors value=part!(form.repository) />
            <div class="govuk-button-group">{buttons}</div>
        </CheckedForm>
    }
}
