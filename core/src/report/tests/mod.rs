//! Reports as strings: golden files for a full incident and for hostile
//! text, and real Markdown and HTML parsers, and pandoc where installed, to
//! prove people's text stays text.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.

mod dates;
mod html;
mod import;
pub(super) mod json;
pub(super) mod markdown;
mod merge;
mod metrics;
mod pandoc;
mod scan;
