//! Mounts the dashboard. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ndbg_dashboard::ui::install_panic_message();
    leptos::mount::mount_to_body(ndbg_dashboard::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The dashboard runs in the browser: build it with `trunk build --release`.");
    std::process::exit(2);
}
