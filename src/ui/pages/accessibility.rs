//! The accessibility statement, in the GOV.UK pattern: how to use the app,
//! how accessible it is, how to report a problem, and how it was tested.

use crate::ui::platform::set_page_title;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// When the statement was written and the app last tested against it.
const TESTED: &str = "29 November 2026";

/// Two links lead out (the EASS and WCAG itself), as the GOV.UK pattern
/// asks: followed only when clicked, and sent no referrer.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_page_title("Accessibility statement");
    let playbook = AppState::get().playbook;
    // Problems go to the team that runs this copy, as its settings name it.
    let contact =
        move || playbook.with(|p| format!("Tell the {} team in {}.", p.team_name, p.team_channel));
    let h2 = "govuk-heading-m";
    let p = "govuk-body";
    let list = "govuk-list govuk-list--bullet";
    view! {
        <h1 class="govuk-heading-xl">"Accessibility statement for Incident Desk"</h1>
        <p class=p>"This statement applies to Incident Desk, the incident response tool at this address. The team that runs it for you is named in its "<a class="govuk-link" href=Route::Settings.href()>"settings"</a>"."</p>
        <p class=p>"We want as many people as possible to be able to use it, in the middle of an incident too. You should be able to:"</p>
        <ul class=list>
            <li>"change colours, contrast levels and fonts using your browser or device settings"</li>
            <li>"zoom in up to 400% without the text spilling off the screen"</li>
            <li>"use every page with a keyboard alone, or with speech recognition software"</li>
            <li>"use it with a screen reader: every control has a label, and every page has headings and landmarks"</li>
            <li>"use it offline once it has been opened, and on a screen 320 pixels wide"</li>
        </ul>

        <h2 class=h2>"How accessible Incident Desk is"</h2>
        <p class=p>"We know some things are not fully accessible:"</p>
        <ul class=list>
            <li>"a report saved as a PDF is made by your browser’s print function, and may not be tagged for screen readers: the Markdown download holds the same report as text"</li>
            <li>"the GitHub pages an action’s link opens are run by GitHub, not by us"</li>
        </ul>

        <h2 class=h2>"Reporting accessibility problems"</h2>
        <p class=p>"If you find a problem not listed on this page, or think we are not meeting accessibility requirements: " {contact}</p>
        <p class=p>"Say which page it was on, what you were trying to do, and which browser and assistive technology you use."</p>

        <h2 class=h2>"Enforcement procedure"</h2>
        <p class=p>"The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the "<a class="govuk-link" rel="noreferrer" href="https://www.equalityadvisoryservice.com/">"Equality Advisory and Support Service (EASS)"</a>"."</p>

        <h2 class=h2>"Technical information about this website’s accessibility"</h2>
        <p class=p>"We are committed to making Incident Desk accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."</p>
        <h3 class="govuk-heading-s">"Compliance status"</h3>
        <p class=p>"Incident Desk is partially compliant with the "<a class="govuk-link" rel="noreferrer" href="https://www.w3.org/TR/WCAG22/">"Web Content Accessibility Guidelines version 2.2"</a>" AA standard, due to the problems listed above. It uses GOV.UK Design System components and patterns throughout."</p>

        <h2 class=h2>"How we tested Incident Desk"</h2>
        <p class=p>{format!("It was last tested on {TESTED}, by the team that builds it, on every change:")}</p>
        <ul class=list>
            <li>"automated checks with axe-core, for WCAG 2.2 A and AA, on every page and in every state the end-to-end tests reach"</li>
            <li>"a whole incident, from triage to closing it, using only a keyboard"</li>
            <li>"every page at 320 pixels wide, for sideways scrolling"</li>
            <li>"the GOV.UK components’ markup, against GOV.UK Frontend’s own examples"</li>
        </ul>
        <p class=p>"It has not yet been tested by disabled people using assistive technology, or audited by an accessibility specialist. Until it has, we do not say it is fully compliant."</p>

        <h2 class=h2>"Preparation of this accessibility statement"</h2>
        <p class=p>{format!("This statement was prepared on {TESTED}. It was last reviewed on {TESTED}.")}</p>
    }
}
