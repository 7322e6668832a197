use super::*;

fn waste_items() -> Vec<CheckboxItem> {
    let hint = "Nullam id dolor id nibh ultricies vehicula ut id elit.";
    [
        ("animal", "Waste from animal carcasses"),
        ("mines", "Waste from mines or quarries"),
        ("farm", "Farm or agricultural waste"),
    ]
    .into_iter()
    .map(|(value, text)| CheckboxItem {
        hint: Some(hint.to_owned()),
        ..CheckboxItem::new(value, text)
    })
    .collect()
}

#[wasm_bindgen_test]
fn checkboxes_match_the_hint_and_error_examples() {
    assert_matches(fixtures!("checkboxes"), "with hint", || {
        let items = vec![
            CheckboxItem::new("british", "British"),
            CheckboxItem::new("irish", "Irish"),
            CheckboxItem::new("other", "Citizen of another country"),
        ];
        view! {
            <Checkboxes
                name="nationality"
                id_prefix="nationality"
                legend="What is your nationality?"
                hint="Select all that apply"
                items
                values=RwSignal::new(Vec::new())
            />
        }
    });
    assert_matches(fixtures!("checkboxes"), "with error message", || {
        view! {
            <Checkboxes
                name="waste"
                id_prefix="waste"
                legend="Which types of waste do you transport regularly?"
                error_message=Signal::stored(Some("Please select an option".to_owned()))
                items=waste_items()
                values=RwSignal::new(Vec::new())
            />
        }
    });
}

#[wasm_bindgen_test]
fn checkboxes_show_and_record_the_values_ticked() {
    let document = document();
    let root = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document.body().unwrap().append_child(&root).unwrap();
    let values = RwSignal::new(vec!["mines".to_owned()]);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Checkboxes name="waste" id_prefix="waste" legend="Waste" items=waste_items() values /> }
    });
    let input = |id: &str| {
        document
            .get_element_by_id(id)
            .unwrap()
            .unchecked_into::<HtmlInputElement>()
    };
    assert!(!input("waste").checked() && input("waste-2").checked());
    input("waste-3").click();
    input("waste-2").click();
    assert_eq!(values.get_untracked(), ["farm"]);
    drop(handle);
    root.remove();
}
