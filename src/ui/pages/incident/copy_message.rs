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
    let outcome = RwSignal::new(None::<bool>);
    let copy = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            leptos::task::spawn_local(async move {
                let copied = copy_to_clipboard(text.get_untracked()).await;
                if !copied {
                    select_text(&id);
                }
                outcome.set(Some(copied));
            });
        }
    };
    let feedback = move || {
        outcome.get().map(|copied| {
            if copied {
                "Copied. Now paste it where it needs to go."
            } else {
                "Your browser did not let Incident Desk copy the message, so it is selected for you. \
                 Press Ctrl and C (or Command and C on a Mac) to copy it."
            }
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
                on:click=move |_| {
                    text.set(generate.run(()));
                    outcome.set(None);
                }
            />
        </div>
        <p class="govuk-body" aria-live="polite">{feedback}</p>
    }
}
