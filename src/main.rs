//! Entry point: mount the app. Debug builds also report panics to the
//! console in full; release builds leave the hook (and its bytes) out.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(incident_desk::App);
}
