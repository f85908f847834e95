//! A chart and its table, for one set of figures: the visitor switches between them (or sees
//! both), and a selection in one is a selection in the other.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart_view::ChartView;
use super::csv_download::{CsvDownload, CsvRows};
use super::download::{chart_svg, save_chart_png, save_text};
use super::sortable_table::{Label, SortableTable, TableRow};
use super::state::use_app;
use crate::charts::Chart;
use crate::export::file_name;
use crate::i18n::Lang;

#[component]
pub fn DataView(
    /// `None` when the report gives none of the figures: no empty chart pretends to be zero.
    chart: Option<Signal<Chart>>,
    #[prop(into)] chart_label: Signal<String>,
    describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync>,
    caption: Label,
    columns: Vec<Label>,
    rows: Vec<TableRow>,
    selected: RwSignal<Option<usize>>,
    #[prop(optional_no_strip)] footer: Option<TableRow>,
    /// What the downloads are called: body, year and panel, e.g. ["东莞市人力资源局", "2015", "categories"].
    file: Vec<String>,
    /// Show the chart and the table together instead of a switch between them.
    #[prop(optional)]
    both: bool,
    /// Where a downloaded chart says its figures come from, in Chinese and English, when
    /// not one report (body and year from `file`).
    #[prop(optional_no_strip)]
    source: Option<(String, String)>,
) -> impl IntoView {
    let app = use_app();
    // In care mode nothing is one switch away: the chart and its table are both shown.
    let both = move || both || app.care.get();
    let has_chart = chart.is_some();
    let show_table = RwSignal::new(!has_chart);
    let chart_view = chart.map(|chart| {
        view! {
            <div class="data-view-chart" class:hidden=move || !both() && show_table.get()>
                <ChartView chart=chart selected=selected label=chart_label describe=describe />
            </div>
        }
    });
    let switch = has_chart.then(|| {
        view! {
            <div class="view-switch" class:hidden=both role="group" aria-label=move || app.lang().pick("显示方式", "Show as")>
                <button type="button" aria-pressed=move || (!show_table.get()).to_string() on:click=move |_| show_table.set(false)>
                    {move || app.lang().pick("图表", "Chart")}
                </button>
                <button type="button" aria-pressed=move || show_table.get().to_string() on:click=move |_| show_table.set(true)>
                    {move || app.lang().pick("表格", "Table")}
                </button>
            </div>
        }
    });
    let csv_rows: CsvRows = {
        let (caption, columns, rows, footer) = (
            caption.clone(),
            columns.clone(),
            rows.clone(),
            footer.clone(),
        );
        Arc::new(move |lang: Lang| {
            let mut out = vec![columns.iter().map(|c| c.show(lang)).collect::<Vec<_>>()];
            let mut computed = false;
            for row in rows.iter().chain(footer.iter()) {
                let mut line = vec![row.label.show(lang)];
                for cell in &row.cells {
                    computed |= cell.is_computed();
                    line.push(cell.csv(lang));
                }
                out.push(line);
            }
            out.push(Vec::new());
            out.push(vec![caption.show(lang)]);
            if computed {
                out.push(vec![computed_note(lang).to_string()]);
            }
            out
        })
    };
    let name = {
        let file = file.clone();
        move |extension: &str| {
            let parts: Vec<&str> = file.iter().map(String::as_str).collect();
            file_name(&parts, extension)
        }
    };
    let downloads = {
        let name = name.clone();
        view! {
            <div class="downloads" role="group" aria-label=move || app.lang().pick("下载", "Download")>
                <CsvDownload label=("下载表格（CSV）", "Table (CSV)") file=file.clone() rows=csv_rows />
                {chart.map(|chart| {
                    let (name_svg, name_png) = (name.clone(), name.clone());
                    // What the image says of itself: the chart's title, and where it comes from.
                    let labels = {
                        let (body, year) = (file.first().cloned().unwrap_or_default(), file.get(1).cloned().unwrap_or_default());
                        let source = source.clone();
                        move || {
                            let lang = app.lang();
                            let source = match (lang, &source) {
                                (Lang::Zh, Some((zh, _))) => zh.clone(),
                                (Lang::En, Some((_, en))) => en.clone(),
                                (Lang::Zh, None) => format!("来源：{body} {year} 年政府信息公开工作年度报告 · 政府信息公开年报看板"),
                                (Lang::En, None) => format!("Source: {body}, annual report for {year} · Open Government Information Report Dashboard"),
                            };
                            (chart_label.get_untracked(), source)
                        }
                    };
                    let labels_png = labels.clone();
                    view! {
                        <button type="button" class="download" on:click=move |_| {
                            let (title, source) = labels();
                            let _ = save_text(&name_svg("svg"), "image/svg+xml", &chart_svg(&chart.get_untracked(), &title, &source));
                        }>{move || app.lang().pick("下载图表（SVG）", "Chart (SVG)")}</button>
                        <button type="button" class="download" on:click=move |_| {
                            let (file, drawn) = (name_png("png"), chart.get_untracked());
                            let (title, source) = labels_png();
                            leptos::task::spawn_local(async move {
                                let _ = save_chart_png(file, drawn, title, source).await;
                            });
                        }>{move || app.lang().pick("下载图表（PNG）", "Chart (PNG)")}</button>
                    }
                })}
            </div>
        }
    };
    let no_chart = (!has_chart).then(|| {
        view! {
            <p class="not-reported no-chart">
                {move || app.lang().pick("报告未给出这些数字，因此不绘制图表。", "The report does not give these figures, so no chart is drawn.")}
            </p>
        }
    });
    view! {
        <div class="data-view">
            {switch}
            {chart_view}
            {no_chart}
            <div class="data-view-table" class:hidden=move || !both() && has_chart && !show_table.get()>
                <SortableTable caption=caption columns=columns rows=rows selected=selected footer=footer />
            </div>
            {downloads}
        </div>
    }
}

/// The note a CSV carries when some of its figures were computed by the dashboard.
pub fn computed_note(lang: Lang) -> &'static str {
    lang.pick(
        "注：报告中空白的总计由看板按各项计算（看板中以 * 标出）；空白单元格为报告原文空白。",
        "Note: totals the report left blank were computed by the dashboard (marked * on the page); empty cells are blank in the report.",
    )
}
