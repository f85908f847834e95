//! The seed report (Dongguan Human Resources Bureau, 2015): every figure the report prints
//! is in the bundled JSON with the report's value, and the checks give the right findings.

use ndbg_dashboard::i18n::{describe_result, format_cases, format_figure, Lang};
use ndbg_dashboard::report::checks::{check_report, Check, Place, Quantity, Relation, Status};
use ndbg_dashboard::report::model::{
    AdministrativeLevel, Channel, Date, FreeFormOutcome, ReportFormat, Section,
};
use ndbg_dashboard::report::number::{Decimal, Qualifier};
use ndbg_dashboard::report::{findings, parse_report, Report};

fn seed() -> Report {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/reports/dongguan-hr-2015.json"
    ))
    .expect("the bundled seed report exists");
    parse_report(&bytes).expect("the bundled seed report loads")
}

fn dec(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn figure_value(report: &Report, id: &str) -> (i64, Qualifier, String) {
    let f = &report
        .figure(id)
        .unwrap_or_else(|| panic!("figure {id} missing"))
        .figure;
    (
        f.value.as_integer().unwrap(),
        f.qualifier,
        f.unit.clone().unwrap_or_default(),
    )
}

#[test]
fn header_fields_are_the_reports() {
    let r = seed();
    assert_eq!(r.report_format, ReportFormat::FreeForm);
    assert_eq!(r.body.name, "东莞市人力资源局");
    assert_eq!(r.body.level, AdministrativeLevel::Prefectural);
    assert_eq!(r.year, 2015);
    let period = r.period.as_ref().unwrap();
    assert_eq!(period.start, Date::parse("2015-01-01").unwrap());
    assert_eq!(period.end, Date::parse("2015-12-31").unwrap());
    let published = r.published.as_ref().unwrap();
    assert_eq!(published.printed.as_deref(), Some("2015年3月23日"));
    assert_eq!(published.date, Date::parse("2015-03-23"));
    assert_eq!(
        r.source.as_ref().unwrap().index_number.as_deref(),
        Some("007330096/2016-03375")
    );
}

#[test]
fn portal_categories_have_the_printed_counts_and_percentages() {
    let r = seed();
    let b = &r.proactive.breakdowns[0];
    assert_eq!(b.total.as_ref().unwrap().exact_count(), Some(2828));
    let expected = [
        ("政务动态类", 691, "24.43"),
        ("政策法规类", 60, "2.12"),
        ("业务工作类", 1556, "55.02"),
        ("办事指南类", 98, "3.47"),
        ("其它类", 423, "14.96"),
    ];
    assert_eq!(b.items.len(), expected.len());
    for (item, (label, count, pct)) in b.items.iter().zip(expected) {
        assert_eq!(item.label, label);
        assert_eq!(item.count.exact_count(), Some(count));
        let stated = item.stated_percent.unwrap();
        assert_eq!(stated, dec(pct));
        assert_eq!(stated.to_string(), pct, "kept at the printed precision");
    }
    let shares = b.shares();
    let computed: Vec<String> = shares
        .iter()
        .map(|s| s.computed_percent.unwrap().to_string())
        .collect();
    assert_eq!(computed, ["24.43", "2.12", "55.02", "3.47", "14.96"]);
}

#[test]
fn one_off_figures_have_the_reports_values() {
    let r = seed();
    let exact = [
        ("major_illegal_employers", 42, "家", Section::Enforcement),
        ("unpaid_wage_cases", 10, "宗", Section::Enforcement),
        ("press_releases", 27, "篇", Section::Press),
        ("written_interviews", 50, "篇", Section::Press),
        ("special_features", 8, "篇", Section::Press),
        ("onsite_reporting_events", 17, "场", Section::Press),
        ("service_points", 159, "个", Section::Services),
        (
            "consultations_complaints",
            1112,
            "件",
            Section::Consultations,
        ),
        ("deputies_proposals", 39, "件", Section::Consultations),
        ("policy_documents", 4, "份", Section::Overview),
    ];
    for (id, value, unit, section) in exact {
        assert_eq!(
            figure_value(&r, id),
            (value, Qualifier::Exact, unit.to_string()),
            "{id}"
        );
        assert_eq!(r.figure(id).unwrap().section, section, "{id}");
    }
    let rates = [
        ("consultations_complaints", "100"),
        ("deputies_proposals", "100"),
    ];
    for (id, pct) in rates {
        assert_eq!(
            r.figure(id).unwrap().rate.as_ref().unwrap().percent,
            dec(pct)
        );
    }
}

#[test]
fn approximate_figures_keep_their_qualifier() {
    let r = seed();
    assert_eq!(
        figure_value(&r, "legal_publicity_events"),
        (300, Qualifier::MoreThan, "场次".into())
    );
    assert_eq!(
        figure_value(&r, "leaflets"),
        (400_000, Qualifier::MoreThan, "份".into())
    );
    let events = &r.figure("legal_publicity_events").unwrap().figure;
    assert_eq!(format_figure(Lang::Zh, events), "300多场次");
    assert_eq!(format_figure(Lang::En, events), "more than 300 events");
    let leaflets = &r.figure("leaflets").unwrap().figure;
    assert_eq!(
        leaflets.exact_count(),
        None,
        "more than 400,000 is not 400,000"
    );
    assert_eq!(format_figure(Lang::Zh, leaflets), "40多万份");
    assert_eq!(
        format_figure(Lang::En, leaflets),
        "more than 400,000 copies"
    );
    assert_eq!(leaflets.printed.as_deref(), Some("40多万份"));
}

#[test]
fn requests_fees_and_appeals_are_as_stated_and_the_rest_not_reported() {
    let r = seed();
    let q = &r.requests;
    assert_eq!(q.received.as_ref().unwrap().exact_count(), Some(14));
    let channels: Vec<(Channel, i64)> = q
        .channels
        .iter()
        .map(|c| (c.channel, c.count.exact_count().unwrap()))
        .collect();
    assert_eq!(channels, [(Channel::Online, 10), (Channel::Letter, 4)]);
    assert_eq!(q.reply_rate_percent, Some(dec("100")));
    // Only one outcome is stated; every other outcome is absent (not reported), not zero.
    assert_eq!(q.outcomes.len(), 1);
    assert_eq!(q.outcomes[0].outcome, FreeFormOutcome::NotHeldByThisBody);
    assert_eq!(q.outcomes[0].count.exact_count(), Some(3));
    assert!(q.table2.is_none());
    for o in FreeFormOutcome::ALL {
        if o != FreeFormOutcome::NotHeldByThisBody {
            assert!(q.outcomes.iter().all(|s| s.outcome != o));
        }
    }
    assert_eq!(r.fees.charged.as_ref().unwrap().exact_count(), Some(0));
    assert_eq!(
        r.appeals.reconsideration.as_ref().unwrap().exact_count(),
        Some(0)
    );
    assert_eq!(
        r.appeals.litigation.as_ref().unwrap().exact_count(),
        Some(0)
    );
}

#[test]
fn cases_counted_in_jian_read_as_cases_in_english_and_other_counts_as_items() {
    let r = seed();
    let reconsideration = r.appeals.reconsideration.as_ref().unwrap();
    assert_eq!(format_cases(Lang::Zh, reconsideration), "0件");
    assert_eq!(format_cases(Lang::En, reconsideration), "0 cases");
    assert_eq!(format_figure(Lang::En, reconsideration), "0 items");
    // 宗 is "cases" either way.
    let received = r.requests.received.as_ref().unwrap();
    assert_eq!(format_cases(Lang::En, received), "14 cases");
    assert_eq!(format_figure(Lang::En, received), "14 cases");
    // A count in 件 that is not of cases keeps "items".
    let proposals = &r.figure("deputies_proposals").unwrap().figure;
    assert_eq!(format_figure(Lang::En, proposals), "39 items");
}

#[test]
fn problems_plans_and_the_injected_link_are_kept_as_text() {
    let r = seed();
    let problems = r
        .texts
        .iter()
        .find(|t| t.section == Section::Problems)
        .unwrap();
    assert!(problems.paragraphs[0].contains("依申请公开办理能力还需进一步提高"));
    let plans = r
        .texts
        .iter()
        .find(|t| t.section == Section::Plans)
        .unwrap();
    assert_eq!(plans.paragraphs.len(), 3);
    assert!(plans.paragraphs[2].starts_with("(三)重点实施就业创业服务信息化工程"));
    let intro = &r.texts[0].paragraphs[0];
    assert!(
        intro.contains("http://www.insinv.com"),
        "the published text as it is"
    );
}

#[test]
fn checks_hold_for_the_sums_and_percentages_and_fail_for_the_date() {
    let r = seed();
    let results = check_report(&r);
    let status_of = |check: Check| -> Vec<&Status> {
        results
            .iter()
            .filter(|c| c.check == check)
            .map(|c| &c.status)
            .collect()
    };
    assert_eq!(status_of(Check::PartsSumToTotal), [&Status::Holds]);
    assert_eq!(
        status_of(Check::StatedPercentMatchesCount),
        [&Status::Holds; 5]
    );
    assert_eq!(status_of(Check::ChannelsSumToReceived), [&Status::Holds]);
    assert_eq!(status_of(Check::OutcomesWithinReceived), [&Status::Holds]);

    let found = findings(&r);
    assert_eq!(found.len(), 1, "only the date is wrong: {found:?}");
    assert_eq!(found[0].check, Check::DatedAfterPeriod);
    assert_eq!(found[0].place, Place::PublicationDate);
    assert_eq!(
        found[0].status,
        Status::Fails {
            relation: Relation::After,
            expected: Quantity::Date(Date::parse("2015-12-31").unwrap()),
            found: Quantity::Date(Date::parse("2015-03-23").unwrap()),
        }
    );
    assert_eq!(
        describe_result(Lang::Zh, &found[0], &r),
        "报告日期：应不早于 2015年12月31日，实为 2015年3月23日（规则：报告日期不早于报告期末）"
    );
    assert_eq!(
        describe_result(Lang::En, &found[0], &r),
        "Report date: expected on or after 2015-12-31, found 2015-03-23 (rule: the report is not dated before the end of its period)"
    );
}

#[test]
fn a_changed_count_or_percentage_becomes_a_finding() {
    let mut r = seed();
    r.proactive.breakdowns[0].items[1].count.value = Decimal::from_int(61);
    let found = findings(&r);
    let checks: Vec<Check> = found.iter().map(|f| f.check).collect();
    assert!(checks.contains(&Check::PartsSumToTotal));
    let parts = found
        .iter()
        .find(|f| f.check == Check::PartsSumToTotal)
        .unwrap();
    assert_eq!(
        parts.status,
        Status::Fails {
            relation: Relation::Equal,
            expected: Quantity::Count(2828),
            found: Quantity::Count(2829),
        }
    );
    // 61 / 2828 = 2.157% is not the stated 2.12%.
    let pct = found
        .iter()
        .find(|f| {
            f.place
                == Place::Breakdown {
                    index: 0,
                    item: Some(1),
                }
        })
        .unwrap();
    assert_eq!(
        pct.status,
        Status::Fails {
            relation: Relation::Equal,
            expected: Quantity::Percent(dec("2.16")),
            found: Quantity::Percent(dec("2.12")),
        }
    );

    let mut r = seed();
    r.requests.channels[0].count.value = Decimal::from_int(9);
    assert!(findings(&r)
        .iter()
        .any(|f| f.check == Check::ChannelsSumToReceived));
}

#[test]
fn money_and_units_read_naturally_in_each_language() {
    use ndbg_dashboard::i18n::cjk_runs;
    use ndbg_dashboard::report::number::Figure;
    let money = |v: &str, unit: &str| Figure {
        unit: Some(unit.into()),
        ..Figure::exact(Decimal::parse(v).unwrap())
    };
    // Shanghai 2019's procurement, 251000元; Hongze 2024's fees, 7545 万元.
    assert_eq!(format_figure(Lang::Zh, &money("251000", "元")), "25.1万元");
    assert_eq!(
        format_figure(Lang::En, &money("251000", "元")),
        "251,000 yuan"
    );
    assert_eq!(format_figure(Lang::Zh, &money("7545", "万元")), "7545万元");
    assert_eq!(
        format_figure(Lang::En, &money("7545", "万元")),
        "75,450,000 yuan"
    );
    assert_eq!(format_figure(Lang::Zh, &money("0", "元")), "0元");
    assert_eq!(format_figure(Lang::En, &money("0.5", "万元")), "5,000 yuan");
    let r = seed();
    let points = &r.figure("service_points").unwrap().figure;
    assert_eq!(
        format_figure(Lang::En, points),
        "159",
        "个 has no English word"
    );
    assert_eq!(
        cjk_runs("政务动态类: 691 items"),
        [(true, "政务动态类"), (false, ": 691 items")]
    );
}
