//! Our Leptos GOV.UK components render the same markup as GOV.UK Frontend.
//!
//! Each test mounts a component with the options of one of GOV.UK Frontend's
//! own examples (`fixtures.json` in the npm package) and compares the DOM with
//! GOV.UK's rendered HTML, ignoring whitespace, attribute order and Leptos'
//! comment markers.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(target_arch = "wasm32")]

use incident_desk::ui::components::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, Node};

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! fixtures {
    ($component:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/node_modules/govuk-frontend/dist/govuk/components/",
            $component,
            "/fixtures.json"
        ))
    };
}

/// GOV.UK's rendered HTML for the example called `name`.
fn fixture_html(fixtures: &str, name: &str) -> String {
    let json: serde_json::Value = serde_json::from_str(fixtures).expect("fixtures.json is JSON");
    json["fixtures"]
        .as_array()
        .and_then(|all| all.iter().find(|f| f["name"] == name))
        .and_then(|f| f["html"].as_str())
        .unwrap_or_else(|| panic!("no fixture called {name:?}"))
        .to_owned()
}

/// Mounts `view` and asserts its markup matches the named fixture.
fn assert_matches<V: IntoView + 'static>(
    fixtures: &str,
    name: &str,
    view: impl FnOnce() -> V + 'static,
) {
    let document = document();
    let ours = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document.body().unwrap().append_child(&ours).unwrap();
    let handle = leptos::mount::mount_to(ours.clone(), view);
    let theirs = document.create_element("div").unwrap();
    theirs.set_inner_html(&fixture_html(fixtures, name));
    let (ours_text, theirs_text) = (canonical(&ours), canonical(&theirs));
    drop(handle);
    ours.remove();
    assert_eq!(
        ours_text, theirs_text,
        "markup differs from GOV.UK's {name:?} example"
    );
}

/// A whitespace-, comment- and attribute-order-insensitive rendering of a tree.
fn canonical(root: &Element) -> String {
    let copy = root.clone_node_with_deep(true).unwrap();
    remove_comments(&copy);
    copy.normalize();
    let mut out = String::new();
    let children = copy.child_nodes();
    for i in 0..children.length() {
        write_node(&children.item(i).unwrap(), &mut out);
    }
    out
}

fn remove_comments(node: &Node) {
    let children = node.child_nodes();
    for i in (0..children.length()).rev() {
        let child = children.item(i).unwrap();
        if child.node_type() == Node::COMMENT_NODE {
            node.remove_child(&child).unwrap();
        } else {
            remove_comments(&child);
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_node(node: &Node, out: &mut String) {
    match node.node_type() {
        Node::TEXT_NODE => {
            let text = collapse(&node.text_content().unwrap_or_default());
            if !text.is_empty() {
                out.push_str(&text);
                out.push('\n');
            }
        }
        Node::ELEMENT_NODE => {
            let element: &Element = node.unchecked_ref();
            let tag = element.tag_name().to_lowercase();
            let attributes = element.attributes();
            let mut pairs: Vec<(String, String)> = (0..attributes.length())
                .filter_map(|i| attributes.item(i))
                .filter(|a| a.name() != "checked")
                .map(|a| (a.name(), collapse(&a.value())))
                .collect();
            // Checked state, whether set as an attribute (GOV.UK) or a property (Leptos).
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                if input.checked() {
                    pairs.push(("checked".into(), String::new()));
                }
            }
            pairs.sort();
            out.push('<');
            out.push_str(&tag);
            for (name, value) in pairs {
                out.push_str(&format!(" {name}=\"{value}\""));
            }
            out.push_str(">\n");
            let children = node.child_nodes();
            for i in 0..children.length() {
                write_node(&children.item(i).unwrap(), out);
            }
            out.push_str(&format!("</{tag}>\n"));
        }
        _ => {}
    }
}

#[wasm_bindgen_test]
fn button_matches_the_default_example() {
    assert_matches(
        fixtures!("button"),
        "default",
        || view! { <Button text="Save and continue" /> },
    );
}

#[wasm_bindgen_test]
fn button_matches_the_prevent_double_click_example() {
    assert_matches(fixtures!("button"), "prevent double click", || {
        view! { <Button text="Submit" prevent_double_click=true /> }
    });
}

#[wasm_bindgen_test]
fn start_button_matches_the_start_link_example() {
    assert_matches(fixtures!("button"), "start link", || {
        view! { <LinkButton text="Start now link button" href="/" is_start_button=true /> }
    });
}

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

#[wasm_bindgen_test]
fn summary_list_matches_the_single_action_example() {
    assert_matches(
        fixtures!("summary-list"),
        "single action with anchor",
        || {
            let rows = vec![SummaryRow::new("Name", "Firstname Lastname").with_action(
                "#",
                "First action",
                "",
            )];
            view! { <SummaryList rows /> }
        },
    );
}

#[wasm_bindgen_test]
fn summary_list_matches_the_example_with_no_actions() {
    assert_matches(fixtures!("summary-list"), "empty items array", || {
        view! { <SummaryList rows=vec![SummaryRow::new("Name", "Firstname Lastname")] /> }
    });
}

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

#[wasm_bindgen_test]
fn date_input_matches_the_example_with_items() {
    assert_matches(fixtures!("date-input"), "with items", || {
        let item = |name, label, classes| DateInputItem {
            name,
            label,
            classes,
            value: RwSignal::new(String::new()),
        };
        let items = vec![
            item("day", "Day", "govuk-input--width-2"),
            item("month", "Month", "govuk-input--width-2"),
            item("year", "Year", "govuk-input--width-4"),
        ];
        view! { <DateInput id="dob" legend="What is your date of birth?" hint="For example, 31 3 1980" items /> }
    });
}

#[wasm_bindgen_test]
fn notification_banner_matches_the_default_and_success_examples() {
    assert_matches(fixtures!("notification-banner"), "default", || {
        view! { <NotificationBanner text="This publication was withdrawn on 7 March 2014." /> }
    });
    assert_matches(
        fixtures!("notification-banner"),
        "with type as success",
        || {
            view! { <NotificationBanner text="Email sent to example@email.com" success=true /> }
        },
    );
}

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

#[wasm_bindgen_test]
fn generic_header_matches_the_default_example() {
    assert_matches(fixtures!("generic-header"), "default", || {
        view! { <GenericHeader logo_text="My cool service" href="/" /> }
    });
}

#[wasm_bindgen_test]
fn skip_link_matches_the_default_example() {
    assert_matches(fixtures!("skip-link"), "default", || {
        view! { <SkipLink text="Skip to main content" href="#test-target-element" /> }
    });
}

#[wasm_bindgen_test]
fn task_list_matches_the_default_example() {
    assert_matches(fixtures!("task-list"), "default", || {
        let item = |title: &str, tag: Option<&str>| TaskListItem {
            title: title.to_owned(),
            href: Some("#".to_owned()),
            hint: None,
            status: TaskListStatus {
                text: tag.map_or("Completed", |_| "Incomplete").to_owned(),
                tag_classes: tag.map(str::to_owned),
                classes: String::new(),
            },
        };
        let items = vec![
            item("Company Directors", None),
            item("Registered company details", Some("govuk-tag--blue")),
            item("Business plan", Some("govuk-tag--blue")),
        ];
        view! { <TaskList items /> }
    });
}

#[wasm_bindgen_test]
fn task_list_matches_the_example_with_hints_and_other_states() {
    assert_matches(
        fixtures!("task-list"),
        "with hint text and additional states",
        || {
            let item = |title: &str,
                        href: bool,
                        hint: Option<&str>,
                        text: &str,
                        tag: Option<&str>,
                        classes: &str| TaskListItem {
                title: title.to_owned(),
                href: href.then(|| "#".to_owned()),
                hint: hint.map(str::to_owned),
                status: TaskListStatus {
                    text: text.to_owned(),
                    tag_classes: tag.map(str::to_owned),
                    classes: classes.to_owned(),
                },
            };
            let items = vec![
            item("Company Directors", true, None, "Completed", None, ""),
            item("Registered company details", true, None, "Not started", Some("govuk-tag--teal"), ""),
            item(
                "Business plan",
                true,
                Some("Ensure the plan covers objectives, strategies, sales, marketing and financial forecasts."),
                "Review",
                Some("govuk-tag--magenta"),
                "",
            ),
            item("Documentation", true, None, "In progress", Some("govuk-tag--blue"), ""),
            item("Charitable status", true, None, "Error", Some("govuk-tag--red"), ""),
            item(
                "Payment",
                false,
                Some("It will cost between £15 and £75"),
                "Cannot start yet",
                None,
                "govuk-task-list__status--cannot-start-yet",
            ),
        ];
            view! { <TaskList items /> }
        },
    );
}

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

#[wasm_bindgen_test]
fn warning_text_matches_the_default_example() {
    assert_matches(fixtures!("warning-text"), "default", || {
        view! { <WarningText>"You can be fined up to £5,000 if you don’t register."</WarningText> }
    });
}

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
