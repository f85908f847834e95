//! Says so when the report shown is not one the site's collection lists: a link can point
//! the dashboard at any report file, and the reader should see where it came from.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_app, LoadedReport};

#[component]
pub fn SourceNotice(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    if loaded.url.starts_with("pasted:") {
        return view! {
            <p class="source-notice local" role="note">
                {move || app.lang().pick(
                    "这是由粘贴的文字导入的报告，只在本浏览器中显示，没有上传。请对照原文核对。",
                    "This report was imported from pasted text, shown only in this browser and not uploaded. Check it against the original.",
                )}
            </p>
        }
        .into_any();
    }
    if loaded.local {
        let name = loaded.url.trim_start_matches("file:").to_string();
        return view! {
            <p class="source-notice local" role="note">
                {move || app.lang().pick(
                    "这是从您的电脑打开的本地文件，只在本浏览器中显示，没有上传：",
                    "This is a file from your computer, shown only in this browser and not uploaded: ",
                )}
                <code>{name.clone()}</code>
            </p>
        }
        .into_any();
    }
    let url = loaded.url.clone();
    let listed = {
        let url = url.clone();
        move || {
            app.collection
                .with(|c| c.is_empty() || c.by_url(&url).is_some())
        }
    };
    view! {
        <Show when=move || !listed()>
            <p class="source-notice" role="note">
                {move || app.lang().pick(
                    "这份报告不在本站的报告列表中，而是从以下地址打开的，请自行核对其来源：",
                    "This report is not in this site's list of reports; it was opened from this address, so check where it comes from: ",
                )}
                <code>{url.clone()}</code>
            </p>
        </Show>
    }
    .into_any()
}
