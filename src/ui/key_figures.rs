//! The figures a visitor wants first, at a glance. A figure the report does not give is
//! shown as "not reported", never as zero.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_app, LoadedReport};
use crate::i18n::{format_count, format_figure, format_percent, not_reported, Lang};
use crate::report::derived::{RequestBalance, TOTAL_COLUMN};
use crate::report::model::{AppealBlock, AppealResult, Report, Table2Row};
use crate::report::number::Decimal;

struct Tile {
    label: (&'static str, &'static str),
    value: Box<dyn Fn(Lang) -> Option<String> + Send + Sync>,
}

fn tiles(report: Arc<Report>) -> Vec<Tile> {
    let r = report.clone();
    let proactive = Tile {
        label: ("主动公开信息", "Items published proactively"),
        value: Box::new(move |lang| {
            r.proactive
                .breakdowns
                .first()
                .and_then(|b| b.total.as_ref())
                .map(|t| format_figure(lang, t))
        }),
    };
    let r = report.clone();
    let received = Tile {
        label: ("收到申请", "Requests received"),
        value: Box::new(move |lang| {
            if let Some(n) = r
                .requests
                .table2
                .as_ref()
                .and_then(|t| t.total(Table2Row::Received))
            {
                return Some(format_count(lang, n as i64));
            }
            r.requests.received.as_ref().map(|f| format_figure(lang, f))
        }),
    };
    let r = report.clone();
    let answered = if r.requests.table2.is_some() {
        Tile {
            label: ("公开或部分公开", "Disclosed in full or part"),
            value: Box::new(move |lang| {
                let t = r.requests.table2.as_ref()?;
                let disclosed = RequestBalance::disclosed_in_full_or_part(t)?;
                let handled = t.value(Table2Row::Total, TOTAL_COLUMN).number()?;
                let share = Decimal::percentage(disclosed as i64, handled as i64, 1)
                    .map(|p| format!("（{}）", format_percent(p)))
                    .unwrap_or_default();
                Some(format!("{}{share}", format_count(lang, disclosed as i64)))
            }),
        }
    } else {
        Tile {
            label: ("申请答复率", "Requests answered"),
            value: Box::new(move |_| r.requests.reply_rate_percent.map(format_percent)),
        }
    };
    let appeal_tile =
        |label, block: AppealBlock, text: fn(&Report) -> Option<&crate::report::number::Figure>| {
            let r = report.clone();
            Tile {
                label,
                value: Box::new(move |lang| {
                    if let Some(t3) = &r.appeals.table3 {
                        return t3
                            .value(block, AppealResult::Total)
                            .number()
                            .map(|n| format_count(lang, n as i64));
                    }
                    text(&r).map(|f| format_figure(lang, f))
                }),
            }
        };
    let reconsideration = appeal_tile(
        ("行政复议", "Reconsideration cases"),
        AppealBlock::Reconsideration,
        |r| r.appeals.reconsideration.as_ref(),
    );
    let r = report.clone();
    let litigation = Tile {
        label: ("行政诉讼", "Lawsuits"),
        value: Box::new(move |lang| {
            if let Some(t3) = &r.appeals.table3 {
                let direct = t3.value(AppealBlock::LitigationDirect, AppealResult::Total);
                let after = t3.value(
                    AppealBlock::LitigationAfterReconsideration,
                    AppealResult::Total,
                );
                return crate::report::derived::sum_present([direct, after])
                    .map(|n| format_count(lang, n as i64));
            }
            r.appeals
                .litigation
                .as_ref()
                .map(|f| format_figure(lang, f))
        }),
    };
    let r = report;
    let fees = Tile {
        label: ("收取费用", "Fees charged"),
        value: Box::new(move |lang| r.fees.charged.as_ref().map(|f| format_figure(lang, f))),
    };
    vec![
        proactive,
        received,
        answered,
        reconsideration,
        litigation,
        fees,
    ]
}

#[component]
pub fn KeyFigures(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let finding_count = loaded.findings().count();
    let tiles = tiles(Arc::new(loaded.report.clone()))
        .into_iter()
        .map(|tile| {
            let value = Arc::new(tile.value);
            let label = tile.label;
            let text = move || value(app.lang());
            let text2 = text.clone();
            view! {
                <li class="tile" class:not-reported=move || text2().is_none()>
                    <span class="tile-value">{move || text().unwrap_or_else(|| not_reported(app.lang()).to_string())}</span>
                    <span class="tile-label">{move || app.lang().pick(label.0, label.1)}</span>
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
                    <span class="tile-value">
                        <a href="#findings">{move || format_count(app.lang(), finding_count as i64)}</a>
                    </span>
                    <span class="tile-label">{move || app.lang().pick("核对发现的问题", "Findings from the checks")}</span>
                </li>
            </ul>
        </section>
    }
}
