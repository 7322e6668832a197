use super::*;

#[wasm_bindgen_test]
fn date_input_matches_the_example_with_items() {
    assert_matches(fixtures!("date-input"), "with items", || {
        let item = |name, label, classes| DateInputItem {
            name,
            label,
            classes,
            value: RwSignal::new(String::new()).into(),
        };
        let items = vec![
            item("day", "Day", "govuk-input--width-2"),
            item("month", "Month", "govuk-input--width-2"),
            item("year", "Year", "govuk-input--width-4"),
        ];
        view! { <DateInput id="dob" legend="What is your date of birth?" hint="For example, 31 3 1980" items /> }
    });
}
