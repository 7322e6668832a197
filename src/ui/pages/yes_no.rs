//! Yes-or-no questions as GOV.UK radios: the two items, and the answer they hold.

use crate::ui::components::{Bound, RadioItem};
use leptos::prelude::*;

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

/// The radios for a yes-or-no answer kept in a form's one value.
pub fn part<W: Clone + Send + Sync + 'static>(
    form: RwSignal<W>,
    get: fn(&W) -> Option<bool>,
    set: fn(&mut W, Option<bool>),
) -> Bound<Option<String>> {
    Bound::keyed(
        form,
        (get, set),
        |whole, (get, _)| value(get(whole)),
        |whole, (_, set), chosen| set(whole, answer(chosen)),
    )
}
