//! The report written as Markdown, for the team drive. Only the app's own
//! structure is Markdown: every piece of text is escaped.

use super::escape::{escape, inline};
use super::model::{Block, Report, Rich, Span};

pub fn markdown(report: &Report) -> String {
    let mut blocks = vec![format!("# {}", inline(&report.title))];
    for block in &report.blocks {
        blocks.push(match block {
            Block::Heading(level, text) => {
                format!("{} {}", "#".repeat(usize::from(*level)), inline(text))
            }
            Block::Paragraph(text) => inline(text),
            Block::List(items) => items
                .iter()
                .map(|item| format!("- {}", rich(item, false)))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { head, rows, .. } => {
                let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
                let mut lines = vec![
                    line(head.iter().map(|h| (*h).to_owned()).collect()),
                    line(head.iter().map(|_| "---".to_owned()).collect()),
                ];
                lines.extend(
                    rows.iter()
                        .map(|row| line(row.iter().map(|c| rich(c, true)).collect())),
                );
                lines.join("\n")
            }
        });
    }
    blocks.join("\n\n") + "\n"
}

/// Spans in a list item or a table cell (`in_cell`). Only the first starts
/// a line.
fn rich(spans: &Rich, in_cell: bool) -> String {
    let mut out = String::new();
    for (n, span) in spans.iter().enumerate() {
        let escape = |text: &str| escape(text, in_cell, n == 0);
        match span {
            // Keep the spaces the escaping would trim between spans.
            Span::Text(text) => {
                let escaped = escape(text);
                if text.starts_with(' ') {
                    out.push(' ');
                }
                out.push_str(&escaped);
                if text.ends_with(' ') && !escaped.is_empty() {
                    out.push(' ');
                }
            }
            Span::Strong(text) => out.push_str(&format!("**{}**", escape(text))),
            Span::Unbroken(text) => out.push_str(&escape(text)),
            Span::Link(url) => out.push_str(&format!("[{url}]({url})")),
        }
    }
    out
}
