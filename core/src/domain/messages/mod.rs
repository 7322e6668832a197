//! The messages a team sends during an incident, written from the incident
//! and the playbook so nobody has to compose them at 2 a.m. Each says where
//! the incident stands now: what is happening or what fixed it, what is
//! left, and whether more updates will come. Plain text: people check and
//! paste them into Slack or email themselves.

mod email;
mod github;
mod lines;
mod team;
mod users;

pub use email::{percent_encode, stakeholder_email, Email};
pub use github::{issue_body, new_issue_link, IssueLink, URL_LIMIT};
pub use team::team_message;
pub use users::user_message;
