//! Copies the page's address, which holds everything on screen, to share it. Where the
//! clipboard is refused, the address is shown selected for copying by hand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::navigation::absolute_href;
use super::state::use_app;

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand,
}

async fn write_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Through Reflect: the Clipboard API is not among web-sys' stable bindings.
    let Ok(navigator) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let app = use_app();
    let state = RwSignal::new(Copied::Not);
    let address = RwSignal::new(String::new());
    let copy = move |_| {
        let href = absolute_href(&app.location.get_untracked());
        address.set(href.clone());
        leptos::task::spawn_local(async move {
            let done = write_to_clipboard(&href).await;
            state.set(if done { Copied::Yes } else { Copied::ByHand });
        });
    };
    // What was copied is out of date once the page shows something else.
    Effect::new(move |_| {
        app.location.track();
        state.set(Copied::Not);
    });
    view! {
        <span class="copy-link">
            <button type="button" class="header-button" on:click=copy>
                {move || app.lang().pick("复制链接", "Copy link")}
            </button>
            <span class="copy-link-status" role="status">
                {move || match state.get() {
                    Copied::Not => None,
                    Copied::Yes => Some(app.lang().pick("已复制", "Copied").into_any()),
                    Copied::ByHand => Some(view! {
                        <label class="copy-link-by-hand">
                            <span>{move || app.lang().pick("请手动复制：", "Copy this address:")}</span>
                            <input type="text" readonly=true prop:value=move || address.get()
                                on:focus=move |ev| {
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } />
                        </label>
                    }.into_any()),
                }}
            </span>
        </span>
    }
}
