use super::*;

#[wasm_bindgen_test]
fn phase_banner_matches_the_text_example() {
    let fixtures = fixtures!("phase-banner");
    let json: serde_json::Value = serde_json::from_str(fixtures).unwrap();
    let options = &json["fixtures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "text")
        .unwrap()["options"];
    // This example has no tag text; GOV.UK still renders the (empty) tag.
    let tag = options["tag"]["text"].as_str().unwrap_or("").to_owned();
    let text = options["text"].as_str().unwrap().to_owned();
    assert_matches(fixtures, "text", move || view! { <PhaseBanner tag text /> });
}
