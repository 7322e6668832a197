use super::*;

#[wasm_bindgen_test]
fn generic_header_matches_the_default_example() {
    assert_matches(fixtures!("generic-header"), "default", || {
        view! { <GenericHeader logo_text="My cool service" href="/" /> }
    });
}
