//! The clock and the person's own time zone, and how times are shown: dates
//! in words and 24-hour local times, as GOV.UK style asks.

use super::zone::BrowserZone;
use crate::domain::text::{clock, date};
use crate::domain::ZoneRules;
use chrono::{DateTime, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// “14 March 2026 at 09:05”, in the browser's time zone.
pub fn date_and_time(at: DateTime<Utc>) -> String {
    let local = BrowserZone.local(at);
    format!("{} at {}", date(local), clock(local))
}

/// “09:05”, in the browser's time zone.
pub fn time_of_day(at: DateTime<Utc>) -> String {
    clock(BrowserZone.local(at))
}
