//! Times in stored data as whole milliseconds after a base time: a dozen
//! characters instead of an RFC 3339 string's two dozen. Browsers' clocks
//! count milliseconds, so that is nearly always exact; a time that is not
//! (one imported with finer precision) is kept as RFC 3339 text, so no
//! precision is ever lost.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Millis {
    Millis(i64),
    Exact(DateTime<Utc>),
}

impl Millis {
    pub fn encode(at: DateTime<Utc>, base: DateTime<Utc>) -> Self {
        let millis = at.timestamp_millis() - base.timestamp_millis();
        match Self::Millis(millis).decode(base) {
            Some(back) if back == at => Self::Millis(millis),
            _ => Self::Exact(at),
        }
    }

    /// `None` for milliseconds that reach outside chrono's range: damaged data.
    pub fn decode(self, base: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Self::Millis(millis) => base.checked_add_signed(TimeDelta::try_milliseconds(millis)?),
            Self::Exact(at) => Some(at),
        }
    }
}

impl Default for Millis {
    fn default() -> Self {
        Self::Millis(0)
    }
}

impl Serialize for Millis {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Millis(millis) => serializer.serialize_i64(*millis),
            Self::Exact(at) => at.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Millis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Millis;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("milliseconds, or an RFC 3339 time")
            }
            fn visit_i64<E: de::Error>(self, millis: i64) -> Result<Millis, E> {
                Ok(Millis::Millis(millis))
            }
            fn visit_u64<E: de::Error>(self, millis: u64) -> Result<Millis, E> {
                i64::try_from(millis)
                    .map(Millis::Millis)
                    .map_err(|_| E::custom("a time out of range"))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Millis, E> {
                crate::domain::rfc3339::utc(text)
                    .map(Millis::Exact)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    type Outcome = Result<(), Box<dyn std::error::Error>>;

    fn base() -> Result<DateTime<Utc>, &'static str> {
        Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0)
            .single()
            .ok_or("not a time")
    }

    #[test]
    fn whole_milliseconds_are_numbers_and_finer_times_text() -> Outcome {
        let base = base()?;
        let later = base + TimeDelta::milliseconds(61_500);
        assert_eq!(Millis::encode(later, base), Millis::Millis(61_500));
        assert_eq!(
            Millis::encode(base - TimeDelta::minutes(20), base),
            Millis::Millis(-1_200_000)
        );
        let fine = base + TimeDelta::nanoseconds(1);
        assert_eq!(Millis::encode(fine, base), Millis::Exact(fine));
        for at in [later, fine, base] {
            let stamp = Millis::encode(at, base);
            let json = serde_json::to_string(&stamp)?;
            let back: Millis = serde_json::from_str(&json)?;
            assert_eq!(back.decode(base), Some(at), "{json}");
        }
        Ok(())
    }

    #[test]
    fn milliseconds_beyond_any_date_are_refused() -> Outcome {
        assert_eq!(Millis::Millis(i64::MAX).decode(base()?), None);
        assert!(serde_json::from_str::<Millis>("\"not a time\"").is_err());
        assert!(serde_json::from_str::<Millis>("18446744073709551615").is_err());
        Ok(())
    }
}
