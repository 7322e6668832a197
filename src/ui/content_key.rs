//! Keys for keyed lists: a row is made again only when what it shows
//! changes, so a save that changes one record leaves the other rows (their
//! buttons, and anything typed into them) as they were.

use serde::Serialize;

/// The record's position and content, as a key.
pub fn content_key<T: Serialize>(number: usize, record: &T) -> (usize, String) {
    (number, serde_json::to_string(record).unwrap_or_default())
}
