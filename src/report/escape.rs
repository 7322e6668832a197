//! Making people's text safe to put in Markdown: whatever they typed, it can
//! never become a link, an image, a heading, HTML or a break out of a table
//! cell, in CommonMark or in GitHub-flavoured Markdown.

/// Text for a paragraph or a list item. Every character that can start
/// Markdown syntax is backslash-escaped (and a few more at the start of a
/// line, where they make headings and lists), and anything that looks like
/// an address goes in a code span, where GitHub's autolinking cannot reach
/// it. Lines stay lines.
pub fn inline(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| escape_line(line, false))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("  \n")
}

/// Text for a table cell: as [`inline`], with its pipes escaped and its line
/// breaks written as `<br>`, the only way a GFM cell holds more than one line.
pub fn cell(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| escape_line(line, true))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

fn escape_line(line: &str, in_cell: bool) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (n, word) in line.split_whitespace().enumerate() {
        if n > 0 {
            // Runs of spaces and tabs read as one space, so no line can
            // start an indented code block.
            out.push(' ');
        }
        out.push_str(&escape_word(word, n == 0, in_cell));
    }
    out
}

/// Characters that make Markdown wherever they are.
fn always_escaped(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
    )
}

/// Characters that make headings, lists and rules at the start of a line.
fn escaped_first(c: char) -> bool {
    matches!(c, '#' | '-' | '+' | '=')
}

fn escape_word(word: &str, starts_line: bool, in_cell: bool) -> String {
    if let Some((address, trailing)) = split_address(word) {
        // A table splits its cells before it reads code spans.
        let span = code_span(address);
        let span = if in_cell {
            span.replace('|', "\\|")
        } else {
            span
        };
        return format!("{span}{}", escape_plain(trailing, false));
    }
    escape_plain(word, starts_line)
}

fn escape_plain(word: &str, starts_line: bool) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    // “1.” or “1)” at the start of a line would begin an ordered list.
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in word.chars().enumerate() {
        let list_marker = starts_line && digits > 0 && i == digits && matches!(c, '.' | ')');
        if always_escaped(c) || (starts_line && i == 0 && escaped_first(c)) || list_marker {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An address in `word`, and the punctuation after it that ends a sentence.
fn split_address(word: &str) -> Option<(&str, &str)> {
    let end = word
        .trim_end_matches(['.', ',', ';', ':', '!', '?', ')'])
        .len();
    let (address, trailing) = word.split_at(end);
    looks_like_address(address).then_some((address, trailing))
}

/// What GitHub would turn into a link on its own: a scheme, `www.`, or an
/// email address.
fn looks_like_address(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.contains("://")
        || lower.contains("www.")
        || lower.starts_with("mailto:")
        || word
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
}

/// A code span holding `word` exactly, with a fence longer than any run of
/// backticks inside it.
fn code_span(word: &str) -> String {
    let longest = word.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if word.starts_with('`') || word.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{word}{pad}{fence}")
}
