//! One-off figures from the report's text for one section (press, services, ...), each with
//! its qualifier ("more than"), its unit, the words printed, and any stated rate.

use std::sync::Arc;

use leptos::prelude::*;

use super::report_words::{figure_text, ReportWords};
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
                    <dt><ReportWords text=f.label.clone() /></dt>
                    <dd>
                        <span class="num figure-value" data-figure=f.id.clone()>{move || figure_text(app.lang(), &figure)}</span>
                        {printed.map(|p| {
                            // The words as printed, unless they are what is shown already.
                            let shown_zh = format_figure(crate::i18n::Lang::Zh, &f.figure);
                            let differs_in_zh = p != shown_zh;
                            let differs = move || app.lang() != crate::i18n::Lang::Zh || differs_in_zh;
                            view! {
                                <Show when=differs>
                                    <span class="printed">{move || app.lang().pick("原文：", "as printed: ")}<ReportWords text=p.clone() /></span>
                                </Show>
                            }
                        })}
                        {rate.map(|r| view! { <span class="rate"><ReportWords text=r.label.clone() />" "{format_percent(r.percent)}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="panel figures">
            <h2>{move || {
                let lang = app.lang();
                match section {
                    // These sections have a panel of their own; here are the other figures.
                    Section::Requests | Section::Fees | Section::Appeals => {
                        format!("{}{}", section_name(lang, section), lang.pick("：正文中的其他数字", ": other figures in the text"))
                    }
                    _ => section_name(lang, section).to_string(),
                }
            }}</h2>
            <dl class="figure-list">{items}</dl>
        </section>
    }
}
