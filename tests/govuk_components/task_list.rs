use super::*;

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
