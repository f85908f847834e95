//! What is on screen lives in the URL: changing it pushes a history entry (or replaces the
//! current one for small changes such as a selection), and back/forward restore it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::next_frame::after_next_frame;
use super::state::AppState;
use crate::page::PageOptions;

/// The options in the page's address now.
pub fn options_in_address() -> PageOptions {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    PageOptions::from_query(&search)
}

/// The address that shows `options`, relative to this page (so it works in any folder).
pub fn href(options: &PageOptions) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    format!("{path}{}", options.to_query())
}

/// The whole address that shows `options`, to copy or to open elsewhere. Made from the
/// options rather than read from the address bar, which is written a moment later (`apply`).
pub fn absolute_href(options: &PageOptions) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(options))
}

fn write_address(options: &PageOptions, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = href(options);
    let null = wasm_bindgen::JsValue::NULL;
    let _ = if push {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
}

/// Puts `next` on screen: the language and care mode follow it.
fn show(app: AppState, next: PageOptions) {
    let lang = next.lang.unwrap_or_default();
    if app.lang.get_untracked() != lang {
        app.lang.set(lang);
    }
    if app.care.get_untracked() != next.care {
        app.care.set(next.care);
    }
    app.location.set(next);
}

thread_local! {
    /// Counts Back and Forward, so an address written late never lands after one.
    static HISTORY_MOVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Shows `next` and writes its address: first if `address_first`, else after the frame.
fn apply(app: AppState, next: PageOptions, push: bool, address_first: bool) {
    if app.location.with_untracked(|now| *now == next) {
        return;
    }
    if address_first {
        write_address(&next, push);
        show(app, next);
        return;
    }
    // The page changes first and the address after the frame that shows the change:
    // writing a history entry costs the browser a few milliseconds on a cheap phone, time
    // the visitor would otherwise wait for the screen (interaction times in BENCHMARKS.md).
    let moves = HISTORY_MOVES.with(|m| m.get());
    let address = next.clone();
    after_next_frame(move || {
        if HISTORY_MOVES.with(|m| m.get()) == moves {
            write_address(&address, push);
        }
    });
    show(app, next);
}

/// Shows something else, with a history entry, so Back returns to what was on screen.
pub fn navigate(app: AppState, change: impl FnOnce(&mut PageOptions)) {
    let mut next = app.location.get_untracked();
    change(&mut next);
    apply(app, next, true, false);
}

/// Records a small change (a selection, care mode) in the address without a history entry.
pub fn remember(app: AppState, change: impl FnOnce(&mut PageOptions)) {
    let mut next = app.location.get_untracked();
    change(&mut next);
    apply(app, next, false, false);
}

/// Back and forward put on screen what their address says.
pub fn follow_history(app: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_pop = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        HISTORY_MOVES.with(|m| m.set(m.get().wrapping_add(1)));
        show(app, options_in_address());
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_pop.forget();
}

/// For a link to another state of the page: a plain click changes the page in place; a
/// click with a modifier (new tab, new window) is left to the browser.
pub fn in_page(
    app: AppState,
    change: impl Fn(&mut PageOptions) + Clone + 'static,
) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
    move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        // The history entry is written before the page scrolls to the top, so the entry
        // left keeps the place the visitor was at, for Back.
        let mut next = app.location.get_untracked();
        change.clone()(&mut next);
        apply(app, next, true, true);
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// The options that open one report, keeping the language and the rest.
pub fn open_report(options: &mut PageOptions, url: &str) {
    options.report = Some(url.to_string());
    options.compare.clear();
    options.metric = None;
    options.selected = None;
    options.view = None;
}

/// The options that compare `urls`.
pub fn compare_reports(options: &mut PageOptions, urls: Vec<String>) {
    options.compare = urls;
    options.selected = None;
    options.view = None;
}
