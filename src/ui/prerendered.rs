//! The prerendered first view. `scripts/prerender.mjs` copies the default report's page, as
//! this app draws it, into dist/index.html (`#ndbg-prerendered`, hidden and inert), and
//! public/first-view.js shows it before the first paint only when the address and settings
//! are those it was made for. The app takes over from it: it builds its own page in
//! `#ndbg-app`, which the style sheet lays over the copy, invisible, while the copy is shown;
//! once every panel is built it removes the copy and shows its own page in the same frame,
//! so nothing moves or flashes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The element the app is mounted in (index.html's `#ndbg-app`).
pub fn app_root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id("ndbg-app")?
        .dyn_into()
        .ok()
}

fn prerendered() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id("ndbg-prerendered")
}

/// Whether the copy is on screen while the app builds its own page, invisible, over it.
pub fn copy_is_shown() -> bool {
    root().is_some_and(|r| r.class_list().contains("ndbg-prerendered"))
}

/// At start: a copy first-view.js did not show is of no use, so it goes at once.
pub fn drop_prerendered_unless_shown() {
    if !copy_is_shown() {
        if let Some(copy) = prerendered() {
            copy.remove();
        }
    }
}

/// The app's own page is built: two frames later (the charts of the last panels are drawn
/// when their size is first reported), removes the copy and shows the app's page, marks the
/// document (`data-ndbg-built`, which the prerender script and the tests wait for) and the
/// time (for the benchmark).
pub fn page_is_built() {
    request_animation_frame(|| {
        request_animation_frame(|| {
            if let Some(copy) = prerendered() {
                copy.remove();
            }
            // For the benchmark (bench/run.mjs): when the page became live.
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("ndbg-built");
            }
            if let Some(root) = root() {
                let _ = root.set_attribute("data-ndbg-built", "");
                let _ = root.class_list().remove_1("ndbg-prerendered");
            }
        })
    });
}
