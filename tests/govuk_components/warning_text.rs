use super::*;

#[wasm_bindgen_test]
fn warning_text_matches_the_default_example() {
    assert_matches(fixtures!("warning-text"), "default", || {
        view! { <WarningText>"You can be fined up to £5,000 if you don’t register."</WarningText> }
    });
}
