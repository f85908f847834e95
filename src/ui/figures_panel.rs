//! One-off figures from the report's text for one section (press, services, ...), each with
//! its qualifier ("more than"), its unit, the words printed, and any stated rate.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_app, LoadedReport};
use crate::i18n::{format_figure, format_percent, section_name};
use crate::report::model::Section;

#[component]
pub fn FiguresPanel(loaded: Arc<LoadedReport>, section: Section) -> impl IntoView {
    let app = use_app();
    let items = loaded
        .report
        .figures
        .iter()
        .filter(|f| f.section == section)
        .map(|f| {
            let figure = f.figure.clone();
            let printed = f.figure.printed.clone();
            let rate = f.rate.clone();
            view! {
                <div class="figure-item">
                    <dt>{f.label.clone()}</dt>
                    <dd>
                        <span class="num figure-value" data-figure=f.id.clone()>{move || format_figure(app.lang(), &figure)}</span>
                        {printed.map(|p| view! { <span class="printed">{move || app.lang().pick("原文：", "as printed: ")}{p.clone()}</span> })}
                        {rate.map(|r| view! { <span class="rate">{r.label.clone()}" "{format_percent(r.percent)}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="panel figures">
            <h2>{move || section_name(app.lang(), section)}</h2>
            <dl class="figure-list">{items}</dl>
        </section>
    }
}
