//! Form controls named by the field they fill in. Each works out its id,
//! name and error message from the [`Field`], so an id is written once (in
//! `field_id`) and an error summary's link always lands on its control.

use crate::domain::Field;
use crate::ui::components::{
    Bound, CheckboxItem, Checkboxes, DateInput, DateInputItem, Input, RadioItem, Radios, Textarea,
};
use crate::ui::form_errors::{field_id, FormErrors};
use leptos::prelude::*;

#[component]
pub fn TextareaField(
    field: Field,
    errors: FormErrors,
    #[prop(into)] label: String,
    /// Such as `govuk-label--m`.
    #[prop(optional, into)]
    label_classes: String,
    #[prop(optional, into)] hint: String,
    #[prop(default = 5)] rows: u32,
    #[prop(into)] value: Bound<String>,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <Textarea id name=id label label_classes hint rows error_message=errors.message(field) value />
    }
}

#[component]
pub fn InputField(
    field: Field,
    errors: FormErrors,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: String,
    /// Such as `govuk-input--width-10`.
    #[prop(optional, into)]
    classes: String,
    #[prop(optional, into)] autocomplete: String,
    #[prop(default = true)] spellcheck: bool,
    #[prop(into)] value: Bound<String>,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <Input id name=id label hint classes autocomplete spellcheck error_message=errors.message(field) value />
    }
}

#[component]
pub fn RadiosField(
    field: Field,
    errors: FormErrors,
    #[prop(into)] legend: String,
    /// Such as `govuk-fieldset__legend--m`.
    #[prop(optional, into)]
    legend_classes: String,
    #[prop(optional)] legend_is_page_heading: bool,
    #[prop(optional, into)] hint: String,
    /// Such as `govuk-radios--small`.
    #[prop(optional, into)]
    classes: String,
    #[prop(into)] items: Signal<Vec<RadioItem>>,
    #[prop(into)] value: Bound<Option<String>>,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <Radios
            name=id
            id_prefix=id
            legend
            legend_classes
            legend_is_page_heading
            hint
            classes
            error_message=errors.message(field)
            items
            value
        />
    }
}

#[component]
pub fn CheckboxesField(
    field: Field,
    errors: FormErrors,
    #[prop(into)] legend: String,
    #[prop(optional, into)] legend_classes: String,
    #[prop(optional, into)] hint: String,
    items: Vec<CheckboxItem>,
    #[prop(into)] values: Bound<Vec<String>>,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <Checkboxes name=id id_prefix=id legend legend_classes hint error_message=errors.message(field) items values />
    }
}

/// The id of a date input for `field`: its error links to the first box,
/// the day, whose id is this with `-day` after it.
pub fn date_input_id(field: Field) -> &'static str {
    let first_box = field_id(field);
    first_box.strip_suffix("-day").unwrap_or(first_box)
}

/// A date (and time) in boxes, whose error links to the first box.
#[component]
pub fn DateInputField(
    field: Field,
    errors: FormErrors,
    #[prop(into)] legend: String,
    #[prop(optional, into)] legend_classes: String,
    #[prop(optional, into)] hint: String,
    items: Vec<DateInputItem>,
) -> impl IntoView {
    let id = date_input_id(field);
    view! {
        <DateInput id legend legend_classes hint error_message=errors.message(field) items />
    }
}

/// A form with its error summary above it. GOV.UK forms are checked by the
/// service, not the browser, so every problem is listed at once.
#[component]
pub fn CheckedForm(
    errors: FormErrors,
    #[prop(into)] on_submit: Callback<leptos::ev::SubmitEvent>,
    /// The id of the heading that names the form, when a page has several.
    #[prop(optional)]
    labelled_by: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        {errors.summary()}
        <form novalidate on:submit=move |event| on_submit.run(event) aria-labelledby=labelled_by>
            {children()}
        </form>
    }
}
