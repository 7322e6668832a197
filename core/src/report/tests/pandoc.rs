//! The Markdown report through Debian's pandoc with its defaults, as a
//! team would convert it: `pandoc report.md -o report.docx`. Pandoc's own
//! Markdown reads more than CommonMark (maths, superscripts, fancy lists,
//! definitions, fenced divs, smart quotes and dashes), so this checks that
//! every block comes out with the text the report holds, and nothing else.
//!
//! Where pandoc is not installed the tests say so and pass; `make test`
//! installs it and sets `REQUIRE_PANDOC`, so there they cannot be skipped.

use super::html::{expected, found};
use super::markdown::{full, hostile, meta};
use crate::domain::tests::*;
use crate::domain::*;
use crate::report::{build, markdown, Report};
use scraper::Html;
use std::path::PathBuf;
use std::process::Command;

/// A directory of its own for one conversion.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "incident-desk-pandoc-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `pandoc args` in `dir`, returning what it printed, or `None` when
/// pandoc is missing and not required.
fn pandoc(dir: &PathBuf, args: &[&str]) -> Option<String> {
    match Command::new("pandoc").args(args).current_dir(dir).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "pandoc {args:?} failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            Some(String::from_utf8(output.stdout).unwrap())
        }
        Err(error) if std::env::var_os("REQUIRE_PANDOC").is_none() => {
            eprintln!(
                "pandoc not run ({error}): install it (make test does) to check reports with it"
            );
            None
        }
        Err(error) => panic!("REQUIRE_PANDOC is set but pandoc did not run: {error}"),
    }
}

/// Text as a reader compares it: words, whatever spaces, breaks or
/// no-break spaces (pandoc puts one after “Mr.”) are between them.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn report(incident: &Incident) -> Report {
    build(incident, &playbook(), &LONDON, &meta(incident))
}

/// What pandoc may write for the report's own structure; anything else
/// (maths, superscripts, ordered or definition lists, divs, quotes, code
/// blocks, rules, images) came from people's text.
fn foreign_structure(document: &Html) -> Vec<String> {
    const ELEMENTS: [&str; 16] = [
        "html", "h1", "h2", "h3", "p", "ul", "li", "table", "colgroup", "col", "thead", "tbody",
        "tr", "th", "td", "strong",
    ];
    let mut found = Vec::new();
    for element in document.root_element().descendent_elements() {
        let e = element.value();
        match e.name() {
            "a" if e.attr("href").is_some_and(is_issue_url) => {}
            // Addresses are written as code, so no reader makes them links.
            "code" | "br" => {}
            name if ELEMENTS.contains(&name) => {}
            _ => found.push(element.html()),
        }
        found.extend(
            e.attrs()
                .filter(|(name, _)| !matches!(*name, "id" | "class" | "style" | "href"))
                .map(|(name, value)| format!("{name}=\"{value}\"")),
        );
        if let Some(class) = e.attr("class").filter(|c| c.contains("math")) {
            found.push(format!("class=\"{class}\""));
        }
    }
    found
}

#[test]
fn pandoc_reads_the_markdown_as_the_report_with_nothing_added() {
    for (name, incident) in [("full", full()), ("hostile", hostile())] {
        let dir = scratch(name);
        let report = report(&incident);
        std::fs::write(dir.join("report.md"), markdown(&report)).unwrap();
        let Some(html) = pandoc(&dir, &["report.md", "-t", "html"]) else {
            return;
        };
        let document = Html::parse_fragment(&html);
        assert_eq!(foreign_structure(&document), Vec::<String>::new(), "{name}");
        let found: Vec<String> = found(&document).iter().map(|t| words(t)).collect();
        let expected: Vec<String> = expected(&report).iter().map(|t| words(t)).collect();
        assert_eq!(found, expected, "{name}");
    }
}

#[test]
fn a_word_document_made_by_pandoc_says_what_the_report_says() {
    for (name, incident) in [("full", full()), ("hostile", hostile())] {
        let dir = scratch(&format!("{name}-docx"));
        let report = report(&incident);
        std::fs::write(dir.join("report.md"), markdown(&report)).unwrap();
        // Exactly as a person would: no options.
        if pandoc(&dir, &["report.md", "-o", "report.docx"]).is_none() {
            return;
        }
        let html = pandoc(&dir, &["report.docx", "-t", "html"]).unwrap();
        let document = Html::parse_fragment(&html);
        let found: Vec<String> = found(&document).iter().map(|t| words(t)).collect();
        let expected: Vec<String> = expected(&report).iter().map(|t| words(t)).collect();
        assert_eq!(found, expected, "{name}");
        std::fs::remove_dir_all(dir).ok();
    }
}
