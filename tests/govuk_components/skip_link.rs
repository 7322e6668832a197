use super::*;

#[wasm_bindgen_test]
fn skip_link_matches_the_default_example() {
    assert_matches(fixtures!("skip-link"), "default", || {
        view! { <SkipLink text="Skip to main content" href="#test-target-element" /> }
    });
}
