//! Switches the interface between Chinese and English, and keeps the choice in the URL (with a
//! history entry) so a reload, Back or a shared link keeps it. Report content stays as published.

use leptos::prelude::*;

use super::navigation::navigate;
use super::state::use_app;
use crate::i18n::Lang;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let toggle = move |_| {
        let next = match app.lang.get_untracked() {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        navigate(app, |o| o.lang = Some(next));
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
