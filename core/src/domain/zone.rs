//! The team's time zone. Working hours, update deadlines and messages are in
//! the team's local time, which is not always the browser's. The rules come
//! from a real time-zone database behind [`ZoneRules`]: the browser's own
//! (`Intl`) in the app, chrono-tz in host tests. No fixed offsets: the UK
//! changes its clocks twice a year.

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, Offset, Utc};

/// One time zone's offsets from UTC.
pub trait ZoneRules {
    /// The IANA name, such as `Europe/London`.
    fn name(&self) -> &str;
    /// The zone's offset from UTC at `at`.
    fn offset_at(&self, at: DateTime<Utc>) -> FixedOffset;

    /// The wall-clock time in the zone at `at`.
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.naive_utc() + Duration::seconds(i64::from(self.offset_at(at).local_minus_utc()))
    }

    /// The moment a wall-clock time happens in the zone: the earlier one when
    /// clocks go back and it happens twice, `None` when clocks go forward past it.
    fn moment(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        self.moments(local).first().copied()
    }

    /// Every moment a wall-clock time happens, earliest first: none in the
    /// hour skipped when clocks go forward, two in the hour repeated when
    /// they go back, otherwise one.
    fn moments(&self, local: NaiveDateTime) -> Vec<DateTime<Utc>> {
        let as_utc = local.and_utc();
        let day = Duration::days(1);
        // A zone changes offset at most once within a day either side, so
        // these three readings hold every offset that could apply.
        let mut candidates: Vec<DateTime<Utc>> = [as_utc - day, as_utc, as_utc + day]
            .into_iter()
            .map(|probe| {
                let offset = i64::from(self.offset_at(probe).local_minus_utc());
                as_utc - Duration::seconds(offset)
            })
            .filter(|candidate| self.local(*candidate) == local)
            .collect();
        candidates.sort();
        candidates.dedup();
        candidates
    }
}

/// UTC itself, for a team that works in it and for tests.
impl ZoneRules for Utc {
    fn name(&self) -> &str {
        "UTC"
    }
    fn offset_at(&self, _: DateTime<Utc>) -> FixedOffset {
        Utc.fix()
    }
}
