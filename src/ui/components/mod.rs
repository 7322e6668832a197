//! Leptos versions of the GOV.UK Frontend components the app uses. Markup and
//! classes match GOV.UK Frontend's own (checked against its `fixtures.json` in
//! `tests/govuk_components.rs`); props are named after the Nunjucks parameters.

mod back_link;
mod button;
mod checkboxes;
mod date_input;
mod details;
mod error_summary;
mod field;
mod file_upload;
mod footer;
mod generic_header;
mod input;
mod notification_banner;
mod phase_banner;
mod radios;
mod select;
mod skip_link;
mod summary_list;
mod table;
mod tag;
mod task_list;
mod textarea;
mod warning_text;

pub use back_link::BackLink;
pub use button::{Button, LinkButton};
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use date_input::{DateInput, DateInputItem};
pub use details::Details;
pub use error_summary::{ErrorLink, ErrorSummary};
pub(crate) use field::part;
pub use field::{Bound, Parts};
pub use file_upload::FileUpload;
pub use footer::Footer;
pub use generic_header::GenericHeader;
pub use input::Input;
pub use notification_banner::NotificationBanner;
pub use phase_banner::PhaseBanner;
pub use radios::{RadioItem, Radios};
pub use select::{Select, SelectItem};
pub use skip_link::{focus_element, focus_page_heading, SkipLink};
pub use summary_list::{SummaryAction, SummaryList, SummaryRow};
pub use table::{Table, TableCell, TableHead, TableRow};
pub use tag::Tag;
pub use task_list::{TaskList, TaskListItem, TaskListStatus};
pub use textarea::Textarea;
pub use warning_text::WarningText;
