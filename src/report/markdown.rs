//! The report written as Markdown, for the team drive. Only the app's own
//! structure is Markdown: every piece of text is escaped.

use super::escape::{cell, inline};
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
                .map(|item| format!("- {}", rich(item, inline)))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { head, rows } => {
                let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
                let mut lines = vec![
                    line(head.iter().map(|h| (*h).to_owned()).collect()),
                    line(head.iter().map(|_| "---".to_owned()).collect()),
                ];
                lines.extend(
                    rows.iter()
                        .map(|row| line(row.iter().map(|c| rich(c, cell)).collect())),
                );
                lines.join("\n")
            }
        });
    }
    blocks.join("\n\n") + "\n"
}

/// Spans in a list item (`escape` = [`inline`]) or a table cell ([`cell`]).
fn rich(spans: &Rich, escape: fn(&str) -> String) -> String {
    spans
        .iter()
        .map(|span| match span {
            // Keep the space the escaping would trim between spans.
            Span::Text(text) => {
                let lead = if text.starts_with(' ') { " " } else { "" };
                format!("{lead}{}", escape(text))
            }
            Span::Strong(text) => format!("**{}**", escape(text)),
            Span::Link(url) => format!("[{url}]({url})"),
        })
        .collect()
}
