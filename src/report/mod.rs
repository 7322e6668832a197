//! Reports for the team drive: the incident as a document written as
//! Markdown, the JSON export, reading it back, and merging copies. Pure, so every report is tested as a
//! string on the host.

mod escape;
mod import;
mod json;
mod markdown;
mod merge;
mod metrics;
mod model;
mod plan;
mod rules;
mod scan;

pub use escape::{cell, inline};
pub use import::{read_export, ExportReader, Problem, FILE_LIMIT};
pub use json::{Envelope, FORMAT};
pub use markdown::markdown;
pub use merge::{merge, DifferentIncidents};
pub use metrics::{
    median, year_and_month, year_figures, year_of, years, Summary, YearFigures, LEVELS,
};
pub use model::{build, file_name, slug, Block, Report, Rich, Span};
pub use plan::{plan, LocalCopy, Outcome, Planned};
pub use rules::{breaches, Breach};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
