//! The pages the register does not need.

use super::Loaded;
use crate::domain::{IncidentId, TriageAnswers};
use crate::ui::pages::{
    AccessibilityPage, DeclarePage, ImportPage, IncidentPage, NotAnIncidentPage, RecoverPage,
    SettingsPage, Shown, TeamFolderPage, TriagePage, TriageResultPage,
};
use leptos::prelude::*;

split! {
    pub fn settings() -> Loaded {
        Ok(view! { <SettingsPage /> }.into_any())
    }

    pub fn import() -> Loaded {
        Ok(view! { <ImportPage /> }.into_any())
    }

    pub fn team_folder() -> Loaded {
        Ok(view! { <TeamFolderPage /> }.into_any())
    }

    pub fn recover() -> Loaded {
        Ok(view! { <RecoverPage /> }.into_any())
    }

    pub fn accessibility() -> Loaded {
        Ok(view! { <AccessibilityPage /> }.into_any())
    }

    pub fn triage(answers: Option<TriageAnswers>) -> Loaded {
        Ok(view! { <TriagePage answers /> }.into_any())
    }

    pub fn triage_result(answers: TriageAnswers) -> Loaded {
        Ok(view! { <TriageResultPage answers /> }.into_any())
    }

    pub fn not_an_incident(answers: TriageAnswers) -> Loaded {
        Ok(view! { <NotAnIncidentPage answers /> }.into_any())
    }

    pub fn declare(triage: Option<TriageAnswers>) -> Loaded {
        Ok(view! { <DeclarePage triage /> }.into_any())
    }

    pub fn incident(id: IncidentId, page: Shown) -> Loaded {
        Ok(view! { <IncidentPage id page /> }.into_any())
    }
}
