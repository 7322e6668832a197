//! Dates, times and lists written out for people, by hand rather than with
//! chrono's strftime, which would pull its formatting tables into the app.

use super::zone::ZoneRules;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc, Weekday};

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// “09:05”: the 24-hour clock, as GOV.UK style asks.
pub fn clock(local: NaiveDateTime) -> String {
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// “14 March 2026”.
pub fn date(local: NaiveDateTime) -> String {
    day(local.date())
}

/// “14 March 2026”, for a date on its own.
pub fn day(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}

/// “Saturday 14 March 2026”.
pub fn day_and_date(local: NaiveDateTime) -> String {
    format!("{} {}", weekday_name(local.weekday()), date(local))
}

/// “09:05 on Saturday 14 March 2026”, in the zone's local time.
pub fn time_on_day(at: DateTime<Utc>, zone: &dyn ZoneRules) -> String {
    let local = zone.local(at);
    format!("{} on {}", clock(local), day_and_date(local))
}

/// “a, b and c”.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// The text with its first letter in lower case, to use mid-sentence. The
/// app's own words are ASCII, so ASCII rules do.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// The text with its first letter in upper case, to start a sentence.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// “2 hours 30 minutes”, “3 days 4 hours”, “45 minutes”: the two largest units.
pub fn duration(length: chrono::Duration) -> String {
    let minutes = length.num_minutes().max(0);
    let (days, hours, minutes) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let unit = |n: i64, one: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {one}s"),
    };
    let parts: Vec<String> = if days > 0 {
        [(days, "day"), (hours, "hour")]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, one)| unit(n, one))
            .collect()
    } else if hours > 0 {
        [(hours, "hour"), (minutes, "minute")]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, one)| unit(n, one))
            .collect()
    } else {
        vec![unit(minutes, "minute")]
    };
    parts.join(" ")
}

/// “2026-03-14”.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
