use leptos::prelude::*;

/// GOV.UK skip link. Routes live in the URL hash, so following the link would
/// change the page: instead it moves focus to the target, as GOV.UK's script does.
#[component]
pub fn SkipLink(#[prop(into)] text: String, href: &'static str) -> impl IntoView {
    let on_click = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_element(href.trim_start_matches('#'));
    };
    view! {
        <a href=href class="govuk-skip-link" data-module="govuk-skip-link" on:click=on_click>
            {text}
        </a>
    }
}

/// Moves focus to the element with `id`, making it focusable if it is not.
pub fn focus_element(id: &str) {
    let element = document().get_element_by_id(id);
    if let Some(element) =
        element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        if !element.has_attribute("tabindex") && !is_form_control(&element) {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
        element.scroll_into_view();
    }
}

fn is_form_control(element: &web_sys::HtmlElement) -> bool {
    matches!(
        element.tag_name().as_str(),
        "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "A"
    )
}
