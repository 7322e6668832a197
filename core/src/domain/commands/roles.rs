//! The incident team: assigning roles, handing them over and removing them.

use super::error::{invalid_if_any, CommandError};
use super::recorded::{Outcome, Recorded};
use crate::domain::command::Context;
use crate::domain::error::{Field, FieldError};
use crate::domain::incident::Incident;
use crate::domain::role::{Role, RoleAssignment};
use crate::domain::tidy::Tidy;
use crate::domain::timeline::EntryKind;
use crate::domain::validate::optional;
use crate::domain::validate::NAME_MAX;

impl Incident {
    pub(in crate::domain) fn assign_role(
        &mut self,
        role: Role,
        person: String,
        ctx: &Context,
    ) -> Outcome {
        let role = match role {
            Role::Other(name) => Role::named(&name),
            role => role,
        };
        let person = person.clean();
        let mut problems = Vec::new();
        if let Role::Other(name) = &role {
            if name.is_empty() {
                problems.push(FieldError::RoleNameMissing);
            }
            problems.extend(optional(name, Field::RoleName, NAME_MAX));
        }
        if person.is_empty() {
            problems.push(FieldError::PersonMissing);
        }
        problems.extend(optional(&person, Field::Person, NAME_MAX));
        invalid_if_any(problems)?;
        let assignment = RoleAssignment {
            role: role.clone(),
            person: person.clone(),
            assigned_at: ctx.now,
        };
        let role_name = role.name().to_owned();
        let recorded = match self.roles.iter_mut().find(|a| a.role.same_as(&role)) {
            Some(current) if current.person == person => {
                return Err(CommandError::AlreadyHolds { role, person })
            }
            Some(current) => {
                let from = std::mem::replace(current, assignment).person;
                let text = format!("{role_name} handed over from {from} to {person}.");
                Recorded::new(EntryKind::Handover, text)
            }
            None => {
                self.roles.push(assignment);
                let role_lower = role_name.to_ascii_lowercase();
                Recorded::new(
                    EntryKind::RoleChange,
                    format!("{person} is now the {role_lower}."),
                )
            }
        };
        Ok(recorded)
    }

    pub(in crate::domain) fn unassign_role(&mut self, role: Role) -> Outcome {
        let index = self
            .roles
            .iter()
            .position(|a| a.role.same_as(&role))
            .ok_or_else(|| CommandError::RoleNotAssigned(role.clone()))?;
        let removed = self.roles.remove(index);
        let role_lower = removed.role.name().to_ascii_lowercase();
        let text = format!("{} is no longer the {role_lower}.", removed.person);
        Ok(Recorded::new(EntryKind::RoleChange, text))
    }
}
