//! Printing: a closed `<details>` would print closed, hiding tables and text, so every one
//! is opened for printing and closed again afterwards.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn open_details_when_printing() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let set_open = |open: bool| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let selector = if open {
            "details:not([open])"
        } else {
            "details[data-opened-for-print]"
        };
        let Ok(list) = document.query_selector_all(selector) else {
            return;
        };
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if open {
                let _ = el.set_attribute("open", "");
                let _ = el.set_attribute("data-opened-for-print", "");
            } else {
                let _ = el.remove_attribute("open");
                let _ = el.remove_attribute("data-opened-for-print");
            }
        }
    };
    for (event, open) in [("beforeprint", true), ("afterprint", false)] {
        let handler = Closure::<dyn Fn()>::new(move || set_open(open));
        let _ = window.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        // Lives as long as the page.
        handler.forget();
    }
}
