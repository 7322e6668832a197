//! When the team works. Incidents are mitigated in working hours rather than
//! worked through the night: outside them, the app says to hand over.

use super::text::{and_list, clock, weekday_name};
use super::zone::ZoneRules;
use chrono::{DateTime, Datelike, Days, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingHours {
    pub days: Vec<Weekday>,
    #[serde(deserialize_with = "crate::domain::rfc3339::de::time")]
    pub start: NaiveTime,
    /// The end of the working day: 17:30 means up to, not including, 17:30.
    #[serde(deserialize_with = "crate::domain::rfc3339::de::time")]
    pub end: NaiveTime,
    /// The IANA name of the team's time zone, such as `Europe/London`.
    pub time_zone: String,
}

impl WorkingHours {
    /// Whether `at` falls in working hours, in the team's time zone.
    pub fn contains(&self, at: DateTime<Utc>, zone: &dyn ZoneRules) -> bool {
        let local = zone.local(at);
        self.days.contains(&local.weekday())
            && self.start <= local.time()
            && local.time() < self.end
    }

    /// The start of the first working day after the day `at` falls on: when
    /// “next working day” comes. `None` if the team has no working days.
    pub fn next_working_day_start(
        &self,
        at: DateTime<Utc>,
        zone: &dyn ZoneRules,
    ) -> Option<DateTime<Utc>> {
        let today = zone.local(at).date();
        (1..=7)
            .filter_map(|n| today.checked_add_days(Days::new(n)))
            .find(|day| self.days.contains(&day.weekday()))
            .and_then(|day| {
                let start = day.and_time(self.start);
                // A start inside the hour the clocks skip begins when it ends.
                zone.moment(start)
                    .or_else(|| zone.moment(start + chrono::Duration::hours(1)))
            })
    }

    /// “Monday to Friday, 09:00 to 17:30 (Europe/London)”.
    pub fn describe(&self) -> String {
        let start = chrono::NaiveDate::MIN.and_time(self.start);
        let end = chrono::NaiveDate::MIN.and_time(self.end);
        format!(
            "{}, {} to {} ({})",
            self.describe_days(),
            clock(start),
            clock(end),
            self.time_zone
        )
    }

    fn describe_days(&self) -> String {
        let mut days = self.days.clone();
        days.sort_by_key(|d| d.num_days_from_monday());
        days.dedup();
        let consecutive = days
            .windows(2)
            .all(|pair| pair[1].num_days_from_monday() == pair[0].num_days_from_monday() + 1);
        match days.as_slice() {
            [] => "No working days".to_owned(),
            [first, .., last] if consecutive && days.len() > 2 => {
                format!("{} to {}", weekday_name(*first), weekday_name(*last))
            }
            _ => and_list(&days.iter().map(|d| weekday_name(*d)).collect::<Vec<_>>()),
        }
    }
}
