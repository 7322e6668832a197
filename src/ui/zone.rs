//! Time zones from the browser's own time-zone database, so the app ships no
//! zone data of its own: the team's zone through `Intl`, and the zone this
//! browser is set to through `Date`.

use crate::domain::ZoneRules;
use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A zone named by the playbook. An unknown name falls back to UTC rather
/// than stopping the page.
pub struct TeamZone {
    name: String,
    /// `Intl.DateTimeFormat` for the zone, printing every field as a number.
    format: Option<Object>,
}

impl TeamZone {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            format: formatter(name).ok(),
        }
    }

    /// Whether the browser knows a zone by this name.
    pub fn exists(name: &str) -> bool {
        !name.is_empty() && formatter(name).is_ok()
    }

    /// The zone's wall-clock time at `at`, read from `formatToParts`.
    fn wall_clock(&self, format: &Object, at: DateTime<Utc>) -> Option<chrono::NaiveDateTime> {
        let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
        let to_parts: Function = Reflect::get(format, &"formatToParts".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let parts: Array = to_parts.call1(format, &date).ok()?.dyn_into().ok()?;
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
            let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
            let slot = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            fields[slot] = value.parse().ok()?;
        }
        let [year, month, day, hour, minute, second] = fields;
        NaiveDate::from_ymd_opt(year as i32, month as u32, day as u32)?
            // Some engines write midnight as 24 even with h23.
            .and_hms_opt((hour % 24) as u32, minute as u32, second as u32)
    }
}

impl ZoneRules for TeamZone {
    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, at: DateTime<Utc>) -> FixedOffset {
        let utc = Utc.fix();
        let Some(format) = &self.format else {
            return utc;
        };
        // Intl reads whole seconds, so compare with a whole second.
        let at = DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at);
        match self.wall_clock(format, at) {
            Some(local) => {
                let seconds = (local - at.naive_utc()).num_seconds();
                FixedOffset::east_opt(seconds as i32).unwrap_or(utc)
            }
            None => utc,
        }
    }
}

/// `new Intl.DateTimeFormat("en-GB", { timeZone, … })`, which throws for an
/// unknown zone: built through `Reflect` so the error is a value, not a crash.
fn formatter(zone: &str) -> Result<Object, JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into())?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())?.dyn_into()?;
    let options = Object::new();
    for (key, value) in [
        ("timeZone", zone),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
        ("second", "numeric"),
    ] {
        Reflect::set(&options, &key.into(), &value.into())?;
    }
    let arguments = Array::of2(&"en-GB".into(), &options);
    Reflect::construct(&constructor, &arguments)?.dyn_into()
}

/// The zone this browser is set to: where the person typing a time is, and
/// how times on the page are shown.
#[derive(Clone, Copy, Default)]
pub struct BrowserZone;

impl ZoneRules for BrowserZone {
    fn name(&self) -> &str {
        "this browser’s time zone"
    }

    /// `Date.getTimezoneOffset` is minutes *behind* UTC at that moment.
    fn offset_at(&self, at: DateTime<Utc>) -> FixedOffset {
        let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
        let east = -(date.get_timezone_offset() as i32) * 60;
        FixedOffset::east_opt(east).unwrap_or(Utc.fix())
    }
}
