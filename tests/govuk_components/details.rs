use super::*;

#[wasm_bindgen_test]
fn details_matches_the_default_example() {
    assert_matches(fixtures!("details"), "default", || {
        view! {
            <Details summary_text="Help with nationality">
                "We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t provide your nationality, you’ll have to send copies of identity documents through the post."
            </Details>
        }
    });
}
