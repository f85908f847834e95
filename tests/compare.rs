//! Trend and comparison figures from the real reports, and the cross-year checks between a
//! body's years. The only earlier year of a bundled body is a SYNTHETIC fixture
//! (tests/fixtures/synthetic/), never bundled as a real report.

use ndbg_dashboard::charts::Chart;
use ndbg_dashboard::i18n::Lang;
use ndbg_dashboard::report::checks::{Check, Status};
use ndbg_dashboard::report::compare::{
    comparison_order, consecutive_year_checks, is_trend, metric_chart, outcome_mix, show, value,
    Compared, Metric,
};
use ndbg_dashboard::report::derived::Value;
use ndbg_dashboard::report::{parse_report, Report};

fn load(path: &str) -> Report {
    let bytes = std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse_report(&bytes).unwrap()
}

fn dongguan() -> Report {
    load("public/reports/dongguan-hr-2015.json")
}
fn shanghai() -> Report {
    load("public/reports/shanghai-gov-office-2019.json")
}
fn hongze() -> Report {
    load("public/reports/hongze-2024.json")
}
fn hongze_2023_synthetic() -> Report {
    let r = load("tests/fixtures/synthetic/hongze-2023.synthetic.json");
    assert!(r.title.contains("SYNTHETIC"));
    r
}

fn shown(r: &Report, m: Metric) -> String {
    show(Lang::Zh, &value(r, m))
}

#[test]
fn hongze_2024_figures() {
    let r = hongze();
    let published = |n| Compared::Count(Value::Published(n));
    assert_eq!(value(&r, Metric::Received), published(95));
    assert_eq!(value(&r, Metric::Handled), published(95));
    assert_eq!(value(&r, Metric::CarriedOver), published(0));
    assert_eq!(value(&r, Metric::CarriedForward), published(0));
    // (50 disclosed + 9 in part) / 95 handled, computed and marked.
    assert_eq!(shown(&r, Metric::DisclosureRate), "62.11%*");
    assert_eq!(value(&r, Metric::NormativeDocumentsMade), published(3));
    assert_eq!(value(&r, Metric::LicensingDecisions), published(9487));
    assert_eq!(value(&r, Metric::PenaltyDecisions), published(2776));
    assert_eq!(value(&r, Metric::Reconsideration), published(2));
    // 1 direct + 3 after reconsideration: a sum table 3 does not print.
    assert_eq!(
        value(&r, Metric::Litigation),
        Compared::Count(Value::Computed(4))
    );
    let mix: Vec<Option<f64>> = outcome_mix(&r).iter().map(Compared::amount).collect();
    assert_eq!(
        mix,
        [50.0, 9.0, 3.0, 32.0, 1.0, 0.0].map(Some).to_vec(),
        "disclosed, in part, withheld, unavailable, not processed, other"
    );
    assert_eq!(outcome_mix(&r)[0], published(50));
    assert_eq!(outcome_mix(&r)[2], Compared::Count(Value::Computed(3)));
}

#[test]
fn shanghai_2019_blanks_are_not_reported_and_the_text_stands_in() {
    let r = shanghai();
    assert_eq!(shown(&r, Metric::Received), "859");
    assert_eq!(shown(&r, Metric::Handled), "805");
    assert_eq!(shown(&r, Metric::CarriedOver), "18");
    assert_eq!(shown(&r, Metric::CarriedForward), "72");
    // Table 2 leaves the total column of 予以公开 blank; its applicant cells (258, 12, 1, 1)
    // and 部分公开's (3) give the totals, marked as computed, and so the rate.
    assert_eq!(outcome_mix(&r)[0], Compared::Count(Value::Computed(272)));
    assert_eq!(outcome_mix(&r)[1], Compared::Count(Value::Computed(3)));
    assert_eq!(shown(&r, Metric::DisclosureRate), "34.16%*");
    assert_eq!(shown(&r, Metric::RegulationsMade), "13");
    assert_eq!(shown(&r, Metric::NormativeDocumentsMade), "60");
    assert_eq!(shown(&r, Metric::Reconsideration), "7");
    // Table 3's second litigation block is blank, so the text's "9件" stands in.
    assert!(
        matches!(value(&r, Metric::Litigation), Compared::Stated(ref f) if f.value.as_integer() == Some(9))
    );
}

#[test]
fn dongguan_2015_free_form_figures() {
    let r = dongguan();
    assert!(
        matches!(value(&r, Metric::Received), Compared::Stated(ref f) if f.value.as_integer() == Some(14))
    );
    assert_eq!(shown(&r, Metric::Received), "14宗");
    for m in [
        Metric::Handled,
        Metric::CarriedOver,
        Metric::DisclosureRate,
        Metric::RegulationsMade,
        Metric::LicensingDecisions,
    ] {
        assert_eq!(value(&r, m), Compared::NotReported, "{m:?}");
    }
    // "没有发生" is stated as 0 cases: a stated zero, not a blank.
    assert!(
        matches!(value(&r, Metric::Reconsideration), Compared::Stated(ref f) if f.value.as_integer() == Some(0))
    );
    // Only "not held by this body" is stated, which no outcome group of table 2 matches.
    assert!(outcome_mix(&r).iter().all(|c| *c == Compared::NotReported));
}

#[test]
fn comparison_of_three_bodies_shares_one_scale_and_keeps_not_reported_rows() {
    let (d, s, h) = (dongguan(), shanghai(), hongze());
    // Several bodies stay in the order the visitor chose.
    let mut reports = vec![&s, &d, &h];
    comparison_order(&mut reports, |r| r);
    assert_eq!(
        reports.iter().map(|r| r.year).collect::<Vec<_>>(),
        [2019, 2015, 2024]
    );
    assert!(!is_trend(&reports));
    let Chart::Bars(bars) = metric_chart(&reports, Metric::Handled, Lang::Zh) else {
        panic!("a single figure is drawn as bars");
    };
    let rows: Vec<(&str, f64, &str)> = bars
        .iter()
        .map(|b| (b.label.as_str(), b.value, b.value_text.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("2019 · 上海市人民政府办公厅", 805.0, "805"),
            ("2015 · 东莞市人力资源局", 0.0, "未报告"),
            ("2024 · 淮安市洪泽区人民政府", 95.0, "95"),
        ]
    );
    let Chart::Bars(en) = metric_chart(&reports, Metric::Received, Lang::En) else {
        panic!()
    };
    assert_eq!(en[1].value_text, "14 cases");
    assert_eq!(en[0].value_text, "859");
    let Chart::Stacked { rows, legend } = metric_chart(&reports, Metric::Outcomes, Lang::Zh) else {
        panic!("the outcome mix is drawn as stacked bars");
    };
    assert_eq!(legend.len(), 6);
    assert_eq!(rows[2].total_text, "95");
    assert_eq!(rows[1].parts[0], None);
    assert_eq!(rows[1].total_text, "未报告");
    assert_eq!(rows[0].parts[0], Some(272.0));
}

#[test]
fn a_body_over_two_years_is_a_trend_with_its_cross_year_checks() {
    let (earlier, later) = (hongze_2023_synthetic(), hongze());
    let mut reports = vec![&later, &earlier];
    comparison_order(&mut reports, |r| r);
    assert_eq!(reports[0].year, 2023);
    assert!(is_trend(&reports));
    let Chart::Bars(bars) = metric_chart(&reports, Metric::Received, Lang::Zh) else {
        panic!()
    };
    assert_eq!(bars[0].label, "2023（合成 SYNTHETIC）");
    assert_eq!(bars[1].label, "2024");
    let pairs = consecutive_year_checks(&reports);
    assert_eq!(pairs.len(), 1);
    let (i, j, results) = &pairs[0];
    assert_eq!((*i, *j), (0, 1));
    // I5 for the seven columns of table 2, I6 for regulations and normative documents.
    let i5 = results
        .iter()
        .filter(|r| r.check == Check::CarriedOverMatchesLastYear)
        .count();
    let i6 = results
        .iter()
        .filter(|r| r.check == Check::DocumentsInForceFollowLastYear)
        .count();
    assert_eq!((i5, i6), (7, 2));
    assert!(results.iter().all(|r| r.status == Status::Holds));
}

#[test]
fn a_carried_over_figure_that_disagrees_with_last_year_is_a_finding_between_them() {
    let (mut earlier, later) = (hongze_2023_synthetic(), hongze());
    let table = earlier.requests.table2.as_mut().unwrap();
    table
        .rows
        .get_mut(&ndbg_dashboard::report::model::Table2Row::CarriedForward)
        .unwrap()[6] = Some(4);
    let reports = vec![&earlier, &later];
    let pairs = consecutive_year_checks(&reports);
    let failing: Vec<_> = pairs[0].2.iter().filter(|r| r.is_finding()).collect();
    assert_eq!(failing.len(), 1);
    assert_eq!(failing[0].check, Check::CarriedOverMatchesLastYear);
    // Years that are not consecutive, or different bodies, are not checked against each other.
    let (s, h) = (shanghai(), hongze());
    assert!(consecutive_year_checks(&[&s, &h]).is_empty());
}

#[test]
fn synthetic_reports_say_so_wherever_they_are_named_and_a_year_twice_is_no_trend() {
    let (earlier, later) = (hongze_2023_synthetic(), hongze());
    assert!(earlier.is_synthetic());
    assert!(!later.is_synthetic());
    let Chart::Bars(bars) = metric_chart(&[&earlier, &later], Metric::Handled, Lang::Zh) else {
        panic!()
    };
    assert_eq!(bars[0].label, "2023（合成 SYNTHETIC）");
    assert_eq!(bars[1].label, "2024");
    // Two versions of one year (an original and a correction) are compared, not a trend.
    let again = hongze();
    assert!(!is_trend(&[&later, &again]));
    let Chart::Bars(bars) = metric_chart(&[&later, &again], Metric::Handled, Lang::Zh) else {
        panic!()
    };
    assert_eq!(bars.len(), 2);
}
