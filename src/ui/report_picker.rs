//! The list of reports the collection offers: search by body or region, filter by year and
//! province, newest first; open one, or tick several and compare them. Only the reports
//! opened are fetched.

use leptos::prelude::*;

use super::navigation::{compare_reports, navigate};
use super::report_list::{ReportList, LISTED};
use super::state::use_app;
use crate::catalogue::Search;
use crate::i18n::Lang;

#[component]
pub fn ReportPicker(on_retry: Callback<()>) -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let toggle_button = NodeRef::<leptos::html::Button>::new();
    let search = RwSignal::new(Search::default());
    // The reports ticked for comparison; those on screen (and listed) start ticked.
    let ticked = RwSignal::new(Vec::<String>::new());
    let toggle = move |_| {
        let opening = !open.get_untracked();
        if opening {
            let on_screen = app.location.with_untracked(|o| {
                if o.compare.is_empty() {
                    app.report.with_untracked(|r| match r {
                        Some(Ok(l)) if !l.local => vec![l.url.clone()],
                        _ => Vec::new(),
                    })
                } else {
                    o.compare.clone()
                }
            });
            // Only reports the list holds start ticked, so nothing is compared unseen.
            let listed = app.collection.with_untracked(|c| {
                on_screen
                    .into_iter()
                    .filter(|u| c.by_url(u).is_some())
                    .collect()
            });
            ticked.set(listed);
        }
        open.set(opening);
    };
    // What is on screen changed (a link, Back): the list closes.
    Effect::new(move |first: Option<()>| {
        app.location.track();
        if first.is_some() {
            open.set(false);
        }
    });
    let search_box = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = search_box.get() {
            let _ = input.focus();
        }
    });
    let matches = Memo::new(move |_| search.with(|s| app.collection.with(|c| c.find(s))));
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
    let count_text = move || {
        let (shown, total) = (
            matches.with(Vec::len),
            app.collection.with(|c| c.entries.len()),
        );
        let listed = shown.min(LISTED);
        match app.lang() {
            Lang::Zh if listed < shown => format!("{total} 份报告中有 {shown} 份符合，列出最新的 {listed} 份；请缩小范围。"),
            Lang::Zh => format!("{total} 份报告中有 {shown} 份符合。"),
            Lang::En if listed < shown => format!("{shown} of {total} reports match; the newest {listed} are listed. Narrow the search."),
            Lang::En => format!("{shown} of {total} reports match."),
        }
    };
    let compare = move |_| {
        let urls = ticked.get_untracked();
        if urls.len() >= 2 {
            navigate(app, |o| compare_reports(o, urls));
            open.set(false);
        }
    };
    let year_options = move || {
        app.collection.with(|c| {
            c.years
                .iter()
                .map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> })
                .collect_view()
        })
    };
    let province_options = move || {
        app.collection.with(|c| {
            c.provinces
                .iter()
                .map(|p| view! { <option value=p.clone() lang="zh-CN">{p.clone()}</option> })
                .collect_view()
        })
    };
    let panel = move || {
        open.get().then(|| {
            view! {
                <section class="picker-panel" aria-labelledby="picker-title" on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(false);
                        if let Some(button) = toggle_button.get_untracked() {
                            let _ = button.focus();
                        }
                    }
                }>
                    <h2 id="picker-title" class="picker-title">{move || app.lang().pick("选择报告", "Choose reports")}</h2>
                    <div class="picker-filters">
                        <label>
                            <span>{move || app.lang().pick("搜索机关或地区", "Search by body or region")}</span>
                            <input
                                type="search"
                                class="picker-search"
                                node_ref=search_box
                                prop:value=move || search.with(|s| s.text.clone())
                                on:input=move |ev| search.update(|s| s.text = event_target_value(&ev))
                            />
                        </label>
                        <label>
                            <span>{move || app.lang().pick("年度", "Year")}</span>
                            <select on:change=move |ev| search.update(|s| s.year = event_target_value(&ev).parse().ok())>
                                <option value="">{move || app.lang().pick("全部年度", "All years")}</option>
                                {year_options}
                            </select>
                        </label>
                        <label>
                            <span>{move || app.lang().pick("省份", "Province")}</span>
                            <select on:change=move |ev| search.update(|s| {
                                let v = event_target_value(&ev);
                                s.province = (!v.is_empty()).then_some(v);
                            })>
                                <option value="">{move || app.lang().pick("全部地区", "All regions")}</option>
                                {province_options}
                            </select>
                        </label>
                    </div>
                    <p class="picker-count" aria-live="polite">{count_text}</p>
                    <ReportList matches=matches ticked=ticked open=open />
                    <p class="picker-ticked" aria-live="polite">{move || {
                        let names: Vec<String> = ticked.with(|t| {
                            app.collection.with(|c| {
                                t.iter()
                                    .map(|u| c.by_url(u).map_or_else(|| u.clone(), |e| format!("{} · {}", e.entry.year, e.entry.body)))
                                    .collect()
                            })
                        });
                        match (app.lang(), names.is_empty()) {
                            (Lang::Zh, true) => "勾选两份或更多报告进行比较。".to_string(),
                            (Lang::En, true) => "Tick two or more reports to compare them.".to_string(),
                            (Lang::Zh, false) => format!("已选：{}", names.join("；")),
                            (Lang::En, false) => format!("Ticked: {}", names.join("; ")),
                        }
                    }}</p>
                    <div class="picker-actions">
                        <button type="button" class="primary-button" disabled=move || ticked.with(Vec::len) < 2 on:click=compare>
                            {move || match app.lang() {
                                Lang::Zh => format!("比较所选（{}）", ticked.with(Vec::len)),
                                Lang::En => format!("Compare selected ({})", ticked.with(Vec::len)),
                            }}
                        </button>
                        <button type="button" class="header-button" on:click=move |_| ticked.set(Vec::new())>
                            {move || app.lang().pick("清除所选", "Clear selection")}
                        </button>
                        <button type="button" class="header-button" on:click=move |_| open.set(false)>
                            {move || app.lang().pick("关闭", "Close")}
                        </button>
                    </div>
                </section>
            }
        })
    };
    view! {
        {failed}
        <button
            type="button"
            class="header-button picker-toggle"
            node_ref=toggle_button
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    open.set(false);
                }
            }
            aria-expanded=move || open.get().to_string()
            on:click=toggle
        >
            {move || match app.lang() {
                Lang::Zh => format!("报告列表（{}）", app.collection.with(|c| c.entries.len())),
                Lang::En => format!("Reports ({})", app.collection.with(|c| c.entries.len())),
            }}
        </button>
        {panel}
    }
}
