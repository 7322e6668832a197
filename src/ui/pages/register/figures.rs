//! The chosen year in figures, and a chart of incidents by month drawn by
//! the app, with the same figures in a table for people who cannot see it.

use super::{summary, Listing};
use crate::domain::text::duration;
use crate::report::{year_figures, YearFigures, LEVELS};
use crate::ui::components::{SummaryList, SummaryRow, Table, TableCell, TableHead, TableRow};
use crate::ui::state::AppState;
use leptos::prelude::*;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn level_name(index: usize) -> &'static str {
    ["P1", "P2", "P3", "P4", "Not decided"][index]
}

/// Bars are outlined so every colour, yellow too, stands out from the page.
const OUTLINE: &str = "#0b0c0c";

/// GOV.UK colours, as the severity tags use them.
fn level_colour(index: usize) -> &'static str {
    ["#d4351c", "#f47738", "#ffdd00", "#1d70b8", "#b1b4b6"][index]
}

#[component]
pub fn YearFigures(listing: Memo<Listing>, year: Signal<Option<i32>>) -> impl IntoView {
    let state = AppState::get();
    move || {
        let year = year.get()?;
        let zone = state.team_zone();
        let figures = listing.with(|l| {
            let summaries: Vec<_> = l.incidents().map(summary).collect();
            year_figures(&summaries, year, &zone)
        });
        Some(view! {
            <h2 class="govuk-heading-m">{format!("{year} in figures")}</h2>
            {facts(&figures)}
            {chart(&figures)}
            {month_table(&figures)}
        })
    }
}

fn facts(figures: &YearFigures) -> impl IntoView {
    let or_none = |d: Option<chrono::Duration>| d.map_or("None resolved yet".to_owned(), duration);
    let by_severity = LEVELS
        .iter()
        .enumerate()
        .filter(|(i, _)| figures.by_severity[*i] > 0)
        .map(|(i, _)| format!("{}: {}", level_name(i), figures.by_severity[i]))
        .collect::<Vec<_>>()
        .join(", ");
    let rows = vec![
        SummaryRow::new("Incidents", figures.incidents.to_string()),
        SummaryRow::new("By severity", by_severity),
        SummaryRow::new(
            "Median time to declare",
            figures
                .median_time_to_declare
                .map_or_else(String::new, duration),
        ),
        SummaryRow::new("Median time to fix", or_none(figures.median_time_to_fix)),
        SummaryRow::new("Actions still open", figures.open_actions.to_string()),
    ];
    view! { <SummaryList rows /> }
}

/// Bars for the months, stacked by severity, most severe at the bottom.
/// Whole-number coordinates: the chart needs no more precision than that.
fn chart(figures: &YearFigures) -> impl IntoView {
    const WIDTH: usize = 600;
    const HEIGHT: usize = 220;
    const LEFT: usize = 36;
    const BASELINE: usize = HEIGHT - 20;
    const TALLEST: usize = BASELINE - 10;
    let step = (WIDTH - LEFT) / 12;
    let most = figures
        .by_month
        .iter()
        .map(|m| m.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let bars = figures
        .by_month
        .iter()
        .enumerate()
        .flat_map(|(month, counts)| {
            let x = LEFT + step * month + step / 8;
            let mut stacked = 0;
            counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(level, n)| {
                    let bottom = BASELINE - stacked * TALLEST / most;
                    stacked += n;
                    let top = BASELINE - stacked * TALLEST / most;
                    view! {
                        <rect x=x.to_string() y=top.to_string() width=(step * 3 / 4).to_string() height=(bottom - top).to_string() fill=level_colour(level) stroke=OUTLINE />
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect_view();
    let labels = MONTHS
        .iter()
        .enumerate()
        .map(|(month, name)| {
            let x = LEFT + step * month + step / 2;
            view! { <text x=x.to_string() y=(HEIGHT - 4).to_string() text-anchor="middle" font-size="12">{*name}</text> }
        })
        .collect_view();
    let axis = view! {
        <text x="0" y=(BASELINE - TALLEST + 4).to_string() font-size="12">{most.to_string()}</text>
        <text x="0" y=BASELINE.to_string() font-size="12">"0"</text>
    };
    let key = (0..5)
        .map(|level| {
            view! {
                <li class="app-chart__key-item">
                    <svg width="14" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="13" height="13" fill=level_colour(level) stroke=OUTLINE /></svg>
                    " " {level_name(level)}
                </li>
            }
        })
        .collect_view();
    let label = format!(
        "Incidents in {} by month, stacked by severity. The table below gives the same figures.",
        figures.year
    );
    view! {
        <figure class="app-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label focusable="false">
                {axis}
                {bars}
                {labels}
            </svg>
            <ul class="govuk-list app-chart__key">{key}</ul>
        </figure>
    }
}

fn month_table(figures: &YearFigures) -> impl IntoView {
    let rows = figures
        .by_month
        .iter()
        .enumerate()
        .map(|(month, counts)| {
            let total = counts.iter().sum::<usize>().to_string();
            let cells = counts
                .iter()
                .map(|n| {
                    let count = n.to_string();
                    view! { <TableCell numeric=true>{count}</TableCell> }
                })
                .collect_view();
            view! {
                <TableRow>
                    <TableCell row_header=true>{MONTHS[month]}</TableCell>
                    {cells}
                    <TableCell numeric=true>{total}</TableCell>
                </TableRow>
            }
        })
        .collect_view();
    let head = std::iter::once(TableHead::new("Month"))
        .chain((0..5).map(|level| TableHead::numeric(level_name(level))))
        .chain(std::iter::once(TableHead::numeric("All")))
        .collect();
    view! {
        <div class="app-table-container">
            <Table
                caption=format!("Incidents in {} by month and severity", figures.year)
                caption_classes="govuk-table__caption--s"
                classes="app-compact-table"
                head
            >
                {rows}
            </Table>
        </div>
    }
}
