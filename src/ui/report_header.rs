//! The report's identity: body, year, period, date and source.

use std::sync::Arc;

use leptos::prelude::*;

use super::download::save_text;
use super::finding_note::FindingNote;
use super::linked_text::LinkedText;
use super::report_words::ReportWords;
use super::state::{use_app, LoadedReport};
use crate::export::file_name;
use crate::i18n::{format_date, level_name, not_reported, Lang};
use crate::report::checks::Place;
use crate::report::model::ReportFormat;

fn format_name(lang: Lang, f: ReportFormat) -> &'static str {
    match f {
        ReportFormat::FreeForm => lang.pick("自由格式（2019年以前）", "free-form (before 2019)"),
        ReportFormat::Standard2019 => lang.pick(
            "国家统一格式（2019年试行版）",
            "national standard format (2019 trial)",
        ),
        ReportFormat::Standard2021 => lang.pick(
            "国家统一格式（2021年修订版）",
            "national standard format (2021)",
        ),
    }
}

#[component]
pub fn ReportHeader(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let r = loaded.clone();
    let report_for_download = r.clone();
    // The body's name and region, and the date as printed and what it is, are the report's
    // own words, written once; only the interface's words among them (the level, a date
    // written out) follow the language, so a change of language changes a text node in
    // place, not the elements around it (interaction times in BENCHMARKS.md).
    let body = {
        let (name, region, level) = (
            r.report.body.name.clone(),
            r.report.body.region.clone(),
            r.report.body.level,
        );
        view! {
            {(!name.is_empty()).then(|| view! { <ReportWords text=name />" · " })}
            {move || level_name(app.lang(), level)}
            {(!region.is_empty()).then(|| view! { " · "<ReportWords text=region /> })}
        }
    };
    let year = {
        let r = r.clone();
        move || match app.lang() {
            Lang::Zh => format!("{}年度", r.report.year),
            Lang::En => r.report.year.to_string(),
        }
    };
    let period = {
        let r = r.clone();
        move || {
            let lang = app.lang();
            match &r.report.period {
                Some(p) => format!(
                    "{} – {}",
                    format_date(lang, p.start),
                    format_date(lang, p.end)
                ),
                None => not_reported(lang).to_string(),
            }
        }
    };
    let date = match r.report.published.clone() {
        None => (move || not_reported(app.lang())).into_any(),
        Some(p) => {
            let shown = match (p.printed, p.date) {
                (Some(printed), _) => view! { <ReportWords text=printed /> }.into_any(),
                (None, Some(d)) => (move || format_date(app.lang(), d)).into_any(),
                (None, None) => (move || not_reported(app.lang())).into_any(),
            };
            let kind = p
                .kind
                .map(|kind| view! { <ReportWords text=format!("（{kind}）") /> });
            view! { {shown}{kind} }.into_any()
        }
    };
    let format = {
        let r = r.clone();
        move || format_name(app.lang(), r.report.report_format)
    };
    let source = r.report.source.clone().unwrap_or_default();
    let source_url = source.url.clone().map(|u| view! { <LinkedText text=u /> });
    let publisher = source.publisher.clone();
    let index_number = source.index_number.clone().map(|n| {
        view! { <span class="source-index">{move || app.lang().pick("索引号 ", "index no. ")}{n.clone()}</span> }
    });
    let note = source
        .note
        .clone()
        .map(|n| view! { <p class="source-note"><LinkedText text=n /></p> });
    view! {
        <header class="report-header">
            <h1 class="report-title" lang="zh-CN">{r.report.title.clone()}</h1>
            <dl class="report-meta">
                <div><dt>{move || app.lang().pick("机关", "Body")}</dt><dd>{body}</dd></div>
                <div><dt>{move || app.lang().pick("年度", "Year")}</dt><dd>{year}</dd></div>
                <div><dt>{move || app.lang().pick("报告期", "Period")}</dt><dd>{period}</dd></div>
                <div class="meta-date">
                    <dt>{move || app.lang().pick("日期", "Date")}</dt>
                    <dd>
                        {date}
                        <FindingNote loaded=loaded.clone() matches=|p| *p == Place::PublicationDate />
                    </dd>
                </div>
                <div><dt>{move || app.lang().pick("格式", "Format")}</dt><dd>{format}</dd></div>
                <div>
                    <dt>{move || app.lang().pick("来源", "Source")}</dt>
                    <dd class="source">
                        {publisher.map(|p| view! { <ReportWords text=p /> })} " " {index_number} " " {source_url}
                    </dd>
                </div>
            </dl>
            {note}
            <Show when=move || app.lang() == Lang::En>
                <p class="source-note">"The report's own words (names, labels, notes and text) are shown as published, in Chinese."</p>
            </Show>
            <p class="downloads">
                <button type="button" class="download" on:click=move |_| {
                    if let Ok(json) = serde_json::to_string_pretty(&report_for_download.report) {
                        let parts = [report_for_download.report.body.name.as_str(), &report_for_download.report.year.to_string(), "report"];
                        let _ = save_text(&file_name(&parts, "json"), "application/json", &json);
                    }
                }>{move || app.lang().pick("下载报告数据（JSON）", "Report data (JSON)")}</button>
            </p>
        </header>
    }
}
