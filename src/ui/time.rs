//! The clock and the person's time zone, and how times are shown: dates in
//! words and 24-hour local times, as GOV.UK style asks.

use chrono::{DateTime, Local, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// “14 March 2026 at 09:05”, in the browser's time zone.
pub fn date_and_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%-d %B %Y at %H:%M")
        .to_string()
}

/// “09:05”, in the browser's time zone.
pub fn time_of_day(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%H:%M").to_string()
}
