//! "Import a report": an author pastes the text or HTML of a published standard-format
//! report, sees it as the dashboard with its findings and the list of what could not be
//! placed, corrects the text and imports again, and downloads the JSON. All in the browser.

use std::sync::Arc;

use leptos::prelude::*;

use super::download::save_text;
use super::load_error::LoadErrorPanel;
use super::report_view::ReportView;
use super::state::{use_app, AppError, LoadedReport};
use crate::export::file_name;
use crate::i18n::Lang;
use crate::import::{import, report_to_json, ImportResult, Reason, Unplaced};
use crate::report::parse_report;

/// What could not be placed, in the visitor's language.
fn unplaced_text(lang: Lang, u: &Unplaced) -> String {
    let at = match (u.line, lang) {
        (Some(l), Lang::Zh) => format!("第 {l} 行："),
        (Some(l), Lang::En) => format!("line {l}: "),
        (None, _) => String::new(),
    };
    let what = match &u.row {
        Some(row) => format!("{}（{}）", row.label(), row.key()),
        None => match u.table {
            Some(t) => match (t, lang) {
                (crate::import::TableId::Table1, Lang::Zh) => "表一".to_string(),
                (crate::import::TableId::Table2, Lang::Zh) => "表二".to_string(),
                (crate::import::TableId::Table3, Lang::Zh) => "表三".to_string(),
                (t, Lang::En) => t.to_string(),
            },
            None => lang.pick("表格之外", "outside the tables").to_string(),
        },
    };
    let why = match (&u.reason, lang) {
        (Reason::UnknownLabel, Lang::Zh) => "无法识别这一行，未放入".to_string(),
        (Reason::UnknownLabel, Lang::En) => "label not recognised; not placed".to_string(),
        (Reason::WrongCellCount { expected, found }, Lang::Zh) => {
            format!("找到 {found} 个数，而这一行有 {expected} 列，无法判断哪些单元格空白，未放入")
        }
        (Reason::WrongCellCount { expected, found }, Lang::En) => format!(
            "{found} numbers found where the row has {expected} columns; which cells are blank cannot be told; not placed"
        ),
        (Reason::BadCell { column, text }, Lang::Zh) => {
            format!("第 {} 个单元格是“{text}”，不是这一列能用的数，整行未放入", column + 1)
        }
        (Reason::BadCell { column, text }, Lang::En) => format!(
            "cell {} is \"{text}\", not a number this column takes; row not placed",
            column + 1
        ),
        (Reason::DuplicateRow { same: true, .. }, Lang::Zh) => "这一行重复出现且数字相同，只保留一次".into(),
        (Reason::DuplicateRow { same: true, .. }, Lang::En) => "row given again with the same cells; kept once".into(),
        (Reason::DuplicateRow { same: false, .. }, Lang::Zh) => "这一行出现两次且数字不同，均未放入".into(),
        (Reason::DuplicateRow { same: false, .. }, Lang::En) => "row given twice with different cells; neither placed".into(),
        (Reason::NotInEdition, Lang::Zh) => "表一的这一版本没有这一行，未放入".into(),
        (Reason::NotInEdition, Lang::En) => "this edition of table 1 has no such row; not placed".into(),
        (Reason::ConflictingShape, Lang::Zh) => "其他处理同时以一行和三行给出，这一行未放入".into(),
        (Reason::ConflictingShape, Lang::En) => "其他处理 is also given as three rows; this one row is not placed".into(),
        (Reason::MissingRow, Lang::Zh) => "原文中没有找到".into(),
        (Reason::MissingRow, Lang::En) => "not found in the source".into(),
        (Reason::MissingTable, Lang::Zh) => "原文中没有找到这张表".into(),
        (Reason::MissingTable, Lang::En) => "table not found in the source".into(),
    };
    let found = if u.label.is_empty() && u.cells.is_empty() {
        String::new()
    } else {
        let cells: Vec<&str> = u
            .cells
            .iter()
            .map(|c| if c.is_empty() { "_" } else { c.as_str() })
            .collect();
        match lang {
            Lang::Zh => format!("（原文：“{}” {}）", u.label, cells.join(" ")),
            Lang::En => format!(" (found \"{}\" {})", u.label, cells.join(" ")),
        }
    };
    format!("{at}{what}：{why}{found}").replace("：", if lang == Lang::En { ": " } else { "：" })
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Arc<ImportResult>>);
    let run = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = text.get_untracked();
        if !input.trim().is_empty() {
            result.set(Some(Arc::new(import(&input))));
        }
    };
    let shown = move || {
        let r = result.get()?;
        let lang = app.lang();
        let json = report_to_json(&r.report);
        let unplaced: Vec<String> = r.unplaced.iter().map(|u| unplaced_text(lang, u)).collect();
        let notes: Vec<String> = r.notes.iter().map(|n| n.to_string()).collect();
        // Values the format needs and the text does not give: the author must set them.
        let to_set: Vec<String> = r
            .notes
            .iter()
            .filter(|n| n.kind == crate::import::NoteKind::Placeholder)
            .map(|n| n.to_string())
            .collect();
        let summary = match lang {
            Lang::Zh => format!(
                "表一 {}/{} 行，表二 {}/{} 行，表三 {}/3 组已放入；{} 项未能放入。",
                r.summary.table1_rows, r.summary.table1_expected, r.summary.table2_rows,
                r.summary.table2_expected, r.summary.table3_blocks, unplaced.len()
            ),
            Lang::En => format!(
                "Placed: table 1 {}/{} rows, table 2 {}/{} rows, table 3 {}/3 blocks; {} items could not be placed.",
                r.summary.table1_rows, r.summary.table1_expected, r.summary.table2_rows,
                r.summary.table2_expected, r.summary.table3_blocks, unplaced.len()
            ),
        };
        // The imported report goes through the same loader as any file, so what the page
        // shows is what the downloaded JSON will show.
        let checked = parse_report(json.as_bytes());
        let name = file_name(
            &[
                r.report.body.name.as_str(),
                &r.report.year.to_string(),
                "imported",
            ],
            "json",
        );
        let preview = match checked {
            Ok(report) => {
                let mut loaded = LoadedReport::new("pasted:".into(), report);
                loaded.local = true;
                view! { <ReportView loaded=Arc::new(loaded) /> }.into_any()
            }
            Err(error) => {
                let error = AppError::Load {
                    url: name.clone(),
                    error,
                    content_type: None,
                };
                view! { <LoadErrorPanel error=error on_retry=|| () /> }.into_any()
            }
        };
        let download = {
            let (name, json) = (name.clone(), json.clone());
            move |_| {
                let _ = save_text(&name, "application/json", &json);
            }
        };
        Some(view! {
            <section class="panel import-result" aria-labelledby="import-result-title">
                <h2 id="import-result-title">{lang.pick("导入结果", "Result")}</h2>
                <p role="status">{summary}</p>
                {(!unplaced.is_empty()).then(|| view! {
                    <h3>{lang.pick("未能放入的内容（请核对原文后修改并重新导入）", "Not placed (check the source, correct it and import again)")}</h3>
                    <ul class="unplaced-list">
                        {unplaced.into_iter().map(|u| view! { <li>{super::report_words::mixed_text(lang, u)}</li> }).collect_view()}
                    </ul>
                })}
                {(!to_set.is_empty()).then(|| view! {
                    <h3>{lang.pick("原文未给出、需要补全的字段（说明为英文）", "Fields the text does not give: set them")}</h3>
                    <ul class="to-set-list" lang="en">{to_set.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                })}
                <details>
                    <summary>{lang.pick("导入说明（英文）", "How the text was read")}</summary>
                    <ul class="holds-list" lang="en">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </details>
                <p class="downloads">
                    <button type="button" class="button" on:click=download>
                        {lang.pick("下载导入结果（JSON）", "Download the import (JSON)")}
                    </button>
                </p>
            </section>
            {preview}
        })
    };
    view! {
        <section class="panel import" aria-labelledby="import-title">
            <h1 id="import-title">{move || app.lang().pick("导入已发布的报告", "Import a published report")}</h1>
            <p>{move || app.lang().pick(
                "把统一格式年度报告网页的文字或网页源代码（HTML），或从 PDF 复制的文字粘贴到下面。看板在本浏览器中识别表一、表二、表三，不上传任何内容。",
                "Paste the text of a standard-format report's web page, its HTML source, or text copied from its PDF. The dashboard reads tables 1, 2 and 3 in this browser; nothing is uploaded.",
            )}</p>
            <form on:submit=run>
                <label for="import-text">{move || app.lang().pick("报告文字或 HTML", "Report text or HTML")}</label>
                <textarea id="import-text" rows="12" spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p><button type="submit" class="button">{move || app.lang().pick("导入", "Import")}</button></p>
            </form>
        </section>
        {shown}
    }
}
