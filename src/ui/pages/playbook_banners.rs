//! Settings that could not be read (above every page), and a process that
//! is due for its own review (on the register and settings only: during an
//! incident it is noise).

use crate::domain::text::day;
use crate::ui::components::NotificationBanner;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn PlaybookBanners() -> impl IntoView {
    let state = AppState::get();
    let problem = move || {
        state.playbook_problem.get().map(|problem| {
            view! {
                <NotificationBanner text="Your settings cannot be used, so the default settings are in use." title_id="settings-problem-title">
                    <p class="govuk-body">{problem}</p>
                </NotificationBanner>
            }
        })
    };
    view! { {problem} }
}

#[component]
pub fn ProcessReviewBanner() -> impl IntoView {
    let state = AppState::get();
    let review_due = move || {
        let today = state.team_today();
        let (due, reviewed, months) = state.playbook.with(|p| {
            (
                p.process_review_due(),
                p.process_reviewed_on,
                p.process_review_months,
            )
        });
        (today > due).then(|| {
            view! {
                <NotificationBanner
                    text="Your incident process is due for review"
                    title_text="Process review due"
                    title_id="process-review-title"
                >
                    <p class="govuk-body">
                        {format!("It was last reviewed on {} and is reviewed every {months} months. Review it with your team, then record the date in ", day(reviewed))}
                        <a class="govuk-notification-banner__link" href=Route::Settings.href()>"settings"</a>
                        "."
                    </p>
                </NotificationBanner>
            }
        })
    };
    view! { {review_due} }
}
