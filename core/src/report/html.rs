//! The report as HTML, for Google Docs and Word: a whole document to
//! download (Drive converts it to a Doc on upload; Word opens it), and its
//! body to put on the clipboard. The body has no `style` attribute: the
//! browser parses what goes on the clipboard under the page's strict
//! Content-Security-Policy, so tables are laid out by the plain HTML
//! attributes that Docs and Word honour, and a date or a time is kept on
//! one line by no-break spaces. Nothing refers outside the document. Every
//! piece of text is escaped: only the app's own structure is HTML, and only
//! a link the app checked is a link.

use super::dates::date_pieces;
use super::model::{Block, Report, Rich, Span, TableKind};
use crate::domain::safe_href;

/// A document that stands alone: no scripts, no external references.
pub fn html_document(report: &Report) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c;\">\n{}</body>\n</html>\n",
        escape(&report.title),
        html_body(report)
    )
}

/// The report's headings, lists and tables, for the clipboard.
pub fn html_body(report: &Report) -> String {
    let mut out = format!("<h1>{}</h1>\n", escape(&report.title));
    for block in &report.blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)))
            }
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", lines(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", rich(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table { kind, head, rows } => table(&mut out, *kind, head, rows),
        }
    }
    out
}

fn table(out: &mut String, kind: TableKind, head: &[&str], rows: &[Vec<Rich>]) {
    // A time column just wide enough for “14 September 2026 09:15”.
    let widths: &[&str] = match kind {
        TableKind::Timeline => &["24%", "76%"],
        TableKind::Actions => &[],
    };
    out.push_str(
        "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" width=\"100%\">\n<thead>\n<tr>",
    );
    for (n, h) in head.iter().enumerate() {
        let width = widths
            .get(n)
            .map(|w| format!(" width=\"{w}\""))
            .unwrap_or_default();
        out.push_str(&format!(
            "<th align=\"left\" valign=\"top\" bgcolor=\"#f3f2f1\"{width}>{}</th>",
            escape(h)
        ));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<td valign=\"top\">{}</td>", rich(cell)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn rich(spans: &Rich) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => lines(text),
            Span::Strong(text) => format!("<strong>{}</strong>", lines(text)),
            Span::Unbroken(text) => unbroken(text),
            Span::Link(url) => match safe_href(url) {
                Some(href) => format!("<a href=\"{}\">{}</a>", escape(href), escape(url)),
                None => escape(url),
            },
        })
        .collect()
}

/// People's text with its line breaks kept, and each date on one line.
fn lines(text: &str) -> String {
    let line = |line: &str| -> String {
        date_pieces(line)
            .into_iter()
            .map(|(piece, date)| match date {
                true => unbroken(piece),
                false => escape(piece),
            })
            .collect()
    };
    text.lines().map(line).collect::<Vec<_>>().join("<br>")
}

/// A date or a time on one line, wherever the document is opened.
fn unbroken(text: &str) -> String {
    escape(text).replace(' ', "&nbsp;")
}

/// Text that can only ever be text, in an element or in an attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
