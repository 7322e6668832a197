use crate::domain::{safe_href, References};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A link to one of the process's own documents, where the process mentions
/// it, when the team has set one in settings.
#[component]
pub fn ReferenceLink(
    document: fn(&References) -> &String,
    #[prop(into)] before: String,
    #[prop(into)] text: String,
) -> impl IntoView {
    let href = AppState::get().playbook.with_untracked(|p| {
        safe_href(document(&p.references))
            .filter(|url| url.starts_with("https://"))
            .map(str::to_owned)
    });
    href.map(|href| {
        view! {
            <p class="govuk-body">
                {before}
                <a class="govuk-link" href=href target="_blank" rel="noopener noreferrer">{text}" (opens in new tab)"</a>
            </p>
        }
    })
}
