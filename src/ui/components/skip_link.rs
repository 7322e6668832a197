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
    if let Some(element) = document().get_element_by_id(id) {
        focus(element);
        if let Some(element) = document().get_element_by_id(id) {
            element.scroll_into_view();
        }
    }
}

/// After a page change, focus moves to the new page's heading, as GOV.UK
/// does, so a screen reader starts at its name; the page shows from its top.
pub fn focus_page_heading() {
    match document().query_selector("#main-content h1").ok().flatten() {
        Some(heading) => focus(heading),
        None => focus_element("main-content"),
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

fn focus(element: web_sys::Element) {
    let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) else {
        return;
    };
    if !is_form_control(&element) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        // The app moved focus, not the person: no outline around a heading
        // or the whole page, as GOV.UK's skip link does for its target.
        let class = element.class_name();
        if !class.contains("govuk-skip-link-focused-element") {
            element.set_class_name(&format!("{class} govuk-skip-link-focused-element"));
        }
    }
    let _ = element.focus();
}

fn is_form_control(element: &web_sys::HtmlElement) -> bool {
    matches!(
        element.tag_name().as_str(),
        "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "A"
    )
}
