//! A category breakdown of proactive disclosure: the chart and its table (count, stated
//! percentage, computed percentage) together. Selecting a bar or a row highlights both.

use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::DataView;
use super::finding_note::FindingNote;
use super::report_words::ReportWords;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::{use_app, LoadedReport};
use crate::charts::bars::Bar;
use crate::charts::Chart;
use crate::i18n::{format_figure, format_percent, Lang};
use crate::report::checks::Place;
use crate::report::derived::{ItemShare, Value};
use crate::report::number::Figure;

fn share_text(lang: Lang, share: &ItemShare, count: &Figure) -> String {
    let count = format_figure(lang, count);
    let stated = share.stated_percent.map(format_percent);
    let computed = share.computed_percent.map(format_percent);
    match lang {
        Lang::Zh => format!(
            "{}：{count}；报告所列 {}；按数量计算 {}",
            share.label,
            stated.as_deref().unwrap_or("未列"),
            computed.as_deref().unwrap_or("无法计算")
        ),
        Lang::En => format!(
            "{}: {count}; stated {}; computed from the counts {}",
            share.label,
            stated.as_deref().unwrap_or("none"),
            computed.as_deref().unwrap_or("cannot be computed")
        ),
    }
}

/// A count as a table cell (the unit is in the column's heading).
fn count_cell(f: &Figure) -> CellData {
    match f.exact_count() {
        Some(n) if n >= 0 => CellData::Count(Value::Published(n as u64)),
        _ => CellData::Figure(Figure {
            unit: None,
            ..f.clone()
        }),
    }
}

#[component]
pub fn CategoriesPanel(loaded: Arc<LoadedReport>, index: usize) -> impl IntoView {
    let app = use_app();
    let breakdown = loaded.report.proactive.breakdowns[index].clone();
    let unit = breakdown.unit.clone().unwrap_or_default();
    let shares = breakdown.shares();
    let selected = RwSignal::new(None::<usize>);
    let flagged = |i: usize| {
        loaded
            .findings_at(|p| {
                *p == Place::Breakdown {
                    index,
                    item: Some(i),
                }
            })
            .next()
            .is_some()
    };
    let flags: Vec<bool> = (0..breakdown.items.len()).map(flagged).collect();
    let chart = {
        let items = breakdown.items.clone();
        let shares = shares.clone();
        Signal::derive(move || {
            let lang = app.lang();
            Chart::Bars(
                items
                    .iter()
                    .zip(&shares)
                    .zip(&flags)
                    .map(|((item, share), flagged)| {
                        let count = format_figure(
                            lang,
                            &Figure {
                                unit: None,
                                ..item.count.clone()
                            },
                        );
                        let mut value_text = match share.stated_percent.or(share.computed_percent) {
                            Some(p) => format!("{count} · {}", format_percent(p)),
                            None => count,
                        };
                        if *flagged {
                            value_text.push_str(" (!)");
                        }
                        Bar {
                            label: item.label.clone(),
                            value: item.count.value.to_f64(),
                            value_text,
                        }
                    })
                    .collect(),
            )
        })
    };
    let rows: Vec<TableRow> = breakdown
        .items
        .iter()
        .zip(&shares)
        .enumerate()
        .map(|(i, (item, share))| TableRow {
            label: Label::Report(item.label.clone()),
            cells: vec![
                count_cell(&item.count),
                CellData::Percent(share.stated_percent),
                CellData::Percent(share.computed_percent),
            ],
            flagged: flagged(i),
        })
        .collect();
    let footer = TableRow {
        label: Label::Ui("合计", "Total"),
        cells: vec![
            breakdown
                .total
                .as_ref()
                .map_or(CellData::NotReported, count_cell),
            CellData::Percent(breakdown.total_stated_percent),
            CellData::Text("—".into()),
        ],
        flagged: false,
    };
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
        let counts: Vec<Figure> = breakdown.items.iter().map(|i| i.count.clone()).collect();
        Arc::new(move |i, lang| share_text(lang, &shares[i], &counts[i]))
    };
    let title = breakdown.title.clone();
    let chart_label = {
        let title = title.clone();
        Signal::derive(move || match app.lang() {
            Lang::Zh => format!("{title}分类条形图"),
            Lang::En => format!("Bar chart: {title}"),
        })
    };
    let count_header = match crate::i18n::unit_in_english(&unit) {
        _ if unit.is_empty() => Label::Ui("数量", "Count"),
        Some(en) => Label::Built {
            zh: format!("数量（{unit}）"),
            en: format!("Count ({en})"),
        },
        None => Label::Ui("数量", "Count"),
    };
    view! {
        <section class="panel categories" aria-labelledby=format!("breakdown-{index}")>
            <h2 id=format!("breakdown-{index}")>
                {move || app.lang().pick("主动公开：", "Proactive disclosure: ")}<ReportWords text=title.clone() />
            </h2>
            <DataView
                chart=Some(chart)
                chart_label=chart_label
                describe=describe
                caption=Label::Report(breakdown.title.clone())
                columns=vec![
                    Label::Ui("类别", "Category"),
                    count_header,
                    Label::Ui("报告所列比例", "Stated %"),
                    Label::Ui("按数量计算", "Computed %"),
                ]
                rows=rows
                selected=selected
                footer=Some(footer)
                both=true
                file=loaded.file_parts(&format!("categories-{}", index + 1))
            />
            <FindingNote loaded=loaded.clone() matches=move |p| matches!(p, Place::Breakdown { index: i, .. } if *i == index) />
        </section>
    }
}
