//! The request balance of table 2, drawn so the reader sees it hold (or not): received this
//! year + carried over against handled + carried forward, two bars on one scale.

use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::DataView;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::{use_app, LoadedReport};
use crate::charts::stacked::StackedRow;
use crate::charts::Chart;
use crate::i18n::{format_count, not_reported, Lang};
use crate::report::checks::{Check, Place};
use crate::report::derived::{sum_present, RequestBalance, Value, TOTAL_COLUMN};

const PARTS: [(&str, &str); 4] = [
    ("本年新收", "received this year"),
    ("上年结转", "carried over"),
    ("办理完毕", "handled"),
    ("结转下年度", "carried forward"),
];

fn shown(lang: Lang, v: Value) -> String {
    match v.number() {
        Some(n) if v.is_computed() => format!("{}*", format_count(lang, n as i64)),
        Some(n) => format_count(lang, n as i64),
        None => not_reported(lang).into(),
    }
}

#[component]
pub fn RequestBalanceView(loaded: Arc<LoadedReport>, balance: RequestBalance) -> impl IntoView {
    let app = use_app();
    let holds = !loaded.findings().any(|f| {
        f.check == Check::RequestBalance
            && f.place
                == Place::Table2Column {
                    column: TOTAL_COLUMN,
                }
    });
    let sides = [
        [balance.received, balance.carried_over],
        [balance.handled, balance.carried_forward],
    ];
    // A missing row is not a zero: without it there is no balance to draw.
    let totals = if balance.complete() {
        sides.map(sum_present)
    } else {
        [None, None]
    };
    let any_figure = totals.iter().any(Option::is_some);
    let chart = any_figure.then(|| {
        Signal::derive(move || {
            let lang = app.lang();
            let row = |side: usize, label: &str| StackedRow {
                label: label.to_string(),
                parts: (0..4)
                    .map(|p| {
                        (p / 2 == side)
                            .then(|| sides[side][p % 2].number().map(|n| n as f64))
                            .flatten()
                    })
                    .collect(),
                total_text: totals[side]
                    .map(|t| format_count(lang, t as i64))
                    .unwrap_or_else(|| not_reported(lang).into()),
            };
            Chart::Stacked {
                rows: vec![
                    row(0, lang.pick("收到", "In")),
                    row(1, lang.pick("处理", "Out")),
                ],
                legend: PARTS
                    .iter()
                    .map(|p| lang.pick(p.0, p.1).to_string())
                    .collect(),
            }
        })
    });
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = Arc::new(move |side, lang| {
        let [a, b] = sides[side];
        let (pa, pb) = (PARTS[side * 2], PARTS[side * 2 + 1]);
        let total = totals[side].map_or_else(
            || not_reported(lang).into(),
            |t| format_count(lang, t as i64),
        );
        match lang {
            Lang::Zh => format!(
                "{} {} + {} {} = {total}",
                pa.0,
                shown(lang, a),
                pb.0,
                shown(lang, b)
            ),
            Lang::En => format!(
                "{} {} + {} {} = {total}",
                pa.1,
                shown(lang, a),
                pb.1,
                shown(lang, b)
            ),
        }
    });
    let rows = vec![
        TableRow {
            label: Label::Ui("收到（新收 + 上年结转）", "In (received + carried over)"),
            cells: vec![
                CellData::Count(balance.received),
                CellData::Count(balance.carried_over),
                totals[0].map_or(CellData::NotReported, |t| {
                    CellData::Count(Value::Computed(t))
                }),
            ],
            flagged: !holds,
        },
        TableRow {
            label: Label::Ui(
                "处理（办理 + 结转下年度）",
                "Out (handled + carried forward)",
            ),
            cells: vec![
                CellData::Count(balance.handled),
                CellData::Count(balance.carried_forward),
                totals[1].map_or(CellData::NotReported, |t| {
                    CellData::Count(Value::Computed(t))
                }),
            ],
            flagged: !holds,
        },
    ];
    let verdict = move || {
        let lang = app.lang();
        let side = |i: usize| {
            let [a, b] = sides[i];
            let total = totals[i].map_or_else(
                || not_reported(lang).into(),
                |t| format_count(lang, t as i64),
            );
            let (pa, pb) = (PARTS[i * 2], PARTS[i * 2 + 1]);
            format!(
                "{} {} + {} {} = {total}",
                lang.pick(pa.0, pa.1),
                shown(lang, a),
                lang.pick(pb.0, pb.1),
                shown(lang, b)
            )
        };
        let conclusion = match (totals, holds) {
            ([Some(_), Some(_)], true) => lang.pick("收支平衡。", "The balance holds."),
            ([Some(_), Some(_)], false) => lang.pick("收支不平衡。", "The balance does not hold."),
            _ => lang.pick(
                "报告未给出足够的数字，无法核对收支。",
                "The report does not give enough figures to check the balance.",
            ),
        };
        match lang {
            Lang::Zh => format!("{}；{}。{conclusion}", side(0), side(1)),
            Lang::En => {
                let text = format!("{}; {}. {conclusion}", side(0), side(1));
                let mut chars = text.chars();
                chars
                    .next()
                    .map_or(text.clone(), |c| c.to_uppercase().chain(chars).collect())
            }
        }
    };
    let selected = RwSignal::new(None::<usize>);
    view! {
        <div class="request-balance">
            <h3>{move || app.lang().pick("申请收支", "Requests in and out")}</h3>
            <p class="balance" class:balance-broken=!holds>{verdict}</p>
            <DataView
                chart=chart
                chart_label=Signal::derive(move || app.lang().pick("申请收支图：收到与处理", "Requests in and out").to_string())
                describe=describe
                caption=Label::Ui("申请收支（总计列）", "Requests in and out (total column)")
                columns=vec![
                    Label::Ui("项目", "Side"),
                    Label::Ui("本年新收 / 办理完毕", "Received / handled"),
                    Label::Ui("上年结转 / 结转下年度", "Carried over / forward"),
                    Label::Ui("合计", "Sum"),
                ]
                rows=rows
                selected=selected
                file=loaded.file_parts("balance")
            />
        </div>
    }
}
