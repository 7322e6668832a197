use super::*;

#[wasm_bindgen_test]
fn error_summary_matches_the_default_example() {
    assert_matches(fixtures!("error-summary"), "default", || {
        let error_list = vec![
            ErrorLink {
                text: "The date your passport was issued must be in the past".into(),
                href: Some("#example-error-1".into()),
            },
            ErrorLink {
                text: "Enter a postcode, like AA1 1AA".into(),
                href: Some("#example-error-2".into()),
            },
        ];
        view! { <ErrorSummary error_list /> }
    });
}

#[wasm_bindgen_test]
fn error_summary_matches_the_example_without_links() {
    assert_matches(fixtures!("error-summary"), "without links", || {
        let error_list = vec![ErrorLink {
            text: "Invalid username or password".into(),
            href: None,
        }];
        view! { <ErrorSummary error_list /> }
    });
}
