use crate::ui::components::{Button, Textarea};
use crate::ui::platform::{copy_to_clipboard, select_text};
use leptos::prelude::*;

/// A message the app writes for the person to check, change if they need to,
/// and copy into Slack or email. When the browser will not copy, the text is
/// selected instead and the page says how to copy it by hand.
#[component]
pub fn CopyMessage(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    /// What is in the box; the page writes it again once the message is sent.
    text: RwSignal<String>,
    /// Writes the message from the incident as it is now.
    generate: Callback<(), String>,
    #[prop(default = 10)] rows: u32,
) -> impl IntoView {
    // Said only until the box is written to again, by the person or by the
    // page once the message is sent: then “Copied” would be stale. Counts
    // every write, so even a message written again the same clears it.
    let writes = Memo::new(move |count: Option<&u32>| {
        text.track();
        count.map_or(0, |n| n + 1)
    });
    let outcome = RwSignal::new(None::<(bool, u32)>);
    let copy = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            leptos::task::spawn_local(async move {
                let copied = copy_to_clipboard(text.get_untracked()).await;
                if !copied {
                    select_text(&id);
                }
                outcome.set(Some((copied, writes.get_untracked())));
            });
        }
    };
    let feedback = move || {
        let (copied, at) = outcome.get()?;
        (writes.get() == at).then_some(if copied {
            "Copied. Now paste it where it needs to go."
        } else {
            "Your browser did not let Incident Desk copy the message, so it is selected for you. \
             Press Ctrl and C (or Command and C on a Mac) to copy it."
        })
    };
    view! {
        <Textarea id=id.clone() name=id label label_classes="govuk-label--s" hint rows value=text />
        <div class="govuk-button-group">
            <Button
                text="Copy message"
                button_type="button"
                classes="govuk-button--secondary"
                on:click=copy
            />
            <Button
                text="Write it again from the latest details"
                button_type="button"
                classes="govuk-button--secondary"
                on:click=move |_| text.set(generate.run(()))
            />
        </div>
        <p class="govuk-body" aria-live="polite">{feedback}</p>
    }
}

/// A button that copies one short value, such as an email's subject, and
/// says so beside it while the value is unchanged.
#[component]
pub fn CopyValue(#[prop(into)] label: String, value: Signal<String>) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let text = value.get_untracked();
            if copy_to_clipboard(text.clone()).await {
                copied.set(Some(text));
            }
        });
    };
    let done = move || {
        let text = copied.get()?;
        value.with(|now| *now == text).then_some(" Copied.")
    };
    view! {
        <Button text=label button_type="button" classes="govuk-button--secondary govuk-!-margin-bottom-0" on:click=copy />
        <span class="govuk-body" aria-live="polite">{done}</span>
    }
}
