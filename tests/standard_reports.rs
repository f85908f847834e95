//! The two bundled standard-format reports: every cell of tables 1–3 is the published one.
//!
//! The expected values below are typed in from the transcriptions in
//! `/work/shared/reference/reports/` (shanghai-gov-office-2019.md, hongze-2024.md), not
//! generated from the JSON: `_` is a cell the published table leaves blank, which must load
//! as `None`, never as 0.

use ndbg_dashboard::report::checks::{check_report, Check, Place, Status};
use ndbg_dashboard::report::derived::{RequestBalance, Value, TOTAL_COLUMN};
use ndbg_dashboard::report::model::{
    AppealBlock, AppealResult, ReportFormat, Table1, Table2Row, FORMAT_VERSION,
};
use ndbg_dashboard::report::model::{OutcomeGroup, Table2};
use ndbg_dashboard::report::number::{Decimal, Figure, Qualifier};
use ndbg_dashboard::report::{findings, parse_report, Report};

/// One cell: `_` for a blank, a number for a printed count.
macro_rules! cell {
    (_) => {
        None::<u64>
    };
    ($n:literal) => {
        Some::<u64>($n)
    };
}

/// A row of cells, e.g. `row![821, 35, _, _, 2, 1, 859]`.
macro_rules! row {
    ($($c:tt),* $(,)?) => {
        [$(cell!($c)),*]
    };
}

fn load(name: &str) -> Report {
    let path = format!("{}/public/reports/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_report(&bytes).unwrap_or_else(|e| panic!("{path} does not load: {e}"))
}

fn shanghai() -> Report {
    load("shanghai-gov-office-2019.json")
}

fn hongze() -> Report {
    load("hongze-2024.json")
}

fn dec(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn table2(r: &Report) -> &Table2 {
    r.requests.table2.as_ref().expect("table 2 is present")
}

/// Compares a whole table 2 with the expected rows, in order, and names the first cell that
/// differs.
fn assert_table2(r: &Report, expected: &[(Table2Row, [Option<u64>; 7])]) {
    let t2 = table2(r);
    let keys: Vec<Table2Row> = t2.rows.keys().copied().collect();
    let expected_keys: Vec<Table2Row> = expected.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, expected_keys, "the rows of table 2");
    assert_eq!(t2.printed_rows(), expected_keys, "the rows table 2 prints");
    for (row, cells) in expected {
        for (column, want) in cells.iter().enumerate() {
            assert_eq!(
                t2.rows[row][column], *want,
                "table 2, row {row:?}, column {column}"
            );
        }
    }
}

fn assert_table3(r: &Report, expected: [(AppealBlock, [Option<u64>; 5]); 3]) {
    let t3 = r.appeals.table3.as_ref().expect("table 3 is present");
    assert_eq!(t3.blocks.len(), 3);
    for (block, cells) in expected {
        for (i, want) in cells.iter().enumerate() {
            assert_eq!(
                t3.blocks[&block][i], *want,
                "table 3, {block:?}, column {i}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// 上海市人民政府办公厅 2019 (2019 trial format, blanks as published)

#[test]
fn shanghai_header() {
    let r = shanghai();
    assert_eq!(r.format_version, FORMAT_VERSION);
    assert_eq!(r.report_format, ReportFormat::Standard2019);
    assert_eq!(r.body.name, "上海市人民政府办公厅");
    assert_eq!(r.year, 2019);
    let published = r.published.as_ref().unwrap();
    assert_eq!(published.date.unwrap().to_string(), "2020-01-31");
}

#[test]
fn shanghai_table1_is_the_published_one() {
    let r = shanghai();
    let Some(Table1::Edition2019(t1)) = &r.proactive.table1 else {
        panic!("table 1 is the 2019 edition: {:?}", r.proactive.table1);
    };
    // 第二十条第（一）项: 本年新制作数量, 本年新公开数量, 对外公开总数量.
    let docs =
        |d: &ndbg_dashboard::report::model::DocumentsRow2019| [d.made, d.published, d.total_public];
    assert_eq!(docs(&t1.regulations), row![13, 13, 524]);
    assert_eq!(docs(&t1.normative_documents), row![60, 60, 368]);
    // 第（五）项, 第（六）项: 上一年项目数量, 本年增/减, 处理决定数量 — all printed as 0.
    for (name, items) in [
        ("licensing", &t1.licensing),
        ("other_management_services", &t1.other_management_services),
        ("penalty", &t1.penalty),
        ("coercion", &t1.coercion),
    ] {
        assert_eq!(items.previous_items, Some(0), "{name}");
        assert_eq!(items.change, Some(dec("0")), "{name}");
        assert_eq!(items.decisions, Some(0), "{name}");
    }
    // 第（八）项 行政事业性收费: 上一年项目数量, 本年增/减; no 处理决定数量 column.
    assert_eq!(t1.fees.previous_items, Some(0));
    assert_eq!(t1.fees.change, Some(dec("0")));
    assert_eq!(t1.fees.decisions, None);
    // 第（九）项 政府集中采购: 6 projects, 251000元.
    assert_eq!(t1.procurement.projects, Some(6));
    assert_eq!(
        t1.procurement.amount,
        Some(Figure {
            value: dec("251000"),
            qualifier: Qualifier::Exact,
            unit: Some("元".into()),
            printed: Some("251000元".into()),
        })
    );
}

#[test]
fn shanghai_table2_every_cell_blank_or_as_published() {
    use Table2Row::*;
    let expected = [
        (Received, row![821, 35, _, _, 2, 1, 859]),
        (CarriedOver, row![18, _, _, _, _, _, 18]),
        (Disclosed, row![258, 12, _, _, 1, 1, _]),
        (PartiallyDisclosed, row![3, _, _, _, _, _, _]),
        (WithheldStateSecret, row![14, _, _, _, _, _, _]),
        (WithheldProhibitedByLaw, row![_, _, _, _, _, _, _]),
        (WithheldThreeSafetiesOneStability, row![_, _, _, _, _, _, _]),
        (WithheldThirdPartyRights, row![_, _, _, _, _, _, _]),
        (WithheldInternalAffairs, row![5, _, _, _, _, _, _]),
        (WithheldProcessInformation, row![3, 1, _, _, _, _, _]),
        (WithheldEnforcementFiles, row![_, _, _, _, _, _, _]),
        (WithheldInquiryMatters, row![10, 2, _, _, _, _, _]),
        (UnavailableNotHeld, row![252, 12, _, _, 1, _, _]),
        (UnavailableNeedsCreation, row![44, 3, _, _, _, _, _]),
        (UnavailableStillUnclear, row![25, _, _, _, _, _, _]),
        (NotProcessedPetitionsComplaints, row![148, 1, _, _, _, _, _]),
        (NotProcessedRepeated, row![5, 4, _, _, _, _, _]),
        (NotProcessedPublications, row![_, _, _, _, _, _, _]),
        (NotProcessedExcessive, row![_, _, _, _, _, _, _]),
        (NotProcessedConfirmation, row![_, _, _, _, _, _, _]),
        (OtherHandling, row![_, _, _, _, _, _, _]),
        (Total, row![767, 35, _, _, 2, 1, 805]),
        (CarriedForward, row![72, _, _, _, _, _, 72]),
    ];
    assert_eq!(expected.len(), 23);
    assert_table2(&shanghai(), &expected);
}

#[test]
fn shanghai_table3_every_cell_blank_or_as_published() {
    assert_table3(
        &shanghai(),
        [
            (AppealBlock::Reconsideration, row![5, _, _, 2, 7]),
            (AppealBlock::LitigationDirect, row![8, _, _, 1, 9]),
            (
                AppealBlock::LitigationAfterReconsideration,
                row![_, _, _, _, _],
            ),
        ],
    );
}

#[test]
fn shanghai_totals_left_blank_are_computed_and_marked() {
    let r = shanghai();
    let t2 = table2(&r);
    // 予以公开: 258 + 12 + 1 + 1, the 总计 cell being blank as published.
    assert_eq!(
        t2.value(Table2Row::Disclosed, TOTAL_COLUMN),
        Value::Computed(272)
    );
    assert_eq!(
        t2.published(Table2Row::Disclosed, TOTAL_COLUMN),
        Value::Blank
    );
    assert_eq!(
        t2.value(Table2Row::PartiallyDisclosed, TOTAL_COLUMN),
        Value::Computed(3)
    );
    // Printed totals stay printed.
    assert_eq!(
        t2.value(Table2Row::Total, TOTAL_COLUMN),
        Value::Published(805)
    );
    assert_eq!(
        t2.value(Table2Row::Received, TOTAL_COLUMN),
        Value::Published(859)
    );
    assert_eq!(
        t2.value(Table2Row::CarriedOver, TOTAL_COLUMN),
        Value::Published(18)
    );
    assert_eq!(
        t2.value(Table2Row::CarriedForward, TOTAL_COLUMN),
        Value::Published(72)
    );
    assert_eq!(t2.total(Table2Row::Received), Some(859));
    assert_eq!(
        RequestBalance::of(t2),
        RequestBalance {
            received: Value::Published(859),
            carried_over: Value::Published(18),
            handled: Value::Published(805),
            carried_forward: Value::Published(72),
        }
    );
    assert_eq!(RequestBalance::disclosed_in_full_or_part(t2), Some(275));
    // A blank cell outside the totals stays blank; a row of blanks has no computed total.
    assert_eq!(t2.value(Table2Row::Received, 2), Value::Blank);
    assert_eq!(
        t2.value(Table2Row::WithheldProhibitedByLaw, TOTAL_COLUMN),
        Value::Blank
    );
    // The blank 科研机构 column of the 总计 row has no leaf to compute it from.
    assert_eq!(t2.value(Table2Row::Total, 2), Value::Blank);
    // Group subtotals (computed; the published table has none).
    assert_eq!(
        t2.group_value(OutcomeGroup::Withheld, TOTAL_COLUMN),
        Some(14 + 5 + 4 + 12)
    );
    assert_eq!(
        t2.group_value(OutcomeGroup::Unavailable, TOTAL_COLUMN),
        Some(265 + 47 + 25)
    );
    assert_eq!(t2.group_value(OutcomeGroup::Other, TOTAL_COLUMN), None);
    // Table 3: the blank block stays blank.
    let t3 = r.appeals.table3.as_ref().unwrap();
    assert_eq!(
        t3.value(AppealBlock::Reconsideration, AppealResult::Total),
        Value::Published(7)
    );
    assert_eq!(
        t3.value(
            AppealBlock::LitigationAfterReconsideration,
            AppealResult::Total
        ),
        Value::Blank
    );
}

#[test]
fn shanghai_has_no_findings_and_its_blank_columns_are_not_checkable() {
    let r = shanghai();
    assert_eq!(findings(&r), vec![], "I1–I4 hold for the published table");
    let results = check_report(&r);

    let per_column = |check: Check| -> Vec<Status> {
        (0..=TOTAL_COLUMN)
            .map(|column| {
                let found: Vec<&Status> = results
                    .iter()
                    .filter(|c| c.check == check && c.place == Place::Table2Column { column })
                    .map(|c| &c.status)
                    .collect();
                assert_eq!(found.len(), 1, "{check:?} column {column}");
                found[0].clone()
            })
            .collect()
    };
    // 科研机构 (column 2) and 社会公益组织 (column 3) are blank from top to bottom.
    let expected = [
        Status::Holds,
        Status::Holds,
        Status::AllBlank,
        Status::AllBlank,
        Status::Holds,
        Status::Holds,
        Status::Holds,
    ];
    assert_eq!(per_column(Check::RequestBalance), expected, "I1");
    assert_eq!(per_column(Check::OutcomesSumToTotal), expected, "I2");

    // I1 in the 商业企业 column holds only with 上年结转 and 结转下年度 blanks taken as 0.
    let i1_commercial = results
        .iter()
        .find(|c| c.check == Check::RequestBalance && c.place == Place::Table2Column { column: 1 })
        .unwrap();
    assert!(i1_commercial.blanks_taken_as_zero);

    // I3, row by row: a blank 总计 beside printed cells is computed, not checked; a row of
    // blanks is not checkable.
    use Table2Row::*;
    let i3: Vec<(Table2Row, Status)> = results
        .iter()
        .filter(|c| c.check == Check::ApplicantsSumToTotal)
        .map(|c| match &c.place {
            Place::Table2 { row, column: None } => (*row, c.status.clone()),
            p => panic!("I3 at {p:?}"),
        })
        .collect();
    let (h, b, c) = (Status::Holds, Status::AllBlank, Status::TotalComputed);
    assert_eq!(
        i3,
        vec![
            (Received, h.clone()),
            (CarriedOver, h.clone()),
            (Disclosed, c.clone()),
            (PartiallyDisclosed, c.clone()),
            (WithheldStateSecret, c.clone()),
            (WithheldProhibitedByLaw, b.clone()),
            (WithheldThreeSafetiesOneStability, b.clone()),
            (WithheldThirdPartyRights, b.clone()),
            (WithheldInternalAffairs, c.clone()),
            (WithheldProcessInformation, c.clone()),
            (WithheldEnforcementFiles, b.clone()),
            (WithheldInquiryMatters, c.clone()),
            (UnavailableNotHeld, c.clone()),
            (UnavailableNeedsCreation, c.clone()),
            (UnavailableStillUnclear, c.clone()),
            (NotProcessedPetitionsComplaints, c.clone()),
            (NotProcessedRepeated, c.clone()),
            (NotProcessedPublications, b.clone()),
            (NotProcessedExcessive, b.clone()),
            (NotProcessedConfirmation, b.clone()),
            (OtherHandling, b.clone()),
            (Total, h.clone()),
            (CarriedForward, h.clone()),
        ]
    );

    // I4: the 复议后起诉 block is blank throughout.
    let i4: Vec<(Place, Status)> = results
        .iter()
        .filter(|c| c.check == Check::AppealsSumToTotal)
        .map(|c| (c.place.clone(), c.status.clone()))
        .collect();
    assert_eq!(
        i4,
        vec![
            (
                Place::Table3 {
                    block: AppealBlock::Reconsideration
                },
                Status::Holds
            ),
            (
                Place::Table3 {
                    block: AppealBlock::LitigationDirect
                },
                Status::Holds
            ),
            (
                Place::Table3 {
                    block: AppealBlock::LitigationAfterReconsideration
                },
                Status::AllBlank
            ),
        ]
    );

    // The report is dated after the year it covers.
    let date: Vec<&Status> = results
        .iter()
        .filter(|c| c.check == Check::DatedAfterPeriod)
        .map(|c| &c.status)
        .collect();
    assert_eq!(date, [&Status::Holds]);
    assert!(results.iter().all(|c| c.check != Check::RowPresent));
    assert_eq!(results.len(), 7 + 7 + 23 + 3 + 1);
}

// ---------------------------------------------------------------------------------------
// 淮安市洪泽区人民政府 2024 (2021 format, 其他处理 as one row, zeros printed)

#[test]
fn hongze_header() {
    let r = hongze();
    assert_eq!(r.report_format, ReportFormat::Standard2021);
    assert_eq!(r.body.name, "淮安市洪泽区人民政府");
    assert_eq!(r.year, 2024);
    assert!(
        r.published.is_none(),
        "the publication date was not recorded"
    );
    assert_eq!(r.fees.charged.as_ref().unwrap().exact_count(), Some(0));
}

#[test]
fn hongze_table1_is_the_published_one() {
    let r = hongze();
    let Some(Table1::Edition2021(t1)) = &r.proactive.table1 else {
        panic!("table 1 is the 2021 edition: {:?}", r.proactive.table1);
    };
    let docs =
        |d: &ndbg_dashboard::report::model::DocumentsRow2021| [d.made, d.abolished, d.in_force];
    // 本年制发件数, 本年废止件数, 现行有效件数.
    assert_eq!(docs(&t1.regulations), row![0, 0, 0]);
    assert_eq!(docs(&t1.normative_documents), row![3, 0, 8]);
    assert_eq!(t1.licensing_decisions, Some(9487));
    assert_eq!(t1.penalty_decisions, Some(2776));
    assert_eq!(t1.coercion_decisions, Some(84));
    assert_eq!(t1.fees_wan_yuan, Some(dec("7545")));
}

#[test]
fn hongze_table2_every_cell_as_published() {
    use Table2Row::*;
    let expected = [
        (Received, row![95, 0, 0, 0, 0, 0, 95]),
        (CarriedOver, row![0, 0, 0, 0, 0, 0, 0]),
        (Disclosed, row![50, 0, 0, 0, 0, 0, 50]),
        (PartiallyDisclosed, row![9, 0, 0, 0, 0, 0, 9]),
        (WithheldStateSecret, row![0, 0, 0, 0, 0, 0, 0]),
        (WithheldProhibitedByLaw, row![0, 0, 0, 0, 0, 0, 0]),
        (WithheldThreeSafetiesOneStability, row![1, 0, 0, 0, 0, 0, 1]),
        (WithheldThirdPartyRights, row![0, 0, 0, 0, 0, 0, 0]),
        (WithheldInternalAffairs, row![0, 0, 0, 0, 0, 0, 0]),
        (WithheldProcessInformation, row![1, 0, 0, 0, 0, 0, 1]),
        (WithheldEnforcementFiles, row![1, 0, 0, 0, 0, 0, 1]),
        (WithheldInquiryMatters, row![0, 0, 0, 0, 0, 0, 0]),
        (UnavailableNotHeld, row![31, 0, 0, 0, 0, 0, 31]),
        (UnavailableNeedsCreation, row![1, 0, 0, 0, 0, 0, 1]),
        (UnavailableStillUnclear, row![0, 0, 0, 0, 0, 0, 0]),
        (NotProcessedPetitionsComplaints, row![1, 0, 0, 0, 0, 0, 1]),
        (NotProcessedRepeated, row![0, 0, 0, 0, 0, 0, 0]),
        (NotProcessedPublications, row![0, 0, 0, 0, 0, 0, 0]),
        (NotProcessedExcessive, row![0, 0, 0, 0, 0, 0, 0]),
        (NotProcessedConfirmation, row![0, 0, 0, 0, 0, 0, 0]),
        (OtherHandling, row![0, 0, 0, 0, 0, 0, 0]),
        (Total, row![95, 0, 0, 0, 0, 0, 95]),
        (CarriedForward, row![0, 0, 0, 0, 0, 0, 0]),
    ];
    assert_eq!(expected.len(), 23);
    assert_table2(&hongze(), &expected);
}

#[test]
fn hongze_table3_every_cell_as_published() {
    assert_table3(
        &hongze(),
        [
            (AppealBlock::Reconsideration, row![1, 1, 0, 0, 2]),
            (AppealBlock::LitigationDirect, row![1, 0, 0, 0, 1]),
            (
                AppealBlock::LitigationAfterReconsideration,
                row![2, 0, 1, 0, 3],
            ),
        ],
    );
}

#[test]
fn hongze_derived_figures() {
    let r = hongze();
    let t2 = table2(&r);
    assert_eq!(
        t2.value(Table2Row::Received, TOTAL_COLUMN),
        Value::Published(95)
    );
    assert_eq!(
        t2.value(Table2Row::Disclosed, TOTAL_COLUMN),
        Value::Published(50)
    );
    assert_eq!(
        t2.value(Table2Row::PartiallyDisclosed, TOTAL_COLUMN),
        Value::Published(9)
    );
    assert_eq!(
        t2.group_value(OutcomeGroup::Unavailable, TOTAL_COLUMN),
        Some(32)
    );
    assert_eq!(
        t2.group_value(OutcomeGroup::Withheld, TOTAL_COLUMN),
        Some(3)
    );
    assert_eq!(
        t2.group_value(OutcomeGroup::NotProcessed, TOTAL_COLUMN),
        Some(1)
    );
    assert_eq!(t2.group_value(OutcomeGroup::Other, TOTAL_COLUMN), Some(0));
    assert_eq!(RequestBalance::disclosed_in_full_or_part(t2), Some(59));
    assert_eq!(
        RequestBalance::of(t2),
        RequestBalance {
            received: Value::Published(95),
            carried_over: Value::Published(0),
            handled: Value::Published(95),
            carried_forward: Value::Published(0),
        }
    );
}

#[test]
fn hongze_every_check_holds() {
    let r = hongze();
    assert_eq!(findings(&r), vec![]);
    let results = check_report(&r);
    // I1 and I2 for each of 7 columns, I3 for each of 23 rows, I4 for 3 blocks; no date.
    assert_eq!(results.len(), 7 + 7 + 23 + 3);
    for c in &results {
        assert_eq!(c.status, Status::Holds, "{c:?}");
        assert!(!c.blanks_taken_as_zero, "{c:?}");
    }
    let count = |check: Check| results.iter().filter(|c| c.check == check).count();
    assert_eq!(count(Check::RequestBalance), 7);
    assert_eq!(count(Check::OutcomesSumToTotal), 7);
    assert_eq!(count(Check::ApplicantsSumToTotal), 23);
    assert_eq!(count(Check::AppealsSumToTotal), 3);
}

#[test]
fn a_parsed_report_serializes_to_json_that_parses_to_the_same_report() {
    for r in [shanghai(), hongze()] {
        let text = serde_json::to_string_pretty(&r).unwrap();
        let again = parse_report(text.as_bytes()).unwrap();
        assert_eq!(again, r);
    }
}
