//! Making people's text safe to put in Markdown: whatever they typed, it can
//! never become a link, an image, a heading, HTML or a break out of a table
//! cell, in CommonMark, in GitHub-flavoured Markdown or in pandoc's default
//! Markdown, which also reads maths, superscripts, citations, fancy lists,
//! definitions, fenced divs and smart punctuation.

/// Text for a paragraph or a list item. Every character that can start
/// Markdown syntax is backslash-escaped (and a few more at the start of a
/// line, where they make headings and lists), and anything that looks like
/// an address goes in a code span, where GitHub's autolinking cannot reach
/// it. Lines stay lines.
pub fn inline(text: &str) -> String {
    escape(text, false, true)
}

/// Text for a table cell: as [`inline`], with its pipes escaped and its line
/// breaks written as ` <br>`, the only way a GFM cell holds more than one
/// line. The space is for readers that drop HTML, pandoc's `.docx` among
/// them: there the lines read as one, but their words stay apart.
pub fn cell(text: &str) -> String {
    escape(text, true, true)
}

/// As [`inline`] (or [`cell`], `in_cell`), for text that may follow other
/// text on its first line (`starts_line` false), where what makes a heading
/// or a list at the start of a line is only text.
pub(super) fn escape(text: &str, in_cell: bool, starts_line: bool) -> String {
    text.trim()
        .lines()
        .enumerate()
        .map(|(n, line)| escape_line(line, in_cell, starts_line || n > 0))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(if in_cell { " <br>" } else { "  \n" })
}

fn escape_line(line: &str, in_cell: bool, starts_line: bool) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (n, word) in line.split_whitespace().enumerate() {
        if n > 0 {
            // Runs of spaces and tabs read as one space, so no line can
            // start an indented code block.
            out.push(' ');
        }
        out.push_str(&escape_word(word, starts_line && n == 0, in_cell));
    }
    out
}

/// Characters that make Markdown wherever they are: pandoc adds maths
/// (`$`), superscripts (`^`), citations (`@`), attributes (`{}`) and curly
/// quotes.
fn always_escaped(c: char) -> bool {
    "\\`*_[]<>|~&$^@{}'\"".contains(c)
}

/// Characters that make headings, lists, rules, definitions and fenced
/// divs at the start of a line.
fn escaped_first(c: char) -> bool {
    matches!(c, '#' | '-' | '+' | '=' | '(' | ':')
}

fn escape_word(word: &str, starts_line: bool, in_cell: bool) -> String {
    if let Some((address, trailing)) = split_address(word) {
        // GFM splits a table's cells before it reads code spans, and pandoc
        // keeps a backslash inside one: so in a cell a pipe goes between
        // code spans, escaped, which both read as the pipe alone.
        let span = if in_cell {
            let parts = address.split('|');
            let spans = parts.map(|part| match part {
                "" => String::new(),
                part => code_span(part),
            });
            spans.collect::<Vec<_>>().join("\\|")
        } else {
            code_span(address)
        };
        return format!("{span}{}", escape_plain(trailing, false));
    }
    escape_plain(word, starts_line)
}

fn escape_plain(word: &str, starts_line: bool) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    let marker_end = starts_line.then(|| list_marker_end(word)).flatten();
    let mut previous = None;
    for (i, c) in word.char_indices() {
        let escaped = always_escaped(c)
            || (starts_line && i == 0 && escaped_first(c))
            || marker_end == Some(i)
            // Pandoc makes “--” a dash and “...” an ellipsis.
            || (matches!(c, '-' | '.') && previous == Some(c));
        if escaped {
            out.push('\\');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// Where the `.` or `)` is that would end a list marker at the start of a
/// line: “1.” and “2)”, and pandoc's “a.”, “B)”, “iv.” and “#.”.
fn list_marker_end(word: &str) -> Option<usize> {
    let body = word.strip_prefix('(').unwrap_or(word);
    let end = body.find(['.', ')'])?;
    let marker = &body[..end];
    let is_marker = marker.bytes().all(|b| b.is_ascii_digit())
        || (marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_alphabetic() || b == b'#'))
        || marker.bytes().all(|b| b"ivxlcdmIVXLCDM".contains(&b));
    (!marker.is_empty() && is_marker).then_some(word.len() - body.len() + end)
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
