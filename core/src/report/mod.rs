//! Reports for the team drive: the incident as a document written as
//! Markdown and as HTML, the JSON export, reading it back, and merging copies. Pure, so every report is tested as a
//! string on the host.

mod dates;
mod escape;
mod html;
mod import;
mod indent;
mod json;
mod markdown;
mod merge;
mod metrics;
mod model;
mod plan;
mod rules;
mod scan;

pub use dates::date_pieces;
pub use escape::{cell, inline};
pub use html::{html_body, html_document};
pub use import::{read_export, ExportReader, Problem, FILE_LIMIT};
pub use json::{Envelope, FORMAT};
pub use markdown::markdown;
pub use merge::{merge, DifferentIncidents};
pub use metrics::{
    median, numbers, year_and_month, year_figures, year_of, years, Summary, YearFigures, LEVELS,
};
pub use model::{
    build, file_name, slug, Block, RecordChanges, Report, ReportMeta, Rich, Span, TableKind,
};
pub use plan::{plan, LocalCopy, Outcome, Planned};
pub use rules::{breaches, Breach};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
