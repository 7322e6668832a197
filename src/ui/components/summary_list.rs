use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryAction {
    pub href: String,
    pub text: String,
    /// Completes the link text for screen readers: “Change” + “ title”. May be empty.
    pub visually_hidden_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub key: String,
    /// People's text that starts the value, set apart in `<bdi>` so it
    /// cannot reorder the app's words in `value` after it.
    pub user_text: Option<String>,
    pub value: String,
    pub actions: Vec<SummaryAction>,
}

impl SummaryRow {
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            user_text: None,
            value: value.into(),
            actions: Vec::new(),
        }
    }

    /// A value that starts with people's text: `text`, then `rest`.
    pub fn with_user_text(mut self, text: impl Into<String>) -> Self {
        self.user_text = Some(text.into());
        self
    }

    pub fn with_action(
        mut self,
        href: impl Into<String>,
        text: impl Into<String>,
        hidden: impl Into<String>,
    ) -> Self {
        self.actions.push(SummaryAction {
            href: href.into(),
            text: text.into(),
            visually_hidden_text: hidden.into(),
        });
        self
    }
}

/// GOV.UK summary list.
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    let any_actions = rows.iter().any(|row| !row.actions.is_empty());
    let rows = rows
        .into_iter()
        .map(|row| {
            let row_class = if any_actions && row.actions.is_empty() {
                "govuk-summary-list__row govuk-summary-list__row--no-actions"
            } else {
                "govuk-summary-list__row"
            };
            let actions = match row.actions.len() {
                0 => None,
                1 => Some(view! {
                    <dd class="govuk-summary-list__actions">{row.actions.into_iter().map(action_link).collect_view()}</dd>
                }.into_any()),
                _ => Some(view! {
                    <dd class="govuk-summary-list__actions">
                        <ul class="govuk-summary-list__actions-list">
                            {row.actions.into_iter().map(|action| view! {
                                <li class="govuk-summary-list__actions-list-item">{action_link(action)}</li>
                            }).collect_view()}
                        </ul>
                    </dd>
                }.into_any()),
            };
            view! {
                <div class=row_class>
                    <dt class="govuk-summary-list__key">{row.key}</dt>
                    <dd class="govuk-summary-list__value">{row.user_text.map(|text| view! { <bdi>{text}</bdi> })}{row.value}</dd>
                    {actions}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="govuk-summary-list">{rows}</dl> }
}

fn action_link(action: SummaryAction) -> impl IntoView {
    let hidden = (!action.visually_hidden_text.is_empty()).then(
        || view! { <span class="govuk-visually-hidden">" " {action.visually_hidden_text}</span> },
    );
    view! {
        <a class="govuk-link" href=action.href>
            {action.text}
            {hidden}
        </a>
    }
}
