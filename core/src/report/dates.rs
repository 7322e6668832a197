//! Dates in running text (“due 1 April 2026”), found so that the page and
//! the HTML document can keep each on one line, as they do the report's
//! own dates and times.

use crate::domain::text::MONTHS;

/// `text` in order, as pieces each marked whether it is a date.
pub fn date_pieces(text: &str) -> Vec<(&str, bool)> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let (mut from, mut at) = (0, 0);
    while at < bytes.len() {
        // A date starts with a number's first digit, which is ASCII, so
        // every slice below is on a character boundary.
        let starts_number =
            bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_digit());
        match starts_number.then(|| date_end(text, at)).flatten() {
            Some(end) => {
                if from < at {
                    pieces.push((&text[from..at], false));
                }
                pieces.push((&text[at..end], true));
                (from, at) = (end, end);
            }
            None => at += 1,
        }
    }
    if from < text.len() {
        pieces.push((&text[from..], false));
    }
    pieces
}

/// Where the date starting at `start` ends: a day of one or two digits, a
/// month's name and a year of four, one space apart.
fn date_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let day = digits(start);
    if !(1..=2).contains(&day) || bytes.get(start + day) != Some(&b' ') {
        return None;
    }
    let month_at = start + day + 1;
    let month = MONTHS
        .iter()
        .find(|month| text[month_at..].starts_with(*month))?;
    let year_at = month_at + month.len();
    (bytes.get(year_at) == Some(&b' ') && digits(year_at + 1) == 4).then_some(year_at + 5)
}
