//! Work that the screen need not wait for: done in a task after the next frame is drawn.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::JsValue;

thread_local! {
    /// Whether this page is framed by another; asked once, as it does not change.
    static FRAMED: bool = web_sys::window().is_some_and(|w| {
        w.top()
            .ok()
            .flatten()
            .is_some_and(|top| JsValue::from(top) != JsValue::from(w.clone()))
    });
}

/// Runs `work` after the next frame: the frame shows the visitor's change first (interaction
/// times in BENCHMARKS.md), and what no one sees yet follows a moment later.
/// Where no frame may come, it runs in the next task: in a tab in the background, and in a
/// page framed by another (an embed), which the browser does not draw while it is out of
/// sight.
pub fn after_next_frame(work: impl FnOnce() + 'static) {
    let hidden = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden());
    if hidden || FRAMED.with(|framed| *framed) {
        set_timeout(work, Duration::ZERO);
    } else {
        request_animation_frame(move || set_timeout(work, Duration::ZERO));
    }
}
