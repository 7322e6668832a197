//! Update reminders: with the person's permission (asked from a click,
//! never on load), a browser notification shortly before an update is due
//! and once it is overdue, from any open tab, background tabs included.
//! Worked out in this browser from its own data: nothing is sent anywhere.

use super::platform::{go_to, open_store};
use super::route::Route;
use super::state::AppState;
use super::time;
use crate::domain::{next_update_due, Status, Task};
use leptos::prelude::GetUntracked;
use wasm_bindgen::prelude::*;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

/// Whether this browser can show notifications at all.
pub fn supported() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Notification")).unwrap_or(false)
}

pub fn permission() -> Option<NotificationPermission> {
    supported().then(Notification::permission)
}

/// Asks for permission: only ever from the person's click.
pub async fn ask() -> Option<NotificationPermission> {
    let promise = Notification::request_permission().ok()?;
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    permission()
}

/// Whether the person allowed reminders.
pub fn permitted() -> bool {
    permission() == Some(NotificationPermission::Granted)
}

/// Shows each reminder due now that no tab has shown yet.
pub fn remind(state: AppState) {
    if !permitted() {
        return;
    }
    let mut store = open_store();
    let Ok(listed) = store.read_list() else {
        return;
    };
    let (now, zone) = (time::now(), state.team_zone());
    let playbook = state.playbook.get_untracked();
    let open = listed
        .entries
        .iter()
        .filter(|entry| matches!(entry.status, Status::Active | Status::Mitigated));
    for entry in open {
        let Ok(incident) = store.load(&entry.id) else {
            continue;
        };
        let Some(due) = next_update_due(&incident, &playbook, &zone) else {
            continue;
        };
        let Some(reminder) = due.reminder(now) else {
            continue;
        };
        if store.claim_reminder(&reminder.key(&incident, &due)) {
            let (title, body) = reminder.words(&incident, &due, &zone);
            show(
                &title,
                &body,
                &Route::Task(incident.id.clone(), Task::Tackle).href(),
            );
        }
    }
}

/// One notification; choosing it brings the tab forward at the Tackle page.
fn show(title: &str, body: &str, href: &str) {
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(href);
    let Ok(notification) = Notification::new_with_options(title, &options) else {
        return;
    };
    let href = href.to_owned();
    let open = Closure::<dyn FnMut()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
        }
        go_to(&href);
    });
    notification.set_onclick(Some(open.as_ref().unchecked_ref()));
    // Lives as long as the notification may be clicked: the page's life.
    open.forget();
}
