//! A panic anywhere leaves a visible message with a reload button, not a dead page. Built
//! with DOM calls rather than components: after a panic the app's state cannot be trusted.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Reports panics to the console and on the page.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_message();
    }));
}

/// Puts the message on the page (once).
pub fn show_panic_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("ndbg-panic").is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let make = || -> Result<(), wasm_bindgen::JsValue> {
        let panel = document.create_element("div")?;
        panel.set_id("ndbg-panic");
        panel.set_class_name("panic-message");
        panel.set_attribute("role", "alert")?;
        let text = document.create_element("p")?;
        text.set_text_content(Some(
            "看板出现内部错误，无法继续显示。请重新加载页面；如果问题仍然存在，请告知网站管理员。\
             The dashboard hit an internal error and cannot go on. Reload the page; if it happens again, tell the site's webmaster.",
        ));
        let button: web_sys::HtmlElement = document.create_element("button")?.unchecked_into();
        button.set_attribute("type", "button")?;
        button.set_class_name("button");
        button.set_text_content(Some("重新加载 Reload"));
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())?;
        reload.forget();
        panel.append_child(&text)?;
        panel.append_child(&button)?;
        body.prepend_with_node_1(&panel)?;
        button.focus()?;
        Ok(())
    };
    let _ = make();
}
