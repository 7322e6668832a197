//! The report: the same document as the files, as a page to read, copy
//! into Google Docs or Word, download or print.

use super::IncidentSession;
use crate::domain::safe_href;
use crate::report::{
    build, date_pieces, file_name, html_body, html_document, markdown, Block, RecordChanges,
    Report, ReportMeta, Rich, Span, TableKind,
};
use crate::ui::components::{
    BackLink, Button, RadioItem, Radios, Table, TableCell, TableHead, TableRow,
};
use crate::ui::pages::tags::security_tag;
use crate::ui::platform::{copy_document, download, print, select_text, set_page_title, Copied};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = AppState::get();
    let session = IncidentSession::get();
    let number = Memo::new(move |_| state.incident_number(&session.id()));
    let appendix = RwSignal::new(Some("appendix".to_owned()));
    let record_changes = move || match appendix.get().as_deref() {
        Some("left-out") => RecordChanges::LeftOut,
        _ => RecordChanges::Appendix,
    };
    // The page says when it was produced to the half minute; a file or a
    // copy says the minute it was made.
    let report_as_of = move |as_of: DateTime<Utc>| {
        let meta = ReportMeta {
            number: number.get(),
            as_of,
            record_changes: record_changes(),
        };
        session.derive(|incident, playbook, zone| build(incident, playbook, zone, &meta))
    };
    let report = Memo::new(move |_| report_as_of(state.clock.get()));
    let report_now = move || untrack(|| report_as_of(time::now()));
    let name =
        move |extension| session.derive(|incident, _, zone| file_name(incident, zone, extension));
    let problem = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<Copied>);
    let markdown_text = move || markdown(&report.get());
    Effect::new(move |_| set_page_title(&report.with(|r| r.title.clone())));

    let saved = move |result: Result<(), String>| {
        problem.set(
            result
                .err()
                .map(|e| format!("The browser did not save the file ({e}).")),
        );
    };
    let download_json = move |_| {
        saved(
            session
                .incident
                .with_untracked(|incident| crate::ui::export::export_incident(&state, incident)),
        )
    };
    let download_document = move |_| {
        let html = html_document(&report_now());
        let result = download(&name("html"), "text/html;charset=utf-8", &html);
        if result.is_ok() {
            crate::ui::export::note_download(&session.id());
        }
        saved(result);
    };
    let download_markdown = move |_| {
        let text = markdown(&report_now());
        let result = download(&name("md"), "text/markdown;charset=utf-8", &text);
        if result.is_ok() {
            crate::ui::export::note_download(&session.id());
        }
        saved(result);
    };
    // Once is enough: a second click while the first copy runs does nothing.
    let copying = RwSignal::new(false);
    let copy = move |_| {
        if copying.get_untracked() {
            return;
        }
        copying.set(true);
        let report = report_now();
        let html = html_body(&report);
        let text = markdown(&report);
        leptos::task::spawn_local(async move {
            let done = copy_document(&html, text).await;
            copied.set(Some(done));
            copying.set(false);
            if done == Copied::Refused {
                request_animation_frame(|| select_text("report-markdown"));
            }
        });
    };
    let copy_feedback = move || {
        copied.get().map(|done| match done {
            Copied::Document => view! { <p class="govuk-body" role="status">"The report is copied. Paste it into a Google Doc or a Word document: its headings, lists and tables come too."</p> }.into_any(),
            Copied::TextOnly => view! { <p class="govuk-body" role="status">"The report is copied as Markdown text, because your browser would not copy it as a document. To keep its headings and tables, download it as a document instead."</p> }.into_any(),
            Copied::Refused => {
                view! {
                    <p class="govuk-body" role="status">
                        "Your browser did not let Incident Desk copy it, so the report is selected below as Markdown. Press Ctrl and C (or Command and C on a Mac) to copy it."
                    </p>
                    <textarea class="govuk-textarea" id="report-markdown" aria-label="The report as Markdown" rows="10" readonly prop:value=markdown_text></textarea>
                }.into_any()
            }
        })
    };
    let overview = Route::Incident(session.id()).href();
    let options = Signal::derive(|| {
        vec![
            RadioItem::new("appendix", "In an appendix at the end"),
            RadioItem::new("left-out", "Left out"),
        ]
    });

    view! {
        <BackLink href=overview text="Back to the incident" />
        <div class="app-report">
            <span class="govuk-caption-l app-no-print">"Report"</span>
            <h1 class="govuk-heading-l app-user-text">{move || report.with(|r| r.title.clone())}</h1>
            {move || {
                let security = session.incident.with(|i| i.details.security_related);
                security.then(|| view! { <p class="govuk-body app-no-print">{security_tag(true)}</p> })
            }}
            <div class="govuk-button-group app-no-print">
                <Button text="Copy for Google Docs or Word" button_type="button" on:click=copy />
                <Button text="Download as a document" button_type="button" classes="govuk-button--secondary" on:click=download_document />
                <Button text="Download Markdown" button_type="button" classes="govuk-button--secondary" on:click=download_markdown />
                <Button text="Download JSON" button_type="button" classes="govuk-button--secondary" on:click=download_json />
                <Button text="Print or save as PDF" button_type="button" classes="govuk-button--secondary" on:click=move |_| print() />
            </div>
            <p class="govuk-body app-no-print app-report__prose">
                "The document is an HTML file: Google Drive turns it into a Google Doc when you upload it with “Convert uploads” turned on, and Word opens it as it is."
            </p>
            {move || problem.get().map(|text| view! { <p class="govuk-error-message">{text}</p> })}
            <div aria-live="polite" class="app-no-print">{copy_feedback}</div>
            <div class="app-no-print">
                <Radios
                    name="record-changes"
                    id_prefix="record-changes"
                    legend="Changes to the record, such as details added, roles given and the review updated"
                    legend_classes="govuk-fieldset__legend--s"
                    hint="The timeline tells the story either way, and the JSON keeps every change."
                    classes="govuk-radios--small govuk-radios--inline"
                    items=options
                    value=appendix
                />
            </div>
            {move || report.with(blocks)}
        </div>
    }
}

fn blocks(report: &Report) -> impl IntoView {
    report.blocks.iter().map(block).collect_view()
}

fn block(block: &Block) -> AnyView {
    match block {
        Block::Heading(2, text) => view! { <h2 class="govuk-heading-m">{text.clone()}</h2> }.into_any(),
        Block::Heading(_, text) => view! { <h3 class="govuk-heading-s">{text.clone()}</h3> }.into_any(),
        Block::Paragraph(text) => view! {
            <p class="govuk-body app-user-text app-report__text app-report__prose">{text.clone()}</p>
        }
        .into_any(),
        Block::List(items) => view! {
            <ul class="govuk-list govuk-list--bullet app-report__prose">
                {items.iter().map(|item| view! { <li class="app-user-text">{rich(item)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Table { kind: TableKind::Actions, head, rows } => view! {
            {table("app-report__table app-report__actions-table", head, rows)}
            <div class="app-report__action-cards">{rows.iter().map(|row| action_card(head, row)).collect_view()}</div>
        }
        .into_any(),
        Block::Table { kind: TableKind::Timeline, head, rows } => {
            table("app-report__table app-report__table--timeline", head, rows).into_any()
        }
    }
}

fn table(classes: &'static str, head: &[&'static str], rows: &[Vec<Rich>]) -> impl IntoView {
    let head = head.iter().copied().map(TableHead::new).collect();
    let rows = rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|c| {
                    let text = rich(c);
                    view! { <TableCell classes="app-report__text">{text}</TableCell> }
                })
                .collect_view();
            view! { <TableRow>{cells}</TableRow> }
        })
        .collect_view();
    view! { <Table classes head>{rows}</Table> }
}

/// An action as a GOV.UK summary card, for screens too narrow for the table.
fn action_card(head: &[&'static str], row: &[Rich]) -> impl IntoView {
    let title = row.first().map(rich);
    let rows = head
        .iter()
        .zip(row)
        .skip(1)
        .map(|(key, value)| {
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{*key}</dt>
                    <dd class="govuk-summary-list__value">{rich(value)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h3 class="govuk-summary-card__title app-user-text">{title}</h3>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">{rows}</dl>
            </div>
        </div>
    }
}

fn rich(spans: &Rich) -> impl IntoView {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => running_text(text).into_any(),
            Span::Strong(text) => view! { <strong>{text.clone()}</strong> }.into_any(),
            Span::Unbroken(text) => {
                view! { <span class="app-unbroken">{text.clone()}</span> }.into_any()
            }
            Span::Link(url) => match safe_href(url) {
                Some(href) => {
                    view! { <a class="govuk-link" href=href.to_owned()>{at_slashes(url)}</a> }
                        .into_any()
                }
                None => url.clone().into_any(),
            },
        })
        .collect_view()
}

/// Text with each date in it kept on one line, and an address pasted into
/// a note free to wrap at its slashes, as links do.
fn running_text(text: &str) -> impl IntoView {
    date_pieces(text)
        .into_iter()
        .map(|(piece, date)| match date {
            true => view! { <span class="app-unbroken">{piece.to_owned()}</span> }.into_any(),
            false if piece.contains('/') => at_slashes(piece).into_any(),
            false => piece.to_owned().into_any(),
        })
        .collect_view()
}

/// A long address, free to wrap after each slash and nowhere else.
fn at_slashes(url: &str) -> impl IntoView {
    let parts: Vec<String> = url.split_inclusive('/').map(str::to_owned).collect();
    parts
        .into_iter()
        .map(|part| view! { {part}<wbr /> })
        .collect_view()
}
