//! Times, dates and times of day are read by `rfc3339`, not chrono's own
//! readers: everything chrono writes reads back exactly, and whatever is
//! read, chrono reads the same (nothing is accepted that chrono refused).

use super::super::rfc3339;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use proptest::prelude::*;

/// Any time from year 1000 to 9999, to the nanosecond.
fn any_time() -> impl Strategy<Value = DateTime<Utc>> {
    (-30_610_224_000i64..253_402_300_799, 0u32..1_000_000_000)
        .prop_map(|(seconds, nanos)| Utc.timestamp_opt(seconds, nanos).unwrap())
}

/// Text shaped like a time, a date or a time of day, often not quite one.
fn near_misses() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt _][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{0,11})?)?([Zz]|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{2})?",
        "[0-2][0-9]{3}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9](\\.[0-9]{1,9})?(Z|[+-][0-2][0-9]:[0-5][0-9])",
        "[+-]?[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}",
        "[0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2}(\\.[0-9]{0,10})?)?",
        " ?[0-9: T.Z+-]{0,30} ?",
        "\\PC{0,30}",
    ]
}

proptest! {
    #[test]
    fn every_time_chrono_writes_reads_back_exactly(at in any_time()) {
        let written = [
            serde_json::to_string(&at).unwrap().trim_matches('"').to_owned(),
            at.to_rfc3339(),
            at.to_rfc3339_opts(SecondsFormat::Millis, true),
            at.to_rfc3339_opts(SecondsFormat::Secs, false),
            at.with_timezone(&FixedOffset::east_opt(-9_000).unwrap()).to_rfc3339(),
        ];
        for text in written {
            let expected = text.parse::<DateTime<Utc>>().unwrap();
            prop_assert_eq!(rfc3339::utc(&text), Some(expected), "{}", text);
        }
        let date = at.date_naive();
        prop_assert_eq!(rfc3339::date(&serde_json::to_string(&date).unwrap().replace('"', "")), Some(date));
        let time = at.time();
        prop_assert_eq!(rfc3339::time(&serde_json::to_string(&time).unwrap().replace('"', "")), Some(time));
    }

    #[test]
    fn what_is_read_chrono_reads_the_same(text in near_misses()) {
        if let Some(at) = rfc3339::utc(&text) {
            prop_assert_eq!(text.parse::<DateTime<FixedOffset>>().map(|t| t.to_utc()), Ok(at), "{}", text);
        }
        if let Some(date) = rfc3339::date(&text) {
            prop_assert_eq!(text.parse::<NaiveDate>(), Ok(date), "{}", text);
        }
        if let Some(time) = rfc3339::time(&text) {
            prop_assert_eq!(text.parse::<NaiveTime>(), Ok(time), "{}", text);
        }
    }
}

#[test]
fn offsets_and_fractions_are_read_as_written() {
    let at = |text| rfc3339::utc(text).map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    assert_eq!(
        at("2026-03-14T09:15:00Z").as_deref(),
        Some("2026-03-14T09:15:00Z")
    );
    assert_eq!(
        at("2026-03-14t09:15:00z").as_deref(),
        Some("2026-03-14T09:15:00Z")
    );
    assert_eq!(
        at("2026-03-14 10:15:00+01:00").as_deref(),
        Some("2026-03-14T09:15:00Z")
    );
    assert_eq!(
        at("2026-03-14T00:15:00-09:30").as_deref(),
        Some("2026-03-14T09:45:00Z")
    );
    assert_eq!(
        at("2026-03-14T09:15:00.25Z").as_deref(),
        Some("2026-03-14T09:15:00.250Z")
    );
    assert_eq!(
        at("2026-03-14T09:15:00.123456789Z").as_deref(),
        Some("2026-03-14T09:15:00.123456789Z")
    );
    assert_eq!(rfc3339::time("17:30"), NaiveTime::from_hms_opt(17, 30, 0));
    assert_eq!(
        rfc3339::date("2024-02-29"),
        NaiveDate::from_ymd_opt(2024, 2, 29)
    );
}

#[test]
fn what_is_not_a_time_is_refused() {
    for text in [
        "",
        "2026-03-14",
        "2026-03-14T09:15Z",
        "2026-03-14T09:15:00",
        "2026-02-30T09:15:00Z",
        "2026-03-14T24:00:00Z",
        "2026-03-14T09:15:00.Z",
        "2026-03-14T09:15:00.1234567890Z",
        "2026-03-14T09:15:00+24:00",
        "2026-03-14T09:15:00Z ",
        " 2026-03-14T09:15:00Z",
        "٢٠٢٦-03-14T09:15:00Z",
    ] {
        assert_eq!(rfc3339::utc(text), None, "{text:?}");
    }
    for text in [
        "2023-02-29",
        "2026-3-14",
        "26-03-14",
        "2026-03-14T00:00:00Z",
    ] {
        assert_eq!(rfc3339::date(text), None, "{text:?}");
    }
    for text in ["9:30", "09:60", "25:00", "09:30:", "09:30:00.", "09.30"] {
        assert_eq!(rfc3339::time(text), None, "{text:?}");
    }
}

#[test]
fn stored_data_says_in_words_which_time_it_could_not_read() {
    #[derive(Debug, serde::Deserialize)]
    struct Row {
        #[serde(deserialize_with = "rfc3339::de::utc")]
        #[allow(dead_code)]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "rfc3339::de::utc_option")]
        held_at: Option<DateTime<Utc>>,
    }
    let error = serde_json::from_str::<Row>(r#"{"at": "yesterday"}"#).unwrap_err();
    assert!(
        error.to_string().starts_with(
            "invalid value: string \"yesterday\", expected an RFC 3339 time, such as 2026-03-14T09:15:00Z"
        ),
        "{error}"
    );
    let error = serde_json::from_str::<Row>(r#"{"at": 12}"#).unwrap_err();
    assert!(
        error.to_string().contains("expected an RFC 3339 time"),
        "{error}"
    );
    // An optional time may be missing, null or a time.
    let row = serde_json::from_str::<Row>(r#"{"at": "2026-03-14T09:15:00Z"}"#).unwrap();
    assert_eq!(row.held_at, None);
    let row =
        serde_json::from_str::<Row>(r#"{"at": "2026-03-14T09:15:00Z", "held_at": null}"#).unwrap();
    assert_eq!(row.held_at, None);
    let row = serde_json::from_str::<Row>(
        r#"{"at": "2026-03-14T09:15:00Z", "held_at": "2026-03-15T10:00:00Z"}"#,
    )
    .unwrap();
    assert_eq!(row.held_at, rfc3339::utc("2026-03-15T10:00:00Z"));
}
