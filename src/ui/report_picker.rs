//! Choosing another report of the collection, newest first.

use leptos::prelude::*;

use super::state::use_app;

/// The page URL that opens `report`, keeping the rest of the current query (language,
/// collection).
pub fn report_href(report: &str) -> String {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search)
        .or_else(|_| web_sys::UrlSearchParams::new())
        .expect("URLSearchParams exists in every browser");
    params.set("report", report);
    format!("?{}", String::from(params.to_string()))
}

#[component]
pub fn ReportPicker(current: String) -> impl IntoView {
    let app = use_app();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_search(&report_href(&value));
        }
    };
    let current_listed = {
        let current = current.clone();
        move || app.collection.with(|c| c.iter().any(|e| e.url == current))
    };
    view! {
        <Show when=move || !app.collection.with(Vec::is_empty)>
            <label class="report-picker">
                <span class="report-picker-label">{move || app.lang().pick("报告", "Report")}</span>
                <select on:change=on_change>
                    {
                        let current_listed = current_listed.clone();
                        move || (!current_listed()).then(|| view! {
                            <option value="" selected=true disabled=true>
                                {move || app.lang().pick("（当前报告不在列表中）", "(the current report is not listed)")}
                            </option>
                        })
                    }
                    {
                        let current = current.clone();
                        move || app.collection.get().into_iter().map(|c| {
                            let selected = c.url == current;
                            view! {
                                <option value=c.url.clone() selected=selected>
                                    {format!("{} · {}", c.entry.year, c.entry.body)}
                                </option>
                            }
                        }).collect_view()
                    }
                </select>
            </label>
        </Show>
    }
}
