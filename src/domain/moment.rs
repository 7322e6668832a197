//! Reading a date and time typed into separate day, month, year, hour and
//! minute boxes, the GOV.UK way, with messages that say exactly what is wrong.

use super::text::{and_list, lower_first};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

/// What the person typed, box by box.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateTimeParts {
    pub day: String,
    pub month: String,
    pub year: String,
    pub hour: String,
    pub minute: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MomentProblem {
    Empty,
    /// Names of the boxes left empty, in form order.
    Incomplete(Vec<&'static str>),
    NotARealDate,
    NotARealTime,
    /// Clocks went forward, so that local time never happened.
    SkippedByClockChange,
    InTheFuture,
}

impl MomentProblem {
    /// The message, with `subject` naming the thing, such as “The start date and time”.
    pub fn describe(&self, subject: &str) -> String {
        match self {
            MomentProblem::Empty => format!("Enter {}", lower_first(subject)),
            MomentProblem::Incomplete(parts) => {
                format!("{subject} must include {}", and_list(parts))
            }
            MomentProblem::NotARealDate => format!("{subject} must be a real date"),
            MomentProblem::NotARealTime => {
                format!("{subject} must be a real time, in 24-hour format like 14:30")
            }
            MomentProblem::SkippedByClockChange => {
                format!("{subject} falls in the hour skipped when the clocks went forward")
            }
            MomentProblem::InTheFuture => format!("{subject} must be in the past"),
        }
    }
}

impl std::fmt::Display for MomentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe("The date and time"))
    }
}

impl DateTimeParts {
    /// The boxes filled in from a moment, as seen in `tz`.
    pub fn from_moment<Tz: TimeZone>(at: DateTime<Utc>, tz: &Tz) -> Self {
        let local = at.with_timezone(tz).naive_local();
        Self {
            day: local.day().to_string(),
            month: local.month().to_string(),
            year: local.year().to_string(),
            hour: format!("{:02}", local.hour()),
            minute: format!("{:02}", local.minute()),
        }
    }

    /// Reads the boxes as a local time in `tz`, which must not be after `now`.
    pub fn parse<Tz: TimeZone>(
        &self,
        tz: &Tz,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, MomentProblem> {
        check_boxes(&[
            ("a day", &self.day),
            ("a month", &self.month),
            ("a year", &self.year),
            ("an hour", &self.hour),
            ("a minute", &self.minute),
        ])?;
        let date = real_date(&self.day, &self.month, &self.year)?;
        let number = |text: &str| text.trim().parse::<u32>().ok();
        let time = match (number(&self.hour), number(&self.minute)) {
            (Some(h), Some(m)) => {
                NaiveTime::from_hms_opt(h, m, 0).ok_or(MomentProblem::NotARealTime)?
            }
            _ => return Err(MomentProblem::NotARealTime),
        };
        let at = tz
            .from_local_datetime(&date.and_time(time))
            // In the repeated hour when clocks go back, take the first.
            .earliest()
            .ok_or(MomentProblem::SkippedByClockChange)?
            .with_timezone(&Utc);
        if at > now {
            return Err(MomentProblem::InTheFuture);
        }
        Ok(at)
    }
}

/// A date alone, such as an action's due date, typed into three boxes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    pub fn parse(&self) -> Result<NaiveDate, MomentProblem> {
        check_boxes(&[
            ("a day", &self.day),
            ("a month", &self.month),
            ("a year", &self.year),
        ])?;
        real_date(&self.day, &self.month, &self.year)
    }
}

/// Every box filled in, or all left empty (which may mean “not given”).
fn check_boxes(boxes: &[(&'static str, &String)]) -> Result<(), MomentProblem> {
    let missing: Vec<&'static str> = boxes
        .iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(name, _)| *name)
        .collect();
    match missing.len() {
        0 => Ok(()),
        n if n == boxes.len() => Err(MomentProblem::Empty),
        _ => Err(MomentProblem::Incomplete(missing)),
    }
}

/// A date that exists, with a four-digit year.
fn real_date(day: &str, month: &str, year: &str) -> Result<NaiveDate, MomentProblem> {
    let number = |text: &str| text.trim().parse::<u32>().ok();
    match (number(day), number(month), number(year)) {
        (Some(d), Some(m), Some(y)) if year.trim().len() == 4 => {
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(MomentProblem::NotARealDate)
        }
        _ => Err(MomentProblem::NotARealDate),
    }
}
