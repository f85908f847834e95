//! Requests for disclosure: what a free-form report states (and "not reported" for the
//! rest), or the balance, the outcome groups and table 2 as published.

use std::sync::Arc;

use leptos::prelude::*;

use super::applicant_mix::ApplicantMixView;
use super::csv_download::{CsvDownload, CsvRows};
use super::data_view::computed_note;
use super::finding_note::FindingNote;
use super::in_turn::{InTurn, Turns};
use super::report_words::{cases_text, ReportWords};
use super::request_balance::RequestBalanceView;
use super::request_outcomes::RequestOutcomesView;
use super::state::{use_app, LoadedReport};
use crate::i18n::{
    applicant_name, format_count, format_percent, free_form_outcome_name, not_reported,
    table2_row_name, Lang,
};
use crate::report::checks::Place;
use crate::report::derived::{RequestBalance, Value, TOTAL_COLUMN};
use crate::report::model::{FreeFormOutcome, Table2, Table2Row};

/// A cell as shown: the number, a marked computed number, or empty for a blank.
pub fn cell_text(lang: Lang, v: Value) -> String {
    match v {
        Value::Published(n) => format_count(lang, n as i64),
        Value::Computed(n) => format!("{}*", format_count(lang, n as i64)),
        Value::Blank => String::new(),
        Value::Missing => "—".into(),
    }
}

#[component]
pub fn RequestsPanel(
    loaded: Arc<LoadedReport>,
    /// The report's turns, and the one in which table 2 in full is built. It is the panel's
    /// largest part (a cell per row and column) and starts closed, so on a page built in
    /// turns it comes a task after the rest of the panel (blocking time in BENCHMARKS.md).
    #[prop(optional)]
    full_table: Option<(Turns, usize)>,
) -> impl IntoView {
    let app = use_app();
    let body = match loaded.report.requests.table2.clone() {
        Some(t2) => view! {
            <StandardRequests loaded=loaded.clone() table=Arc::new(t2) full_table=full_table />
        }
        .into_any(),
        None => view! { <FreeFormRequests loaded=loaded.clone() /> }.into_any(),
    };
    view! {
        <section class="panel requests" aria-labelledby="requests-title">
            <h2 id="requests-title">{move || app.lang().pick("依申请公开", "Requests for disclosure")}</h2>
            {body}
        </section>
    }
}

#[component]
fn FreeFormRequests(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let q = loaded.report.requests.clone();
    let received = q.received.clone();
    let rate = q.reply_rate_percent;
    let channels = q
        .channels
        .iter()
        .map(|c| {
            let (label, count) = (c.label.clone(), c.count.clone());
            view! { <li><ReportWords text=label />" "<span class="num">{move || cases_text(app.lang(), &count)}</span></li> }
        })
        .collect_view();
    let has_channels = !q.channels.is_empty();
    let outcomes = FreeFormOutcome::ALL
        .into_iter()
        .map(|o| {
            let stated = q.outcomes.iter().find(|s| s.outcome == o).cloned();
            let reported = stated.is_some();
            view! {
                <tr class:not-reported=!reported>
                    <th scope="row">
                        {move || free_form_outcome_name(app.lang(), o)}
                        {stated.as_ref().map(|s| view! { <span class="printed-label"><ReportWords text=format!("（{}）", s.label) /></span> })}
                    </th>
                    <td class="num">{move || match &stated {
                        Some(s) => cases_text(app.lang(), &s.count),
                        None => not_reported(app.lang()).into_any(),
                    }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <dl class="figure-list">
            <div>
                <dt>{move || app.lang().pick("收到申请", "Requests received")}</dt>
                <dd class="num">{move || received.as_ref().map(|f| cases_text(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into_any())}</dd>
            </div>
            <div>
                <dt>{move || app.lang().pick("申请渠道", "How requests arrived")}</dt>
                <dd>{if has_channels { view! { <ul class="inline-list">{channels}</ul> }.into_any() } else { view! { <span>{move || not_reported(app.lang())}</span> }.into_any() }}</dd>
            </div>
            <div>
                <dt>{move || app.lang().pick("答复率", "Answered")}</dt>
                <dd class="num">{move || rate.map(format_percent).unwrap_or_else(|| not_reported(app.lang()).into())}</dd>
            </div>
        </dl>
        <FindingNote loaded=loaded.clone() matches=|p| matches!(p, Place::RequestChannels | Place::RequestOutcomes) />
        <p class="not-reported">{move || app.lang().pick(
            "此报告不是统一格式：上年结转、结转下年度、申请人类型及各类不予公开、无法提供、不予处理的原因均未报告。",
            "This report is not in the standard format: requests carried over or forward, applicants, and the reasons for refusals are not reported.",
        )}</p>
        <table class="data-table outcomes-free">
            <caption>{move || app.lang().pick("办理结果（报告只列出部分结果，其余未报告，不等于零）", "Outcomes (the report states only some; the rest are not reported, which is not zero)")}</caption>
            <thead><tr>
                <th scope="col">{move || app.lang().pick("结果", "Outcome")}</th>
                <th scope="col" class="num">{move || app.lang().pick("数量", "Count")}</th>
            </tr></thead>
            <tbody>{outcomes}</tbody>
        </table>
    }
}

#[component]
fn StandardRequests(
    loaded: Arc<LoadedReport>,
    table: Arc<Table2>,
    full_table: Option<(Turns, usize)>,
) -> impl IntoView {
    let app = use_app();
    let balance = RequestBalance::of(&table);
    let disclosed = RequestBalance::disclosed_in_full_or_part(&table);
    let handled = balance.handled.number();
    view! {
        <p class="share">
            {move || {
                let lang = app.lang();
                match (disclosed, handled) {
                    (Some(d), Some(h)) if h > 0 => {
                        let pct = crate::report::number::Decimal::percentage(d as i64, h as i64, 1)
                            .map(format_percent)
                            .unwrap_or_default();
                        match lang {
                            Lang::Zh => format!("予以公开或部分公开 {} 件，占办理总数的 {pct}。", format_count(lang, d as i64)),
                            Lang::En => format!("{} requests were disclosed in full or in part, {pct} of those handled.", format_count(lang, d as i64)),
                        }
                    }
                    _ => lang.pick("公开比例无法计算。", "The share disclosed cannot be computed.").to_string(),
                }
            }}
        </p>
        <RequestOutcomesView loaded=loaded.clone() table=table.clone() />
        <RequestBalanceView loaded=loaded.clone() balance=balance />
        <FindingNote loaded=loaded.clone() matches=|p| *p == Place::Table2Column { column: TOTAL_COLUMN } />
        <ApplicantMixView table=table.clone() file=loaded.file_parts("applicants") />
        {match full_table {
            Some((turns, turn)) => view! {
                <InTurn turns=turns turn=turn>
                    <Table2Full loaded=loaded.clone() table=table.clone() />
                </InTurn>
            }
            .into_any(),
            None => view! { <Table2Full loaded=loaded.clone() table=table.clone() /> }.into_any(),
        }}
    }
}

/// Table 2 as published: blanks blank, computed totals marked, cells with findings marked.
#[component]
fn Table2Full(loaded: Arc<LoadedReport>, table: Arc<Table2>) -> impl IntoView {
    let app = use_app();
    let flagged_rows: Vec<Table2Row> = loaded
        .findings()
        .filter_map(|f| match f.place {
            Place::Table2 { row, column: None } => Some(row),
            _ => None,
        })
        .collect();
    let flagged_columns: Vec<usize> = loaded
        .findings()
        .filter_map(|f| match f.place {
            Place::Table2Column { column } => Some(column),
            _ => None,
        })
        .collect();
    let any_computed = table
        .printed_rows()
        .iter()
        .any(|r| (0..=TOTAL_COLUMN).any(|c| table.value(*r, c).is_computed()));
    let header = (0..=TOTAL_COLUMN)
        .map(|c| {
            let flagged = flagged_columns.contains(&c);
            view! { <th scope="col" class="num" class:has-finding=flagged>{move || applicant_name(app.lang(), c)}</th> }
        })
        .collect_view();
    let rows = table
        .printed_rows()
        .into_iter()
        .map(|row| {
            let flagged = flagged_rows.contains(&row);
            let cells = (0..=TOTAL_COLUMN)
                .map(|c| {
                    let v = table.value(row, c);
                    view! {
                        <td class="num" class:computed=v.is_computed() class:blank=v == Value::Blank>
                            {move || cell_text(app.lang(), v)}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr class:has-finding=flagged class:group-start=matches!(row, Table2Row::Disclosed | Table2Row::Total | Table2Row::CarriedForward)>
                    <th scope="row">{move || table2_row_name(app.lang(), row)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let csv_rows: CsvRows = {
        let table = table.clone();
        Arc::new(move |lang: Lang| {
            let mut out = vec![std::iter::once(lang.pick("项目", "Row").to_string())
                .chain((0..=TOTAL_COLUMN).map(|c| applicant_name(lang, c).to_string()))
                .collect::<Vec<_>>()];
            for row in table.printed_rows() {
                let mut line = vec![table2_row_name(lang, row).to_string()];
                line.extend((0..=TOTAL_COLUMN).map(|c| {
                    table
                        .value(row, c)
                        .number()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                }));
                out.push(line);
            }
            if any_computed {
                out.push(Vec::new());
                out.push(vec![computed_note(lang).to_string()]);
            }
            out
        })
    };
    view! {
        <details class="full-table">
            <summary>{move || app.lang().pick("表二全表（按原文，空白保留）", "Table 2 in full (as published, blanks kept)")}</summary>
            <p class="scroll-hint">{move || app.lang().pick("表格较宽，可左右滑动查看各列。", "The table is wide: scroll sideways to see every column.")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || app.lang().pick("表二全表", "Table 2 in full")>
                <table class="data-table table2">
                    <thead><tr><th scope="col">{move || app.lang().pick("项目", "Row")}</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {any_computed.then(|| view! {
                <p class="footnote">{move || app.lang().pick("* 报告此处空白，数字由看板按同行（或同列）各项计算，空白按 0 计。", "* Left blank in the report; computed by the dashboard from the row (or column), blanks taken as 0.")}</p>
            })}
            <p class="downloads">
                <CsvDownload label=("下载表二（CSV）", "Table 2 (CSV)") file=loaded.file_parts("table2") rows=csv_rows />
            </p>
        </details>
    }
}
