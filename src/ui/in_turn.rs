//! Panels below the first screen are built one task at a time after it, so the top of the
//! report (title, key figures, the first chart) is on screen sooner and no single task holds
//! up the visitor's input for long.

use std::time::Duration;

use leptos::prelude::*;

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
#[component]
pub fn InTurn(turns: Turns, turn: usize, children: ChildrenFn) -> impl IntoView {
    let due = move || turns.0.get() >= turn;
    view! { <Show when=due>{children()}</Show> }
}
