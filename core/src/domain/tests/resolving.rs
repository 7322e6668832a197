use super::*;

fn resolve(how: &str) -> Command {
    Command::Resolve { how: how.into() }
}

#[test]
fn resolving_asks_whether_the_main_harm_is_gone_and_records_what_removed_it() {
    let form = |harm_removed, how: &str| ResolveForm {
        harm_removed,
        how: how.into(),
    };
    assert_eq!(
        form(None, "").to_command(),
        Err(vec![FieldError::HarmRemovedNotChosen])
    );
    assert_eq!(
        form(Some(false), "x").to_command(),
        Err(vec![FieldError::HarmNotRemoved])
    );
    assert_eq!(
        form(Some(true), " ").to_command(),
        Err(vec![FieldError::ResolutionHowMissing])
    );
    assert_eq!(
        form(Some(true), "Reverted").to_command(),
        Ok(resolve("Reverted"))
    );

    let incident = with(declared(), [resolve(" Reverted the release ")]);
    assert_eq!(incident.status, Status::Resolved);
    let resolution = incident.resolution.as_ref().unwrap();
    assert_eq!(resolution.how, "Reverted the release");
    assert_eq!(resolution.resolved_by, "Grace");
    assert_eq!(
        last_entry(&incident).text,
        "Status changed from Active to Resolved. The main harm to users has been removed: Reverted the release"
    );
}

#[test]
fn resolved_is_reached_only_by_confirming_the_harm_is_gone() {
    let error = refused(
        &declared(),
        Command::ChangeStatus {
            to: Status::Resolved,
        },
    );
    assert_eq!(error, CommandError::ResolveByConfirming);
}

#[test]
fn reopening_clears_the_resolution() {
    let reopened = with(
        declared(),
        [
            resolve("Reverted"),
            Command::ChangeStatus { to: Status::Active },
        ],
    );
    assert_eq!(reopened.status, Status::Active);
    assert_eq!(reopened.resolution, None);
    assert_eq!(
        refused(&with(reopened, [resolve("Again")]), resolve("Twice")),
        CommandError::AlreadyInStatus(Status::Resolved)
    );
}

#[test]
fn long_tail_clean_up_has_an_owner_does_not_block_resolving_and_can_be_done() {
    let add = |text: &str, owner: &str| Command::AddLongTailItem {
        text: text.into(),
        owner: owner.into(),
    };
    let error = refused(&declared(), add("", " "));
    assert_eq!(
        error.field_errors(),
        [
            FieldError::LongTailTextMissing,
            FieldError::LongTailOwnerMissing
        ]
    );
    let incident = with(
        declared(),
        [
            add("Remove links to the bad package from the docs", "Ken"),
            resolve("Package removed"),
        ],
    );
    assert_eq!(incident.status, Status::Resolved);
    assert_eq!(incident.long_tail[0].id, id(1));
    assert_eq!(incident.long_tail[0].owner, "Ken");
    assert!(incident.long_tail[0].done.is_none());
    let done = with(incident, [Command::CompleteLongTailItem { item: id(1) }]);
    assert_eq!(done.long_tail[0].done.as_ref().unwrap().by, "Grace");
    assert_eq!(
        last_entry(&done).text,
        "Clean-up done: Remove links to the bad package from the docs"
    );
    assert_eq!(
        refused(&done, Command::CompleteLongTailItem { item: id(1) }),
        CommandError::LongTailItemAlreadyDone
    );
    assert_eq!(
        refused(&done, Command::CompleteLongTailItem { item: id(9) }),
        CommandError::NoSuchLongTailItem(id(9))
    );
}

#[test]
fn a_handover_note_gathers_what_the_next_person_needs() {
    let form = HandoverForm {
        known: "The CDN returns 503s".into(),
        tried: String::new(),
        next: "Ask the CDN provider".into(),
        pickup: "Grace, 09:00 Monday".into(),
    };
    let incident = with(declared(), [form.to_command().unwrap()]);
    let entry = last_entry(&incident);
    assert_eq!(entry.kind, EntryKind::HandoverNote);
    assert_eq!(
        entry.text,
        "What is known: The CDN returns 503s\nWhat happens next: Ask the CDN provider\nWho picks it up, and when: Grace, 09:00 Monday"
    );
    let empty = HandoverForm::default().to_command().unwrap_err();
    assert_eq!(
        empty,
        [
            FieldError::HandoverNextMissing,
            FieldError::HandoverPickupMissing
        ]
    );
}
