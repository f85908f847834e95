//! How requests were handled: the six outcome groups of table 2, each opening into its
//! reasons when selected (不予公开 → its eight reasons, ...). Two clicks answer "how many
//! requests were refused, and why?".

use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::DataView;
use super::navigation::remember;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::{use_app, LoadedReport};
use crate::charts::bars::Bar;
use crate::charts::Chart;
use crate::i18n::{
    format_count, format_percent, not_reported, outcome_group_name, table2_row_name, Lang,
};
use crate::report::checks::Place;
use crate::report::derived::{Value, TOTAL_COLUMN};
use crate::report::model::{OutcomeGroup, Table2, Table2Row};
use crate::report::number::Decimal;

/// The reason's own words: the row label without its group prefix ("1.属于国家秘密").
fn reason_name(lang: Lang, row: Table2Row) -> String {
    let full = table2_row_name(lang, row);
    match lang {
        Lang::Zh => full.split_once(' ').map_or(full, |(_, r)| r).to_string(),
        Lang::En => full.split_once(": ").map_or(full, |(_, r)| r).to_string(),
    }
}

fn group_value(table: &Table2, group: OutcomeGroup) -> Value {
    let rows: Vec<Table2Row> = table
        .leaf_rows()
        .filter(|r| r.group() == Some(group))
        .collect();
    match rows.as_slice() {
        [] => Value::Missing,
        // A group of one row is that row, as published.
        [row] => table.value(*row, TOTAL_COLUMN),
        _ => table
            .group_value(group, TOTAL_COLUMN)
            .map_or(Value::Blank, Value::Computed),
    }
}

fn bar_text(lang: Lang, v: Value, share: Option<Decimal>, flagged: bool) -> String {
    let mut text = match v.number() {
        Some(n) => format_count(lang, n as i64),
        None => lang.pick("空白", "blank").to_string(),
    };
    if let Some(p) = share {
        text.push_str(&format!(" · {}", format_percent(p)));
    }
    if flagged {
        text.push_str(" (!)");
    }
    text
}

#[component]
pub fn RequestOutcomesView(loaded: Arc<LoadedReport>, table: Arc<Table2>) -> impl IntoView {
    let app = use_app();
    let handled = table.value(Table2Row::Total, TOTAL_COLUMN).number();
    let share = move |v: Value| match (v.number(), handled) {
        (Some(n), Some(h)) => Decimal::percentage(n as i64, h as i64, 1),
        _ => None,
    };
    let flagged_rows: Vec<Table2Row> = loaded
        .findings()
        .filter_map(|f| match f.place {
            Place::Table2 { row, .. } => Some(row),
            _ => None,
        })
        .collect();
    let groups: Vec<(OutcomeGroup, Value, bool)> = OutcomeGroup::ALL
        .into_iter()
        .map(|g| {
            let flagged = Table2Row::ALL
                .iter()
                .any(|r| r.group() == Some(g) && flagged_rows.contains(r));
            (g, group_value(&table, g), flagged)
        })
        .collect();
    // The group opened into its reasons is kept in the address (`sel=`), so a shared link
    // opens the same group; Back and Forward follow it.
    let count = groups.len();
    let in_address = move || app.location.with(|o| o.selected).filter(|i| *i < count);
    let selected = RwSignal::new(in_address());
    Effect::new(move |first: Option<()>| {
        let s = selected.get();
        if first.is_some() {
            remember(app, |o| o.selected = s);
        }
    });
    Effect::new(move |_| {
        let s = in_address();
        if selected.get_untracked() != s {
            selected.set(s);
        }
    });
    let any_figure = groups.iter().any(|(_, v, _)| v.number().is_some());
    let chart = any_figure.then(|| {
        let groups = groups.clone();
        Signal::derive(move || {
            let lang = app.lang();
            Chart::Bars(
                groups
                    .iter()
                    .map(|(g, v, flagged)| Bar {
                        label: outcome_group_name(lang, *g).to_string(),
                        value: v.number().unwrap_or(0) as f64,
                        value_text: bar_text(lang, *v, share(*v), *flagged),
                    })
                    .collect(),
            )
        })
    });
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
        let groups = groups.clone();
        Arc::new(move |i, lang| {
            let (g, v, _) = groups[i];
            let name = outcome_group_name(lang, g);
            match (v.number(), share(v), lang) {
                (Some(n), Some(p), Lang::Zh) => format!(
                    "{name}：{} 件，占办理总数 {}。",
                    format_count(lang, n as i64),
                    format_percent(p)
                ),
                (Some(n), Some(p), Lang::En) => format!(
                    "{name}: {} requests, {} of those handled.",
                    format_count(lang, n as i64),
                    format_percent(p)
                ),
                (Some(n), None, Lang::Zh) => {
                    format!("{name}：{} 件。", format_count(lang, n as i64))
                }
                (Some(n), None, Lang::En) => {
                    format!("{name}: {} requests.", format_count(lang, n as i64))
                }
                (None, _, Lang::Zh) => format!("{name}：报告此处空白（{}）。", not_reported(lang)),
                (None, _, Lang::En) => {
                    format!("{name}: blank in the report ({}).", not_reported(lang))
                }
            }
        })
    };
    let rows: Vec<TableRow> = groups
        .iter()
        .map(|(g, v, flagged)| TableRow {
            label: Label::Ui(
                outcome_group_name(Lang::Zh, *g),
                outcome_group_name(Lang::En, *g),
            ),
            cells: vec![CellData::Count(*v), CellData::Percent(share(*v))],
            flagged: *flagged,
        })
        .collect();
    let file_base: Vec<String> = loaded.file_parts("")[..2].to_vec();
    let reasons = {
        let table = table.clone();
        let flagged_rows = flagged_rows.clone();
        move || {
            let (group, _, _) = groups[selected.get()?];
            let leaves: Vec<Table2Row> = table
                .leaf_rows()
                .filter(|r| r.group() == Some(group))
                .collect();
            let values: Vec<Value> = leaves
                .iter()
                .map(|r| table.value(*r, TOTAL_COLUMN))
                .collect();
            let any = values.iter().any(|v| v.number().is_some());
            let chart = any.then(|| {
                let (leaves, values) = (leaves.clone(), values.clone());
                Signal::derive(move || {
                    let lang = app.lang();
                    Chart::Bars(
                        leaves
                            .iter()
                            .zip(&values)
                            .map(|(r, v)| Bar {
                                label: reason_name(lang, *r),
                                value: v.number().unwrap_or(0) as f64,
                                value_text: bar_text(lang, *v, share(*v), false),
                            })
                            .collect(),
                    )
                })
            });
            let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
                let (leaves, values) = (leaves.clone(), values.clone());
                Arc::new(move |i, lang| {
                    let count = values[i].number().map_or_else(
                        || lang.pick("空白", "blank").to_string(),
                        |n| format_count(lang, n as i64),
                    );
                    format!(
                        "{}{}{count}",
                        table2_row_name(lang, leaves[i]),
                        crate::i18n::colon(lang)
                    )
                })
            };
            let rows: Vec<TableRow> = leaves
                .iter()
                .zip(&values)
                .map(|(r, v)| TableRow {
                    label: Label::Ui(table2_row_name(Lang::Zh, *r), table2_row_name(Lang::En, *r)),
                    cells: vec![CellData::Count(*v), CellData::Percent(share(*v))],
                    flagged: flagged_rows.contains(r),
                })
                .collect();
            let reason_selected = RwSignal::new(None::<usize>);
            let group_code = match group {
                OutcomeGroup::Disclosed => "disclosed",
                OutcomeGroup::PartiallyDisclosed => "partly-disclosed",
                OutcomeGroup::Withheld => "withheld-reasons",
                OutcomeGroup::Unavailable => "unavailable-reasons",
                OutcomeGroup::NotProcessed => "not-processed-reasons",
                OutcomeGroup::Other => "other-handling",
            };
            let file_parts = file_base
                .iter()
                .cloned()
                .chain([group_code.to_string()])
                .collect::<Vec<_>>();
            Some(view! {
                <div class="reasons" role="region" aria-label=move || format!("{}{}", outcome_group_name(app.lang(), group), app.lang().pick("：原因", ": reasons"))>
                    <h4>
                        {move || match app.lang() {
                            Lang::Zh => format!("{}：按原因", outcome_group_name(Lang::Zh, group)),
                            Lang::En => format!("{}: by reason", outcome_group_name(Lang::En, group)),
                        }}
                    </h4>
                    <DataView
                        chart=chart
                        chart_label=Signal::derive(move || format!("{}{}", outcome_group_name(app.lang(), group), app.lang().pick("的原因", ": reasons")))
                        describe=describe
                        caption=Label::Ui("各原因件数（总计列）", "Requests by reason (total column)")
                        columns=vec![Label::Ui("原因", "Reason"), Label::Ui("件数", "Requests"), Label::Ui("占办理总数", "Share of handled")]
                        rows=rows
                        selected=reason_selected
                        file=file_parts.clone()
                    />
                </div>
            })
        }
    };
    view! {
        <div class="request-outcomes">
            <h3>{move || app.lang().pick("办理结果", "Outcomes")}</h3>
            <p class="hint">{move || app.lang().pick("选择一组结果，查看其原因。组小计为看板计算所得。", "Select a group to see its reasons. Group subtotals are computed by the dashboard.")}</p>
            <DataView
                chart=chart
                chart_label=Signal::derive(move || app.lang().pick("办理结果分组条形图", "Outcomes by group").to_string())
                describe=describe
                caption=Label::Ui("办理结果分组（总计列）", "Outcomes by group (total column)")
                columns=vec![Label::Ui("结果", "Outcome"), Label::Ui("件数", "Requests"), Label::Ui("占办理总数", "Share of handled")]
                rows=rows
                selected=selected
                file=loaded.file_parts("outcomes")
            />
            {reasons}
        </div>
    }
}
