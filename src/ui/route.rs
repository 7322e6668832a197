//! Routes live in the URL hash (`#/incidents/…`), so deep links and reloads
//! work on any static host, at its root or under a sub-path, with no rewrites.
//! Triage answers travel in the hash's query, so a reload keeps them.

use crate::domain::{IncidentId, Task, TriageAnswers, TriageSignal, Urgency};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Register,
    /// “Is this an incident?”, with earlier answers when coming back.
    Triage(Option<TriageAnswers>),
    TriageResult(TriageAnswers),
    NotAnIncident(TriageAnswers),
    /// The declare form, with the triage answers unless triage was skipped.
    Declare(Option<TriageAnswers>),
    Incident(IncidentId),
    Task(IncidentId, Task),
    /// The incident's report, to download, copy or print.
    Report(IncidentId),
    /// The team's playbook.
    Settings,
    /// Importing a file of incidents.
    Import,
    /// The folder on the team drive that everyone's copies meet in.
    TeamFolder,
    /// Saved values the app cannot use, to download or delete.
    Recover,
    AccessibilityStatement,
    NotFound,
}

/// Each task's page, under its incident: `#/incidents/<id>/<slug>`.
fn slug(task: Task) -> &'static str {
    match task {
        Task::TellTeam => "tell-the-team",
        Task::FormTeam => "team",
        Task::StartReport => "details",
        Task::DecideSeverity => "severity",
        Task::InformStakeholders => "stakeholders",
        Task::DecideUserComms => "users",
        Task::Tackle => "tackle",
        Task::TellTeamMitigated => "tell-the-team-mitigated",
        Task::InformStakeholdersMitigated => "stakeholders-mitigated",
        Task::TellUsersMitigated => "users-mitigated",
        Task::ConfirmResolved => "resolve",
        Task::TellTeamResolved => "tell-the-team-resolved",
        Task::InformStakeholdersResolved => "stakeholders-resolved",
        Task::TellUsersResolved => "users-resolved",
        Task::HoldReview => "review",
        Task::FileActions => "actions",
        Task::Close => "close",
    }
}

impl Route {
    /// Reads `location.hash`, with or without its leading `#`.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let answers = parse_answers(query);
        let id = |text: &str| IncidentId::parse(text).ok();
        match parts.as_slice() {
            [] => Route::Register,
            ["settings"] => Route::Settings,
            ["import"] => Route::Import,
            ["team-folder"] => Route::TeamFolder,
            ["recover"] => Route::Recover,
            ["accessibility"] => Route::AccessibilityStatement,
            ["triage"] => Route::Triage(answers),
            ["triage", "result"] => answers.map_or(Route::Triage(None), Route::TriageResult),
            ["triage", "not-an-incident"] => {
                answers.map_or(Route::Triage(None), Route::NotAnIncident)
            }
            ["incidents", "new"] => Route::Declare(answers),
            ["incidents", text] => id(text).map_or(Route::NotFound, Route::Incident),
            ["incidents", text, "report"] => id(text).map_or(Route::NotFound, Route::Report),
            ["incidents", text, page] => {
                match (id(text), Task::ALL.into_iter().find(|t| slug(*t) == *page)) {
                    (Some(id), Some(task)) => Route::Task(id, task),
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The incident whose pages this is, if any.
    pub fn incident(&self) -> Option<&IncidentId> {
        match self {
            Route::Incident(id) | Route::Task(id, _) | Route::Report(id) => Some(id),
            _ => None,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Register | Route::NotFound => "#/".to_owned(),
            Route::Triage(answers) => with_answers("#/triage", answers.as_ref()),
            Route::TriageResult(answers) => with_answers("#/triage/result", Some(answers)),
            Route::NotAnIncident(answers) => {
                with_answers("#/triage/not-an-incident", Some(answers))
            }
            Route::Declare(answers) => with_answers("#/incidents/new", answers.as_ref()),
            Route::Incident(id) => format!("#/incidents/{id}"),
            Route::Task(id, task) => format!("#/incidents/{id}/{}", slug(*task)),
            Route::Report(id) => format!("#/incidents/{id}/report"),
            Route::Settings => "#/settings".to_owned(),
            Route::Import => "#/import".to_owned(),
            Route::TeamFolder => "#/team-folder".to_owned(),
            Route::Recover => "#/recover".to_owned(),
            Route::AccessibilityStatement => "#/accessibility".to_owned(),
        }
    }
}

fn with_answers(path: &str, answers: Option<&TriageAnswers>) -> String {
    match answers {
        None => path.to_owned(),
        Some(answers) => {
            let signals: Vec<&str> = answers.signals.iter().map(|s| s.key()).collect();
            format!(
                "{path}?signals={}&urgency={}",
                signals.join(","),
                answers.urgency.key()
            )
        }
    }
}

/// `signals=security,unusable&urgency=now`. Anything unrecognised means no answers.
fn parse_answers(query: &str) -> Option<TriageAnswers> {
    let mut signals = Vec::new();
    let mut urgency = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=')? {
            ("signals", list) => {
                for key in list.split(',').filter(|k| !k.is_empty()) {
                    signals.push(TriageSignal::from_key(key)?);
                }
            }
            ("urgency", key) => urgency = Some(Urgency::from_key(key)?),
            _ => return None,
        }
    }
    Some(TriageAnswers::new(signals, urgency?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_own_link() {
        let id = IncidentId::parse("20260314-0915-00ff").unwrap();
        let answers = TriageAnswers::new(
            [TriageSignal::SecurityRisk, TriageSignal::ReputationRisk],
            Urgency::NotSure,
        );
        let none_ticked = TriageAnswers::new([], Urgency::CanWait);
        let mut routes = vec![
            Route::Register,
            Route::Triage(None),
            Route::Triage(Some(answers.clone())),
            Route::TriageResult(answers.clone()),
            Route::TriageResult(none_ticked.clone()),
            Route::NotAnIncident(none_ticked),
            Route::Declare(None),
            Route::Declare(Some(answers)),
            Route::Incident(id.clone()),
            Route::Report(id.clone()),
            Route::Settings,
            Route::Import,
            Route::TeamFolder,
            Route::Recover,
            Route::AccessibilityStatement,
        ];
        routes.extend(Task::ALL.map(|task| Route::Task(id.clone(), task)));
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn an_empty_hash_is_the_register_and_unknown_paths_are_not_found() {
        assert_eq!(Route::parse(""), Route::Register);
        assert_eq!(Route::parse("#"), Route::Register);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/incidents/bad id"), Route::NotFound);
        assert_eq!(
            Route::parse("#/incidents/20260314-0915-00ff/nope"),
            Route::NotFound
        );
    }

    #[test]
    fn a_triage_result_without_valid_answers_goes_back_to_the_questions() {
        assert_eq!(Route::parse("#/triage/result"), Route::Triage(None));
        assert_eq!(
            Route::parse("#/triage/result?signals=hacked&urgency=now"),
            Route::Triage(None)
        );
        assert_eq!(
            Route::parse("#/incidents/new?urgency=soon"),
            Route::Declare(None)
        );
    }

    #[test]
    fn the_details_page_keeps_its_earlier_address() {
        let id = IncidentId::parse("20260314-0915-00ff").unwrap();
        assert_eq!(
            Route::parse("#/incidents/20260314-0915-00ff/details"),
            Route::Task(id, Task::StartReport)
        );
    }
}
