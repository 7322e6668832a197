//! The team's time zone from the browser's own database (`Intl`), across the
//! UK's clock changes, and one zone each side of the world.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(target_arch = "wasm32")]

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use incident_desk::domain::ZoneRules;
use incident_desk::ui::zone::TeamZone;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn utc(y: i32, m: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, mi, 0).unwrap()
}

fn local(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, mi, 0)
        .unwrap()
}

#[wasm_bindgen_test]
fn london_is_on_gmt_in_winter_and_bst_in_summer_changing_at_one_in_the_morning_utc() {
    let london = TeamZone::new("Europe/London");
    assert_eq!(london.name(), "Europe/London");
    assert_eq!(
        london.local(utc(2026, 1, 15, 12, 0)),
        local(2026, 1, 15, 12, 0)
    );
    assert_eq!(
        london.local(utc(2026, 7, 15, 12, 0)),
        local(2026, 7, 15, 13, 0)
    );
    // Clocks go forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October.
    assert_eq!(
        london.local(utc(2026, 3, 29, 0, 59)),
        local(2026, 3, 29, 0, 59)
    );
    assert_eq!(
        london.local(utc(2026, 3, 29, 1, 0)),
        local(2026, 3, 29, 2, 0)
    );
    assert_eq!(
        london.local(utc(2026, 10, 25, 0, 59)),
        local(2026, 10, 25, 1, 59)
    );
    assert_eq!(
        london.local(utc(2026, 10, 25, 1, 0)),
        local(2026, 10, 25, 1, 0)
    );
}

#[wasm_bindgen_test]
fn skipped_local_times_do_not_exist_and_repeated_ones_are_the_first() {
    let london = TeamZone::new("Europe/London");
    assert_eq!(london.moment(local(2026, 3, 29, 1, 30)), None);
    assert_eq!(
        london.moment(local(2026, 10, 25, 1, 30)),
        Some(utc(2026, 10, 25, 0, 30))
    );
    assert_eq!(
        london.moment(local(2026, 12, 31, 23, 59)),
        Some(utc(2026, 12, 31, 23, 59))
    );
}

#[wasm_bindgen_test]
fn other_zones_use_their_own_rules() {
    let new_york = TeamZone::new("America/New_York");
    assert_eq!(
        new_york.local(utc(2026, 1, 15, 12, 0)),
        local(2026, 1, 15, 7, 0)
    );
    assert_eq!(
        new_york.local(utc(2026, 7, 15, 12, 0)),
        local(2026, 7, 15, 8, 0)
    );
    // Chatham Islands: UTC+13:45 in the southern summer.
    let chatham = TeamZone::new("Pacific/Chatham");
    assert_eq!(
        chatham.local(utc(2026, 1, 15, 12, 0)),
        local(2026, 1, 16, 1, 45)
    );
}

#[wasm_bindgen_test]
fn an_unknown_zone_reads_as_utc_rather_than_stopping_the_page() {
    let nowhere = TeamZone::new("Mars/Olympus_Mons");
    assert_eq!(
        nowhere.local(utc(2026, 7, 15, 12, 0)),
        local(2026, 7, 15, 12, 0)
    );
}
