//! The pages and components. Thin: they read the domain and send it commands.

mod app;
pub mod components;
mod content_key;
mod export;
mod fields;
mod form_errors;
mod lazy;
mod locks;
mod offline;
mod pages;
mod platform;
mod reminders;
pub mod route;
mod state;
pub mod team;
mod time;
pub mod zone;

pub use app::App;
