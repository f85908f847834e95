//! Table 1, proactive disclosure under article 20, in the edition the report uses.

use std::sync::Arc;

use leptos::prelude::*;

use super::csv_download::{CsvDownload, CsvRows};
use super::data_view::DataView;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::{use_app, LoadedReport};
use crate::charts::bars::Bar;
use crate::charts::Chart;
use crate::i18n::{format_count, format_decimal, format_figure, Lang};
use crate::report::derived::Value;
use crate::report::model::Table1;
use crate::report::number::{Cell, Decimal};

/// A row of table 1: its label and its cells as text (blank stays blank).
struct Row {
    label: (&'static str, &'static str),
    cells: Vec<Box<dyn Fn(Lang) -> String + Send + Sync>>,
}

fn count(c: Cell) -> Box<dyn Fn(Lang) -> String + Send + Sync> {
    Box::new(move |lang| c.map(|n| format_count(lang, n as i64)).unwrap_or_default())
}

fn decimal(d: Option<Decimal>) -> Box<dyn Fn(Lang) -> String + Send + Sync> {
    Box::new(move |lang| d.map(|n| format_decimal(lang, n)).unwrap_or_default())
}

type Block = (
    (&'static str, &'static str),
    Vec<(&'static str, &'static str)>,
    Vec<Row>,
);

fn blocks(table: &Table1) -> Vec<Block> {
    match table {
        Table1::Edition2019(t) => {
            let docs = |label, r: &crate::report::model::DocumentsRow2019| Row {
                label,
                cells: vec![count(r.made), count(r.published), count(r.total_public)],
            };
            let items = |label, r: &crate::report::model::ItemsRow2019, decisions: bool| Row {
                label,
                cells: if decisions {
                    vec![
                        count(r.previous_items),
                        decimal(r.change),
                        count(r.decisions),
                    ]
                } else {
                    vec![count(r.previous_items), decimal(r.change)]
                },
            };
            let items_cols = vec![
                ("上一年项目数量", "Items last year"),
                ("本年增/减", "Change this year"),
                ("处理决定数量", "Decisions"),
            ];
            let amount = t.procurement.amount.clone();
            vec![
                (
                    ("第二十条第（一）项", "Art. 20 (1)"),
                    vec![
                        ("本年新制作数量", "Made this year"),
                        ("本年新公开数量", "Published this year"),
                        ("对外公开总数量", "Total public"),
                    ],
                    vec![
                        docs(("规章", "Rules"), &t.regulations),
                        docs(
                            ("规范性文件", "Normative documents"),
                            &t.normative_documents,
                        ),
                    ],
                ),
                (
                    ("第二十条第（五）项", "Art. 20 (5)"),
                    items_cols.clone(),
                    vec![
                        items(("行政许可", "Licensing"), &t.licensing, true),
                        items(
                            ("其他对外管理服务事项", "Other management services"),
                            &t.other_management_services,
                            true,
                        ),
                    ],
                ),
                (
                    ("第二十条第（六）项", "Art. 20 (6)"),
                    items_cols.clone(),
                    vec![
                        items(("行政处罚", "Penalties"), &t.penalty, true),
                        items(("行政强制", "Coercive measures"), &t.coercion, true),
                    ],
                ),
                (
                    ("第二十条第（八）项", "Art. 20 (8)"),
                    items_cols[..2].to_vec(),
                    vec![items(
                        ("行政事业性收费", "Administrative fees"),
                        &t.fees,
                        false,
                    )],
                ),
                (
                    ("第二十条第（九）项", "Art. 20 (9)"),
                    vec![
                        ("采购项目数量", "Procurement projects"),
                        ("采购总金额", "Total amount"),
                    ],
                    vec![Row {
                        label: ("政府集中采购", "Centralised government procurement"),
                        cells: vec![
                            count(t.procurement.projects),
                            Box::new(move |lang| {
                                amount
                                    .as_ref()
                                    .map(|a| format_figure(lang, a))
                                    .unwrap_or_default()
                            }),
                        ],
                    }],
                ),
            ]
        }
        Table1::Edition2021(t) => {
            let docs = |label, r: &crate::report::model::DocumentsRow2021| Row {
                label,
                cells: vec![count(r.made), count(r.abolished), count(r.in_force)],
            };
            let decisions = vec![("本年处理决定数量", "Decisions this year")];
            vec![
                (
                    ("第二十条第（一）项", "Art. 20 (1)"),
                    vec![
                        ("本年制发件数", "Made this year"),
                        ("本年废止件数", "Abolished this year"),
                        ("现行有效件数", "In force"),
                    ],
                    vec![
                        docs(("规章", "Rules"), &t.regulations),
                        docs(
                            ("行政规范性文件", "Normative documents"),
                            &t.normative_documents,
                        ),
                    ],
                ),
                (
                    ("第二十条第（五）项", "Art. 20 (5)"),
                    decisions.clone(),
                    vec![Row {
                        label: ("行政许可", "Licensing"),
                        cells: vec![count(t.licensing_decisions)],
                    }],
                ),
                (
                    ("第二十条第（六）项", "Art. 20 (6)"),
                    decisions,
                    vec![
                        Row {
                            label: ("行政处罚", "Penalties"),
                            cells: vec![count(t.penalty_decisions)],
                        },
                        Row {
                            label: ("行政强制", "Coercive measures"),
                            cells: vec![count(t.coercion_decisions)],
                        },
                    ],
                ),
                (
                    ("第二十条第（八）项", "Art. 20 (8)"),
                    vec![("本年收费金额（万元）", "Fees this year (10,000 yuan)")],
                    vec![Row {
                        label: ("行政事业性收费", "Administrative fees"),
                        cells: vec![decimal(t.fees_wan_yuan)],
                    }],
                ),
            ]
        }
    }
}

/// Decisions under article 20 (5) and (6): licensing, penalties, coercive measures.
fn decisions(table: &Table1) -> Vec<((&'static str, &'static str), Cell)> {
    match table {
        Table1::Edition2019(t) => vec![
            (("行政许可", "Licensing"), t.licensing.decisions),
            (
                ("其他对外管理服务事项", "Other management services"),
                t.other_management_services.decisions,
            ),
            (("行政处罚", "Penalties"), t.penalty.decisions),
            (("行政强制", "Coercive measures"), t.coercion.decisions),
        ],
        Table1::Edition2021(t) => vec![
            (("行政许可", "Licensing"), t.licensing_decisions),
            (("行政处罚", "Penalties"), t.penalty_decisions),
            (("行政强制", "Coercive measures"), t.coercion_decisions),
        ],
    }
}

#[component]
fn DecisionsView(table: Table1, file: Vec<String>) -> impl IntoView {
    let app = use_app();
    let items = decisions(&table);
    let any = items.iter().any(|(_, c)| c.is_some());
    let chart = any.then(|| {
        let items = items.clone();
        Signal::derive(move || {
            let lang = app.lang();
            Chart::Bars(
                items
                    .iter()
                    .map(|(label, c)| Bar {
                        label: lang.pick(label.0, label.1).to_string(),
                        value: c.unwrap_or(0) as f64,
                        value_text: c.map_or_else(
                            || lang.pick("空白", "blank").to_string(),
                            |n| format_count(lang, n as i64),
                        ),
                    })
                    .collect(),
            )
        })
    });
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
        let items = items.clone();
        Arc::new(move |i, lang| {
            let (label, c) = items[i];
            let n = c.map_or_else(
                || lang.pick("空白", "blank").to_string(),
                |n| format_count(lang, n as i64),
            );
            match lang {
                Lang::Zh => format!("{}：本年处理决定 {n} 件", label.0),
                Lang::En => format!("{}: {n} decisions this year", label.1),
            }
        })
    };
    let rows: Vec<TableRow> = items
        .iter()
        .map(|(label, c)| TableRow {
            label: Label::Ui(label.0, label.1),
            cells: vec![CellData::Count(c.map_or(Value::Blank, Value::Published))],
            flagged: false,
        })
        .collect();
    let selected = RwSignal::new(None::<usize>);
    view! {
        <h3>{move || app.lang().pick("行政许可、处罚、强制的处理决定", "Decisions: licensing, penalties, coercive measures")}</h3>
        <DataView
            chart=chart
            chart_label=Signal::derive(move || app.lang().pick("本年处理决定数量", "Decisions this year").to_string())
            describe=describe
            caption=Label::Ui("处理决定数量", "Decisions")
            columns=vec![Label::Ui("事项", "Matter"), Label::Ui("处理决定数量", "Decisions")]
            rows=rows
            selected=selected
            file=file
        />
    }
}

#[component]
pub fn Table1Panel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let Some(table) = loaded.report.proactive.table1.clone() else {
        return view! {
            <section class="panel table1-panel" aria-labelledby="table1-title">
                <h2 id="table1-title">{move || app.lang().pick("主动公开政府信息情况（表一）", "Proactive disclosure (table 1)")}</h2>
                <p class="not-reported">{move || app.lang().pick(
                    "未报告：这份报告不是统一格式，没有表一（规章和规范性文件、行政许可、处罚、强制、收费）。",
                    "Not reported: this report is not in the standard format and has no table 1 (rules and normative documents, licensing, penalties, coercive measures, fees).",
                )}</p>
            </section>
        }
        .into_any();
    };
    // Plain figures in the file (no digit groups), headings in the visitor's language.
    let csv_rows: CsvRows = {
        let table = table.clone();
        Arc::new(move |lang: Lang| {
            let mut out = Vec::new();
            for (title, columns, rows) in blocks(&table) {
                out.push(
                    std::iter::once(lang.pick(title.0, title.1).to_string())
                        .chain(columns.iter().map(|c| lang.pick(c.0, c.1).to_string()))
                        .collect(),
                );
                for row in rows {
                    out.push(
                        std::iter::once(lang.pick(row.label.0, row.label.1).to_string())
                            .chain(row.cells.iter().map(|cell| cell(Lang::Zh)))
                            .collect(),
                    );
                }
                out.push(Vec::new());
            }
            out
        })
    };
    let tables = blocks(&table)
        .into_iter()
        .map(|(title, columns, rows)| {
            let header = columns
                .into_iter()
                .map(|c| view! { <th scope="col" class="num">{move || app.lang().pick(c.0, c.1)}</th> })
                .collect_view();
            let rows = rows
                .into_iter()
                .map(|row| {
                    let label = row.label;
                    let cells = row
                        .cells
                        .into_iter()
                        .map(|cell| view! { <td class="num">{move || cell(app.lang())}</td> })
                        .collect_view();
                    view! { <tr><th scope="row">{move || app.lang().pick(label.0, label.1)}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || app.lang().pick(title.0, title.1)>
                    <table class="data-table table1">
                        <thead><tr><th scope="col">{move || app.lang().pick(title.0, title.1)}</th>{header}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="panel table1-panel" aria-labelledby="table1-title">
            <h2 id="table1-title">{move || app.lang().pick("主动公开政府信息情况（表一）", "Proactive disclosure (table 1)")}</h2>
            <DecisionsView table=table.clone() file=loaded.file_parts("decisions") />
            <h3>{move || app.lang().pick("表一全表", "Table 1 in full")}</h3>
            {tables}
            <p class="downloads">
                <CsvDownload label=("下载表一（CSV）", "Table 1 (CSV)") file=loaded.file_parts("table1") rows=csv_rows />
            </p>
        </section>
    }
    .into_any()
}
