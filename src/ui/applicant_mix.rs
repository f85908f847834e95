//! Who asked: natural persons against each kind of organisation (table 2 columns).

use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::DataView;
use super::sortable_table::{CellData, Label, TableRow};
use super::state::use_app;
use crate::charts::bars::Bar;
use crate::charts::Chart;
use crate::i18n::{applicant_name, format_count, format_percent, Lang};
use crate::report::derived::{Value, TOTAL_COLUMN};
use crate::report::model::{Table2, Table2Row};
use crate::report::number::Decimal;

#[component]
pub fn ApplicantMixView(table: Arc<Table2>, file: Vec<String>) -> impl IntoView {
    let app = use_app();
    let received: Vec<Value> = (0..TOTAL_COLUMN)
        .map(|c| table.value(Table2Row::Received, c))
        .collect();
    let handled: Vec<Value> = (0..TOTAL_COLUMN)
        .map(|c| table.value(Table2Row::Total, c))
        .collect();
    let total = table.value(Table2Row::Received, TOTAL_COLUMN).number();
    let share = move |v: Value| match (v.number(), total) {
        (Some(n), Some(t)) => Decimal::percentage(n as i64, t as i64, 1),
        _ => None,
    };
    let any = received.iter().any(|v| v.number().is_some());
    let chart = any.then(|| {
        let received = received.clone();
        Signal::derive(move || {
            let lang = app.lang();
            Chart::Bars(
                received
                    .iter()
                    .enumerate()
                    .map(|(c, v)| Bar {
                        label: applicant_name(lang, c).to_string(),
                        value: v.number().unwrap_or(0) as f64,
                        value_text: match (v.number(), share(*v)) {
                            (Some(n), Some(p)) => {
                                format!("{} · {}", format_count(lang, n as i64), format_percent(p))
                            }
                            (Some(n), None) => format_count(lang, n as i64),
                            (None, _) => lang.pick("空白", "blank").to_string(),
                        },
                    })
                    .collect(),
            )
        })
    });
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
        let received = received.clone();
        Arc::new(move |c, lang| {
            let n = received[c].number().map_or_else(
                || lang.pick("空白", "blank").to_string(),
                |n| format_count(lang, n as i64),
            );
            match lang {
                Lang::Zh => format!("{}：本年新收 {n} 件", applicant_name(lang, c)),
                Lang::En => format!("{}: {n} requests received", applicant_name(lang, c)),
            }
        })
    };
    let rows: Vec<TableRow> = (0..TOTAL_COLUMN)
        .map(|c| TableRow {
            label: Label::Ui(applicant_name(Lang::Zh, c), applicant_name(Lang::En, c)),
            cells: vec![
                CellData::Count(received[c]),
                CellData::Percent(share(received[c])),
                CellData::Count(handled[c]),
            ],
            flagged: false,
        })
        .collect();
    let selected = RwSignal::new(None::<usize>);
    view! {
        <div class="applicant-mix">
            <h3>{move || app.lang().pick("申请人", "Who asked")}</h3>
            <DataView
                chart=chart
                chart_label=Signal::derive(move || app.lang().pick("本年新收申请按申请人分", "Requests received by applicant").to_string())
                describe=describe
                caption=Label::Ui("按申请人（法人或其他组织细分为五类）", "By applicant (organisations in five kinds)")
                columns=vec![
                    Label::Ui("申请人", "Applicant"),
                    Label::Ui("本年新收", "Received"),
                    Label::Ui("占新收", "Share"),
                    Label::Ui("办理总计", "Handled"),
                ]
                rows=rows
                selected=selected
                file=file
            />
        </div>
    }
}
