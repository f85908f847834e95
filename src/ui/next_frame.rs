//! Work that the screen need not wait for: done in a task after the next frame is drawn.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `work` after the next frame: the frame shows the visitor's change first (interaction
/// times in BENCHMARKS.md), and what no one sees yet follows a moment later.
/// In a tab in the background, where no frame is drawn, it runs in the next task.
pub fn after_next_frame(work: impl FnOnce() + 'static) {
    let hidden = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden());
    if hidden {
        set_timeout(work, Duration::ZERO);
    } else {
        request_animation_frame(move || set_timeout(work, Duration::ZERO));
    }
}
