use super::*;

#[wasm_bindgen_test]
fn select_matches_the_hint_and_error_example() {
    assert_matches(
        fixtures!("select"),
        "with hint text and error message",
        || {
            let items = (1..=3)
                .map(|n| SelectItem {
                    value: n.to_string(),
                    text: format!("GOV.UK frontend option {n}"),
                })
                .collect();
            view! {
                <Select
                    id="select-2"
                    name="select-2"
                    label="Label text goes here"
                    hint="Hint text goes here"
                    error_message=Signal::stored(Some("Error message goes here".to_owned()))
                    items
                    value=RwSignal::new(String::new())
                />
            }
        },
    );
}
