//! Recover data: every saved value the app cannot use, with why, its text to
//! download, and a way to delete it that asks first. Nothing is deleted
//! unless the person asks.

use crate::store::Damaged;
use crate::ui::components::{Button, NotificationBanner, SummaryList, SummaryRow, WarningText};
use crate::ui::platform::{download, open_store, set_page_title};
use leptos::prelude::*;

#[component]
pub fn RecoverPage() -> impl IntoView {
    set_page_title("Recover data");
    // Bumped after a deletion, so the list is read again.
    let deleted = RwSignal::new(None::<String>);
    let found = Memo::new(move |_| {
        deleted.track();
        open_store().damaged().map_err(|error| error.to_string())
    });
    let confirming = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let delete = move |key: String| {
        match open_store().remove_damaged(&key) {
            Ok(()) => {
                problem.set(None);
                deleted.set(Some(key));
            }
            Err(error) => problem.set(Some(error.to_string())),
        }
        confirming.set(None);
    };

    let item = move |(number, damaged): (usize, Damaged)| {
        let Damaged { key, reason, raw } = damaged;
        let rows = vec![
            SummaryRow::new("Saved under", key.clone()),
            SummaryRow::new("Why it cannot be used", reason),
            SummaryRow::new("Size", format!("{} characters", raw.chars().count())),
        ];
        let file = format!("incident-desk-recovered-{number}.txt");
        let save = move |_| {
            if let Err(error) = download(&file, "text/plain", &raw) {
                problem.set(Some(format!(
                    "The browser did not save the file ({error})."
                )));
            }
        };
        let asking = {
            let key = key.clone();
            move || confirming.with(|c| c.as_deref() == Some(key.as_str()))
        };
        let (ask_key, delete_key) = (key.clone(), key);
        view! {
            <h2 class="govuk-heading-m">{format!("Saved value {number}")}</h2>
            <SummaryList rows />
            <div class="govuk-button-group">
                <Button text="Download" visually_hidden_text=format!("saved value {number}") button_type="button" classes="govuk-button--secondary" on:click=save />
                <Button text="Delete" visually_hidden_text=format!("saved value {number}") button_type="button" classes="govuk-button--warning" on:click=move |_| confirming.set(Some(ask_key.clone())) />
            </div>
            <Show when=asking>
                <WarningText>"Deleting removes it from this browser for good. Download it first if it may matter."</WarningText>
                <div class="govuk-button-group">
                    <Button text="Yes, delete" visually_hidden_text=format!("saved value {number}") button_type="button" classes="govuk-button--warning" on:click={
                        let key = delete_key.clone();
                        move |_| delete(key.clone())
                    } />
                    <Button text="Cancel" button_type="button" classes="govuk-button--secondary" on:click=move |_| confirming.set(None) />
                </div>
            </Show>
        }
    };

    view! {
        <h1 class="govuk-heading-l">"Recover data"</h1>
        {move || deleted.get().map(|key| view! {
            <NotificationBanner text=format!("Deleted “{key}”.") success=true />
        })}
        {move || problem.get().map(|text| view! { <NotificationBanner text /> })}
        <p class="govuk-body">
            "These values are saved in this browser but Incident Desk cannot use them: damaged, saved by a newer version, or kept aside when something was rebuilt. "
            "Each is left exactly as it was. Download a copy before you delete anything."
        </p>
        {move || match found.get() {
            Err(error) => view! { <p class="govuk-body">{error}</p> }.into_any(),
            Ok(list) if list.is_empty() => view! {
                <p class="govuk-body">"Nothing saved in this browser is damaged."</p>
            }.into_any(),
            Ok(list) => list.into_iter().enumerate().map(|(i, d)| item((i + 1, d))).collect_view().into_any(),
        }}
        <p class="govuk-body"><a class="govuk-link" href="#/">"Go to the list of incidents"</a></p>
    }
}
