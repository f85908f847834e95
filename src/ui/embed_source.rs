//! In embed mode, a small line under the report: where the figures come from, and a link to
//! the full dashboard in a new tab.

use std::sync::Arc;

use leptos::prelude::*;

use super::navigation::absolute_href;
use super::report_words::ReportWords;
use super::state::{use_app, LoadedReport};
use crate::page::PageOptions;

/// What the page shows without the embedding options: the full view of the same report.
fn full_view_url(mut options: PageOptions) -> String {
    options.embed = false;
    options.view = None;
    options.frame_id = None;
    absolute_href(&options)
}

#[component]
pub fn EmbedSource(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let title = loaded.report.title.clone();
    view! {
        <p class="embed-source">
            {move || app.lang().pick("来源：", "Source: ")}<ReportWords text=title />" · "
            <a href=full_view_url(app.location.get_untracked()) target="_blank" rel="noopener">
                {move || app.lang().pick("在新窗口打开完整看板", "Open the full dashboard in a new tab")}
            </a>
        </p>
    }
}
