//! The report as HTML, read back with a real HTML parser: every block says
//! what the report says, and nothing people typed became markup.

use super::markdown::{full, hostile, meta};
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{build, html_body, html_document, Block, Report, Rich, Span};
use scraper::{ElementRef, Html, Node};

/// The blocks a reader of the document sees, in order: the title and
/// headings, paragraphs, list items and table cells, each with its text.
pub(super) fn expected(report: &Report) -> Vec<String> {
    let rich = |spans: &Rich| -> String {
        spans
            .iter()
            .map(|span| match span {
                Span::Text(t) | Span::Strong(t) | Span::Unbroken(t) | Span::Link(t) => t.as_str(),
            })
            .collect()
    };
    let mut blocks = vec![report.title.clone()];
    for block in &report.blocks {
        match block {
            Block::Heading(_, text) | Block::Paragraph(text) => blocks.push(text.clone()),
            Block::List(items) => blocks.extend(items.iter().map(rich)),
            Block::Table { head, rows, .. } => {
                blocks.extend(head.iter().map(|h| (*h).to_owned()));
                blocks.extend(rows.iter().flatten().map(rich));
            }
        }
    }
    blocks
}

const BLOCKS: [&str; 7] = ["h1", "h2", "h3", "p", "li", "th", "td"];

/// The innermost headings, paragraphs, list items and cells of `document`,
/// each as its text with `<br>` read as a line break.
pub(super) fn found(document: &Html) -> Vec<String> {
    let is_block = |e: &ElementRef| BLOCKS.contains(&e.value().name());
    document
        .root_element()
        .descendent_elements()
        .filter(is_block)
        .filter(|e| !e.descendent_elements().skip(1).any(|d| is_block(&d)))
        .map(|e| text_of(e))
        .collect()
}

fn text_of(element: ElementRef) -> String {
    let mut text = String::new();
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if e.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Lines kept; spaces around them and inside trimmed as a reader sees them.
fn lines(text: &str) -> String {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every element and attribute in `document` the renderer is allowed to
/// write, so none can have come from people's text.
fn foreign_html(document: &Html) -> Vec<String> {
    const ELEMENTS: [&str; 18] = [
        "html", "head", "meta", "title", "body", "h1", "h2", "h3", "p", "ul", "li", "table",
        "thead", "tbody", "tr", "th", "td", "strong",
    ];
    const LAYOUT: [&str; 7] = [
        "border",
        "cellpadding",
        "cellspacing",
        "width",
        "align",
        "valign",
        "bgcolor",
    ];
    let mut found = Vec::new();
    for element in document.root_element().descendent_elements() {
        let e = element.value();
        match e.name() {
            "a" => match e.attr("href") {
                Some(href) if is_issue_url(href) && e.attrs().count() == 1 => {}
                _ => found.push(format!("link: {}", element.html())),
            },
            "br" => {}
            name if ELEMENTS.contains(&name) => {}
            name => found.push(format!("element: {name}")),
        }
        for (name, value) in e.attrs() {
            let allowed = match name {
                "style" => e.name() == "body" && !value.contains("url(") && !value.contains('\\'),
                "lang" | "charset" | "href" => true,
                name => {
                    LAYOUT.contains(&name)
                        && value
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "#%".contains(c))
                }
            };
            if !allowed {
                found.push(format!("attribute: {name}=\"{value}\""));
            }
        }
    }
    found
}

fn report(incident: &Incident) -> Report {
    build(incident, &playbook(), &LONDON, &meta(incident))
}

#[test]
fn every_block_of_the_report_reads_back_from_the_document() {
    for incident in [full(), hostile()] {
        let report = report(&incident);
        let document = Html::parse_document(&html_document(&report));
        let expected: Vec<String> = expected(&report).iter().map(|t| lines(t)).collect();
        let found: Vec<String> = found(&document).iter().map(|t| lines(t)).collect();
        assert_eq!(found, expected);
        assert!(document.errors.is_empty(), "{:?}", document.errors);
    }
}

#[test]
fn nothing_people_typed_becomes_markup_in_the_document() {
    for incident in [full(), hostile()] {
        let html = html_document(&report(&incident));
        assert_eq!(
            foreign_html(&Html::parse_document(&html)),
            Vec::<String>::new()
        );
        // The clipboard's copy is the same body, with no `style` for the
        // page's Content-Security-Policy to refuse as the browser parses it.
        let body = html_body(&report(&incident));
        assert!(html.contains(&body));
        let styled = Html::parse_fragment(&body)
            .root_element()
            .descendent_elements()
            .any(|e| e.value().attr("style").is_some());
        assert!(!styled, "a style in the clipboard's copy");
    }
    // The only link is the GitHub issue the app checked.
    let html = html_document(&report(&full()));
    let document = Html::parse_document(&html);
    let links: Vec<_> = document
        .root_element()
        .descendent_elements()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        ["https://github.com/alphagov/govuk-design-system/issues/4321"]
    );
}

#[test]
fn the_check_itself_spots_markup_that_is_not_the_apps() {
    let document = Html::parse_document(
        "<p onclick=\"x\"><img src=\"https://evil.example/x.png\"><a href=\"https://evil.example\">x</a></p>",
    );
    assert_eq!(
        foreign_html(&document),
        [
            "attribute: onclick=\"x\"",
            "element: img",
            "attribute: src=\"https://evil.example/x.png\"",
            "link: <a href=\"https://evil.example\">x</a>",
        ]
    );
}

#[test]
fn the_document_stands_alone() {
    let html = html_document(&report(&full()));
    let lower = html.to_lowercase();
    for reference in ["<script", "<link", "<img", "src=", "@import", "url("] {
        assert!(!lower.contains(reference), "{reference} in the document");
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
}
