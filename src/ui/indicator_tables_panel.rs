//! Indicator tables such as the 附表 of pre-2019 reports: label, unit, a value per column,
//! blanks left blank.

use std::sync::Arc;

use leptos::prelude::*;

use super::csv_download::{CsvDownload, CsvRows};
use super::report_words::{figure_text, ReportWords};
use super::state::{use_app, LoadedReport};
use crate::i18n::{format_figure, Lang};

#[component]
pub fn IndicatorTablesPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    loaded
        .report
        .indicator_tables
        .iter()
        .cloned()
        .map(|table| {
            let csv_rows: CsvRows = {
                let table = table.clone();
                Arc::new(move |lang: Lang| {
                    let mut out = vec![std::iter::once(lang.pick("指标", "Indicator").to_string())
                        .chain(table.columns.iter().cloned())
                        .collect::<Vec<_>>()];
                    for row in &table.rows {
                        let label = match &row.unit {
                            Some(unit) => format!("{}（{unit}）", row.label),
                            None => row.label.clone(),
                        };
                        out.push(
                            std::iter::once(label)
                                .chain(row.values.iter().map(|v| v.as_ref().map(|f| format_figure(Lang::Zh, f)).unwrap_or_default()))
                                .collect(),
                        );
                    }
                    out
                })
            };
            let file = loaded.file_parts(&table.id);
            let header = table
                .columns
                .iter()
                .map(|c| view! { <th scope="col" class="num"><ReportWords text=c.clone() /></th> })
                .collect_view();
            let rows = table
                .rows
                .into_iter()
                .map(|row| {
                    let cells = row
                        .values
                        .into_iter()
                        .map(|v| view! { <td class="num">{move || v.as_ref().map(|f| figure_text(app.lang(), f))}</td> })
                        .collect_view();
                    let label = match &row.unit {
                        Some(unit) => format!("{}（{unit}）", row.label),
                        None => row.label.clone(),
                    };
                    view! { <tr><th scope="row"><ReportWords text=label /></th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <section class="panel indicator-table">
                    <h2><ReportWords text=table.title.clone() /></h2>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=table.title.clone()>
                        <table class="data-table">
                            <thead><tr><th scope="col">{move || app.lang().pick("指标", "Indicator")}</th>{header}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <p class="downloads">
                        <CsvDownload label=("下载表格（CSV）", "Table (CSV)") file=file rows=csv_rows />
                    </p>
                </section>
            }
        })
        .collect_view()
}
