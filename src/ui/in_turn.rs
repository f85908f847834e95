//! Panels below the first screen are built one task at a time after it, so the top of the
//! report (title, key figures, the first chart) is on screen sooner and no single task holds
//! up the visitor's input for long. So too when the language changes: panels out of sight
//! are put into the new language after the frame that shows those in sight.

use std::time::Duration;

use leptos::context::Provider;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use super::next_frame::after_next_frame;
use super::state::{use_app, AppState};

/// How many of a report's later panels have been built so far.
#[derive(Clone, Copy)]
pub struct Turns(RwSignal<usize>);

impl Turns {
    /// Starts building `total` later panels, one per task, the first after the next frame:
    /// a task queued now could run before that frame (a click is answered in a task of its
    /// own, some milliseconds before the frame), and the visitor would wait for it.
    pub fn start(total: usize) -> Turns {
        let built = RwSignal::new(0);
        fn turn(built: RwSignal<usize>, total: usize) {
            // The report may have been left before every panel was built.
            let Some(now) = built.try_update(|n| {
                *n += 1;
                *n
            }) else {
                return;
            };
            if now < total {
                set_timeout(move || turn(built, total), Duration::ZERO);
            } else {
                super::prerendered::page_is_built();
            }
        }
        after_next_frame(move || turn(built, total));
        Turns(built)
    }

    /// Whether `turn` panels have been built (tracked): true from the start for turn 0, and
    /// false once the report's turns are gone (another report opened).
    pub fn reached(self, turn: usize) -> Memo<bool> {
        Memo::new(move |_| self.0.try_get().is_some_and(|built| built >= turn))
    }
}

/// Its children, once `turn` panels before it have been built.
///
/// They are written in a language of their own (`AppState::words`), which follows the
/// page's at once while any of them is in the window, and otherwise after the next frame:
/// a change of language then lays out only what the visitor sees before showing it
/// (interaction times in BENCHMARKS.md). Whether they are in the window is what an
/// IntersectionObserver last said, so the change need not make the browser lay out the
/// page early to ask.
#[component]
pub fn InTurn(turns: Turns, turn: usize, children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let words = RwSignal::new(app.lang.get_untracked());
    let holder = NodeRef::<html::Div>::new();
    let due = turns.reached(turn);
    let sight = Sight::new();
    Effect::new(move |_| {
        if due.get() {
            // Once its children are on the page, if it still is itself.
            after_next_frame(move || {
                if let Some(holder) = holder.try_get_untracked().flatten() {
                    sight.watch(&holder);
                }
            });
        }
    });
    Effect::new(move |_| {
        let lang = app.lang.get();
        if words.get_untracked() == lang {
            return;
        }
        if sight.in_sight() {
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
    // Its own `lang`, so the page's changing does not make the browser lay out its text
    // again before its words change. Its children are given their language through a
    // context of their own (a component shares its parent's, so it would reach the groups
    // after it too).
    view! {
        <div class="in-turn" lang=move || words.get().code() node_ref=holder>
            <Provider value=AppState { words, ..app }>
                <Show when=move || due.get()>{children()}</Show>
            </Provider>
        </div>
    }
}

type Watching = Option<(IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>;

/// Which of a holder's children (its own box is none) are within the window, or reach
/// within 50 px of it.
#[derive(Clone, Copy)]
struct Sight {
    watching: StoredValue<Watching, LocalStorage>,
    /// Each child watched, and whether it is in sight; `None` until the observer has said.
    seen: StoredValue<Option<Vec<(Element, bool)>>, LocalStorage>,
}

impl Sight {
    fn new() -> Sight {
        let sight = Sight {
            watching: StoredValue::new_local(None),
            seen: StoredValue::new_local(None),
        };
        on_cleanup(move || {
            sight.watching.try_with_value(|w| {
                if let Some((observer, _)) = w {
                    observer.disconnect();
                }
            });
        });
        sight
    }

    /// Until the observer has said, the children count as in sight.
    fn in_sight(self) -> bool {
        self.seen
            .try_with_value(|seen| {
                seen.as_ref()
                    .is_none_or(|s| s.iter().any(|(_, in_sight)| *in_sight))
            })
            .unwrap_or(true)
    }

    fn watch(self, holder: &web_sys::HtmlDivElement) {
        let seen = self.seen;
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            seen.try_update_value(|seen| {
                let seen = seen.get_or_insert_with(Vec::new);
                for entry in entries.iter() {
                    let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                        continue;
                    };
                    let target = entry.target();
                    match seen.iter_mut().find(|(e, _)| *e == target) {
                        Some(known) => known.1 = entry.is_intersecting(),
                        None => seen.push((target, entry.is_intersecting())),
                    }
                }
            });
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin("50px");
        let Ok(observer) =
            IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
        else {
            return;
        };
        let children = holder.children();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                observer.observe(&child);
            }
        }
        self.watching.try_update_value(|w| {
            if let Some((old, _)) = w.replace((observer, on_change)) {
                old.disconnect();
            }
        });
    }
}
