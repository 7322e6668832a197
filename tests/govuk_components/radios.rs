use super::*;

fn yes_no() -> Vec<RadioItem> {
    vec![RadioItem::new("yes", "Yes"), RadioItem::new("no", "No")]
}

#[wasm_bindgen_test]
fn radios_match_the_example_with_hints_on_items() {
    assert_matches(fixtures!("radios"), "with hints on items", || {
        let items = vec![
            RadioItem::new("gateway", "Sign in with Government Gateway").with_id("gateway").with_hint(
                "You’ll have a user ID if you’ve registered for Self Assessment or filed a tax return online before.",
            ),
            RadioItem::new("verify", "Sign in with GOV.UK Verify").with_id("verify").with_hint(
                "You’ll have an account if you’ve already proved your identity with either Barclays, CitizenSafe, Digidentity, Experian, Post Office, Royal Mail or SecureIdentity.",
            ),
        ];
        view! {
            <Radios
                name="gov"
                id_prefix="gov"
                legend="How do you want to sign in?"
                legend_classes="govuk-fieldset__legend--l"
                legend_is_page_heading=true
                items
                value=RwSignal::new(None)
            />
        }
    });
}

#[wasm_bindgen_test]
fn radios_match_the_example_with_a_hint() {
    assert_matches(fixtures!("radios"), "with hint", || {
        view! {
            <Radios
                name="example-with-hint"
                id_prefix="example-with-hint"
                legend="Have you changed your name?"
                hint="This includes changing your last name or spelling your name differently."
                items=yes_no()
                value=RwSignal::new(None)
            />
        }
    });
}

#[wasm_bindgen_test]
fn radios_match_the_example_with_an_error_and_a_checked_item() {
    assert_matches(
        fixtures!("radios"),
        "with fieldset and error message",
        || {
            view! {
                <Radios
                    name="example"
                    id_prefix="example"
                    legend="Have you changed your name?"
                    error_message=Signal::stored(Some("Please select an option".to_owned()))
                    items=yes_no()
                    value=RwSignal::new(Some("no".to_owned()))
                />
            }
        },
    );
}
