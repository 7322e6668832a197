use super::*;

#[wasm_bindgen_test]
fn summary_list_matches_the_single_action_example() {
    assert_matches(
        fixtures!("summary-list"),
        "single action with anchor",
        || {
            let rows = vec![SummaryRow::new("Name", "Firstname Lastname").with_action(
                "#",
                "First action",
                "",
            )];
            view! { <SummaryList rows /> }
        },
    );
}

#[wasm_bindgen_test]
fn summary_list_matches_the_example_with_no_actions() {
    assert_matches(fixtures!("summary-list"), "empty items array", || {
        view! { <SummaryList rows=vec![SummaryRow::new("Name", "Firstname Lastname")] /> }
    });
}
