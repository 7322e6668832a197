//! The report: the same document as the Markdown file, as a page to read,
//! download, copy or print.

use super::IncidentSession;
use crate::domain::safe_href;
use crate::report::{build, file_name, markdown, Block, Rich, Span};
use crate::ui::components::{BackLink, Button};
use crate::ui::platform::{copy_to_clipboard, download, print, select_text, set_page_title};
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let session = IncidentSession::get();
    let report = Memo::new(move |_| session.derive(build));
    let markdown_text = move || markdown(&report.get());
    let name =
        move |extension| session.derive(|incident, _, zone| file_name(incident, zone, extension));
    let problem = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| set_page_title(&report.with(|r| r.title.clone())));

    let download_json = move |_| {
        let state = crate::ui::state::AppState::get();
        let result = session
            .incident
            .with_untracked(|incident| crate::ui::export::export_incident(&state, incident));
        problem.set(
            result
                .err()
                .map(|e| format!("The browser did not save the file ({e}).")),
        );
    };
    let download_markdown = move |_| {
        let result = download(&name("md"), "text/markdown;charset=utf-8", &markdown_text());
        problem.set(
            result
                .err()
                .map(|e| format!("The browser did not save the file ({e}).")),
        );
    };
    let copy = move |_| {
        let text = markdown_text();
        leptos::task::spawn_local(async move {
            let done = copy_to_clipboard(text).await;
            copied.set(Some(done));
            if !done {
                request_animation_frame(|| select_text("report-markdown"));
            }
        });
    };
    let copy_feedback = move || {
        copied.get().map(|done| {
            if done {
                view! { <p class="govuk-body" role="status">"The Markdown is copied. Paste it into a file on your team drive."</p> }.into_any()
            } else {
                view! {
                    <p class="govuk-body" role="status">
                        "Your browser did not let Incident Desk copy it, so it is selected below. Press Ctrl and C (or Command and C on a Mac) to copy it."
                    </p>
                    <textarea class="govuk-textarea" id="report-markdown" aria-label="The report as Markdown" rows="10" readonly prop:value=markdown_text></textarea>
                }.into_any()
            }
        })
    };
    let overview = Route::Incident(session.id()).href();

    view! {
        <BackLink href=overview text="Back to the incident" />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds app-report">
                <span class="govuk-caption-l app-no-print">"Report"</span>
                <h1 class="govuk-heading-l app-user-text">{move || report.with(|r| r.title.clone())}</h1>
                <div class="govuk-button-group app-no-print">
                    <Button text="Download Markdown" button_type="button" on:click=download_markdown />
                    <Button text="Copy Markdown" button_type="button" classes="govuk-button--secondary" on:click=copy />
                    <Button text="Download JSON" button_type="button" classes="govuk-button--secondary" on:click=download_json />
                    <Button text="Print or save as PDF" button_type="button" classes="govuk-button--secondary" on:click=move |_| print() />
                </div>
                {move || problem.get().map(|text| view! { <p class="govuk-error-message">{text}</p> })}
                <div aria-live="polite" class="app-no-print">{copy_feedback}</div>
                {move || report.with(|r| r.blocks.iter().map(block).collect_view())}
            </div>
        </div>
    }
}

fn block(block: &Block) -> AnyView {
    match block {
        Block::Heading(2, text) => view! { <h2 class="govuk-heading-m">{text.clone()}</h2> }.into_any(),
        Block::Heading(_, text) => view! { <h3 class="govuk-heading-s">{text.clone()}</h3> }.into_any(),
        Block::Paragraph(text) => {
            view! { <p class="govuk-body app-user-text app-report__text">{text.clone()}</p> }.into_any()
        }
        Block::List(items) => view! {
            <ul class="govuk-list govuk-list--bullet">
                {items.iter().map(|item| view! { <li class="app-user-text">{rich(item)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Table { head, rows } => view! {
            <div class="app-table-container">
            <table class="govuk-table app-report__table">
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        {head.iter().map(|h| view! { <th scope="col" class="govuk-table__header">{*h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    {rows.iter().map(|row| view! {
                        <tr class="govuk-table__row">
                            {row.iter().map(|c| view! { <td class="govuk-table__cell app-user-text app-report__text">{rich(c)}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        }
        .into_any(),
    }
}

fn rich(spans: &Rich) -> impl IntoView {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => text.clone().into_any(),
            Span::Strong(text) => view! { <strong>{text.clone()}</strong> }.into_any(),
            Span::Link(url) => match safe_href(url) {
                Some(href) => {
                    view! { <a class="govuk-link" href=href.to_owned()>{url.clone()}</a> }
                        .into_any()
                }
                None => url.clone().into_any(),
            },
        })
        .collect_view()
}
