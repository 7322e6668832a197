use super::*;

#[wasm_bindgen_test]
fn input_matches_the_hint_and_error_examples() {
    assert_matches(fixtures!("input"), "with hint text", || {
        view! {
            <Input
                id="input-with-hint-text"
                name="test-name-2"
                label="National insurance number"
                hint="It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’."
                value=RwSignal::new(String::new())
            />
        }
    });
    assert_matches(fixtures!("input"), "with error message", || {
        view! {
            <Input
                id="input-with-error-message"
                name="test-name-3"
                label="National Insurance number"
                error_message=Signal::stored(Some("Enter a National Insurance number in the correct format".to_owned()))
                value=RwSignal::new(String::new())
            />
        }
    });
}
