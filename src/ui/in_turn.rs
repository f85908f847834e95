//! Panels below the first screen are built one task at a time after it, so the top of the
//! report (title, key figures, the first chart) is on screen sooner and no single task holds
//! up the visitor's input for long. So too when the language changes: panels out of sight
//! are put into the new language after the frame that shows those in sight.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use super::next_frame::after_next_frame;
use super::state::{use_app, AppState};

/// How many of a report's later panels have been built so far.
#[derive(Clone, Copy)]
pub struct Turns(RwSignal<usize>);

impl Turns {
    /// Starts building `total` later panels, one per task.
    pub fn start(total: usize) -> Turns {
        let built = RwSignal::new(0);
        fn next(built: RwSignal<usize>, total: usize) {
            set_timeout(
                move || {
                    // The report may have been left before every panel was built.
                    let Some(now) = built.try_update(|n| {
                        *n += 1;
                        *n
                    }) else {
                        return;
                    };
                    if now < total {
                        next(built, total);
                    } else {
                        super::prerendered::page_is_built();
                    }
                },
                Duration::ZERO,
            );
        }
        next(built, total);
        Turns(built)
    }
}

/// Its children, once `turn` panels before it have been built.
///
/// They are written in a language of their own (`AppState::words`), which follows the
/// page's at once while any of them is in the window, and otherwise after the next frame,
/// in a task of its own: a change of language then lays out only what the visitor sees
/// before showing it (interaction times in BENCHMARKS.md).
#[component]
pub fn InTurn(turns: Turns, turn: usize, children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let words = RwSignal::new(app.lang.get_untracked());
    let holder = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let lang = app.lang.get();
        if words.get_untracked() == lang {
            return;
        }
        if holder.get_untracked().is_some_and(|h| in_sight(&h)) {
            words.set(lang);
            return;
        }
        after_next_frame(move || {
            // The latest language, if the panels are still on the page.
            if let Some(lang) = app.lang.try_get_untracked() {
                let _ = words.try_set(lang);
            }
        });
    });
    provide_context(AppState { words, ..app });
    let due = move || turns.0.get() >= turn;
    // Its own `lang`, so the page's changing does not make the browser lay out its text
    // again before its words change.
    view! {
        <div class="in-turn" lang=move || words.get().code() node_ref=holder>
            <Show when=due>{children()}</Show>
        </div>
    }
}

/// Whether any of the holder's children (its own box is none) is within the window.
fn in_sight(holder: &web_sys::HtmlDivElement) -> bool {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::MAX);
    let children = holder.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .any(|c| {
            let rect = c.get_bounding_client_rect();
            rect.bottom() > 0.0 && rect.top() < height && rect.height() > 0.0
        })
}
