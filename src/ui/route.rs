//! Routes live in the URL hash (`#/incidents/…`), so deep links and reloads
//! work on any static host, at its root or under a sub-path, with no rewrites.

use crate::domain::IncidentId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Register,
    Declare,
    Incident(IncidentId),
    EditDetails(IncidentId),
    NotFound,
}

impl Route {
    /// Reads `location.hash`, with or without its leading `#`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Register,
            ["incidents", "new"] => Route::Declare,
            ["incidents", id] => IncidentId::parse(id).map_or(Route::NotFound, Route::Incident),
            ["incidents", id, "details"] => {
                IncidentId::parse(id).map_or(Route::NotFound, Route::EditDetails)
            }
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Register | Route::NotFound => "#/".to_owned(),
            Route::Declare => "#/incidents/new".to_owned(),
            Route::Incident(id) => format!("#/incidents/{id}"),
            Route::EditDetails(id) => format!("#/incidents/{id}/details"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_own_link() {
        let id = IncidentId::parse("20260314-0915-00ff").unwrap();
        for route in [
            Route::Register,
            Route::Declare,
            Route::Incident(id.clone()),
            Route::EditDetails(id),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn an_empty_hash_is_the_register_and_unknown_paths_are_not_found() {
        assert_eq!(Route::parse(""), Route::Register);
        assert_eq!(Route::parse("#"), Route::Register);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/incidents/bad id"), Route::NotFound);
    }
}
