//! Mounts the importer's page (import/). Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ndbg_dashboard::ui::install_panic_message();
    leptos::mount::mount_to_body(ndbg_dashboard::ui::ImportApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The importer's page runs in the browser: build it with `scripts/build`.");
    std::process::exit(2);
}
