//! The page: site header, the report (or why it could not be shown), and the footer. In
//! embed mode only the report and a source line, with the height sent to the parent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::auto_height::send_height_to_parent;
use super::care_switch::CareSwitch;
use super::import_page::ImportPage;
use super::language_switch::LanguageSwitch;
use super::load_error::LoadErrorPanel;
use super::loading::Loading;
use super::open_local_file::{accept_dropped_files, OpenLocalFile};
use super::print;
use super::report_picker::ReportPicker;
use super::report_view::ReportView;
use super::state::{fetch_collection, fetch_report, AppState};
use crate::page::{link_colour, text_on, PageOptions, Theme};
use crate::report::links::LinkPolicy;

/// The report shown when the URL names none.
pub const DEFAULT_REPORT: &str = "reports/dongguan-hr-2015.json";
/// The collection index of the bundled reports.
pub const DEFAULT_COLLECTION: &str = "reports/index.json";

fn page_options() -> PageOptions {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return PageOptions::default();
    };
    let pairs = js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        });
    PageOptions::from_pairs(pairs)
}

/// The deployment's link allow-list, from `<meta name="ndbg-link-allow-list">` in
/// index.html; the default (hosts under gov.cn) when the page sets none. It is never read
/// from the URL: a link in a shared URL must not widen what report text may link to.
fn deployment_link_policy() -> LinkPolicy {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='ndbg-link-allow-list']")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .map_or_else(LinkPolicy::default, |list| LinkPolicy::from_list(&list))
}

/// Applies the theme, the accent and embed mode to the document element. Classes,
/// attributes and CSSOM properties only: nothing a strict style-src policy refuses.
fn apply_page_options(options: &PageOptions, dark: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if options.embed {
        let _ = root.class_list().add_1("embed");
    }
    if let Some(accent) = options.accent {
        let style = root.style();
        let _ = style.set_property("--ndbg-accent", &accent.css());
        let _ = style.set_property("--ndbg-accent-text", &text_on(accent).css());
        if let Some(link) = link_colour(accent) {
            let _ = style.set_property("--ndbg-link", &link.css());
            let _ = style.set_property("--ndbg-focus", &link.css());
        }
    }
    let set_theme = {
        let root = root.clone();
        move |is_dark: bool| {
            let _ = root.set_attribute("data-theme", if is_dark { "dark" } else { "light" });
            dark.set(is_dark);
        }
    };
    match options.theme {
        Theme::Light => set_theme(false),
        Theme::Dark => set_theme(true),
        Theme::Auto => {
            let query = window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten();
            set_theme(query.as_ref().is_some_and(|q| q.matches()));
            if let Some(query) = query {
                // Follows the system setting for the life of the page.
                let on_change =
                    wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
                        move |e: web_sys::MediaQueryListEvent| set_theme(e.matches()),
                    );
                let _ = query
                    .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                on_change.forget();
            }
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let options = page_options();
    let app = AppState {
        lang: RwSignal::new(options.lang.unwrap_or_default()),
        policy: StoredValue::new(deployment_link_policy()),
        collection: RwSignal::new(Vec::new()),
        collection_error: RwSignal::new(None),
        report: RwSignal::new(None),
        dark: RwSignal::new(false),
        care: RwSignal::new(options.care),
        options: StoredValue::new(options.clone()),
    };
    provide_context(app);
    apply_page_options(&options, app.dark);
    if options.embed {
        send_height_to_parent(options.frame_id.clone());
    }

    let collection_url = options
        .collection
        .clone()
        .unwrap_or_else(|| DEFAULT_COLLECTION.to_string());
    let load_collection = move || {
        let url = collection_url.clone();
        app.collection_error.set(None);
        spawn_local(async move {
            match fetch_collection(url).await {
                Ok(entries) => app.collection.set(entries),
                Err(e) => app.collection_error.set(Some(e)),
            }
        });
    };
    load_collection();
    let retry_collection = Callback::new(move |_: ()| load_collection());

    let report_url = options
        .report
        .clone()
        .unwrap_or_else(|| DEFAULT_REPORT.to_string());
    let state = app.report;
    let load = {
        let report_url = report_url.clone();
        move || {
            state.set(None);
            let url = report_url.clone();
            spawn_local(async move {
                state.set(Some(fetch_report(url).await));
            });
        }
    };
    if !options.import {
        load();
    }

    // Care mode is a class on the document element, so every style can follow it.
    Effect::new(move |_| {
        let care = app.care.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().toggle_with_force("care", care);
        }
    });
    print::open_details_when_printing();
    if !options.embed {
        accept_dropped_files(app);
    }

    // The document's language and title follow the interface and the report.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        let site = lang.pick(
            "政府信息公开年报看板",
            "Open Government Information Report Dashboard",
        );
        let title = match state.get() {
            Some(Ok(loaded)) => format!("{} · {site}", loaded.report.title),
            _ => site.to_string(),
        };
        document.set_title(&title);
    });

    let retry = StoredValue::new(load);
    let importing = options.import;
    let main = move || match state.get() {
        _ if importing => view! { <ImportPage /> }.into_any(),
        None => view! { <Loading /> }.into_any(),
        Some(Ok(loaded)) => view! { <ReportView loaded=loaded /> }.into_any(),
        Some(Err(error)) => view! {
            <LoadErrorPanel error=error on_retry=move || retry.with_value(|load| load()) />
        }
        .into_any(),
    };
    if options.embed {
        return view! { <main id="main" class="page">{main}</main> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">{move || app.lang().pick("跳到正文", "Skip to content")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-name">{move || app.lang().pick("政府信息公开年报看板", "Open Government Information Report Dashboard")}</p>
                <div class="header-controls">
                    <ReportPicker current=report_url.clone() on_retry=retry_collection />
                    <OpenLocalFile />
                    <a class="header-button" href="?import=1">{move || app.lang().pick("导入报告", "Import")}</a>
                    <LanguageSwitch />
                    <CareSwitch />
                </div>
            </div>
        </header>
        <main id="main" class="page">{main}</main>
        <footer class="site-footer">
            <p>{move || app.lang().pick(
                "数据按各机关发布的年度报告原文转录。报告未给出的数字显示为“未报告”，空白不等于零；计算所得的数字另有标注。",
                "Figures are transcribed from the reports as each body published them. A figure a report does not give is shown as “not reported”; a blank is not a zero; computed figures are marked.",
            )}</p>
        </footer>
    }
    .into_any()
}
