//! Care mode (关怀模式), as Chinese government sites offer it: larger text and targets,
//! higher contrast, one column, every chart with its table. Kept in the URL.

use leptos::prelude::*;

use super::navigation::remember;
use super::state::use_app;

#[component]
pub fn CareSwitch() -> impl IntoView {
    let app = use_app();
    let toggle = move |_| {
        let on = !app.care.get_untracked();
        remember(app, |o| o.care = on);
    };
    view! {
        <button
            type="button"
            class="header-button care-switch"
            aria-pressed=move || app.care.get().to_string()
            on:click=toggle
        >
            {move || app.lang().pick("关怀模式", "Care mode")}
        </button>
    }
}
