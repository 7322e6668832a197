//! The register: every incident saved in this browser, by year, with
//! filters, a search, the year's figures, and a full export.

mod export;
mod figures;
mod table;

use super::{ProcessReviewBanner, StorageMeter, TeamFolderStatus};
use crate::domain::{IncidentId, Severity, Status};
use crate::report::{years, Summary};
use crate::store::{IndexEntry, IndexLoad, StoreError};
use crate::ui::components::{Input, LinkButton, NotificationBanner, Select, SelectItem, Tag};
use crate::ui::lazy::work::read_register;
use crate::ui::platform::{open_store, set_page_title};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::time;
use leptos::prelude::*;

/// The register as read from storage, with this tab's unsaved changes.
#[derive(Clone, Default, PartialEq)]
struct Listing {
    load: IndexLoad,
    problem: Option<String>,
    unsaved: Vec<IncidentId>,
}

/// What repairing the register did, to tell the person.
#[derive(Clone, Default, PartialEq)]
struct Repair {
    damaged_index_kept_at: Option<String>,
    index_not_saved: Option<StoreError>,
}

impl Listing {
    /// The register from the index alone when it lists every incident; else
    /// from `full`, the read of every incident (from a chunk, once loaded).
    fn read(state: AppState, full: Option<Result<IndexLoad, StoreError>>, repair: Repair) -> Self {
        let unsaved = state.unsaved_entries();
        let unsaved_ids = unsaved.iter().map(|e| e.id.clone()).collect();
        let read = match open_store().read_index_only() {
            Ok(Some(load)) => Ok(load),
            Ok(None) => full.unwrap_or_else(|| Ok(IndexLoad::default())),
            Err(error) => Err(error),
        };
        let (mut load, problem) = match read {
            Ok(load) => (load, None),
            Err(error) => (IndexLoad::default(), Some(error.to_string())),
        };
        load.damaged_index_kept_at = repair.damaged_index_kept_at;
        load.index_not_saved = load.index_not_saved.or(repair.index_not_saved);
        load.overlay(unsaved);
        Self {
            load,
            problem,
            unsaved: unsaved_ids,
        }
    }

    fn incidents(&self) -> impl Iterator<Item = &IndexEntry> {
        self.load
            .entries
            .iter()
            .filter(|e| e.status != Status::NotAnIncident)
    }
}

pub fn summary(entry: &IndexEntry) -> Summary {
    Summary {
        started_at: entry.started_at,
        declared_at: entry.declared_at,
        resolved_at: entry.resolved_at,
        severity: entry.severity,
        status: entry.status,
        open_actions: entry.open_actions,
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    set_page_title("Incidents");
    let state = AppState::get();
    let flash = state.flash.get_untracked();
    state.flash.set(None);
    // Another tab declared or changed an incident: list it without a reload.
    let changes = RwSignal::new(0u32);
    let listener = window_event_listener(leptos::ev::storage, move |_| changes.update(|n| *n += 1));
    on_cleanup(move || listener.remove());
    // When the index alone cannot list every incident, they are read from a
    // chunk: the first time, repairing the index (a damaged one kept and
    // rebuilt, missing rows added), so that drawing it later only reads.
    let repair = RwSignal::new(None::<Repair>);
    let full = LocalResource::new(move || {
        changes.track();
        state.team.arrived.track();
        let needed = matches!(open_store().read_index_only(), Ok(None));
        let repairing = repair.with_untracked(Option::is_none);
        async move {
            if !needed {
                return None;
            }
            let read = read_register(repairing).await.ok()?;
            if repairing {
                let notes = read.as_ref().map_or_else(
                    |_| Repair::default(),
                    |load| Repair {
                        damaged_index_kept_at: load.damaged_index_kept_at.clone(),
                        index_not_saved: load.index_not_saved.clone(),
                    },
                );
                repair.set(Some(notes));
            }
            Some(read)
        }
    });
    let listing = Memo::new(move |_| {
        changes.track();
        // Or a teammate's change arrived through the team folder.
        state.team.arrived.track();
        // This tab's unsaved incidents are listed too.
        state.unsaved_entries();
        let full = full.get().flatten();
        Listing::read(state, full, repair.get().unwrap_or_default())
    });

    // Bumped by each export, so the reminder reads the date again.
    let exported = RwSignal::new(0u32);
    let search = RwSignal::new(String::new());
    let status = RwSignal::new(ALL.to_owned());
    let severity = RwSignal::new(ALL.to_owned());
    // Empty until a year is chosen: then the newest year with incidents.
    let year_value = RwSignal::new(String::new());
    // Memos: every row's filter asks for the year, and working out the years
    // reads every incident's start in the team's zone.
    let zone_years = Memo::new(move |_| {
        let zone = state.team_zone();
        listing.with(|l| years(&l.incidents().map(summary).collect::<Vec<_>>(), &zone))
    });
    let year = Signal::from(Memo::new(move |_| {
        year_value
            .with(|v| v.parse().ok())
            .or_else(|| zone_years.with(|years| years.first().copied()))
    }));

    let has_incidents = move || listing.with(|l| l.incidents().next().is_some());
    let start = view! {
        <LinkButton text="Something is wrong" href=Route::Triage(None).href() is_start_button=true />
        <p class="govuk-body">
            "Already sure it is an incident? "
            <a class="govuk-link" href=Route::Declare(None).href()>"Skip triage and declare it"</a>
        </p>
    };

    let year_items = move || {
        zone_years
            .get()
            .into_iter()
            .map(|y| SelectItem {
                value: y.to_string(),
                text: y.to_string(),
            })
            .collect::<Vec<_>>()
    };

    view! {
        {flash.map(|text| view! { <NotificationBanner text success=true /> })}
        <h1 class="govuk-heading-xl">"Incidents"</h1>
        <ListingBanners listing />
        <TeamFolderStatus offer=true />
        <export::ExportReminder incidents=Signal::derive(move || listing.with(|l| l.incidents().map(|e| e.id.clone()).collect())) exported />
        {move || (!has_incidents()).then(|| view! {
            <p class="govuk-body">"No incidents have been recorded in this browser yet."</p>
            <p class="govuk-body">
                "When something unexpected stops people using your service, puts users’ or your team’s "
                "security at risk, or could harm trust in the service, start here. A few questions help "
                "you decide whether it is an incident, then the app guides you through the response."
            </p>
            <p class="govuk-body">
                "Moving from another browser, or joining a teammate’s incident? "
                <a class="govuk-link" href=Route::Import.href()>"Import an export file"</a>
            </p>
        })}
        {start}
        <ProcessReviewBanner />
        <Show when=has_incidents>
            <div class="app-filters">
                <Input id="search" name="search" label="Search titles and summaries" classes="govuk-!-width-two-thirds" value=search />
                <Select id="status-filter" name="status" label="Status" items=status_items() value=status />
                <Select id="severity-filter" name="severity" label="Severity" items=severity_items() value=severity />
                {move || view! { <Select id="year" name="year" label="Year" items=year_items() value=year_value /> }}
            </div>
            <table::IncidentTable listing year search status severity />
            <figures::YearFigures listing year />
            <export::ExportEverything exported />
        </Show>
        <NotIncidents listing />
        <StorageMeter />
    }
}

/// What reading the register found wrong, and what was done about it.
#[component]
fn ListingBanners(listing: Memo<Listing>) -> impl IntoView {
    move || {
        listing.with(|listing| {
            let problem = listing
                .problem
                .clone()
                .map(|text| view! { <NotificationBanner text /> });
            let repaired = listing.load.damaged_index_kept_at.clone().map(|key| {
                view! {
                    <NotificationBanner
                        text="The list of incidents was damaged, so it has been rebuilt from the saved incidents."
                        title_id="index-repaired-title"
                    >
                        <p class="govuk-body">"The damaged copy is kept in this browser’s storage under “" {key} "”."</p>
                    </NotificationBanner>
                }
            });
            let unreadable = (!listing.load.unreadable.is_empty()).then(|| {
                let count = listing.load.unreadable.len();
                let text = match count {
                    1 => "1 saved value cannot be read.".to_owned(),
                    n => format!("{n} saved values cannot be read."),
                };
                view! {
                    <NotificationBanner text title_id="unreadable-title">
                        <p class="govuk-body">
                            "They have been left untouched. "
                            <a class="govuk-link" href=Route::Recover.href()>"Recover data"</a>
                            " shows each one, why it cannot be read, and lets you download it."
                        </p>
                    </NotificationBanner>
                }
            });
            let index_problem = listing.load.index_not_saved.clone().map(|error| view! {
                <NotificationBanner text="The list of incidents was rebuilt, but could not be saved." title_id="index-not-saved-title">
                    <p class="govuk-body">{error.to_string()}</p>
                    <p class="govuk-body">"Every incident is listed. Export your incidents, then delete ones you no longer need to free space."</p>
                </NotificationBanner>
            });
            let too_new = listing.load.index_too_new.map(|version| view! {
                <NotificationBanner text="The list of incidents was saved by a newer version of Incident Desk." title_id="index-too-new-title">
                    <p class="govuk-body">{format!("It is in format {version}, so it has been left as it is, and these incidents are listed from their own saved data. Changes cannot be saved until you open Incident Desk in its newer version.")}</p>
                </NotificationBanner>
            });
            view! { {problem} {repaired} {unreadable} {index_problem} {too_new} }
        })
    }
}

/// Triages that found it was not an incident, kept so they can be found.
#[component]
fn NotIncidents(listing: Memo<Listing>) -> impl IntoView {
    move || {
        listing.with(|listing| {
            let records: Vec<_> = listing
                .load
                .entries
                .iter()
                .filter(|e| e.status == Status::NotAnIncident)
                .map(|entry| {
                    let saved = !listing.unsaved.contains(&entry.id);
                    view! {
                        <li>
                            <a class="govuk-link app-user-text" href=Route::Incident(entry.id.clone()).href()>{entry.title.clone()}</a>
                            {format!(" ({})", time::date_and_time(entry.declared_at))}
                            {(!saved).then(|| view! { " " <Tag text="Not saved" classes="govuk-tag--red" /> })}
                        </li>
                    }
                })
                .collect();
            (!records.is_empty()).then(|| view! {
                <h2 class="govuk-heading-m">"Looked at, and not incidents"</h2>
                <ul class="govuk-list">{records}</ul>
            })
        })
    }
}

fn status_items() -> Vec<SelectItem> {
    std::iter::once(SelectItem {
        value: ALL.into(),
        text: "All statuses".into(),
    })
    .chain(
        Status::ALL
            .iter()
            .filter(|s| !matches!(s, Status::Triage | Status::NotAnIncident))
            .map(|s| SelectItem {
                value: s.key().into(),
                text: s.label().into(),
            }),
    )
    .collect()
}

fn severity_items() -> Vec<SelectItem> {
    std::iter::once(SelectItem {
        value: ALL.into(),
        text: "All severities".into(),
    })
    .chain(Severity::ALL.iter().map(|s| SelectItem {
        value: s.label().into(),
        text: s.label().into(),
    }))
    .chain(std::iter::once(SelectItem {
        value: NOT_SET.into(),
        text: "Not decided".into(),
    }))
    .collect()
}

const ALL: &str = "all";
const NOT_SET: &str = "none";
