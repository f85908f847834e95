//! Mounts the dashboard. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ndbg_dashboard::ui::install_panic_message();
    // In a task of its own, after the one that instantiated the module: two shorter tasks
    // instead of one long one (TBT in BENCHMARKS.md).
    leptos::prelude::set_timeout(
        || match ndbg_dashboard::ui::app_root() {
            // In its own element, which builds over the prerendered copy (ui/prerendered.rs).
            Some(root) => leptos::mount::mount_to(root, ndbg_dashboard::ui::App).forget(),
            None => leptos::mount::mount_to_body(ndbg_dashboard::ui::App),
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The dashboard runs in the browser: build it with `trunk build --release`.");
    std::process::exit(2);
}
