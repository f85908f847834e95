//! The pipeline a report file goes through in the dashboard, as one function for fuzzing:
//! bytes → load (with warnings) → messages in both languages → checks → derived figures →
//! charts drawn as SVG. Anything that panics here would break the page; the fuzzer looks
//! for it. `exercise` also checks a few properties that must hold for every input.

use ndbg_dashboard::charts::bars::Bar;
use ndbg_dashboard::charts::stacked::StackedRow;
use ndbg_dashboard::charts::{Chart, ChartTheme};
use ndbg_dashboard::i18n::{describe_load_error, describe_result, Lang};
use ndbg_dashboard::report::checks::{check_consecutive_years, check_report};
use ndbg_dashboard::report::derived::{RequestBalance, TOTAL_COLUMN};
use ndbg_dashboard::report::model::{AppealBlock, AppealResult, OutcomeGroup, Table2Row};
use ndbg_dashboard::report::{describe_load_warning, parse_report_with_warnings, Report};

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// The dashboard's strict GB18030 decoder gives what encoding_rs gives (the WHATWG
/// decoder, without replacement) for any bytes.
pub fn compare_gb18030(data: &[u8]) {
    let ours = ndbg_dashboard::report::gb18030::decode_gb18030(data);
    let reference = encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(data)
        .map(|t| t.into_owned());
    assert_eq!(ours, reference, "{data:x?}");
}

/// Runs the whole pipeline on `data`. Panics (the fuzzer's "crash") when anything panics or
/// a property fails.
pub fn exercise(data: &[u8]) {
    let loaded = match parse_report_with_warnings(data) {
        Ok(loaded) => loaded,
        Err(e) => {
            for lang in LANGS {
                assert!(!describe_load_error(lang, &e).is_empty());
            }
            return;
        }
    };
    for w in &loaded.warnings {
        for lang in LANGS {
            assert!(!describe_load_warning(lang, w).is_empty());
        }
    }
    let report = &loaded.report;
    for r in check_report(report) {
        for lang in LANGS {
            let _ = describe_result(lang, &r, report);
        }
    }
    let _ = check_consecutive_years(report, report);
    for chart in charts(report) {
        for width in [320, 1280] {
            let (svg, height, bands) = chart.to_svg(width, Some(0), &ChartTheme::light());
            assert!(height > 0);
            assert_eq!(bands.len(), chart.len());
            assert!(!svg.contains("NaN"), "a NaN in the SVG");
        }
    }
    round_trip(report);
}

/// A report written back as JSON loads again as the same report.
fn round_trip(report: &Report) {
    let json = serde_json::to_vec(report).expect("a report serializes");
    match parse_report_with_warnings(&json) {
        Ok(again) => {
            assert_eq!(&again.report, report, "the report changed on a round trip");
            assert!(again.warnings.is_empty(), "{:?}", again.warnings);
        }
        // A report near the size limit may grow past it when written back.
        Err(ndbg_dashboard::report::LoadError::TooLarge { .. }) => {}
        Err(e) => panic!("a serialized report does not load: {e}"),
    }
}

/// The charts the page would draw: each breakdown, table 2 by outcome group and by row,
/// the request balance, and table 3, with every derived figure they need.
fn charts(report: &Report) -> Vec<Chart> {
    let mut charts = Vec::new();
    for b in &report.proactive.breakdowns {
        let _ = b.base_total();
        let bars = b
            .shares()
            .into_iter()
            .map(|share| {
                if let Some(p) = share.computed_percent {
                    assert!(p.to_f64().is_finite());
                }
                Bar {
                    label: share.label,
                    value: share.count.unwrap_or(0) as f64,
                    value_text: share
                        .computed_percent
                        .or(share.stated_percent)
                        .map_or_else(String::new, |p| format!("{p}%")),
                }
            })
            .collect();
        charts.push(Chart::Bars(bars));
    }
    if let Some(t2) = &report.requests.table2 {
        let mut rows = Vec::new();
        for row in t2.printed_rows() {
            for column in 0..=TOTAL_COLUMN {
                let _ = t2.value(row, column);
            }
            if let Some(n) = t2.total(row) {
                rows.push(Bar {
                    label: format!("{row:?}"),
                    value: n as f64,
                    value_text: n.to_string(),
                });
            }
        }
        charts.push(Chart::Bars(rows));
        let groups = OutcomeGroup::ALL
            .iter()
            .map(|g| {
                let n = t2.group_value(*g, TOTAL_COLUMN);
                Bar {
                    label: format!("{g:?}"),
                    value: n.unwrap_or(0) as f64,
                    value_text: n.map_or_else(String::new, |n| n.to_string()),
                }
            })
            .collect();
        charts.push(Chart::Bars(groups));
        let balance = RequestBalance::of(t2);
        let _ = RequestBalance::disclosed_in_full_or_part(t2);
        let part = |v: ndbg_dashboard::report::derived::Value| v.number().map(|n| n as f64);
        charts.push(Chart::Stacked {
            rows: vec![
                StackedRow {
                    label: "received".into(),
                    parts: vec![part(balance.received), part(balance.carried_over)],
                    total_text: String::new(),
                },
                StackedRow {
                    label: "handled".into(),
                    parts: vec![part(balance.handled), part(balance.carried_forward)],
                    total_text: String::new(),
                },
            ],
            legend: vec!["a".into(), "b".into()],
        });
    }
    if let Some(t3) = &report.appeals.table3 {
        let rows = AppealBlock::ALL
            .iter()
            .map(|block| StackedRow {
                label: format!("{block:?}"),
                parts: AppealResult::ALL[..4]
                    .iter()
                    .map(|r| t3.value(*block, *r).number().map(|n| n as f64))
                    .collect(),
                total_text: t3
                    .value(*block, AppealResult::Total)
                    .number()
                    .map_or_else(String::new, |n| n.to_string()),
            })
            .collect();
        charts.push(Chart::Stacked {
            rows,
            legend: AppealResult::ALL[..4]
                .iter()
                .map(|r| format!("{r:?}"))
                .collect(),
        });
    }
    let _ = Table2Row::ALL;
    charts
}

#[cfg(test)]
mod tests {
    use super::compare_gb18030;

    /// Every one-, two- and four-byte sequence, alone and followed by ASCII.
    #[test]
    fn the_gb18030_decoder_matches_encoding_rs_everywhere() {
        for b1 in 0..=255u8 {
            compare_gb18030(&[b1]);
            compare_gb18030(&[b1, b'a']);
            for b2 in 0..=255u8 {
                compare_gb18030(&[b1, b2]);
            }
        }
        for b1 in 0x81..=0xFEu8 {
            for b2 in 0x30..=0x39u8 {
                for b3 in 0..=255u8 {
                    compare_gb18030(&[b1, b2, b3]);
                    for b4 in 0x2F..=0x3Au8 {
                        compare_gb18030(&[b1, b2, b3, b4]);
                    }
                }
            }
        }
    }
}
