//! Inside a portal's iframe, tells the parent page the dashboard's height whenever it
//! changes (a ResizeObserver, not a timer), so the iframe fits its content.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::page::height_messages;

pub fn send_height_to_parent(frame_id: Option<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(parent) = window.parent() else {
        return;
    };
    let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let mut last = 0u32;
    let measured = root.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height == last || height == 0 {
            return;
        }
        last = height;
        for message in height_messages(frame_id.as_deref(), height) {
            if let Ok(data) = js_sys::JSON::parse(&message) {
                // The height is not a secret, and the parent's origin is not known: "*".
                let _ = parent.post_message(&data, "*");
            }
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    if let Some(body) = window.document().and_then(|d| d.body()) {
        observer.observe(&body);
    }
    // Both live as long as the page.
    on_resize.forget();
    std::mem::forget(observer);
}
