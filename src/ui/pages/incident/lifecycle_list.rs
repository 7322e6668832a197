use crate::domain::Missing;
use crate::ui::pages::incident::IncidentSession;
use crate::ui::route::Route;
use leptos::prelude::*;

/// What the lifecycle still waits for, each linked to the page that deals with it.
#[component]
pub fn MissingList(missing: Signal<Vec<Missing>>, #[prop(into)] ready: String) -> impl IntoView {
    let session = IncidentSession::get();
    let id = session.id();
    move || {
        let missing = missing.get();
        if missing.is_empty() {
            return view! { <p class="govuk-body">{ready.clone()}</p> }.into_any();
        }
        let items = missing
            .into_iter()
            .map(|m| {
                let href = Route::Task(id.clone(), m.task()).href();
                let text = crate::domain::text::upper_first(&m.describe());
                view! { <li><a class="govuk-link" href=href>{text}</a></li> }
            })
            .collect_view();
        view! {
            <p class="govuk-body">"Still to do:"</p>
            <ul class="govuk-list govuk-list--bullet">{items}</ul>
        }
        .into_any()
    }
}
