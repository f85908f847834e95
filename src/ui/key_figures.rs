//! The figures a visitor wants first, at a glance. A figure the report does not give is
//! shown as "not reported", never as zero; a figure the dashboard computed keeps its mark.

use std::sync::Arc;

use leptos::prelude::*;

use super::report_words::mixed_text;
use super::state::{use_app, LoadedReport};
use crate::i18n::{format_cases, format_count, format_figure, format_percent, not_reported, Lang};
use crate::report::derived::{sum_present, RequestBalance, Value, TOTAL_COLUMN};
use crate::report::model::{AppealBlock, AppealResult, Report, Table2Row};
use crate::report::number::Decimal;

/// A table value for a tile: computed figures keep their mark.
fn shown(lang: Lang, v: Value) -> Option<String> {
    match v {
        Value::Published(n) => Some(format_count(lang, n as i64)),
        Value::Computed(n) => Some(format!("{}*", format_count(lang, n as i64))),
        Value::Blank | Value::Missing => None,
    }
}

type TileValue = Box<dyn Fn(&Report, Lang) -> Option<String> + Send + Sync>;

fn proactive(r: &Report, lang: Lang) -> Option<String> {
    r.proactive
        .breakdowns
        .first()
        .and_then(|b| b.total.as_ref())
        .or_else(|| r.figure("portal_items").map(|f| &f.figure))
        .map(|t| format_figure(lang, t))
}

fn received(r: &Report, lang: Lang) -> Option<String> {
    match &r.requests.table2 {
        Some(t) => shown(lang, t.value(Table2Row::Received, TOTAL_COLUMN)),
        None => r.requests.received.as_ref().map(|f| format_cases(lang, f)),
    }
}

fn disclosed(r: &Report, lang: Lang) -> Option<String> {
    let t = r.requests.table2.as_ref()?;
    let disclosed = RequestBalance::disclosed_in_full_or_part(t)?;
    let handled = t.value(Table2Row::Total, TOTAL_COLUMN).number()?;
    let share = Decimal::percentage(disclosed as i64, handled as i64, 1)
        .map(|p| match lang {
            Lang::Zh => format!("（{}）", format_percent(p)),
            Lang::En => format!(" ({})", format_percent(p)),
        })
        .unwrap_or_default();
    Some(format!("{}{share}", format_count(lang, disclosed as i64)))
}

fn reconsideration(r: &Report, lang: Lang) -> Option<String> {
    match &r.appeals.table3 {
        Some(t3) => shown(
            lang,
            t3.value(AppealBlock::Reconsideration, AppealResult::Total),
        ),
        None => r
            .appeals
            .reconsideration
            .as_ref()
            .map(|f| format_cases(lang, f)),
    }
}

fn litigation(r: &Report, lang: Lang) -> Option<String> {
    let Some(t3) = &r.appeals.table3 else {
        return r.appeals.litigation.as_ref().map(|f| format_cases(lang, f));
    };
    let direct = t3.value(AppealBlock::LitigationDirect, AppealResult::Total);
    let after = t3.value(
        AppealBlock::LitigationAfterReconsideration,
        AppealResult::Total,
    );
    // A missing block is not a zero.
    if direct == Value::Missing || after == Value::Missing {
        return None;
    }
    let sum = sum_present([direct, after])?;
    let computed = direct.is_computed() || after.is_computed();
    shown(
        lang,
        if computed {
            Value::Computed(sum)
        } else {
            Value::Published(sum)
        },
    )
}

fn tiles(report: &Report) -> Vec<((&'static str, &'static str), TileValue)> {
    let answered: ((&'static str, &'static str), TileValue) = if report.requests.table2.is_some() {
        (
            ("公开或部分公开", "Disclosed in full or part"),
            Box::new(disclosed),
        )
    } else {
        (
            ("申请答复率", "Requests answered"),
            Box::new(|r: &Report, _| r.requests.reply_rate_percent.map(format_percent)),
        )
    };
    vec![
        (
            ("主动公开信息", "Items published proactively"),
            Box::new(proactive),
        ),
        (("收到申请", "Requests received"), Box::new(received)),
        answered,
        (("行政复议", "Reconsideration"), Box::new(reconsideration)),
        (("行政诉讼", "Lawsuits"), Box::new(litigation)),
        (
            ("收取费用", "Fees charged"),
            Box::new(|r: &Report, lang| r.fees.charged.as_ref().map(|f| format_figure(lang, f))),
        ),
    ]
}

#[component]
pub fn KeyFigures(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let finding_count = loaded.findings().count();
    let tiles = tiles(&loaded.report)
        .into_iter()
        .map(|(label, value)| {
            let value = Arc::new(value);
            let text = {
                let (loaded, value) = (loaded.clone(), value.clone());
                move || value(&loaded.report, app.lang())
            };
            let missing = {
                let text = text.clone();
                move || text().is_none()
            };
            view! {
                <li class="tile" class:not-reported=missing>
                    <span class="tile-label">{move || app.lang().pick(label.0, label.1)}</span>
                    <span class="tile-value">{move || mixed_text(app.lang(), text().unwrap_or_else(|| not_reported(app.lang()).to_string()))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title" class="visually-hidden">{move || app.lang().pick("主要数字", "Key figures")}</h2>
            <ul class="tiles">
                {tiles}
                <li class="tile" class:has-findings=move || finding_count != 0>
                    <span class="tile-label">{move || app.lang().pick("核对发现的问题", "Findings from the checks")}</span>
                    <span class="tile-value">
                        <a href="#findings">{move || format_count(app.lang(), finding_count as i64)}</a>
                    </span>
                </li>
            </ul>
        </section>
    }
}
