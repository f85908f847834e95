//! Choosing another bundled report: the collection index as a list, newest first.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::use_app;
use crate::report::load::{parse_collection, IndexEntry};

/// The page URL that opens `report`, keeping the language.
fn report_href(report: &str, lang_code: &str) -> String {
    let params = web_sys::UrlSearchParams::new().expect("URLSearchParams exists in every browser");
    params.set("report", report);
    if lang_code != "zh-CN" {
        params.set("lang", lang_code);
    }
    format!("?{}", String::from(params.to_string()))
}

/// The index path joined to an entry's path: entries are relative to the index file.
fn entry_url(collection: &str, entry: &IndexEntry) -> String {
    match collection.rfind('/') {
        Some(i) => format!("{}/{}", &collection[..i], entry.path),
        None => entry.path.clone(),
    }
}

#[component]
pub fn ReportPicker(collection: String, current: String) -> impl IntoView {
    let app = use_app();
    let entries: RwSignal<Vec<(String, IndexEntry)>> = RwSignal::new(Vec::new());
    {
        let collection = collection.clone();
        spawn_local(async move {
            // The picker is a convenience: without an index the report still shows.
            let Ok(response) = gloo_net::http::Request::get(&collection).send().await else {
                return;
            };
            if !response.ok() {
                return;
            }
            let Ok(bytes) = response.binary().await else {
                return;
            };
            if let Ok(parsed) = parse_collection(&bytes) {
                let mut list: Vec<(String, IndexEntry)> = parsed
                    .reports
                    .into_iter()
                    .map(|e| (entry_url(&collection, &e), e))
                    .collect();
                list.sort_by(|a, b| b.1.year.cmp(&a.1.year).then(a.1.body.cmp(&b.1.body)));
                entries.set(list);
            }
        });
    }
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(window) = web_sys::window() {
            let _ = window
                .location()
                .set_search(&report_href(&value, app.lang().code()));
        }
    };
    view! {
        <Show when=move || !entries.with(Vec::is_empty)>
            <label class="report-picker">
                <span class="report-picker-label">{move || app.lang().pick("报告", "Report")}</span>
                <select on:change=on_change>
                    {
                        let current = current.clone();
                        move || entries.get().into_iter().map(|(url, e)| {
                            let selected = url == current;
                            view! {
                                <option value=url selected=selected>
                                    {format!("{} · {}", e.year, e.body)}
                                </option>
                            }
                        }).collect_view()
                    }
                </select>
            </label>
        </Show>
    }
}
