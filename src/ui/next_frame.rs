//! Work that the screen need not wait for: done in a task after the next frame is drawn.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `work` after the next frame: the frame shows the visitor's change first (interaction
/// times in BENCHMARKS.md), and what no one sees yet follows a moment later.
pub fn after_next_frame(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}
