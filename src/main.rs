//! Entry point: mount the app in place of the frame index.html drew while
//! it downloaded. Debug builds also report panics to the console in full;
//! release builds leave the hook (and its bytes) out.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    if let Some(frame) = leptos::prelude::document().get_element_by_id("app-frame") {
        frame.remove();
    }
    leptos::mount::mount_to_body(incident_desk::App);
}
