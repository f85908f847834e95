//! Switches the interface between Chinese and English, and keeps the choice in the URL so a
//! reload or a shared link keeps it. Report content stays as published.

use leptos::prelude::*;

use super::state::use_app;
use crate::i18n::Lang;

/// Replaces the page's URL (without a new history entry) with `key` set to `value`, or
/// removed when `value` is `None`.
pub fn remember_in_url(key: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    match value {
        Some(v) => url.search_params().set(key, v),
        None => url.search_params().delete(key),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let toggle = move |_| {
        let next = match app.lang.get_untracked() {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        app.lang.set(next);
        remember_in_url("lang", (next == Lang::En).then_some("en"));
    };
    view! {
        <button type="button" class="header-button language-switch" on:click=toggle>
            {move || match app.lang() {
                Lang::Zh => view! { <span lang="en">"English"</span> }.into_any(),
                Lang::En => view! { <span lang="zh-CN">"中文"</span> }.into_any(),
            }}
        </button>
    }
}
