//! Figures that mean the same thing in every report, for trends across years and comparisons
//! between bodies. A figure a report does not give stays "not reported": free-form reports
//! and the two standard editions are compared only where their words mean the same thing.

use super::checks::{check_consecutive_years, CheckResult};
use super::derived::{RequestBalance, Value, TOTAL_COLUMN};
use super::model::{
    AppealBlock, AppealResult, FreeFormOutcome, OutcomeGroup, Report, Table1, Table2Row,
};
use super::number::{Decimal, Figure};
use crate::charts::bars::Bar;
use crate::charts::stacked::StackedRow;
use crate::charts::Chart;
use crate::i18n::{
    format_count, format_figure, format_percent, not_reported, outcome_group_name, Lang,
};

/// A compared figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// 本年新收政府信息公开申请数量.
    Received,
    /// 上年结转政府信息公开申请数量.
    CarriedOver,
    /// 本年度办理结果 · 总计.
    Handled,
    /// 结转下年度继续办理.
    CarriedForward,
    /// 予以公开 + 部分公开, as a share of the requests handled (computed).
    DisclosureRate,
    /// The six outcome groups of table 2, side by side.
    Outcomes,
    /// 规章 · 本年制发件数.
    RegulationsMade,
    /// 行政规范性文件 · 本年制发件数.
    NormativeDocumentsMade,
    /// 行政许可 · 本年处理决定数量.
    LicensingDecisions,
    /// 行政处罚 · 本年处理决定数量.
    PenaltyDecisions,
    /// 行政复议 · 总计.
    Reconsideration,
    /// 行政诉讼 · 总计 (both blocks of table 3).
    Litigation,
}

impl Metric {
    pub const ALL: [Metric; 12] = [
        Metric::Received,
        Metric::Handled,
        Metric::DisclosureRate,
        Metric::Outcomes,
        Metric::CarriedOver,
        Metric::CarriedForward,
        Metric::RegulationsMade,
        Metric::NormativeDocumentsMade,
        Metric::LicensingDecisions,
        Metric::PenaltyDecisions,
        Metric::Reconsideration,
        Metric::Litigation,
    ];

    /// The figures that are one number per report (all but the outcome mix).
    pub fn single_figures() -> impl Iterator<Item = Metric> {
        Metric::ALL.into_iter().filter(|m| *m != Metric::Outcomes)
    }

    /// The name in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Metric::Received => "received",
            Metric::CarriedOver => "carried-over",
            Metric::Handled => "handled",
            Metric::CarriedForward => "carried-forward",
            Metric::DisclosureRate => "disclosure-rate",
            Metric::Outcomes => "outcomes",
            Metric::RegulationsMade => "regulations",
            Metric::NormativeDocumentsMade => "normative-documents",
            Metric::LicensingDecisions => "licensing",
            Metric::PenaltyDecisions => "penalties",
            Metric::Reconsideration => "reconsideration",
            Metric::Litigation => "litigation",
        }
    }

    pub fn parse(code: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Chinese and English names.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Metric::Received => ("本年新收申请", "Requests received"),
            Metric::CarriedOver => ("上年结转申请", "Carried over from last year"),
            Metric::Handled => ("本年办理完毕", "Requests handled"),
            Metric::CarriedForward => ("结转下年办理", "Carried forward to next year"),
            Metric::DisclosureRate => ("公开率（全部或部分公开）", "Disclosed in full or in part"),
            Metric::Outcomes => ("办理结果构成", "Outcomes"),
            Metric::RegulationsMade => ("制发规章", "Regulations made"),
            Metric::NormativeDocumentsMade => ("制发规范性文件", "Normative documents made"),
            Metric::LicensingDecisions => ("行政许可决定", "Licensing decisions"),
            Metric::PenaltyDecisions => ("行政处罚决定", "Penalty decisions"),
            Metric::Reconsideration => ("行政复议", "Administrative reconsideration"),
            Metric::Litigation => ("行政诉讼", "Administrative litigation"),
        }
    }
}

/// One report's value of a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Compared {
    /// A count from the report's tables: printed, or a total computed where it was blank.
    Count(Value),
    /// A figure stated in the text; it may be approximate ("300多").
    Stated(Figure),
    /// A share computed from the report's counts.
    Percent(Decimal),
    /// The report does not give this figure.
    NotReported,
}

impl Compared {
    /// The number a chart draws; `None` when there is nothing to draw.
    pub fn amount(&self) -> Option<f64> {
        match self {
            Compared::Count(v) => v.number().map(|n| n as f64),
            Compared::Stated(f) => Some(f.value.to_f64()),
            Compared::Percent(p) => Some(p.to_f64()),
            Compared::NotReported => None,
        }
    }

    pub fn is_reported(&self) -> bool {
        self.amount().is_some()
    }
}

fn count(value: Value) -> Compared {
    match value {
        Value::Published(_) | Value::Computed(_) => Compared::Count(value),
        Value::Blank | Value::Missing => Compared::NotReported,
    }
}

fn table2_total(report: &Report, row: Table2Row) -> Compared {
    match &report.requests.table2 {
        Some(t) => count(t.value(row, TOTAL_COLUMN)),
        None => Compared::NotReported,
    }
}

fn stated(figure: &Option<Figure>) -> Compared {
    figure
        .clone()
        .map_or(Compared::NotReported, Compared::Stated)
}

fn free_form_outcome(report: &Report, outcome: FreeFormOutcome) -> Compared {
    report
        .requests
        .outcomes
        .iter()
        .find(|o| o.outcome == outcome)
        .map_or(Compared::NotReported, |o| Compared::Stated(o.count.clone()))
}

fn cell(cell: Option<u64>) -> Compared {
    cell.map_or(Compared::NotReported, |n| {
        Compared::Count(Value::Published(n))
    })
}

/// The value of a single figure (every metric but [`Metric::Outcomes`]). Where a standard
/// table leaves the figure blank, the figure the report's text states stands in.
pub fn value(report: &Report, metric: Metric) -> Compared {
    let from_tables = table_value(report, metric);
    if from_tables.is_reported() {
        return from_tables;
    }
    match metric {
        Metric::Received => stated(&report.requests.received),
        Metric::Reconsideration => stated(&report.appeals.reconsideration),
        Metric::Litigation => stated(&report.appeals.litigation),
        _ => Compared::NotReported,
    }
}

fn table_value(report: &Report, metric: Metric) -> Compared {
    let table1 = report.proactive.table1.as_ref();
    let table3 = report.appeals.table3.as_ref();
    match metric {
        Metric::Received => table2_total(report, Table2Row::Received),
        Metric::CarriedOver => table2_total(report, Table2Row::CarriedOver),
        Metric::Handled => table2_total(report, Table2Row::Total),
        Metric::CarriedForward => table2_total(report, Table2Row::CarriedForward),
        Metric::DisclosureRate => {
            let Some(t) = &report.requests.table2 else {
                return Compared::NotReported;
            };
            let disclosed = RequestBalance::disclosed_in_full_or_part(t);
            let handled = t.value(Table2Row::Total, TOTAL_COLUMN).number();
            match (disclosed, handled) {
                (Some(d), Some(h)) => Decimal::percentage(d as i64, h as i64, 2)
                    .map_or(Compared::NotReported, Compared::Percent),
                _ => Compared::NotReported,
            }
        }
        Metric::Outcomes => Compared::NotReported,
        Metric::RegulationsMade => match table1 {
            Some(Table1::Edition2019(t)) => cell(t.regulations.made),
            Some(Table1::Edition2021(t)) => cell(t.regulations.made),
            None => Compared::NotReported,
        },
        Metric::NormativeDocumentsMade => match table1 {
            Some(Table1::Edition2019(t)) => cell(t.normative_documents.made),
            Some(Table1::Edition2021(t)) => cell(t.normative_documents.made),
            None => Compared::NotReported,
        },
        Metric::LicensingDecisions => match table1 {
            Some(Table1::Edition2019(t)) => cell(t.licensing.decisions),
            Some(Table1::Edition2021(t)) => cell(t.licensing_decisions),
            None => Compared::NotReported,
        },
        Metric::PenaltyDecisions => match table1 {
            Some(Table1::Edition2019(t)) => cell(t.penalty.decisions),
            Some(Table1::Edition2021(t)) => cell(t.penalty_decisions),
            None => Compared::NotReported,
        },
        Metric::Reconsideration => match table3 {
            Some(t) => count(t.value(AppealBlock::Reconsideration, AppealResult::Total)),
            None => Compared::NotReported,
        },
        Metric::Litigation => match table3 {
            Some(t) => {
                let direct = t.value(AppealBlock::LitigationDirect, AppealResult::Total);
                let after = t.value(
                    AppealBlock::LitigationAfterReconsideration,
                    AppealResult::Total,
                );
                match (direct.number(), after.number()) {
                    // A sum the report does not print is marked as computed.
                    (Some(a), Some(b)) => Compared::Count(Value::Computed(a + b)),
                    _ => Compared::NotReported,
                }
            }
            None => Compared::NotReported,
        },
    }
}

/// The six outcome groups of a report: table 2's groups; for a free-form report only the
/// outcomes whose words mean the same (公开, 部分公开, 不予公开), the rest not reported.
pub fn outcome_mix(report: &Report) -> [Compared; 6] {
    OutcomeGroup::ALL.map(|group| match &report.requests.table2 {
        Some(t) => t
            .group_value(group, TOTAL_COLUMN)
            .map_or(Compared::NotReported, |n| {
                // A group of several rows is a sum the report does not print.
                let single_row = matches!(
                    group,
                    OutcomeGroup::Disclosed | OutcomeGroup::PartiallyDisclosed
                );
                Compared::Count(if single_row {
                    t.value(
                        if group == OutcomeGroup::Disclosed {
                            Table2Row::Disclosed
                        } else {
                            Table2Row::PartiallyDisclosed
                        },
                        TOTAL_COLUMN,
                    )
                } else {
                    Value::Computed(n)
                })
            }),
        None => match group {
            OutcomeGroup::Disclosed => free_form_outcome(report, FreeFormOutcome::Disclosed),
            OutcomeGroup::PartiallyDisclosed => {
                free_form_outcome(report, FreeFormOutcome::PartiallyDisclosed)
            }
            OutcomeGroup::Withheld => free_form_outcome(report, FreeFormOutcome::Refused),
            _ => Compared::NotReported,
        },
    })
}

/// Reports in the order they are compared: one body's years oldest first, so they read as a
/// trend; several bodies in the order the visitor chose them.
pub fn comparison_order<T>(items: &mut [T], report: impl Fn(&T) -> &Report) {
    let reports: Vec<&Report> = items.iter().map(&report).collect();
    if is_trend(&reports) {
        items.sort_by_key(|item| report(item).year);
    }
}

/// Whether the compared reports are one body over several years (each year once).
pub fn is_trend(reports: &[&Report]) -> bool {
    let mut years: Vec<u16> = reports.iter().map(|r| r.year).collect();
    years.sort_unstable();
    years.dedup();
    reports.len() >= 2
        && years.len() == reports.len()
        && reports.iter().all(|r| r.body.name == reports[0].body.name)
}

/// The cross-year checks (I5, I6) between each pair of consecutive years of one body among
/// `reports`: (index of the earlier year, index of the later, the results).
pub fn consecutive_year_checks(reports: &[&Report]) -> Vec<(usize, usize, Vec<CheckResult>)> {
    let mut out = Vec::new();
    for (i, earlier) in reports.iter().enumerate() {
        for (j, later) in reports.iter().enumerate() {
            if earlier.body.name == later.body.name && earlier.year + 1 == later.year {
                let results = check_consecutive_years(earlier, later);
                if !results.is_empty() {
                    out.push((i, j, results));
                }
            }
        }
    }
    out.sort_by_key(|(i, j, _)| (reports[*i].body.name.clone(), reports[*i].year, *j));
    out
}

/// The figure as shown in a comparison: counts, stated figures with their words, computed
/// shares and counts marked, and "not reported".
pub fn show(lang: Lang, value: &Compared) -> String {
    match value {
        Compared::Count(Value::Published(n)) => format_count(lang, *n as i64),
        Compared::Count(Value::Computed(n)) => format!("{}*", format_count(lang, *n as i64)),
        Compared::Count(_) | Compared::NotReported => not_reported(lang).to_string(),
        Compared::Stated(f) => format_figure(lang, f),
        Compared::Percent(p) => format!("{}*", format_percent(*p)),
    }
}

/// How a compared report is named in charts and tables: "2024 · 淮安市洪泽区人民政府", or
/// only the year when every report is the same body's.
/// A made-up report keeps saying so wherever it is named.
pub fn report_label(report: &Report, trend: bool) -> String {
    let label = if trend {
        report.year.to_string()
    } else {
        format!("{} · {}", report.year, report.body.name)
    };
    if report.is_synthetic() {
        format!("{label}（合成 SYNTHETIC）")
    } else {
        label
    }
}

/// The chart of one metric across the compared reports, all on one scale. A report that
/// does not give the figure keeps its row, with no bar and the words "not reported".
pub fn metric_chart(reports: &[&Report], metric: Metric, lang: Lang) -> Chart {
    let trend = is_trend(reports);
    if metric == Metric::Outcomes {
        let rows = reports
            .iter()
            .map(|r| {
                let mix = outcome_mix(r);
                let total = value(r, Metric::Handled);
                StackedRow {
                    label: report_label(r, trend),
                    parts: mix.iter().map(Compared::amount).collect(),
                    total_text: show(lang, &total),
                }
            })
            .collect();
        let legend = OutcomeGroup::ALL
            .iter()
            .map(|g| outcome_group_name(lang, *g).to_string())
            .collect();
        return Chart::Stacked { rows, legend };
    }
    Chart::Bars(
        reports
            .iter()
            .map(|r| {
                let v = value(r, metric);
                Bar {
                    label: report_label(r, trend),
                    value: v.amount().unwrap_or(0.0),
                    value_text: show(lang, &v),
                }
            })
            .collect(),
    )
}
