use super::field::with_classes;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// GOV.UK button. A submit button unless `button_type` says otherwise.
#[component]
pub fn Button(
    #[prop(into)] text: String,
    /// Extra classes, such as `govuk-button--secondary`.
    #[prop(optional, into)]
    classes: String,
    #[prop(default = "submit")] button_type: &'static str,
    /// Words read by screen readers after `text`, so that repeated buttons
    /// (“Remove”) say what they act on.
    #[prop(optional, into)]
    visually_hidden_text: Option<String>,
    /// GOV.UK's `preventDoubleClick`: a second click within a second is
    /// ignored, so a double click never submits a form twice.
    #[prop(optional)]
    prevent_double_click: Option<bool>,
) -> impl IntoView {
    let class = with_classes("govuk-button", &classes);
    if prevent_double_click == Some(true) {
        guard_double_clicks();
    }
    view! {
        <button
            type=button_type
            class=class
            data-module="govuk-button"
            data-prevent-double-click=prevent_double_click.map(|on| on.to_string())
        >
            {text}
            {visually_hidden_text.map(|hidden| view! { <span class="govuk-visually-hidden">" " {hidden}</span> })}
        </button>
    }
}

thread_local! {
    /// How many times the person has typed, ticked or chosen anything.
    static INPUTS: Cell<f64> = const { Cell::new(0.0) };
    static GUARDING: Cell<bool> = const { Cell::new(false) };
    /// When a guarded button was last clicked, and the inputs by then.
    static LAST_GUARDED: Cell<(f64, f64)> = const { Cell::new((f64::NEG_INFINITY, 0.0)) };
}

/// GOV.UK Frontend's double-click guard, for every button marked
/// `data-prevent-double-click="true"`: a second click within a second is
/// stopped before any handler sees it, unless the person changed something
/// in between (fixed an error, say). One listener each, for the whole page,
/// so the buttons' own click handlers are left alone.
fn guard_double_clicks() {
    if GUARDING.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let note_input = Closure::<dyn Fn()>::new(|| INPUTS.set(INPUTS.get() + 1.0));
    let guard = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| {
                element
                    .closest("[data-prevent-double-click=true]")
                    .ok()
                    .flatten()
            });
        let read = |target: &JsValue, name: &str| {
            js_sys::Reflect::get(target, &name.into())
                .ok()
                .and_then(|value| value.as_f64())
        };
        let now = js_sys::Date::now();
        let Some(button) = button else {
            // A guarded button's click can change the page before the
            // second click of a double click lands: on whatever replaced it.
            let (last, inputs) = LAST_GUARDED.get();
            let second_of_two = read(&event, "detail").is_some_and(|clicks| clicks >= 2.0);
            if second_of_two && now - last < 1_000.0 && inputs == INPUTS.get() {
                event.prevent_default();
                event.stop_immediate_propagation();
            }
            return;
        };
        let read = |name: &str| read(&button, name);
        let recent = read(LAST_CLICK).is_some_and(|last| now - last < 1_000.0);
        if recent && read(INPUTS_AT_CLICK) == Some(INPUTS.get()) {
            event.prevent_default();
            event.stop_immediate_propagation();
        } else {
            let _ = js_sys::Reflect::set(&button, &LAST_CLICK.into(), &now.into());
            let _ = js_sys::Reflect::set(&button, &INPUTS_AT_CLICK.into(), &INPUTS.get().into());
            LAST_GUARDED.set((now, INPUTS.get()));
        }
    });
    for kind in ["input", "change"] {
        let _ = window.add_event_listener_with_callback_and_bool(
            kind,
            note_input.as_ref().unchecked_ref(),
            true,
        );
    }
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        guard.as_ref().unchecked_ref(),
        true,
    );
    // Listening for the life of the page.
    note_input.forget();
    guard.forget();
}

/// Where a guarded button keeps the time of its last click, and how many
/// inputs the person had made by then.
const LAST_CLICK: &str = "incidentDeskLastClick";
const INPUTS_AT_CLICK: &str = "incidentDeskInputsAtClick";

/// The start button's arrow. A constant rather than a literal so Leptos renders
/// the icon element by element, as GOV.UK's markup is, not as a wrapped fragment.
const START_ICON_PATH: &str = "M0 0h13l20 20-20 20H0l20-20z";
const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg"; // a namespace name: never fetched

/// GOV.UK button made from a link, such as the start button.
#[component]
pub fn LinkButton(
    #[prop(into)] text: String,
    #[prop(into)] href: String,
    #[prop(optional)] is_start_button: bool,
) -> impl IntoView {
    let class = if is_start_button {
        "govuk-button govuk-button--start"
    } else {
        "govuk-button"
    };
    view! {
        <a href=href role="button" draggable="false" class=class data-module="govuk-button">
            {text}
            {is_start_button.then(|| view! {
                <svg class="govuk-button__start-icon" xmlns=SVG_NAMESPACE width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d=START_ICON_PATH></path>
                </svg>
            })}
        </a>
    }
}
