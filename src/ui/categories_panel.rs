//! A category breakdown of proactive disclosure: the chart and its table (count, stated
//! percentage, computed percentage). Selecting a bar or a row highlights both.

use std::sync::Arc;

use leptos::prelude::*;

use super::bar_chart::BarChart;
use super::finding_note::FindingNote;
use super::state::{use_app, LoadedReport};
use crate::charts::bars::Bar;
use crate::i18n::{format_count, format_figure, format_percent, Lang};
use crate::report::checks::Place;
use crate::report::derived::ItemShare;

fn share_text(lang: Lang, share: &ItemShare, unit: &str) -> String {
    let count = share
        .count
        .map(|c| format_count(lang, c))
        .unwrap_or_default();
    let stated = share.stated_percent.map(format_percent);
    let computed = share.computed_percent.map(format_percent);
    match lang {
        Lang::Zh => format!(
            "{}：{count} {unit}；报告所列 {}；按数量计算 {}",
            share.label,
            stated.as_deref().unwrap_or("未列"),
            computed.as_deref().unwrap_or("无法计算")
        ),
        Lang::En => format!(
            "{}: {count} {unit}; stated {}; computed from the counts {}",
            share.label,
            stated.as_deref().unwrap_or("none"),
            computed.as_deref().unwrap_or("cannot be computed")
        ),
    }
}

#[component]
pub fn CategoriesPanel(loaded: Arc<LoadedReport>, index: usize) -> impl IntoView {
    let app = use_app();
    let breakdown = loaded.report.proactive.breakdowns[index].clone();
    let unit = breakdown.unit.clone().unwrap_or_default();
    let shares = Arc::new(breakdown.shares());
    let selected = RwSignal::new(None::<usize>);
    let bars: Vec<Bar> = breakdown
        .items
        .iter()
        .zip(shares.iter())
        .map(|(item, share)| Bar {
            label: item.label.clone(),
            value: item.count.value.to_f64(),
            value_text: {
                let count = format_figure(
                    Lang::Zh,
                    &crate::report::number::Figure {
                        unit: None,
                        ..item.count.clone()
                    },
                );
                match share.stated_percent.or(share.computed_percent) {
                    Some(p) => format!("{count} · {}", format_percent(p)),
                    None => count,
                }
            },
        })
        .collect();
    let describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync> = {
        let shares = shares.clone();
        let unit = unit.clone();
        Arc::new(move |i, lang| share_text(lang, &shares[i], &unit))
    };
    let title = breakdown.title.clone();
    let chart_label = {
        let title = title.clone();
        Signal::derive(move || match app.lang() {
            Lang::Zh => format!("{title}分类条形图"),
            Lang::En => format!("Bar chart: {title}"),
        })
    };
    let rows = shares
        .iter()
        .enumerate()
        .map(|(i, share)| {
            let share = share.clone();
            let label = share.label.clone();
            let count = share.count;
            view! {
                <tr class:selected=move || selected.get() == Some(i) aria-selected=move || (selected.get() == Some(i)).to_string()>
                    <th scope="row">
                        <button type="button" class="row-select" on:click=move |_| selected.update(|s| *s = if *s == Some(i) { None } else { Some(i) })>
                            {label}
                        </button>
                    </th>
                    <td class="num">{move || count.map(|c| format_count(app.lang(), c)).unwrap_or_default()}</td>
                    <td class="num">{share.stated_percent.map(format_percent).unwrap_or_else(|| "—".into())}</td>
                    <td class="num computed">{share.computed_percent.map(format_percent).unwrap_or_else(|| "—".into())}</td>
                </tr>
                {loaded.findings_at(|p| *p == Place::Breakdown { index, item: Some(i) }).next().is_some().then(|| view! {
                    <tr class="finding-row">
                        <td colspan="4">
                            <FindingNote loaded=loaded.clone() matches=move |p| *p == Place::Breakdown { index, item: Some(i) } />
                        </td>
                    </tr>
                })}
            }
        })
        .collect_view();
    let total = breakdown.total.clone();
    let total_stated = breakdown.total_stated_percent;
    view! {
        <section class="panel categories" aria-labelledby=format!("breakdown-{index}")>
            <h2 id=format!("breakdown-{index}")>
                {move || app.lang().pick("主动公开：", "Proactive disclosure: ")}{title.clone()}
            </h2>
            <BarChart bars=bars selected=selected label=chart_label describe=describe />
            <div class="table-scroll">
            <table class="data-table">
                <caption class="visually-hidden">{breakdown.title.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || app.lang().pick("类别", "Category")}</th>
                        <th scope="col" class="num">{move || format!("{}（{}）", app.lang().pick("数量", "Count"), unit)}</th>
                        <th scope="col" class="num">{move || app.lang().pick("报告所列比例", "Stated %")}</th>
                        <th scope="col" class="num">{move || app.lang().pick("按数量计算", "Computed %")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{move || app.lang().pick("合计", "Total")}</th>
                        <td class="num">{move || total.as_ref().map(|t| format_figure(app.lang(), &crate::report::number::Figure { unit: None, ..t.clone() })).unwrap_or_else(|| crate::i18n::not_reported(app.lang()).into())}</td>
                        <td class="num">{total_stated.map(format_percent).unwrap_or_else(|| "—".into())}</td>
                        <td class="num computed">"—"</td>
                    </tr>
                </tfoot>
            </table>
            </div>
            <FindingNote loaded=loaded.clone() matches=move |p| *p == Place::Breakdown { index, item: None } />
        </section>
    }
}
