//! Reports as strings: golden files for a full incident and for hostile
//! text, and a real Markdown parser to prove people's text stays text.

mod import;
pub(super) mod json;
pub(super) mod markdown;
mod merge;
mod metrics;
mod scan;
