//! Administrative reconsideration and litigation: table 3 by result, or the counts a
//! free-form report states.

use std::sync::Arc;

use leptos::prelude::*;

use super::finding_note::FindingNote;
use super::linked_text::LinkedText;
use super::requests_panel::cell_text;
use super::state::{use_app, LoadedReport};
use crate::i18n::{appeal_block_name, appeal_result_name, format_figure, not_reported};
use crate::report::checks::Place;
use crate::report::model::{AppealBlock, AppealResult};

#[component]
pub fn AppealsPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let appeals = loaded.report.appeals.clone();
    let table = appeals.table3.clone().map(|t3| {
        let header = AppealResult::ALL
            .into_iter()
            .map(|r| view! { <th scope="col" class="num">{move || appeal_result_name(app.lang(), r)}</th> })
            .collect_view();
        let rows = AppealBlock::ALL
            .into_iter()
            .map(|b| {
                let cells = AppealResult::ALL
                    .into_iter()
                    .map(|r| {
                        let v = t3.value(b, r);
                        view! { <td class="num" class:computed=v.is_computed()>{move || cell_text(app.lang(), v)}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{move || appeal_block_name(app.lang(), b)}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || app.lang().pick("表三", "Table 3")>
                <table class="data-table table3">
                    <thead><tr><th scope="col">{move || app.lang().pick("类别", "Kind")}</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let text_figures = appeals.table3.is_none().then(|| {
        let (rec, lit) = (appeals.reconsideration.clone(), appeals.litigation.clone());
        view! {
            <dl class="figure-list">
                <div class="figure-item">
                    <dt>{move || app.lang().pick("行政复议", "Reconsideration cases")}</dt>
                    <dd class="num">{move || rec.as_ref().map(|f| format_figure(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into())}</dd>
                </div>
                <div class="figure-item">
                    <dt>{move || app.lang().pick("行政诉讼", "Lawsuits")}</dt>
                    <dd class="num">{move || lit.as_ref().map(|f| format_figure(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into())}</dd>
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
