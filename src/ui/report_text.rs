//! The report's own words: problems and plans in view, the rest of the text on request.

use std::sync::Arc;

use leptos::prelude::*;

use super::linked_text::LinkedText;
use super::state::{use_app, LoadedReport};
use crate::report::model::{Section, TextSection};

fn render(sections: Vec<TextSection>) -> impl IntoView {
    sections
        .into_iter()
        .map(|t| {
            let paragraphs = t
                .paragraphs
                .into_iter()
                .map(|p| view! { <p><LinkedText text=p /></p> })
                .collect_view();
            view! { <h3 lang="zh-CN">{t.title}</h3>{paragraphs} }
        })
        .collect_view()
}

#[component]
pub fn ReportText(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let (focus, rest): (Vec<TextSection>, Vec<TextSection>) = loaded
        .report
        .texts
        .iter()
        .cloned()
        .partition(|t| matches!(t.section, Section::Problems | Section::Plans));
    let has_focus = !focus.is_empty();
    let has_rest = !rest.is_empty();
    view! {
        <section class="panel report-text" aria-labelledby="text-title">
            <h2 id="text-title">{move || app.lang().pick("问题与计划", "Problems and plans")}</h2>
            {if has_focus {
                render(focus).into_any()
            } else {
                view! { <p class="not-reported">{move || crate::i18n::not_reported(app.lang())}</p> }.into_any()
            }}
            {has_rest.then(|| view! {
                <details class="full-text">
                    <summary>{move || app.lang().pick("报告其余原文", "The rest of the report's text")}</summary>
                    {render(rest)}
                </details>
            })}
        </section>
    }
}
