//! Settings: the playbook, so another team can make the app theirs without
//! touching code. Checked before it is saved; the defaults are a confirmed
//! click away.

mod binding;
mod sections;

use super::{ProcessReviewBanner, StorageMeter};
use crate::domain::{FieldError, Playbook, SettingsForm};
use crate::ui::components::{Button, NotificationBanner, WarningText};
use crate::ui::form_errors::FormErrors;
use crate::ui::platform::{open_store, set_page_title};
use crate::ui::state::AppState;
use crate::ui::zone::TeamZone;
use leptos::prelude::*;
use sections::SettingsSections;

#[component]
pub fn SettingsPage() -> impl IntoView {
    set_page_title("Settings");
    let state = AppState::get();
    let errors = FormErrors::new();
    let form = RwSignal::new(state.playbook.with_untracked(SettingsForm::from_playbook));
    let saved = RwSignal::new(None::<&'static str>);
    let confirming_reset = RwSignal::new(false);

    let save = move |playbook: Playbook, message: &'static str| match open_store()
        .save_playbook(&playbook)
    {
        Ok(()) => {
            state.playbook.set(playbook);
            state.playbook_problem.set(None);
            errors.clear();
            saved.set(Some(message));
            crate::ui::components::focus_element("main-content");
        }
        Err(error) => {
            saved.set(None);
            errors.show_message(error.to_string());
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match form.with_untracked(|f| f.to_playbook(&TeamZone::exists)) {
            Ok(playbook) => save(playbook, "Settings saved"),
            Err(problems) => {
                saved.set(None);
                errors.show(problems.into_iter().map(FieldError::Setting).collect());
            }
        }
    };
    let reset = move |_| {
        let defaults = Playbook::default();
        form.set(SettingsForm::from_playbook(&defaults));
        confirming_reset.set(false);
        save(
            defaults,
            "Settings reset to the GOV.UK Design System team’s",
        );
    };

    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {move || saved.get().map(|text| view! { <NotificationBanner text success=true /> })}
                {errors.summary()}
                <h1 class="govuk-heading-l">"Settings"</h1>
                <ProcessReviewBanner />
                <p class="govuk-body">
                    "Everything here is your team’s own: where you tell people, who you tell, what each severity means and when you work. "
                    "Changes apply to incidents from now on; closed incidents keep the settings they were run with."
                </p>
                <form novalidate on:submit=on_submit>
                    <SettingsSections form errors />
                    <Button prevent_double_click=true text="Save settings" />
                </form>
                <h2 class="govuk-heading-m">"Start again"</h2>
                <Show
                    when=move || confirming_reset.get()
                    fallback=move || view! {
                        <Button
                            text="Reset to the GOV.UK Design System defaults"
                            button_type="button"
                            classes="govuk-button--secondary"
                            on:click=move |_| confirming_reset.set(true)
                        />
                    }
                >
                    <WarningText>"This replaces every setting on this page with the GOV.UK Design System team’s."</WarningText>
                    <div class="govuk-button-group">
                        <Button text="Yes, reset the settings" button_type="button" classes="govuk-button--warning" on:click=reset />
                        <Button text="Cancel" button_type="button" classes="govuk-button--secondary" on:click=move |_| confirming_reset.set(false) />
                    </div>
                </Show>
                <StorageMeter />
                <h2 class="govuk-heading-m">"Working as a team"</h2>
                <p class="govuk-body">
                    <a class="govuk-link" href=crate::ui::route::Route::TeamFolder.href()>"Team folder"</a>
                    ": share every incident with your team through a folder on your team drive."
                </p>
            </div>
        </div>
    }
}
