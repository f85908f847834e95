//! The page: site header, the report (or why it could not be shown), and the footer.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::load_error::LoadErrorPanel;
use super::loading::Loading;
use super::report_picker::ReportPicker;
use super::report_view::ReportView;
use super::state::{fetch_collection, fetch_report, AppError, AppState, LoadedReport};
use crate::i18n::Lang;
use crate::report::links::LinkPolicy;

/// The report shown when the URL names none.
pub const DEFAULT_REPORT: &str = "reports/dongguan-hr-2015.json";
/// The collection index of the bundled reports.
pub const DEFAULT_COLLECTION: &str = "reports/index.json";

type LoadState = Option<Result<Arc<LoadedReport>, AppError>>;

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|v| !v.trim().is_empty())
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

#[component]
pub fn App() -> impl IntoView {
    let lang = query_param("lang")
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    let app = AppState {
        lang: RwSignal::new(lang),
        policy: StoredValue::new(deployment_link_policy()),
        collection: RwSignal::new(Vec::new()),
    };
    provide_context(app);

    let collection_url =
        query_param("collection").unwrap_or_else(|| DEFAULT_COLLECTION.to_string());
    spawn_local(async move {
        app.collection.set(fetch_collection(collection_url).await);
    });

    let report_url = query_param("report").unwrap_or_else(|| DEFAULT_REPORT.to_string());
    let state: RwSignal<LoadState> = RwSignal::new(None);
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
    load();

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
    view! {
        <a class="skip-link" href="#main">{move || app.lang().pick("跳到正文", "Skip to content")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-name">{move || app.lang().pick("政府信息公开年报看板", "Open Government Information Report Dashboard")}</p>
                <ReportPicker current=report_url.clone() />
            </div>
        </header>
        <main id="main" class="page">
            {move || match state.get() {
                None => view! { <Loading /> }.into_any(),
                Some(Ok(loaded)) => view! { <ReportView loaded=loaded /> }.into_any(),
                Some(Err(error)) => view! {
                    <LoadErrorPanel error=error on_retry=move || retry.with_value(|load| load()) />
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{move || app.lang().pick(
                "数据按各机关发布的年度报告原文转录。报告未给出的数字显示为“未报告”，空白不等于零；计算所得的数字另有标注。",
                "Figures are transcribed from the reports as each body published them. A figure a report does not give is shown as “not reported”; a blank is not a zero; computed figures are marked.",
            )}</p>
        </footer>
    }
}
