//! Reading the times that stored data and exports hold, as chrono writes
//! them: RFC 3339 (`2026-03-14T09:15:00.250Z`), dates (`2026-04-01`) and
//! times of day (`09:00:00`). chrono's own readers, which serde's
//! `Deserialize` for its types calls, go through its general format parser,
//! which the app needs nothing else of: leaving it out took 3.9 kB brotli
//! off the first load (2.7 kB off everything). These accept less
//! than chrono's (a host test checks that whatever they accept, chrono
//! reads the same), and everything chrono writes.
//!
//! Serde fields name them with `deserialize_with`; an `Option` field also
//! needs `default`, which serde otherwise gives it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use serde::Deserializer;
use std::fmt;

/// An RFC 3339 time with its offset (`Z` or `±HH:MM`), as UTC.
pub fn utc(text: &str) -> Option<DateTime<Utc>> {
    let mut cursor = Cursor(text.as_bytes());
    let date = cursor.date()?;
    cursor.one_of(b"Tt ")?;
    let time = cursor.time(true)?;
    let offset = cursor.offset()?;
    cursor.end()?;
    let local = NaiveDateTime::new(date, time);
    Some(
        local
            .checked_sub_signed(TimeDelta::seconds(offset))?
            .and_utc(),
    )
}

/// A date, `YYYY-MM-DD`.
pub fn date(text: &str) -> Option<NaiveDate> {
    let mut cursor = Cursor(text.as_bytes());
    let date = cursor.date()?;
    cursor.end()?;
    Some(date)
}

/// A time of day, `HH:MM`, `HH:MM:SS` or with a fraction of a second.
pub fn time(text: &str) -> Option<NaiveTime> {
    let mut cursor = Cursor(text.as_bytes());
    let time = cursor.time(false)?;
    cursor.end()?;
    Some(time)
}

/// The text not yet read.
struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn one_of(&mut self, bytes: &[u8]) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        bytes.contains(&first).then(|| {
            self.0 = rest;
            first
        })
    }

    /// Exactly `count` digits.
    fn digits(&mut self, count: usize) -> Option<u32> {
        let digits = self.0.get(..count)?;
        let mut value = 0;
        for &digit in digits {
            if !digit.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u32::from(digit - b'0');
        }
        self.0 = &self.0[count..];
        Some(value)
    }

    fn end(&self) -> Option<()> {
        self.0.is_empty().then_some(())
    }

    fn date(&mut self) -> Option<NaiveDate> {
        let year = self.digits(4)?;
        self.one_of(b"-")?;
        let month = self.digits(2)?;
        self.one_of(b"-")?;
        let day = self.digits(2)?;
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }

    fn time(&mut self, seconds_required: bool) -> Option<NaiveTime> {
        let hour = self.digits(2)?;
        self.one_of(b":")?;
        let minute = self.digits(2)?;
        let mut second = 0;
        let mut nano = 0;
        if self.one_of(b":").is_some() {
            second = self.digits(2)?;
            if self.one_of(b".").is_some() {
                nano = self.fraction()?;
            }
        } else if seconds_required {
            return None;
        }
        NaiveTime::from_hms_nano_opt(hour, minute, second, nano)
    }

    /// One to nine digits after the point, in nanoseconds.
    fn fraction(&mut self) -> Option<u32> {
        let count = self.0.iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=9).contains(&count) {
            return None;
        }
        let value = self.digits(count)?;
        Some(value * 10u32.pow(9 - count as u32))
    }

    /// The offset from UTC in seconds: `Z`, or `+HH:MM` / `-HH:MM`.
    fn offset(&mut self) -> Option<i64> {
        let sign = match self.one_of(b"Zz+-")? {
            b'Z' | b'z' => return Some(0),
            b'+' => 1,
            _ => -1,
        };
        let hours = self.digits(2)?;
        self.one_of(b":")?;
        let minutes = self.digits(2)?;
        (hours < 24 && minutes < 60).then(|| sign * i64::from(hours * 3600 + minutes * 60))
    }
}

/// Serde's side: `#[serde(deserialize_with = "rfc3339::de::utc")]`.
pub mod de {
    use super::{fmt, DateTime, Deserializer, NaiveDate, NaiveTime, Utc};
    use serde::de::{Error, Unexpected, Visitor};

    const UTC: Text<DateTime<Utc>> = Text {
        expected: "an RFC 3339 time, such as 2026-03-14T09:15:00Z",
        parse: super::utc,
    };
    const DATE: Text<NaiveDate> = Text {
        expected: "a date, such as 2026-03-14",
        parse: super::date,
    };
    const TIME: Text<NaiveTime> = Text {
        expected: "a time of day, such as 09:30",
        parse: super::time,
    };

    pub fn utc<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        deserializer.deserialize_str(UTC)
    }

    pub fn utc_option<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        deserializer.deserialize_option(Optional(UTC))
    }

    pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(DATE)
    }

    pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        deserializer.deserialize_str(TIME)
    }

    /// Text read by `parse`.
    struct Text<T> {
        expected: &'static str,
        parse: fn(&str) -> Option<T>,
    }

    impl<T> Visitor<'_> for Text<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expected)
        }
        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            (self.parse)(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
        }
    }

    /// `null` as `None`, anything else as its text.
    struct Optional<T>(Text<T>);

    impl<'de, T> Visitor<'de> for Optional<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{} or null", self.0.expected)
        }
        fn visit_none<E: Error>(self) -> Result<Option<T>, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Option<T>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
            deserializer.deserialize_str(self.0).map(Some)
        }
    }
}

/// A time read as [`utc`] reads it, where serde needs a type, not a field.
#[derive(serde::Deserialize)]
pub struct Time(#[serde(deserialize_with = "de::utc")] pub DateTime<Utc>);

/// A date read as [`date`] reads it, where serde needs a type.
#[derive(serde::Deserialize)]
pub struct Date(#[serde(deserialize_with = "de::date")] pub NaiveDate);
