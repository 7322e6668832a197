//! The incident and the one place it changes: [`Incident::apply`].

use super::command::{Command, Context, Declaration};
use super::error::{invalid_if_any, CommandError, FieldError};
use super::ids::{EntryId, IncidentId};
use super::moment::MomentProblem;
use super::role::{Role, RoleAssignment};
use super::severity::Severity;
use super::status::Status;
use super::timeline::{EntryKind, EntryRevision, TimelineEntry};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Version of the stored and exported incident format. Bump it, with a
/// migration, whenever a stored field changes meaning or shape.
pub const SCHEMA_VERSION: u32 = 1;

pub const TITLE_MAX: usize = 150;
pub const TEXT_MAX: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    pub schema_version: u32,
    pub id: IncidentId,
    pub details: Declaration,
    pub status: Status,
    pub severity: Option<Severity>,
    pub reporter: String,
    pub declared_at: DateTime<Utc>,
    pub roles: Vec<RoleAssignment>,
    pub timeline: Vec<TimelineEntry>,
    /// Bumped by every applied command; lets storage and other tabs tell versions apart.
    pub revision: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Incident {
    /// Declares a new incident: the `Declare` command applied to a blank record.
    pub fn declare(
        id: IncidentId,
        declaration: Declaration,
        ctx: &Context,
    ) -> Result<Incident, CommandError> {
        let mut incident = Incident {
            schema_version: SCHEMA_VERSION,
            id,
            details: declaration.clone(),
            status: Status::Active,
            severity: None,
            reporter: String::new(),
            declared_at: ctx.now,
            roles: Vec::new(),
            timeline: Vec::new(),
            revision: 0,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        incident.apply(Command::Declare(declaration), ctx)?;
        Ok(incident)
    }

    pub fn title(&self) -> &str {
        &self.details.title
    }

    /// Whether commands can still change it: a closed incident is final.
    pub fn is_changeable(&self) -> bool {
        self.status != Status::Closed
    }

    /// Who holds `role`, if anyone.
    pub fn holder(&self, role: &Role) -> Option<&RoleAssignment> {
        self.roles.iter().find(|a| a.role.same_as(role))
    }

    /// Extra roles beyond the two every incident needs, in the order they were added.
    pub fn extra_roles(&self) -> impl Iterator<Item = &RoleAssignment> {
        self.roles
            .iter()
            .filter(|a| !Role::REQUIRED.iter().any(|r| r.same_as(&a.role)))
    }

    /// The timeline as people read it: latest event first.
    pub fn timeline_newest_first(&self) -> Vec<&TimelineEntry> {
        let mut entries: Vec<&TimelineEntry> = self.timeline.iter().collect();
        entries.sort_by(|a, b| b.occurred_at.cmp(&a.occurred_at).then(b.id.cmp(&a.id)));
        entries
    }

    /// Applies one command: checks the rules, changes the incident, records the
    /// change on the timeline and bumps the revision. On error nothing changes.
    pub fn apply(&mut self, command: Command, ctx: &Context) -> Result<(), CommandError> {
        if let Some(problem) = name_problem(&ctx.actor) {
            return Err(CommandError::Invalid(vec![problem]));
        }
        let actor = ctx.actor.trim();
        let declared = self.revision > 0;
        if declared && matches!(command, Command::Declare(_)) {
            return Err(CommandError::AlreadyDeclared);
        }
        if !self.is_changeable() {
            return Err(CommandError::Closed);
        }
        let (kind, text) = match command {
            Command::Declare(declaration) => {
                invalid_if_any(declaration_problems(&declaration, ctx.now))?;
                self.details = tidy(declaration);
                self.reporter = actor.to_owned();
                self.declared_at = ctx.now;
                (EntryKind::Declared, "Incident declared.".to_owned())
            }
            Command::EditDetails(edit) => {
                invalid_if_any(declaration_problems(&edit, ctx.now))?;
                let edit = tidy(edit);
                let text = describe_details_change(&self.details, &edit)
                    .ok_or(CommandError::NothingChanged)?;
                self.details = edit;
                (EntryKind::DetailsChange, text)
            }
            Command::AddNote {
                kind,
                text,
                occurred_at,
            } => {
                let occurred_at = occurred_at.unwrap_or(ctx.now);
                let mut problems = note_problems(&text);
                if occurred_at > ctx.now {
                    problems.push(FieldError::OccurredAt(MomentProblem::InTheFuture));
                }
                invalid_if_any(problems)?;
                self.push_entry(ctx, actor, occurred_at, kind.into(), text.trim());
                self.touch(ctx);
                return Ok(());
            }
            Command::EditNote { entry, text } => {
                invalid_if_any(note_problems(&text))?;
                let target = self
                    .timeline
                    .iter_mut()
                    .find(|e| e.id == entry)
                    .ok_or(CommandError::NoSuchEntry(entry))?;
                if target.kind.is_automatic() {
                    return Err(CommandError::AutomaticEntry);
                }
                let text = text.trim();
                if target.text == text {
                    return Err(CommandError::NoteUnchanged);
                }
                let previous = std::mem::replace(&mut target.text, text.to_owned());
                target.previous_versions.push(EntryRevision {
                    text: previous,
                    replaced_at: ctx.now,
                    replaced_by: actor.to_owned(),
                });
                self.touch(ctx);
                return Ok(());
            }
            Command::SetSeverity { severity, reason } => {
                let reason = reason.trim();
                let text = match self.severity {
                    Some(current) if current == severity => {
                        return Err(CommandError::SeverityUnchanged(severity))
                    }
                    Some(_) if reason.is_empty() => {
                        return Err(CommandError::Invalid(vec![
                            FieldError::SeverityReasonMissing,
                        ]))
                    }
                    Some(current) => {
                        format!("Severity changed from {current} to {severity}. Reason: {reason}")
                    }
                    None if reason.is_empty() => format!("Severity set to {severity}."),
                    None => format!("Severity set to {severity}. Reason: {reason}"),
                };
                self.severity = Some(severity);
                (EntryKind::SeverityChange, text)
            }
            Command::AssignRole { role, person } => {
                let role = tidy_role(role);
                let person = person.trim().to_owned();
                let mut problems = Vec::new();
                if matches!(&role, Role::Other(name) if name.is_empty()) {
                    problems.push(FieldError::RoleNameMissing);
                }
                if person.is_empty() {
                    problems.push(FieldError::PersonMissing);
                }
                invalid_if_any(problems)?;
                let assignment = RoleAssignment {
                    role: role.clone(),
                    person: person.clone(),
                    assigned_at: ctx.now,
                };
                let role_name = role.name().to_owned();
                match self.roles.iter_mut().find(|a| a.role.same_as(&role)) {
                    Some(current) if current.person == person => {
                        return Err(CommandError::AlreadyHolds { role, person })
                    }
                    Some(current) => {
                        let from = std::mem::replace(current, assignment).person;
                        let text = format!("{role_name} handed over from {from} to {person}.");
                        (EntryKind::Handover, text)
                    }
                    None => {
                        self.roles.push(assignment);
                        let role_lower = role_name.to_lowercase();
                        (
                            EntryKind::RoleChange,
                            format!("{person} is now the {role_lower}."),
                        )
                    }
                }
            }
            Command::UnassignRole { role } => {
                let index = self
                    .roles
                    .iter()
                    .position(|a| a.role.same_as(&role))
                    .ok_or_else(|| CommandError::RoleNotAssigned(role.clone()))?;
                let removed = self.roles.remove(index);
                let role_lower = removed.role.name().to_lowercase();
                let text = format!("{} is no longer the {role_lower}.", removed.person);
                (EntryKind::RoleChange, text)
            }
            Command::ChangeStatus { to } => {
                let from = self.status;
                if from == to {
                    return Err(CommandError::AlreadyInStatus(to));
                }
                if !from.can_move_to(to) {
                    return Err(CommandError::IllegalTransition { from, to });
                }
                if to == Status::Closed && self.severity.is_none() {
                    return Err(CommandError::SeverityNeededToClose);
                }
                self.status = to;
                (
                    EntryKind::StatusChange,
                    format!("Status changed from {from} to {to}."),
                )
            }
        };
        self.push_entry(ctx, actor, ctx.now, kind, &text);
        self.touch(ctx);
        Ok(())
    }

    fn push_entry(
        &mut self,
        ctx: &Context,
        actor: &str,
        occurred_at: DateTime<Utc>,
        kind: EntryKind,
        text: &str,
    ) {
        let next_id = self.timeline.iter().map(|e| e.id.0).max().unwrap_or(0) + 1;
        self.timeline.push(TimelineEntry {
            id: EntryId(next_id),
            occurred_at,
            recorded_at: ctx.now,
            author: actor.to_owned(),
            kind,
            text: text.to_owned(),
            previous_versions: Vec::new(),
        });
    }

    fn touch(&mut self, ctx: &Context) {
        self.revision += 1;
        self.updated_at = ctx.now;
    }
}

/// Every change is recorded against a named person.
pub fn name_problem(name: &str) -> Option<FieldError> {
    name.trim()
        .is_empty()
        .then_some(FieldError::ReporterMissing)
}

/// Checks a title on its own, for forms that gather every problem at once.
pub(crate) fn title_problem(title: &str) -> Option<FieldError> {
    let title = title.trim();
    if title.is_empty() {
        Some(FieldError::TitleMissing)
    } else if title.chars().count() > TITLE_MAX {
        Some(FieldError::TitleTooLong { max: TITLE_MAX })
    } else {
        None
    }
}

pub(crate) fn summary_problem(summary: &str) -> Option<FieldError> {
    let summary = summary.trim();
    if summary.is_empty() {
        Some(FieldError::SummaryMissing)
    } else if summary.chars().count() > TEXT_MAX {
        Some(FieldError::SummaryTooLong { max: TEXT_MAX })
    } else {
        None
    }
}

fn declaration_problems(declaration: &Declaration, now: DateTime<Utc>) -> Vec<FieldError> {
    let mut problems: Vec<FieldError> = [
        title_problem(&declaration.title),
        summary_problem(&declaration.summary),
    ]
    .into_iter()
    .flatten()
    .collect();
    if declaration.started_at > now {
        problems.push(FieldError::StartedAt(MomentProblem::InTheFuture));
    }
    problems
}

pub(crate) fn note_problems(text: &str) -> Vec<FieldError> {
    let text = text.trim();
    if text.is_empty() {
        vec![FieldError::NoteTextMissing]
    } else if text.chars().count() > TEXT_MAX {
        vec![FieldError::NoteTooLong { max: TEXT_MAX }]
    } else {
        vec![]
    }
}

fn tidy(declaration: Declaration) -> Declaration {
    Declaration {
        title: declaration.title.trim().to_owned(),
        summary: declaration.summary.trim().to_owned(),
        ..declaration
    }
}

fn tidy_role(role: Role) -> Role {
    match role {
        Role::Other(name) => Role::Other(name.trim().to_owned()),
        role => role,
    }
}

/// One sentence per changed field, keeping the old values on the timeline.
fn describe_details_change(old: &Declaration, new: &Declaration) -> Option<String> {
    let mut changes = Vec::new();
    if old.title != new.title {
        changes.push(format!(
            "Title changed from “{}” to “{}”.",
            old.title, new.title
        ));
    }
    if old.summary != new.summary {
        changes.push(format!("Summary changed. It was: “{}”", old.summary));
    }
    if old.started_at != new.started_at {
        changes.push(format!(
            "Start time changed from {} to {} (UTC).",
            old.started_at.format("%-d %b %Y %H:%M"),
            new.started_at.format("%-d %b %Y %H:%M")
        ));
    }
    if old.security_related != new.security_related {
        let now = if new.security_related {
            "security related"
        } else {
            "not security related"
        };
        changes.push(format!("Marked as {now}."));
    }
    (!changes.is_empty()).then(|| changes.join(" "))
}
