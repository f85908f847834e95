//! Shown while a report is being fetched.

use leptos::prelude::*;

use super::state::use_app;

#[component]
pub fn Loading() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="loading" role="status">
            {move || app.lang().pick("正在加载报告…", "Loading the report…")}
        </p>
    }
}
