//! Working hours in the team's time zone, with the real zone rules.
use super::*;

fn hours() -> WorkingHours {
    playbook().working_hours
}

fn working(at: DateTime<Utc>) -> bool {
    hours().contains(at, &LONDON)
}

#[test]
fn working_hours_are_monday_to_friday_from_nine_until_half_past_five() {
    assert!(working(london(2026, 3, 9, 9, 0)), "Monday 09:00");
    assert!(!working(london(2026, 3, 9, 8, 59)), "Monday 08:59");
    assert!(working(london(2026, 3, 13, 17, 29)), "Friday 17:29");
    assert!(!working(london(2026, 3, 13, 17, 30)), "Friday 17:30");
    assert!(!working(london(2026, 3, 14, 12, 0)), "Saturday noon");
    assert!(!working(london(2026, 3, 15, 12, 0)), "Sunday noon");
    assert!(!working(london(2026, 3, 10, 0, 0)), "midnight");
    assert_eq!(
        hours().describe(),
        "Monday to Friday, 09:00 to 17:30 (Europe/London)"
    );
}

#[test]
fn working_hours_follow_the_uk_clocks_not_a_fixed_offset() {
    let utc = |y, m, d, h, mi| Utc.with_ymd_and_hms(y, m, d, h, mi, 0).unwrap();
    // 08:30 UTC is 08:30 in winter and 09:30 in summer.
    assert!(
        !working(utc(2026, 3, 27, 8, 30)),
        "Friday before the clocks go forward"
    );
    assert!(
        working(utc(2026, 3, 30, 8, 30)),
        "Monday after the clocks go forward"
    );
    assert!(
        working(utc(2026, 10, 23, 8, 30)),
        "Friday before the clocks go back"
    );
    assert!(
        !working(utc(2026, 10, 26, 8, 30)),
        "Monday after the clocks go back"
    );
}

#[test]
fn the_next_working_day_skips_weekends_and_starts_at_nine_local_time() {
    let next = |at| hours().next_working_day_start(at, &LONDON).unwrap();
    assert_eq!(
        next(london(2026, 3, 13, 16, 0)),
        london(2026, 3, 16, 9, 0),
        "Friday → Monday"
    );
    assert_eq!(
        next(london(2026, 3, 14, 10, 0)),
        london(2026, 3, 16, 9, 0),
        "Saturday → Monday"
    );
    assert_eq!(
        next(london(2026, 3, 16, 8, 0)),
        london(2026, 3, 17, 9, 0),
        "Monday early → Tuesday"
    );
    assert_eq!(
        next(london(2026, 3, 16, 23, 59)),
        london(2026, 3, 17, 9, 0),
        "just before midnight"
    );
    // 09:00 after the clocks change is 08:00 UTC in summer and 09:00 UTC in winter.
    let utc = |y, m, d, h| Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap();
    assert_eq!(next(london(2026, 3, 27, 12, 0)), utc(2026, 3, 30, 8));
    assert_eq!(next(london(2026, 10, 23, 12, 0)), utc(2026, 10, 26, 9));
}

#[test]
fn a_team_with_no_working_days_has_no_next_working_day() {
    let none = WorkingHours {
        days: vec![],
        ..hours()
    };
    assert_eq!(none.next_working_day_start(at(9, 0), &LONDON), None);
    assert_eq!(
        none.describe(),
        "No working days, 09:00 to 17:30 (Europe/London)"
    );
    let odd = WorkingHours {
        days: vec![chrono::Weekday::Sat, chrono::Weekday::Mon],
        ..hours()
    };
    assert!(odd.describe().starts_with("Monday and Saturday"));
}

#[test]
fn local_times_the_clocks_skip_do_not_exist_and_repeated_ones_take_the_first() {
    let local = |y, m, d, h, mi| {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap()
    };
    assert_eq!(LONDON.moment(local(2026, 3, 29, 1, 30)), None);
    assert_eq!(
        LONDON.moment(local(2026, 10, 25, 1, 30)),
        Some(Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap())
    );
    assert_eq!(
        LONDON.moment(local(2026, 7, 1, 12, 0)),
        Some(Utc.with_ymd_and_hms(2026, 7, 1, 11, 0, 0).unwrap())
    );
    assert_eq!(
        Utc.moment(local(2026, 7, 1, 12, 0)),
        Some(Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap())
    );
}
