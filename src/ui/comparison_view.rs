//! Two or more reports side by side on one scale: one body over its years (a trend, with the
//! cross-year checks between consecutive years) or several bodies. One figure at a time as a
//! chart and table, then every compared figure in one table.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::data_view::DataView;
use super::navigation::{compare_reports, href, in_page, navigate, open_report, remember};
use super::report_words::mixed_text;
use super::sortable_table::{CellData, Label, SortableTable, TableRow};
use super::state::{use_app, AppError, AppState, LoadedReport};
use crate::i18n::{describe_result, outcome_group_name, Lang};
use crate::report::compare::{
    comparison_order, consecutive_year_checks, is_trend, metric_chart, outcome_mix, report_label,
    show, value, Compared, Metric,
};
use crate::report::model::OutcomeGroup;
use crate::report::Report;

fn cell(value: Compared) -> CellData {
    match value {
        Compared::Count(v) => CellData::Count(v),
        Compared::Stated(f) => CellData::Figure(f),
        Compared::Percent(p) => CellData::ComputedPercent(p),
        Compared::NotReported => CellData::NotReported,
    }
}

fn metric_label(m: Metric) -> Label {
    let (zh, en) = m.names();
    Label::Ui(zh, en)
}

fn row_label(report: &Report, trend: bool) -> Label {
    if trend {
        let year = report.year.to_string();
        let (zh, en) = if report.is_synthetic() {
            (
                format!("{year}年（合成数据）"),
                format!("{year} (SYNTHETIC)"),
            )
        } else {
            (format!("{year}年"), year)
        };
        Label::Built { zh, en }
    } else {
        Label::Report(report_label(report, false))
    }
}

#[component]
pub fn ComparisonView(urls: Vec<String>) -> impl IntoView {
    let app = use_app();
    type Arrived = Option<Result<Arc<LoadedReport>, AppError>>;
    let arrived: RwSignal<Vec<(String, Arrived)>> =
        RwSignal::new(urls.iter().map(|u| (u.clone(), None)).collect());
    for (i, url) in urls.into_iter().enumerate() {
        spawn_local(async move {
            let result = app.report(url).await;
            arrived.try_update(|a| a[i].1 = Some(result));
        });
    }
    move || {
        let all = arrived.get();
        let waiting = all.iter().filter(|(_, r)| r.is_none()).count();
        if waiting > 0 {
            let n = all.len();
            return view! {
                <p class="loading" role="status">
                    {move || match app.lang() {
                        Lang::Zh => format!("正在载入报告（{}/{n}）……", n - waiting),
                        Lang::En => format!("Loading the reports ({} of {n})…", n - waiting),
                    }}
                </p>
            }
            .into_any();
        }
        let mut loaded = Vec::new();
        let mut failed = Vec::new();
        for (url, result) in all {
            match result {
                Some(Ok(l)) => loaded.push(l),
                Some(Err(e)) => failed.push((url, e)),
                None => {}
            }
        }
        comparison_order(&mut loaded, |l| &l.report);
        if loaded.is_empty() {
            return view! {
                <article class="report comparison">
                    <header class="report-header">
                        <h1>{move || app.lang().pick("没有可比较的报告", "No report could be compared")}</h1>
                    </header>
                    {failures_panel(app, failed)}
                </article>
            }
            .into_any();
        }
        view! { <Comparison reports=Arc::new(loaded) failed=failed /> }.into_any()
    }
}

/// The reports that could not be loaded, each with why; nothing when all were.
fn failures_panel(app: AppState, failed: Vec<(String, AppError)>) -> impl IntoView {
    (!failed.is_empty()).then(|| {
        view! {
            <section class="panel load-error" role="alert">
                <h2>{move || app.lang().pick("以下报告未能载入，未参与比较", "These reports could not be loaded and are not compared")}</h2>
                <ul>
                    {failed.into_iter().map(|(_, e)| view! { <li>{move || e.message(app.lang())}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Comparison(
    reports: Arc<Vec<Arc<LoadedReport>>>,
    failed: Vec<(String, AppError)>,
) -> impl IntoView {
    let app = use_app();
    let owned = reports.clone();
    let borrowed = || owned.iter().map(|l| &l.report).collect::<Vec<&Report>>();
    let trend = is_trend(&borrowed());
    let n = reports.len();
    let title = {
        let first = owned
            .first()
            .map(|l| (l.report.body.name.clone(), l.report.year));
        let last_year = owned.last().map(|l| l.report.year);
        move || match (app.lang(), trend, &first, last_year) {
            (Lang::Zh, true, Some((body, y0)), Some(y1)) => format!("{body}：{y0}–{y1} 年度"),
            (Lang::En, true, Some((body, y0)), Some(y1)) => format!("{body}, {y0}–{y1}"),
            (Lang::Zh, _, _, _) => format!("比较 {n} 份报告"),
            (Lang::En, _, _, _) => format!("{n} reports compared"),
        }
    };
    let metric = Memo::new(move |_| app.location.with(|o| o.metric.unwrap_or(Metric::Received)));

    // The selection is kept in the address (without a history entry), and follows it back.
    let selected = RwSignal::new(
        app.location
            .with_untracked(|o| o.selected)
            .filter(|s| *s < n),
    );
    Effect::new(move |first: Option<()>| {
        let s = selected.get();
        if first.is_some() {
            remember(app, |o| o.selected = s);
        }
    });
    Effect::new(move |_| {
        let s = app.location.with(|o| o.selected).filter(|s| *s < n);
        if selected.get_untracked() != s {
            selected.set(s);
        }
    });

    let compared_list = reports
        .iter()
        .map(|l| {
            let url = l.url.clone();
            let label = format!("{} · {}", l.report.year, l.report.body.name);
            let synthetic = app.collection.with_untracked(|c| c.by_url(&url).is_some_and(|e| e.synthetic))
                || l.report.is_synthetic();
            let target = app.location.with_untracked(|o| {
                let mut o = o.clone();
                open_report(&mut o, &url);
                o
            });
            let open = {
                let url = url.clone();
                in_page(app, move |o| open_report(o, &url))
            };
            let remove = {
                let url = url.clone();
                move |_| {
                    let rest: Vec<String> = app
                        .location
                        .with_untracked(|o| o.compare.iter().filter(|u| **u != url).cloned().collect());
                    navigate(app, |o| {
                        if rest.len() >= 2 {
                            compare_reports(o, rest);
                        } else if let Some(only) = rest.first() {
                            open_report(o, only);
                        }
                    });
                }
            };
            let label_for_button = label.clone();
            view! {
                <li>
                    <a href=href(&target) on:click=open lang="zh-CN">{label.clone()}</a>
                    {synthetic.then(|| view! { <span class="synthetic-badge">{move || app.lang().pick("合成数据", "synthetic")}</span> })}
                    " "
                    <button
                        type="button"
                        class="remove-button"
                        on:click=remove
                        aria-label=move || match app.lang() {
                            Lang::Zh => format!("移出比较：{label_for_button}"),
                            Lang::En => format!("Remove from the comparison: {label_for_button}"),
                        }
                    >"×"</button>
                </li>
            }
        })
        .collect_view();

    let metric_buttons = Metric::ALL
        .into_iter()
        .map(|m| {
            let (zh, en) = m.names();
            view! {
                <button
                    type="button"
                    aria-pressed=move || (metric.get() == m).to_string()
                    on:click=move |_| navigate(app, |o| {
                        o.metric = Some(m);
                        o.selected = None;
                    })
                >
                    {move || app.lang().pick(zh, en)}
                </button>
            }
        })
        .collect_view();

    let any_synthetic = owned.iter().any(|l| l.report.is_synthetic());
    let source = if any_synthetic {
        (
            "来源：各机关政府信息公开工作年度报告；含合成数据（SYNTHETIC，非真实报告） · 政府信息公开年报看板".to_string(),
            "Source: the bodies' annual reports; includes SYNTHETIC data (not real reports) · Open Government Information Report Dashboard".to_string(),
        )
    } else {
        (
            "来源：各机关政府信息公开工作年度报告 · 政府信息公开年报看板".to_string(),
            "Source: the bodies' annual reports · Open Government Information Report Dashboard"
                .to_string(),
        )
    };
    let figure_view = {
        let owned = owned.clone();
        move || {
            let m = metric.get();
            let owned = owned.clone();
            let chart_reports = owned.clone();
            let chart = Signal::derive(move || {
                let refs: Vec<&Report> = chart_reports.iter().map(|l| &l.report).collect();
                metric_chart(&refs, m, app.lang())
            });
            let describe_reports = owned.clone();
            let describe = Arc::new(move |i: usize, lang: Lang| {
                let r = &describe_reports[i].report;
                let name = report_label(r, false);
                if m == Metric::Outcomes {
                    let parts: Vec<String> = OutcomeGroup::ALL
                        .iter()
                        .zip(outcome_mix(r))
                        .map(|(g, v)| {
                            format!("{} {}", outcome_group_name(lang, *g), show(lang, &v))
                        })
                        .collect();
                    format!(
                        "{name}{}{}",
                        crate::i18n::colon(lang),
                        parts.join(crate::i18n::list_separator(lang))
                    )
                } else {
                    format!(
                        "{name}{}{}",
                        crate::i18n::colon(lang),
                        show(lang, &value(r, m))
                    )
                }
            });
            let (columns, rows): (Vec<Label>, Vec<TableRow>) = if m == Metric::Outcomes {
                let mut columns = vec![Label::Ui("报告", "Report")];
                columns.extend(OutcomeGroup::ALL.iter().map(|g| Label::Built {
                    zh: outcome_group_name(Lang::Zh, *g).into(),
                    en: outcome_group_name(Lang::En, *g).into(),
                }));
                columns.push(metric_label(Metric::Handled));
                let rows = owned
                    .iter()
                    .map(|l| &l.report)
                    .map(|r| {
                        let mut cells: Vec<CellData> =
                            outcome_mix(r).into_iter().map(cell).collect();
                        cells.push(cell(value(r, Metric::Handled)));
                        TableRow {
                            label: row_label(r, trend),
                            cells,
                            flagged: false,
                        }
                    })
                    .collect();
                (columns, rows)
            } else {
                let columns = vec![Label::Ui("报告", "Report"), metric_label(m)];
                let rows = owned
                    .iter()
                    .map(|l| &l.report)
                    .map(|r| TableRow {
                        label: row_label(r, trend),
                        cells: vec![cell(value(r, m))],
                        flagged: false,
                    })
                    .collect();
                (columns, rows)
            };
            let any_reported = owned.iter().map(|l| &l.report).any(|r| {
                if m == Metric::Outcomes {
                    outcome_mix(r).iter().any(Compared::is_reported)
                } else {
                    value(r, m).is_reported()
                }
            });
            let (zh, en) = m.names();
            view! {
                <DataView
                    chart=any_reported.then_some(chart)
                    chart_label=Signal::derive(move || app.lang().pick(zh, en).to_string())
                    describe=describe
                    caption=metric_label(m)
                    columns=columns
                    rows=rows
                    selected=selected
                    file=vec!["比较".to_string(), m.code().to_string()]
                    source=Some(source.clone())
                />
            }
        }
    };

    let all_figures = {
        let mut columns = vec![Label::Ui("报告", "Report")];
        columns.extend(Metric::single_figures().map(metric_label));
        let rows: Vec<TableRow> = owned
            .iter()
            .map(|l| &l.report)
            .map(|r| TableRow {
                label: row_label(r, trend),
                cells: Metric::single_figures()
                    .map(|m| cell(value(r, m)))
                    .collect(),
                flagged: false,
            })
            .collect();
        view! {
            <section class="panel" aria-labelledby="all-compared-title">
                <h2 id="all-compared-title">{move || app.lang().pick("全部比较数字", "Every compared figure")}</h2>
                <p class="panel-note">{move || app.lang().pick(
                    "“未报告”表示报告没有给出该数字，不等于零；带 * 的数字由看板按报告计算。自由格式报告只与标准表格中含义相同的数字比较。",
                    "“Not reported” means the report does not give the figure; it is not a zero. Figures marked * are computed by the dashboard from the report. Free-form reports are compared only where their figures mean the same as the standard tables'.",
                )}</p>
                <div class="table-scroll">
                    <SortableTable caption=Label::Ui("全部比较数字", "Every compared figure") columns=columns rows=rows selected=selected />
                </div>
            </section>
        }
    };

    let checks = {
        let pairs = consecutive_year_checks(&borrowed());
        (!pairs.is_empty()).then(|| {
            let owned = owned.clone();
            view! {
                <section class="panel cross-year" aria-labelledby="compare-checks-title">
                    <h2 id="compare-checks-title">{move || app.lang().pick("相邻年度核对", "Checks between consecutive years")}</h2>
                    <p class="panel-note">{move || app.lang().pick(
                        "I5：本年报告的“上年结转”应等于上一年报告的“结转下年度继续办理”；I6：本年“现行有效件数”应等于上一年的现行有效件数加本年制发、减本年废止。“应为”取自上一年的报告，“实为”取自本年的报告。",
                        "I5: this year's “carried over” should equal last year's report's “carried forward”; I6: documents in force this year should equal last year's plus those made, minus those abolished this year. “Expected” comes from the earlier report, “found” from the later one.",
                    )}</p>
                    {move || {
                        let lang = app.lang();
                        pairs.iter().map(|(i, j, results)| {
                            let (earlier, later) = (&owned[*i].report, &owned[*j].report);
                            let failing = results.iter().filter(|r| r.is_finding()).count();
                            let heading = match lang {
                                Lang::Zh => format!("{} → {}（{}）：{failing} 项不符", earlier.year, later.year, later.body.name),
                                Lang::En => format!("{} → {} ({}): {failing} failed", earlier.year, later.year, later.body.name),
                            };
                            let item = |r: &crate::report::checks::CheckResult| {
                                let text = describe_result(lang, r, later);
                                view! { <li class:finding=r.is_finding()>{mixed_text(lang, text)}</li> }
                            };
                            let failing_items = results.iter().filter(|r| r.is_finding()).map(item).collect_view();
                            let holding: Vec<_> = results.iter().filter(|r| !r.is_finding()).collect();
                            let holding_count = holding.len();
                            let holding_items = holding.into_iter().map(item).collect_view();
                            view! {
                                <h3>{mixed_text(lang, heading)}</h3>
                                <ul class="finding-list cross-year-list">{failing_items}</ul>
                                <details>
                                    <summary>{match lang {
                                        Lang::Zh => format!("成立的核对（{holding_count}）"),
                                        Lang::En => format!("Checks that hold ({holding_count})"),
                                    }}</summary>
                                    <ul class="holds-list cross-year-list">{holding_items}</ul>
                                </details>
                            }
                        }).collect_view()
                    }}
                </section>
            }
        })
    };

    let failures = failures_panel(app, failed);

    view! {
        // In the interface's language at once (the document's follows after the frame): its
        // readouts are read aloud as they change, and their Chinese is not marked run by run.
        <article class="report comparison" lang=move || app.lang().code()>
            <header class="report-header">
                <h1 lang=move || if trend { "zh-CN" } else { app.lang().code() }>{title}</h1>
                <p class="comparison-kind">{move || if trend {
                    app.lang().pick("同一机关的各年度，按年份排列，同一刻度。", "One body's years, in order, on one scale.")
                } else {
                    app.lang().pick("各报告按所选顺序排列，同一刻度。", "The reports in the order chosen, on one scale.")
                }}</p>
                <ul class="compared-reports" aria-label=move || app.lang().pick("比较的报告", "Reports compared")>{compared_list}</ul>
            </header>
            {failures}
            <section class="panel" aria-labelledby="compare-figure-title">
                <h2 id="compare-figure-title">{move || app.lang().pick("比较的数字", "Figure compared")}</h2>
                <div class="metric-switch" role="group" aria-labelledby="compare-figure-title">{metric_buttons}</div>
                {figure_view}
            </section>
            {checks}
            {all_figures}
        </article>
    }
}
