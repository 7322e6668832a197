use super::*;

#[wasm_bindgen_test]
fn back_link_matches_the_example_with_its_own_text_and_link() {
    assert_matches(fixtures!("back-link"), "with custom text and link", || {
        view! { <BackLink href="/home" text="Back to home" /> }
    });
    assert_matches(
        fixtures!("back-link"),
        "default",
        || view! { <BackLink href="#" /> },
    );
}
