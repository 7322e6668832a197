//! Yes-or-no questions as GOV.UK radios: the two items, and the answer they hold.

use crate::ui::components::RadioItem;

pub fn items() -> Vec<RadioItem> {
    vec![RadioItem::new("yes", "Yes"), RadioItem::new("no", "No")]
}

/// The radios' value for an answer: `None` until one is chosen.
pub fn value(answer: Option<bool>) -> Option<String> {
    answer.map(|yes| if yes { "yes" } else { "no" }.to_owned())
}

pub fn answer(value: Option<String>) -> Option<bool> {
    value.map(|value| value == "yes")
}
