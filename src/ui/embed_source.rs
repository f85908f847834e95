//! In embed mode, a small line under the report: where the figures come from, and a link to
//! the full dashboard in a new tab.

use std::sync::Arc;

use leptos::prelude::*;

use super::report_words::ReportWords;
use super::state::{use_app, LoadedReport};

/// This page's URL without the embedding parameters: the full view of the same report.
fn full_view_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    let params = url.search_params();
    for key in ["embed", "view", "id"] {
        params.delete(key);
    }
    url.set_search(&String::from(params.to_string()));
    Some(url.href())
}

#[component]
pub fn EmbedSource(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let title = loaded.report.title.clone();
    view! {
        <p class="embed-source">
            {move || app.lang().pick("来源：", "Source: ")}<ReportWords text=title />" · "
            <a href=full_view_url().unwrap_or_default() target="_blank" rel="noopener">
                {move || app.lang().pick("在新窗口打开完整看板", "Open the full dashboard in a new tab")}
            </a>
        </p>
    }
}
