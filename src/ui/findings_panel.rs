//! Every check run on the report: the findings first, then the checks that hold, the totals
//! the dashboard computed, and the checks that could not be made.

use std::sync::Arc;

use leptos::prelude::*;

use super::report_words::mixed_text;
use super::state::{use_app, LoadedReport};
use crate::i18n::{describe_result, Lang};
use crate::report::checks::{CheckResult, Status};
use crate::report::load::describe_load_warning;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Finding,
    Holds,
    Computed,
    NotCheckable,
}

fn kind(r: &CheckResult) -> Kind {
    match r.status {
        _ if r.is_finding() => Kind::Finding,
        Status::Holds => Kind::Holds,
        Status::TotalComputed => Kind::Computed,
        _ => Kind::NotCheckable,
    }
}

#[component]
pub fn FindingsPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let count = |k: Kind| loaded.results.iter().filter(|r| kind(r) == k).count();
    let list = |k: Kind| {
        loaded
            .results
            .iter()
            .filter(|r| kind(r) == k)
            .cloned()
            .map(|r| {
                let loaded = loaded.clone();
                view! { <li>{move || mixed_text(app.lang(), describe_result(app.lang(), &r, &loaded.report))}</li> }
            })
            .collect_view()
    };
    let (failed, holds, computed, unchecked) = (
        count(Kind::Finding),
        count(Kind::Holds),
        count(Kind::Computed),
        count(Kind::NotCheckable),
    );
    let total = loaded.results.len();
    let warnings = loaded.warnings.clone();
    let summary = move || {
        match app.lang() {
        Lang::Zh => format!(
            "共核对 {total} 项：{failed} 项不符，{holds} 项成立；另有 {computed} 项总计由看板计算，{unchecked} 项无从核对。"
        ),
        Lang::En => format!(
            "{total} checks: {failed} failed, {holds} hold; {computed} totals were computed by the dashboard, {unchecked} checks could not be made."
        ),
    }
    };
    let details = |k: Kind, n: usize, zh: &'static str, en: &'static str| {
        (n > 0).then(|| {
            let items = list(k);
            view! {
                <details>
                    <summary>{move || app.lang().pick(zh, en)}" ("{n}")"</summary>
                    <ul class="holds-list">{items}</ul>
                </details>
            }
        })
    };
    view! {
        <section id="findings" class="panel findings" aria-labelledby="findings-title">
            <h2 id="findings-title">{move || app.lang().pick("核对结果", "Checks")}</h2>
            <p class="findings-summary">{summary}</p>
            {(!warnings.is_empty()).then(|| view! {
                <div class="load-warnings">
                    <h3>{move || app.lang().pick("文件提示", "About the file")}</h3>
                    <ul class="holds-list">
                        {warnings.iter().cloned().map(|w| view! { <li>{move || mixed_text(app.lang(), describe_load_warning(app.lang(), &w))}</li> }).collect_view()}
                    </ul>
                </div>
            })}
            {(failed > 0).then(|| view! { <ul class="finding-list">{list(Kind::Finding)}</ul> })}
            {details(Kind::Holds, holds, "成立的核对", "Checks that hold")}
            {details(Kind::Computed, computed, "报告空白、由看板计算的总计", "Totals left blank and computed")}
            {details(Kind::NotCheckable, unchecked, "无从核对", "Checks that could not be made")}
        </section>
    }
}
