use crate::domain::tests::*;
use crate::domain::{Severity, Status};
use crate::report::{median, year_and_month, year_figures, years, Summary};
use chrono::{DateTime, Datelike, Duration, Utc};
use proptest::prelude::*;

fn summary(
    started: DateTime<Utc>,
    severity: Option<Severity>,
    fixed_after: Option<i64>,
) -> Summary {
    let declared_at = started + Duration::minutes(15);
    Summary {
        started_at: started,
        declared_at,
        resolved_at: fixed_after.map(|m| declared_at + Duration::minutes(m)),
        severity,
        status: if fixed_after.is_some() {
            Status::Resolved
        } else {
            Status::Active
        },
        open_actions: 1,
    }
}

#[test]
fn figures_count_a_years_incidents_by_severity_and_month_in_the_teams_time() {
    let summaries = vec![
        summary(london(2026, 1, 10, 9, 0), Some(Severity::P1), Some(60)),
        summary(london(2026, 1, 20, 9, 0), Some(Severity::P3), Some(120)),
        summary(london(2026, 3, 1, 9, 0), Some(Severity::P3), None),
        summary(london(2026, 7, 1, 9, 0), None, Some(30)),
        // 23:30 on 31 December 2025 in London is still 2025.
        summary(london(2025, 12, 31, 23, 30), Some(Severity::P2), Some(10)),
        Summary {
            status: Status::NotAnIncident,
            ..summary(london(2026, 2, 1, 9, 0), None, None)
        },
    ];
    assert_eq!(years(&summaries, &LONDON), [2026, 2025]);
    let figures = year_figures(&summaries, 2026, &LONDON);
    assert_eq!(figures.incidents, 4, "not-an-incident records do not count");
    assert_eq!(figures.by_severity, [1, 0, 2, 0, 1]);
    assert_eq!(figures.by_month[0], [1, 0, 1, 0, 0]);
    assert_eq!(figures.by_month[2], [0, 0, 1, 0, 0]);
    assert_eq!(figures.by_month[6], [0, 0, 0, 0, 1]);
    // Each declared 15 minutes after it started, and fixed 30, 60 and 120
    // minutes after that: the report's figures, from the start.
    assert_eq!(figures.median_time_to_declare, Some(Duration::minutes(15)));
    assert_eq!(figures.median_time_to_fix, Some(Duration::minutes(75)));
    assert_eq!(figures.open_actions, 4);
    assert_eq!(
        year_figures(&summaries, 2025, &LONDON).by_month[11],
        [0, 1, 0, 0, 0]
    );
}

#[test]
fn the_median_of_an_even_count_is_halfway_between_the_middle_two() {
    let minutes = |m: &[i64]| m.iter().map(|m| Duration::minutes(*m)).collect::<Vec<_>>();
    assert_eq!(median(minutes(&[])), None);
    assert_eq!(median(minutes(&[30, 10, 20])), Some(Duration::minutes(20)));
    assert_eq!(
        median(minutes(&[40, 10, 20, 30])),
        Some(Duration::minutes(25))
    );
}

proptest! {
    /// The short cut away from the turn of a month gives what the zone says,
    /// in the zones furthest from UTC either way and in the team's own.
    #[test]
    fn the_month_in_a_zone_is_the_zones_own(seconds in -2_208_988_800i64..4_102_444_800) {
        let at = DateTime::from_timestamp(seconds, 0).unwrap();
        for zone in [
            chrono_tz::Pacific::Kiritimati,
            chrono_tz::Etc::GMTPlus12,
            chrono_tz::Pacific::Chatham,
            chrono_tz::Asia::Kathmandu,
            LONDON,
        ] {
            let local = at.with_timezone(&zone);
            prop_assert_eq!(year_and_month(at, &zone), (local.year(), local.month0()));
        }
    }
}

#[test]
fn the_turn_of_the_year_is_read_in_the_zone() {
    // 23:30 UTC on 31 December: next year at UTC+14, this year at UTC-12
    // and in London (UTC in winter).
    let at = DateTime::parse_from_rfc3339("2025-12-31T23:30:00Z")
        .unwrap()
        .to_utc();
    assert_eq!(
        year_and_month(at, &chrono_tz::Pacific::Kiritimati),
        (2026, 0)
    );
    assert_eq!(year_and_month(at, &chrono_tz::Etc::GMTPlus12), (2025, 11));
    assert_eq!(year_and_month(at, &LONDON), (2025, 11));
}
