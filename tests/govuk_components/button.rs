use super::*;

#[wasm_bindgen_test]
fn button_matches_the_default_example() {
    assert_matches(
        fixtures!("button"),
        "default",
        || view! { <Button text="Save and continue" /> },
    );
}

#[wasm_bindgen_test]
fn button_matches_the_prevent_double_click_example() {
    assert_matches(fixtures!("button"), "prevent double click", || {
        view! { <Button text="Submit" prevent_double_click=true /> }
    });
}

#[wasm_bindgen_test]
fn start_button_matches_the_start_link_example() {
    assert_matches(fixtures!("button"), "start link", || {
        view! { <LinkButton text="Start now link button" href="/" is_start_button=true /> }
    });
}
