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
pub fn ReportPicker(current: String, on_retry: Callback<()>) -> impl IntoView {
    let app = use_app();
    // Choosing in the list only chooses; the button opens. Arrow keys in a select must not
    // load another report (WCAG 3.2.2).
    let chosen = RwSignal::new(current.clone());
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = chosen.get_untracked();
        if value.is_empty() {
            return;
        }
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_search(&report_href(&value));
        }
    };
    let current_listed = {
        let current = current.clone();
        move || app.collection.with(|c| c.iter().any(|e| e.url == current))
    };
    let failed = move || {
        app.collection_error.get().map(|e| {
            view! {
                <p class="collection-error" role="alert">
                    {move || app.lang().pick("报告列表无法加载：", "The list of reports could not be loaded: ")}
                    {e.message(app.lang())}" "
                    <button type="button" class="header-button" on:click=move |_| on_retry.run(())>
                        {move || app.lang().pick("重试", "Try again")}
                    </button>
                </p>
            }
        })
    };
    view! {
        {failed}
        <Show when=move || !app.collection.with(Vec::is_empty)>
            <form class="report-picker" on:submit=open>
                <label>
                    <span class="report-picker-label">{move || app.lang().pick("报告", "Report")}</span>
                    <select on:change=move |ev| chosen.set(event_target_value(&ev))>
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
                                    <option value=c.url.clone() selected=selected lang="zh-CN">
                                        {format!("{} · {}", c.entry.year, c.entry.body)}
                                    </option>
                                }
                            }).collect_view()
                        }
                    </select>
                </label>
                <button type="submit" class="header-button">{move || app.lang().pick("打开", "Open")}</button>
            </form>
        </Show>
    }
}
