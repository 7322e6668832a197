//! Reading a date and time typed into separate day, month, year, hour and
//! minute boxes, the GOV.UK way, with messages that say exactly what is wrong.

use super::text::{and_list, clock, lower_first};
use super::zone::ZoneRules;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

/// The years an incident's dates can plausibly fall in: a typo such as 0226
/// or 20266 is refused rather than saved.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// What the person typed, box by box.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateTimeParts {
    pub day: String,
    pub month: String,
    pub year: String,
    pub hour: String,
    pub minute: String,
    /// Which of the two, for a time that happened twice because the clocks
    /// went back; asked only then.
    pub repeated: Option<Repeated>,
}

/// The first or the second time a wall-clock time happened on the night the
/// clocks went back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeated {
    First,
    Second,
}

impl Repeated {
    pub fn key(self) -> &'static str {
        match self {
            Repeated::First => "first",
            Repeated::Second => "second",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Repeated::First, Repeated::Second]
            .into_iter()
            .find(|r| r.key() == key)
    }
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
    /// Clocks went back, so that local time happened twice: which one?
    RepeatedByClockChange,
    /// A year outside [`YEARS`].
    ImplausibleYear,
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
            MomentProblem::SkippedByClockChange => format!(
                "{subject} falls in the hour skipped when the clocks went forward: that time did not happen"
            ),
            MomentProblem::RepeatedByClockChange => format!(
                "{subject} happened twice, because the clocks went back: select the first or the second time"
            ),
            MomentProblem::ImplausibleYear => format!(
                "{subject} must have a year from {} to {}",
                YEARS.start(),
                YEARS.end()
            ),
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
    /// The boxes filled in from a moment, as seen in `zone`.
    pub fn from_moment(at: DateTime<Utc>, zone: &dyn ZoneRules) -> Self {
        let local = zone.local(at);
        let moments = zone.moments(local);
        let repeated = (moments.len() == 2).then(|| {
            if moments[0] == at {
                Repeated::First
            } else {
                Repeated::Second
            }
        });
        Self {
            day: local.day().to_string(),
            month: local.month().to_string(),
            year: local.year().to_string(),
            hour: format!("{:02}", local.hour()),
            minute: format!("{:02}", local.minute()),
            repeated,
        }
    }

    /// The wall-clock time typed, if the boxes hold a real one.
    pub fn local(&self) -> Result<NaiveDateTime, MomentProblem> {
        check_boxes(&[
            ("a day", &self.day),
            ("a month", &self.month),
            ("a year", &self.year),
            ("an hour", &self.hour),
            ("a minute", &self.minute),
        ])?;
        let date = real_date(&self.day, &self.month, &self.year)?;
        let number = |text: &str| text.trim().parse::<u32>().ok();
        match (number(&self.hour), number(&self.minute)) {
            (Some(h), Some(m)) => NaiveTime::from_hms_opt(h, m, 0)
                .map(|time| date.and_time(time))
                .ok_or(MomentProblem::NotARealTime),
            _ => Err(MomentProblem::NotARealTime),
        }
    }

    /// Both moments the typed time stands for, when it happened twice
    /// because the clocks went back: for asking which.
    pub fn repeated_moments(&self, zone: &dyn ZoneRules) -> Option<[DateTime<Utc>; 2]> {
        match zone.moments(self.local().ok()?).as_slice() {
            [first, second] => Some([*first, *second]),
            _ => None,
        }
    }

    /// Reads the boxes as a local time in `zone`, which must not be after `now`.
    pub fn parse(
        &self,
        zone: &dyn ZoneRules,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, MomentProblem> {
        let at = match (zone.moments(self.local()?).as_slice(), self.repeated) {
            ([], _) => return Err(MomentProblem::SkippedByClockChange),
            ([only], _) => *only,
            ([first, _], Some(Repeated::First)) => *first,
            ([_, second], Some(Repeated::Second)) => *second,
            (_, _) => return Err(MomentProblem::RepeatedByClockChange),
        };
        if at > now {
            return Err(MomentProblem::InTheFuture);
        }
        Ok(at)
    }
}

/// “01:30 (UTC+1)”: one of a repeated time's two moments, told apart
/// by its offset, which every zone has (not every zone has a short name).
pub fn moment_with_offset(at: DateTime<Utc>, zone: &dyn ZoneRules) -> String {
    let offset = zone.offset_at(at).local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let (hours, minutes) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
    let offset = if minutes == 0 {
        format!("UTC{sign}{hours}")
    } else {
        format!("UTC{sign}{hours}:{minutes:02}")
    };
    format!("{} ({offset})", clock(zone.local(at)))
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
            let date =
                NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(MomentProblem::NotARealDate)?;
            if YEARS.contains(&date.year()) {
                Ok(date)
            } else {
                Err(MomentProblem::ImplausibleYear)
            }
        }
        _ => Err(MomentProblem::NotARealDate),
    }
}
