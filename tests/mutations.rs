//! Mutation tests: take a bundled standard report, change its JSON text (one cell, a blank
//! total, a missing row), load it again through `parse_report`, and check that exactly the
//! expected findings appear, at the right place, with the right quantities.

use ndbg_dashboard::i18n::{describe_result, Lang};
use ndbg_dashboard::report::checks::{
    check_report, Check, CheckResult, Place, Quantity, Relation, Status,
};
use ndbg_dashboard::report::derived::{Value as Shown, TOTAL_COLUMN};
use ndbg_dashboard::report::model::{AppealBlock, AppealResult, Table2Row};
use ndbg_dashboard::report::{findings, parse_report, Report};
use serde_json::{json, Value};

fn json_of(name: &str) -> Value {
    let path = format!("{}/public/reports/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

/// Applies `change` to the report's JSON, writes it out as text and loads that text.
fn mutated(name: &str, change: impl FnOnce(&mut Value)) -> Report {
    let mut doc = json_of(name);
    change(&mut doc);
    let text = serde_json::to_string_pretty(&doc).unwrap();
    parse_report(text.as_bytes()).unwrap_or_else(|e| panic!("the mutated {name} loads: {e}"))
}

fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is in the report"))
}

const HONGZE: &str = "hongze-2024.json";
const SHANGHAI: &str = "shanghai-gov-office-2019.json";

fn fails(expected: i64, found: i64) -> Status {
    Status::Fails {
        relation: Relation::Equal,
        expected: Quantity::Count(expected),
        found: Quantity::Count(found),
    }
}

fn finding(check: Check, place: Place, status: Status, blanks: bool) -> CheckResult {
    CheckResult {
        check,
        place,
        status,
        blanks_taken_as_zero: blanks,
    }
}

fn result_at(report: &Report, check: Check, place: &Place) -> CheckResult {
    let found: Vec<CheckResult> = check_report(report)
        .into_iter()
        .filter(|c| c.check == check && c.place == *place)
        .collect();
    assert_eq!(found.len(), 1, "one {check:?} at {place:?}: {found:?}");
    found[0].clone()
}

#[test]
fn the_unchanged_reports_have_no_findings() {
    for name in [HONGZE, SHANGHAI] {
        assert_eq!(findings(&mutated(name, |_| {})), vec![], "{name}");
    }
}

// (a) One cell changed --------------------------------------------------------------------

#[test]
fn hongze_disclosed_natural_persons_50_to_51() {
    let r = mutated(HONGZE, |d| {
        *at(d, "/requests/table2/disclosed/0") = json!(51);
    });
    assert_eq!(
        findings(&r),
        vec![
            // I2, 自然人 column: the outcome rows now add up to 96, the printed 总计 is 95.
            finding(
                Check::OutcomesSumToTotal,
                Place::Table2Column { column: 0 },
                fails(96, 95),
                false
            ),
            // I3, 予以公开 row: the applicants add up to 51, the printed 总计 is 50.
            finding(
                Check::ApplicantsSumToTotal,
                Place::Table2 {
                    row: Table2Row::Disclosed,
                    column: None
                },
                fails(51, 50),
                false
            ),
        ]
    );
    // I1 is untouched by an outcome cell.
    assert_eq!(
        result_at(
            &r,
            Check::RequestBalance,
            &Place::Table2Column { column: 0 }
        )
        .status,
        Status::Holds
    );
    let described: Vec<String> = findings(&r)
        .iter()
        .map(|f| describe_result(Lang::Zh, f, &r))
        .collect();
    assert_eq!(
        described,
        [
            "I2 表二 · 列：自然人：应为 96，实为 95（规则：各项办理结果之和 = 总计）",
            "I3 表二 · （一）予以公开：应为 51，实为 50（规则：各类申请人之和 = 总计）",
        ]
    );
}

#[test]
fn hongze_reconsideration_upheld_1_to_2() {
    let r = mutated(HONGZE, |d| {
        *at(d, "/appeals/table3/reconsideration/0") = json!(2);
    });
    assert_eq!(
        findings(&r),
        vec![finding(
            Check::AppealsSumToTotal,
            Place::Table3 {
                block: AppealBlock::Reconsideration
            },
            fails(3, 2),
            false
        )]
    );
}

#[test]
fn shanghai_received_natural_persons_821_to_820() {
    let r = mutated(SHANGHAI, |d| {
        *at(d, "/requests/table2/received/0") = json!(820);
    });
    assert_eq!(
        findings(&r),
        vec![
            // I1, 自然人: 820 + 18 received and carried over, 767 + 72 handled and carried.
            finding(
                Check::RequestBalance,
                Place::Table2Column { column: 0 },
                fails(838, 839),
                false
            ),
            // I3, 新收 row: 820 + 35 + 2 + 1 (blanks as 0) against the printed 859.
            finding(
                Check::ApplicantsSumToTotal,
                Place::Table2 {
                    row: Table2Row::Received,
                    column: None
                },
                fails(858, 859),
                true
            ),
        ]
    );
}

#[test]
fn shanghai_a_blank_cell_filled_in_the_all_blank_column() {
    // 科研机构 予以公开: blank → 1. The 总计 row of that column is blank, so it is computed (1)
    // and I2 cannot fail there; but nothing was received in that column (I1), and the
    // printed grand total 805 is now one short of the outcome rows (I2, 总计 column) and of
    // the 总计 row's applicant columns, the computed 1 included (I3).
    let r = mutated(SHANGHAI, |d| {
        *at(d, "/requests/table2/disclosed/2") = json!(1);
    });
    let t2 = r.requests.table2.as_ref().unwrap();
    assert_eq!(t2.value(Table2Row::Total, 2), Shown::Computed(1));
    assert_eq!(
        t2.value(Table2Row::Disclosed, TOTAL_COLUMN),
        Shown::Computed(273)
    );
    assert_eq!(
        result_at(
            &r,
            Check::OutcomesSumToTotal,
            &Place::Table2Column { column: 2 }
        )
        .status,
        Status::TotalComputed
    );
    assert_eq!(
        findings(&r),
        vec![
            finding(
                Check::RequestBalance,
                Place::Table2Column { column: 2 },
                fails(0, 1),
                true
            ),
            finding(
                Check::OutcomesSumToTotal,
                Place::Table2Column {
                    column: TOTAL_COLUMN
                },
                fails(806, 805),
                true
            ),
            finding(
                Check::ApplicantsSumToTotal,
                Place::Table2 {
                    row: Table2Row::Total,
                    column: None
                },
                fails(806, 805),
                true
            ),
        ]
    );
}

// (b) A total left blank ------------------------------------------------------------------

#[test]
fn hongze_reconsideration_total_blank_is_computed_not_a_failure() {
    let r = mutated(HONGZE, |d| {
        *at(d, "/appeals/table3/reconsideration/4") = Value::Null;
    });
    let t3 = r.appeals.table3.as_ref().unwrap();
    assert_eq!(
        t3.published(AppealBlock::Reconsideration, AppealResult::Total),
        Shown::Blank
    );
    assert_eq!(
        t3.value(AppealBlock::Reconsideration, AppealResult::Total),
        Shown::Computed(2)
    );
    let place = Place::Table3 {
        block: AppealBlock::Reconsideration,
    };
    assert_eq!(
        result_at(&r, Check::AppealsSumToTotal, &place).status,
        Status::TotalComputed
    );
    assert_eq!(findings(&r), vec![]);
}

#[test]
fn hongze_table2_row_total_blank_is_computed_not_a_failure() {
    let r = mutated(HONGZE, |d| {
        *at(d, "/requests/table2/disclosed/6") = Value::Null;
    });
    let t2 = r.requests.table2.as_ref().unwrap();
    assert_eq!(
        t2.value(Table2Row::Disclosed, TOTAL_COLUMN),
        Shown::Computed(50)
    );
    let place = Place::Table2 {
        row: Table2Row::Disclosed,
        column: None,
    };
    assert_eq!(
        result_at(&r, Check::ApplicantsSumToTotal, &place).status,
        Status::TotalComputed
    );
    // I2 in the 总计 column now adds a computed 50: still 95.
    assert_eq!(
        result_at(
            &r,
            Check::OutcomesSumToTotal,
            &Place::Table2Column {
                column: TOTAL_COLUMN
            }
        )
        .status,
        Status::Holds
    );
    assert_eq!(findings(&r), vec![]);
}

#[test]
fn shanghai_grand_total_blank_is_computed_from_its_row() {
    let r = mutated(SHANGHAI, |d| {
        *at(d, "/requests/table2/total/6") = Value::Null;
    });
    let t2 = r.requests.table2.as_ref().unwrap();
    assert_eq!(
        t2.value(Table2Row::Total, TOTAL_COLUMN),
        Shown::Computed(805)
    );
    assert_eq!(
        result_at(
            &r,
            Check::ApplicantsSumToTotal,
            &Place::Table2 {
                row: Table2Row::Total,
                column: None
            }
        )
        .status,
        Status::TotalComputed
    );
    assert_eq!(findings(&r), vec![]);
}

#[test]
fn a_zero_against_blanks_holds() {
    // 商业企业 column: 新收 printed as 0, every other cell of the column blank. Blanks taken
    // as 0 give 0 = 0: no finding (and no "expected 0, found 0").
    let r = mutated(HONGZE, |d| {
        let rows = at(d, "/requests/table2").as_object_mut().unwrap();
        for (key, row) in rows.iter_mut() {
            if key != "received" {
                row[1] = Value::Null;
            }
        }
    });
    assert_eq!(findings(&r), vec![]);
    let i1 = result_at(
        &r,
        Check::RequestBalance,
        &Place::Table2Column { column: 1 },
    );
    assert_eq!(i1.status, Status::Holds);
    assert!(i1.blanks_taken_as_zero);
    assert_eq!(
        result_at(
            &r,
            Check::OutcomesSumToTotal,
            &Place::Table2Column { column: 1 }
        )
        .status,
        Status::AllBlank
    );
}

// (c) A row removed -----------------------------------------------------------------------

#[test]
fn shanghai_without_carried_forward() {
    let r = mutated(SHANGHAI, |d| {
        at(d, "/requests/table2")
            .as_object_mut()
            .unwrap()
            .remove("carried_forward")
            .expect("the row was there");
    });
    let expected = vec![finding(
        Check::RowPresent,
        Place::Table2 {
            row: Table2Row::CarriedForward,
            column: None,
        },
        Status::RowMissing,
        false,
    )];
    // The missing row is the one finding; I1, which needs 结转下年度 in every column,
    // cannot be made there, and says so without counting as findings of its own.
    assert_eq!(findings(&r), expected);
    for column in 0..=TOTAL_COLUMN {
        assert_eq!(
            result_at(&r, Check::RequestBalance, &Place::Table2Column { column }).status,
            Status::RowMissing
        );
    }
    // The other checks go on: I2 still holds where it held.
    assert_eq!(
        result_at(
            &r,
            Check::OutcomesSumToTotal,
            &Place::Table2Column { column: 0 }
        )
        .status,
        Status::Holds
    );
    // And no I3 result for a row that is not there.
    assert!(check_report(&r)
        .iter()
        .all(|c| !(c.check == Check::ApplicantsSumToTotal
            && c.place
                == Place::Table2 {
                    row: Table2Row::CarriedForward,
                    column: None
                })));
    assert_eq!(
        describe_result(Lang::Zh, &findings(&r)[0], &r),
        "表二 · 四、结转下年度继续办理：缺少此行（规则：表格行齐全）"
    );
    let i1 = result_at(
        &r,
        Check::RequestBalance,
        &Place::Table2Column { column: 0 },
    );
    assert_eq!(
        describe_result(Lang::En, &i1, &r),
        "I1 Table 2 · column: Natural persons: row missing (rule: received + carried over = handled + carried forward)"
    );
}

#[test]
fn hongze_without_a_table3_block() {
    let r = mutated(HONGZE, |d| {
        at(d, "/appeals/table3")
            .as_object_mut()
            .unwrap()
            .remove("litigation_direct");
    });
    assert_eq!(
        findings(&r),
        vec![finding(
            Check::RowPresent,
            Place::Table3 {
                block: AppealBlock::LitigationDirect
            },
            Status::RowMissing,
            false
        )]
    );
}

#[test]
fn hongze_other_handling_as_three_rows() {
    // The 2021 format prints 其他处理 as three rows; the report printed one. Both load.
    let r = mutated(HONGZE, |d| {
        let rows = at(d, "/requests/table2").as_object_mut().unwrap();
        rows.remove("other_handling");
        for key in ["other_no_correction", "other_unpaid_fees", "other_other"] {
            rows.insert(key.into(), json!([0, 0, 0, 0, 0, 0, 0]));
        }
    });
    assert_eq!(findings(&r), vec![]);
    let t2 = r.requests.table2.as_ref().unwrap();
    assert_eq!(t2.printed_rows().len(), 25);
    assert!(!t2.printed_rows().contains(&Table2Row::OtherHandling));

    // Two of the three rows: the third is missing, and I2 goes on with the rows there are.
    let r = mutated(HONGZE, |d| {
        let rows = at(d, "/requests/table2").as_object_mut().unwrap();
        rows.remove("other_handling");
        for key in ["other_no_correction", "other_other"] {
            rows.insert(key.into(), json!([0, 0, 0, 0, 0, 0, 0]));
        }
    });
    assert_eq!(
        findings(&r),
        vec![finding(
            Check::RowPresent,
            Place::Table2 {
                row: Table2Row::OtherUnpaidFees,
                column: None
            },
            Status::RowMissing,
            false
        )]
    );
}

#[test]
fn hongze_without_other_handling_in_any_shape() {
    let r = mutated(HONGZE, |d| {
        at(d, "/requests/table2")
            .as_object_mut()
            .unwrap()
            .remove("other_handling");
    });
    assert_eq!(
        findings(&r),
        vec![finding(
            Check::RowPresent,
            Place::Table2 {
                row: Table2Row::OtherHandling,
                column: None
            },
            Status::RowMissing,
            false
        )]
    );
}
