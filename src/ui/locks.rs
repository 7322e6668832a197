//! Web Locks: one tab at a time reads and writes an incident, so two tabs
//! saving in the same millisecond cannot both read the old version. Where
//! the browser has no `navigator.locks`, the work runs unlocked, as before.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[derive(Clone)]
    type LockManager;

    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, callback: &Function) -> Promise;
}

/// The work, taken exactly once: inside the innermost lock, or after the
/// requests if the browser has no locks or refused them.
type Job = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// Whether this browser can coordinate tabs.
pub fn available() -> bool {
    lock_manager().is_some()
}

/// Runs `work` while holding every lock in `names`, taken in that order (so
/// two callers cannot each hold one and wait for the other). `None` only if
/// the work could not run at all.
pub async fn holding<T: 'static>(
    names: &[String],
    work: impl FnOnce() -> T + 'static,
) -> Option<T> {
    let result: Rc<RefCell<Option<T>>> = Rc::default();
    let job: Job = {
        let result = result.clone();
        Rc::new(RefCell::new(Some(Box::new(move || {
            *result.borrow_mut() = Some(work());
        }))))
    };
    if let Some(locks) = lock_manager() {
        let _ = JsFuture::from(request_all(&locks, names, job.clone())).await;
    }
    let left = job.borrow_mut().take();
    if let Some(work) = left {
        work();
    }
    let value = result.borrow_mut().take();
    value
}

/// Requests the first lock; inside it, the rest; inside the last, the job.
/// Each callback returns the inner request's promise, so every lock is held
/// until the job is done.
fn request_all(locks: &LockManager, names: &[String], job: Job) -> Promise {
    let Some((first, rest)) = names.split_first() else {
        let work = job.borrow_mut().take();
        if let Some(work) = work {
            work();
        }
        return Promise::resolve(&JsValue::UNDEFINED);
    };
    let (inner_locks, rest) = (locks.clone(), rest.to_vec());
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        request_all(&inner_locks, &rest, job).into()
    });
    locks.request(first, callback.unchecked_ref())
}

/// Work that waits on the browser, taken exactly once.
type Waiting<T> = Rc<RefCell<Option<std::pin::Pin<Box<dyn std::future::Future<Output = T>>>>>>;

/// Runs `work`, which waits on the browser, while holding the lock `name`,
/// so that two tabs never run it at once. Without Web Locks it runs anyway.
/// `None` only if the work could not run at all.
pub async fn holding_while<T: 'static>(
    name: &str,
    work: impl std::future::Future<Output = T> + 'static,
) -> Option<T> {
    let Some(locks) = lock_manager() else {
        return Some(work.await);
    };
    let result: Rc<RefCell<Option<T>>> = Rc::default();
    let slot = result.clone();
    let work: Waiting<T> = Rc::new(RefCell::new(Some(Box::pin(work))));
    let inside = work.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let job = inside.borrow_mut().take();
        wasm_bindgen_futures::future_to_promise(async move {
            if let Some(job) = job {
                *slot.borrow_mut() = Some(job.await);
            }
            Ok(JsValue::UNDEFINED)
        })
        .into()
    });
    let _ = JsFuture::from(locks.request(name, callback.unchecked_ref())).await;
    // Refused, or the lock never came: the work runs unlocked, as without locks.
    let left = work.borrow_mut().take();
    if let Some(job) = left {
        *result.borrow_mut() = Some(job.await);
    }
    let value = result.borrow_mut().take();
    value
}
