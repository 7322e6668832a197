use super::*;

#[wasm_bindgen_test]
fn textarea_matches_the_hint_and_error_examples() {
    assert_matches(fixtures!("textarea"), "with hint", || {
        view! {
            <Textarea
                id="more-detail"
                name="more-detail"
                label="Can you provide more detail?"
                hint="Don't include personal or financial information, eg your National Insurance number or credit card details."
                value=RwSignal::new(String::new())
            />
        }
    });
    assert_matches(fixtures!("textarea"), "with error message", || {
        view! {
            <Textarea
                id="no-ni-reason"
                name="no-ni-reason"
                label="Why can’t you provide a National Insurance number?"
                error_message=Signal::stored(Some("You must provide an explanation".to_owned()))
                value=RwSignal::new(String::new())
            />
        }
    });
}
