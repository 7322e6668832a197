use super::delete::DeleteIncident;
use super::save_status::SaveStatus;
use super::timeline::Timeline;
use super::IncidentSession;
use crate::domain::{Recommendation, Urgency};
use crate::ui::components::{NotificationBanner, SummaryList, SummaryRow};
use crate::ui::pages::tags::status_tag;
use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

/// A triage kept as “not an incident”: what was seen, the answers, and why.
#[component]
pub fn NotAnIncidentRecord() -> impl IntoView {
    let session = IncidentSession::get();
    let state = AppState::get();
    let flash = state.flash.get_untracked();
    state.flash.set(None);
    let (title, rows, status) = session.incident.with_untracked(|incident| {
        let service = state.playbook.with_untracked(|p| p.service_name.clone());
        let mut rows = vec![
            SummaryRow::new("What was seen", incident.details.summary.clone()),
            SummaryRow::new(
                "Recorded",
                format!(
                    "{} by {}",
                    time::date_and_time(incident.declared_at),
                    incident.reporter
                ),
            ),
        ];
        if let Some(triage) = &incident.triage {
            let signals: Vec<String> = triage
                .answers
                .signals
                .iter()
                .map(|s| s.label(&service))
                .collect();
            let signals = if signals.is_empty() {
                "None".to_owned()
            } else {
                signals.join(". ")
            };
            let recommendation = match triage.recommendation {
                Recommendation::Declare => "Declare an incident",
                Recommendation::ProbablyNotAnIncident => "Probably not an incident",
            };
            rows.extend([
                SummaryRow::new("Signs of an incident", signals),
                SummaryRow::new(
                    "Can it wait?",
                    match triage.answers.urgency {
                        Urgency::MustFixNow => "No, it must be fixed now",
                        Urgency::CanWait => "Yes",
                        Urgency::NotSure => "Not sure",
                    },
                ),
                SummaryRow::new("The app recommended", recommendation),
                SummaryRow::new("Why it is not an incident", triage.reason.clone()),
            ]);
        }
        (incident.title().to_owned(), rows, incident.status)
    });
    set_page_title(&title);
    view! {
        {flash.map(|text| view! { <NotificationBanner text success=true /> })}
        <span class="govuk-caption-l">{format!("Record {}", session.id())}</span>
        <h1 class="govuk-heading-l app-user-text">{title}</h1>
        <p class="govuk-body">{status_tag(status)}</p>
        <SaveStatus />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <p class="govuk-body">
                    "This was looked at and recorded as not an incident. It is still worth fixing promptly. "
                    "If it gets worse, "
                    <a class="govuk-link" href=Route::Triage(None).href()>"start a new triage"</a>
                    "."
                </p>
                <SummaryList rows />
                <Timeline />
                <DeleteIncident />
            </div>
        </div>
    }
}
