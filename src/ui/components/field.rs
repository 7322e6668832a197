//! What every GOV.UK form control shares: an optional hint, an error message
//! while there is a problem, and the `aria-describedby` that ties both to it.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Described {
    /// The hint's id, if there is a hint, and the error message's id.
    ids: StoredValue<(Option<String>, String)>,
    error: Signal<Option<String>>,
}

impl Described {
    /// For the control `id`: its hint is `{id}-hint`, its error `{id}-error`.
    pub fn new(id: &str, has_hint: bool, error: Signal<Option<String>>) -> Self {
        let hint_id = has_hint.then(|| format!("{id}-hint"));
        Self {
            ids: StoredValue::new((hint_id, format!("{id}-error"))),
            error,
        }
    }

    pub fn has_error(&self) -> bool {
        self.error.with(Option::is_some)
    }

    /// `aria-describedby`: the hint and, while there is one, the error.
    pub fn aria(&self) -> Option<String> {
        let has_error = self.has_error();
        self.ids.with_value(|(hint_id, error_id)| {
            let ids: Vec<&str> = hint_id
                .as_deref()
                .into_iter()
                .chain(has_error.then_some(error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    /// The form group class, with the error modifier while there is an error.
    pub fn group_class(&self) -> &'static str {
        if self.has_error() {
            "govuk-form-group govuk-form-group--error"
        } else {
            "govuk-form-group"
        }
    }

    /// `<div class="govuk-hint">`, when there is a hint.
    pub fn hint_view(&self, hint: Option<String>) -> impl IntoView {
        let id = self.ids.with_value(|(hint_id, _)| hint_id.clone());
        hint.map(|text| view! { <div id=id class="govuk-hint">{text}</div> })
    }

    /// `<p class="govuk-error-message">`, while there is an error.
    pub fn error_view(&self) -> impl IntoView {
        let (error, id) = (
            self.error,
            self.ids.with_value(|(_, error_id)| error_id.clone()),
        );
        move || {
            error.get().map(|text| {
                view! {
                    <p id=id.clone() class="govuk-error-message">
                        <span class="govuk-visually-hidden">"Error:"</span>
                        " "
                        {text}
                    </p>
                }
            })
        }
    }
}

/// A hint as given: an empty one is no hint, so callers, and the field
/// components, can pass one unconditionally.
pub fn given(hint: Option<String>) -> Option<String> {
    hint.filter(|text| !text.is_empty())
}

/// Joins a base class and optional extra classes, as GOV.UK's `classes` parameter does.
pub fn with_classes(base: &str, classes: &str) -> String {
    if classes.is_empty() {
        base.to_owned()
    } else {
        format!("{base} {classes}")
    }
}

/// What a control shows and changes: a signal of its own, or one part of a
/// form's single value.
pub enum Bound<T: Send + Sync + 'static> {
    Own(RwSignal<T>),
    Part(Signal<T>, SignalSetter<T>),
}

impl<T: Send + Sync> Clone for Bound<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync> Copy for Bound<T> {}

impl<T: Clone + Send + Sync + 'static> Bound<T> {
    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(&self) -> T {
        match self {
            Bound::Own(signal) => signal.get_untracked(),
            Bound::Part(value, _) => value.get_untracked(),
        }
    }

    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        match self {
            Bound::Own(signal) => signal.with(read),
            Bound::Part(value, _) => value.with(read),
        }
    }

    pub fn set(&self, value: T) {
        match self {
            Bound::Own(signal) => signal.set(value),
            Bound::Part(_, set) => set.set(value),
        }
    }
}

impl<T: Clone + Send + Sync + 'static> From<RwSignal<T>> for Bound<T> {
    fn from(signal: RwSignal<T>) -> Self {
        Bound::Own(signal)
    }
}

impl<T: Clone + Send + Sync + 'static> Bound<T> {
    /// The part of `form` named by `key` (one setting of many, say), read
    /// by `get` and written by `set`. Plain functions, not closures, so the
    /// parts of one form share their code.
    pub fn keyed<W: Send + Sync + 'static, K: Copy + Send + Sync + 'static>(
        form: RwSignal<W>,
        key: K,
        get: fn(&W, K) -> T,
        set: fn(&mut W, K, T),
    ) -> Self {
        Bound::Part(
            Signal::derive(move || form.with(|whole| get(whole, key))),
            SignalSetter::map(move |part| form.update(|whole| set(whole, key, part))),
        )
    }
}

/// What a control can be bound to a part of: a form's one value, or a part
/// of one (the date and time boxes within a form).
pub trait Parts<W> {
    fn part<T: Clone + Send + Sync + 'static>(
        self,
        get: fn(&W) -> T,
        set: fn(&mut W, T),
    ) -> Bound<T>;
}

impl<W: Send + Sync + 'static> Parts<W> for RwSignal<W> {
    fn part<T: Clone + Send + Sync + 'static>(
        self,
        get: fn(&W) -> T,
        set: fn(&mut W, T),
    ) -> Bound<T> {
        Bound::keyed(
            self,
            (get, set),
            |w, (get, _)| get(w),
            |w, (_, set), part| set(w, part),
        )
    }
}

impl<W: Clone + Send + Sync + 'static> Parts<W> for Bound<W> {
    fn part<T: Clone + Send + Sync + 'static>(
        self,
        get: fn(&W) -> T,
        set: fn(&mut W, T),
    ) -> Bound<T> {
        Bound::Part(
            Signal::derive(move || self.with(get)),
            SignalSetter::map(move |part| {
                let mut whole = self.get_untracked();
                set(&mut whole, part);
                self.set(whole);
            }),
        )
    }
}

/// `part!(form.title)`: the box for one field of a form's one value, as
/// Leptos' `slice!` reads, without a memo for each box.
macro_rules! part {
    ($form:ident . $($field:ident).+) => {
        $crate::ui::components::Parts::part(
            $form,
            |f| f.$($field).+.clone(),
            |f, typed| f.$($field).+ = typed,
        )
    };
}
pub(crate) use part;
