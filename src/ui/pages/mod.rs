//! One module per page.

mod declare;
mod details_fields;
mod edit_details;
mod incident;
mod not_found;
mod register;
mod tags;

pub use declare::DeclarePage;
pub use edit_details::EditDetailsPage;
pub use incident::IncidentPage;
pub use not_found::NotFoundPage;
pub use register::RegisterPage;
