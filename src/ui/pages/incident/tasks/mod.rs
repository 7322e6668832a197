//! One page per response task, each in the task frame.

mod actions;
mod close;
mod reference;
mod report;
mod resolve;
mod review;
mod sent;
mod severity;
mod skip;
mod stakeholders;
mod status;
mod tackle;
mod team;
mod tell_team;
mod users;

use super::frame::TaskFrame;
use crate::domain::Task;
use leptos::prelude::*;

pub fn page(task: Task) -> AnyView {
    let body = move || match task {
        Task::TellTeam | Task::TellTeamMitigated | Task::TellTeamResolved => {
            view! { <tell_team::TellTeamTask task /> }.into_any()
        }
        Task::FormTeam => view! { <team::TeamTask /> }.into_any(),
        Task::StartReport => view! { <report::ReportTask /> }.into_any(),
        Task::DecideSeverity => view! { <severity::SeverityTask /> }.into_any(),
        Task::InformStakeholders
        | Task::InformStakeholdersMitigated
        | Task::InformStakeholdersResolved => {
            view! { <stakeholders::StakeholdersTask task /> }.into_any()
        }
        Task::DecideUserComms => view! { <users::UsersTask /> }.into_any(),
        Task::TellUsersMitigated | Task::TellUsersResolved => {
            view! { <users::TellUsersAgain task /> }.into_any()
        }
        Task::Tackle => view! { <tackle::TackleTask /> }.into_any(),
        Task::ConfirmResolved => view! { <resolve::ResolveTask /> }.into_any(),
        Task::HoldReview => view! { <review::ReviewTask /> }.into_any(),
        Task::FileActions => view! { <actions::ActionsTask /> }.into_any(),
        Task::Close => view! { <close::CloseTask /> }.into_any(),
    };
    view! { <TaskFrame task>{body()}</TaskFrame> }.into_any()
}
