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
    assert_matches_html(&fixture_html(fixtures, name), &[], name, view);
}

/// Mounts `view` and asserts its markup matches `html`, once the elements
/// matching each of `left_out` are taken out of it: parts of GOV.UK's
/// markup the app leaves out on purpose.
fn assert_matches_html<V: IntoView + 'static>(
    html: &str,
    left_out: &[&str],
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
    theirs.set_inner_html(html);
    for selector in left_out {
        let found = theirs.query_selector_all(selector).unwrap();
        assert!(
            found.length() > 0,
            "GOV.UK's {name:?} example has no {selector}"
        );
        for i in 0..found.length() {
            let node = found.item(i).unwrap();
            node.parent_node().unwrap().remove_child(&node).unwrap();
        }
    }
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

// One file per component, as GOV.UK Frontend keeps them (after the
// macro above, which they use).
mod back_link;
mod button;
mod checkboxes;
mod date_input;
mod details;
mod error_summary;
mod file_upload;
mod footer;
mod generic_header;
mod input;
mod notification_banner;
mod phase_banner;
mod radios;
mod select;
mod skip_link;
mod summary_list;
mod table;
mod tag;
mod task_list;
mod textarea;
mod warning_text;
