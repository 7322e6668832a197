use super::*;

#[wasm_bindgen_test]
fn tag_matches_the_default_and_grey_examples() {
    assert_matches(
        fixtures!("tag"),
        "default",
        || view! { <Tag text="Alpha" /> },
    );
    assert_matches(
        fixtures!("tag"),
        "grey",
        || view! { <Tag text="Grey" classes="govuk-tag--grey" /> },
    );
}
