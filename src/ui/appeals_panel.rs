//! Administrative reconsideration and litigation: table 3 by result, or the counts a
//! free-form report states.

use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::DataView;
use super::finding_note::FindingNote;
use super::linked_text::LinkedText;
use super::report_words::cases_text;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::{use_app, LoadedReport};
use crate::charts::stacked::StackedRow;
use crate::charts::Chart;
use crate::i18n::{appeal_block_name, appeal_result_name, format_count, not_reported, Lang};
use crate::report::checks::Place;
use crate::report::derived::Value;
use crate::report::model::{AppealBlock, AppealResult};

/// Short names for the chart's narrow label column.
fn appeal_block_short(lang: Lang, b: AppealBlock) -> &'static str {
    match b {
        AppealBlock::Reconsideration => lang.pick("行政复议", "Reconsideration"),
        AppealBlock::LitigationDirect => lang.pick("直接起诉", "Direct suit"),
        AppealBlock::LitigationAfterReconsideration => lang.pick("复议后起诉", "Suit after review"),
    }
}

#[component]
pub fn AppealsPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let appeals = loaded.report.appeals.clone();
    let table = appeals.table3.clone().map(|t3| {
        let flagged: Vec<AppealBlock> = loaded
            .findings()
            .filter_map(|f| match f.place {
                Place::Table3 { block } => Some(block),
                _ => None,
            })
            .collect();
        let values: Vec<Vec<Value>> = AppealBlock::ALL
            .iter()
            .map(|b| AppealResult::ALL.iter().map(|r| t3.value(*b, *r)).collect())
            .collect();
        let any = values.iter().flatten().any(|v| v.number().is_some());
        let chart = any.then(|| {
            let values = values.clone();
            Signal::derive(move || {
                let lang = app.lang();
                Chart::Stacked {
                    rows: AppealBlock::ALL
                        .iter()
                        .zip(&values)
                        .map(|(b, v)| StackedRow {
                            label: appeal_block_short(lang, *b).to_string(),
                            parts: v[..4].iter().map(|x| x.number().map(|n| n as f64)).collect(),
                            total_text: match v[4] {
                                Value::Published(n) => format_count(lang, n as i64),
                                Value::Computed(n) => format!("{}*", format_count(lang, n as i64)),
                                _ => lang.pick("空白", "blank").to_string(),
                            },
                        })
                        .collect(),
                    legend: AppealResult::ALL[..4]
                        .iter()
                        .map(|r| appeal_result_name(lang, *r).to_string())
                        .collect(),
                }
            })
        });
        let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
            let values = values.clone();
            Arc::new(move |i, lang| {
                let parts: Vec<String> = AppealResult::ALL
                    .iter()
                    .zip(&values[i])
                    .map(|(r, v)| {
                        let n = v.number().map_or_else(|| lang.pick("空白", "blank").to_string(), |n| format_count(lang, n as i64));
                        format!("{} {n}", appeal_result_name(lang, *r))
                    })
                    .collect();
                format!(
                    "{}{}{}",
                    appeal_block_name(lang, AppealBlock::ALL[i]),
                    crate::i18n::colon(lang),
                    parts.join(crate::i18n::list_separator(lang))
                )
            })
        };
        let rows: Vec<TableRow> = AppealBlock::ALL
            .iter()
            .zip(&values)
            .map(|(b, v)| TableRow {
                label: Label::Ui(appeal_block_name(Lang::Zh, *b), appeal_block_name(Lang::En, *b)),
                cells: v.iter().map(|x| CellData::Count(*x)).collect(),
                flagged: flagged.contains(b),
            })
            .collect();
        let mut columns = vec![Label::Ui("类别", "Kind")];
        columns.extend(
            AppealResult::ALL
                .iter()
                .map(|r| Label::Ui(appeal_result_name(Lang::Zh, *r), appeal_result_name(Lang::En, *r))),
        );
        let selected = RwSignal::new(None::<usize>);
        view! {
            <DataView
                chart=chart
                chart_label=Signal::derive(move || app.lang().pick("行政复议与行政诉讼按结果", "Appeals by result").to_string())
                describe=describe
                caption=Label::Ui("表三：行政复议与行政诉讼（* 为计算所得）", "Table 3: reconsideration and litigation (* computed)")
                columns=columns
                rows=rows
                selected=selected
                file=loaded.file_parts("appeals")
            />
        }
    });
    let text_figures = appeals.table3.is_none().then(|| {
        let (rec, lit) = (appeals.reconsideration.clone(), appeals.litigation.clone());
        view! {
            <dl class="figure-list">
                <div class="figure-item">
                    <dt>{move || app.lang().pick("行政复议", "Reconsideration")}</dt>
                    <dd class="num">{move || rec.as_ref().map(|f| cases_text(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into_any())}</dd>
                </div>
                <div class="figure-item">
                    <dt>{move || app.lang().pick("行政诉讼", "Lawsuits")}</dt>
                    <dd class="num">{move || lit.as_ref().map(|f| cases_text(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into_any())}</dd>
                </div>
            </dl>
        }
    });
    view! {
        <section class="panel appeals" aria-labelledby="appeals-title">
            <h2 id="appeals-title">{move || app.lang().pick("行政复议与行政诉讼", "Reconsideration and litigation")}</h2>
            {table}
            {text_figures}
            <FindingNote loaded=loaded.clone() matches=|p| matches!(p, Place::Table3 { .. }) />
            {appeals.note.map(|n| view! { <p class="note"><LinkedText text=n /></p> })}
        </section>
    }
}
