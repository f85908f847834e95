//! The prerendered first view. `scripts/prerender.mjs` copies the default report's page, as
//! this app draws it, into dist/index.html (`#ndbg-prerendered`, inert), and
//! public/first-view.js shows it before the first paint only when the address and settings
//! are those it was made for. The app takes over from it: it builds its own page below it
//! and removes the copy once every panel and chart is built, so nothing moves or flashes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

fn prerendered() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id("ndbg-prerendered")
}

/// At start: a copy first-view.js did not show is of no use, so it goes at once.
pub fn drop_prerendered_unless_shown() {
    let shown = root().is_some_and(|r| r.class_list().contains("ndbg-prerendered"));
    if !shown {
        if let Some(copy) = prerendered() {
            copy.remove();
        }
    }
}

/// The app's own page is built: marks the document (`data-ndbg-built`, which the
/// prerender script and the tests wait for) and removes the copy two frames later, once
/// the charts the last panels asked for have been drawn.
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
                if let Ok(html) = root.dyn_into::<web_sys::HtmlElement>() {
                    let _ = html.class_list().remove_1("ndbg-prerendered");
                }
            }
        })
    });
}
