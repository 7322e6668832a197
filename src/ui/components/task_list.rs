use leptos::prelude::*;

/// A task's status: plain text, or a tag when `tag_classes` is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskListStatus {
    pub text: String,
    /// Such as `govuk-tag--blue`; `None` shows the status as plain text.
    pub tag_classes: Option<String>,
    /// Classes for plain-text statuses, such as `govuk-task-list__status--cannot-start-yet`.
    pub classes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskListItem {
    pub title: String,
    /// `None` for a task that cannot be started yet.
    pub href: Option<String>,
    pub hint: Option<String>,
    pub status: TaskListStatus,
}

/// GOV.UK task list.
#[component]
pub fn TaskList(
    items: Vec<TaskListItem>,
    #[prop(default = "task-list".to_owned(), into)] id_prefix: String,
) -> impl IntoView {
    let items = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let id = format!("{id_prefix}-{}", index + 1);
            let hint_id = item.hint.as_ref().map(|_| format!("{id}-hint"));
            let status_id = format!("{id}-status");
            let described_by = match &hint_id {
                Some(hint_id) => format!("{hint_id} {status_id}"),
                None => status_id.clone(),
            };
            let (item_class, name) = match item.href {
                Some(href) => (
                    "govuk-task-list__item govuk-task-list__item--with-link",
                    view! {
                        <a class="govuk-link govuk-task-list__link" href=href aria-describedby=described_by>
                            {item.title}
                        </a>
                    }
                    .into_any(),
                ),
                None => ("govuk-task-list__item", view! { <div>{item.title}</div> }.into_any()),
            };
            let status_class = super::field::with_classes("govuk-task-list__status", &item.status.classes);
            let status = match item.status.tag_classes {
                Some(classes) => view! {
                    <strong class=format!("govuk-tag {classes}")>{item.status.text}</strong>
                }
                .into_any(),
                None => item.status.text.into_any(),
            };
            view! {
                <li class=item_class>
                    <div class="govuk-task-list__name-and-hint">
                        {name}
                        {item.hint.map(|hint| view! {
                            <div id=hint_id class="govuk-task-list__hint">{hint}</div>
                        })}
                    </div>
                    <div class=status_class id=status_id>{status}</div>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="govuk-task-list">{items}</ul> }
}
