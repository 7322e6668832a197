//! People's text, trimmed of what cannot be seen. A title of zero-width
//! spaces or direction marks looks empty, so it is treated as empty; and a
//! name ending in a right-to-left override would otherwise reverse the app's
//! own words that follow it.

/// Characters that take no visible space: whitespace, zero-width and
/// joining characters, direction marks, embeddings, overrides and isolates,
/// and the blank fillers some scripts provide.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

/// Embeddings, overrides and isolates: characters that reorder the text
/// around them. Text in any script displays correctly without them, and a
/// name holding one could reverse the app's words that follow it in a
/// sentence, so they are never kept. (Direction marks, which only nudge
/// neutral characters, are.)
pub fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

pub trait Tidy {
    /// The text without invisible characters at either end: empty when
    /// there is nothing to see.
    fn tidy(&self) -> &str;

    /// The text as kept: tidied, and without characters that reorder text
    /// or that are not text at all (control characters, such as NUL; line
    /// breaks and tabs stay).
    fn clean(&self) -> String;
}

impl Tidy for str {
    fn tidy(&self) -> &str {
        self.trim_matches(is_invisible)
    }

    fn clean(&self) -> String {
        self.tidy()
            .chars()
            .filter(|c| !reorders(*c) && (!c.is_control() || matches!(c, '\n' | '\t')))
            .collect()
    }
}
