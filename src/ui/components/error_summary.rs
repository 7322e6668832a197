use super::skip_link::focus_element;
use leptos::prelude::*;

/// One problem in the error summary, linking to the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorLink {
    pub text: String,
    /// `#` and the id of the input to focus; `None` for a problem not about one field.
    pub href: Option<String>,
}

/// GOV.UK error summary. Takes focus when it appears, and its links move
/// focus to the field (they must not change the hash, which holds the route).
#[component]
pub fn ErrorSummary(
    #[prop(default = "There is a problem".to_owned(), into)] title_text: String,
    error_list: Vec<ErrorLink>,
) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = summary.get() {
            let _ = element.set_attribute("tabindex", "-1");
            let _ = element.focus();
        }
    });
    let items = error_list
        .into_iter()
        .map(|error| match error.href {
            Some(href) => {
                let target = href.trim_start_matches('#').to_owned();
                let on_click = move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    focus_element(&target);
                };
                view! {
                    <li>
                        <a href=href on:click=on_click>{error.text}</a>
                    </li>
                }
                .into_any()
            }
            None => view! { <li>{error.text}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="govuk-error-summary" data-module="govuk-error-summary" node_ref=summary>
            <div role="alert">
                <h2 class="govuk-error-summary__title">{title_text}</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">{items}</ul>
                </div>
            </div>
        </div>
    }
}
