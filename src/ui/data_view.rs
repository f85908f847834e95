//! A chart and its table, for one set of figures: the visitor switches between them (or sees
//! both), and a selection in one is a selection in the other.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart_view::ChartView;
use super::sortable_table::{Label, SortableTable, TableRow};
use super::state::use_app;
use crate::charts::Chart;
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
    /// Show the chart and the table together instead of a switch between them.
    #[prop(optional)]
    both: bool,
) -> impl IntoView {
    let app = use_app();
    let has_chart = chart.is_some();
    let show_table = RwSignal::new(!has_chart);
    let chart_view = chart.map(|chart| {
        view! {
            <div class="data-view-chart" class:hidden=move || !both && show_table.get()>
                <ChartView chart=chart selected=selected label=chart_label describe=describe />
            </div>
        }
    });
    let switch = (has_chart && !both).then(|| {
        view! {
            <div class="view-switch" role="group" aria-label=move || app.lang().pick("显示方式", "Show as")>
                <button type="button" aria-pressed=move || (!show_table.get()).to_string() on:click=move |_| show_table.set(false)>
                    {move || app.lang().pick("图表", "Chart")}
                </button>
                <button type="button" aria-pressed=move || show_table.get().to_string() on:click=move |_| show_table.set(true)>
                    {move || app.lang().pick("表格", "Table")}
                </button>
            </div>
        }
    });
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
            <div class="data-view-table" class:hidden=move || !both && has_chart && !show_table.get()>
                <SortableTable caption=caption columns=columns rows=rows selected=selected footer=footer />
            </div>
        </div>
    }
}
