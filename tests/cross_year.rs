//! I5 and I6 between consecutive years of one body. No body has two consecutive real
//! reports bundled yet, so the earlier year is a SYNTHETIC fixture made from Hongze 2024
//! (tests/fixtures/synthetic/), clearly marked and never bundled as a real report.

use ndbg_dashboard::report::checks::{
    check_consecutive_years, Check, Place, Quantity, Relation, Status,
};
use ndbg_dashboard::report::model::{Table1, Table2Row};
use ndbg_dashboard::report::{parse_report, Report};

fn load(path: &str) -> Report {
    let bytes = std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse_report(&bytes).unwrap()
}

fn pair() -> (Report, Report) {
    (
        load("tests/fixtures/synthetic/hongze-2023.synthetic.json"),
        load("public/reports/hongze-2024.json"),
    )
}

#[test]
fn the_fixture_is_marked_synthetic() {
    let (previous, _) = pair();
    assert!(previous.title.contains("SYNTHETIC"));
    assert!(previous
        .source
        .unwrap()
        .note
        .unwrap()
        .starts_with("SYNTHETIC"));
}

#[test]
fn i5_and_i6_hold_between_consistent_years() {
    let (previous, current) = pair();
    let results = check_consecutive_years(&previous, &current);
    let i5: Vec<_> = results
        .iter()
        .filter(|r| r.check == Check::CarriedOverMatchesLastYear)
        .collect();
    assert_eq!(i5.len(), 7, "one per column of table 2");
    assert!(i5.iter().all(|r| r.status == Status::Holds));
    let i6: Vec<_> = results
        .iter()
        .filter(|r| r.check == Check::DocumentsInForceFollowLastYear)
        .collect();
    assert_eq!(i6.len(), 2, "rules and normative documents");
    assert!(i6.iter().all(|r| r.status == Status::Holds));
}

#[test]
fn a_broken_carry_over_and_a_wrong_in_force_count_are_findings() {
    let (mut previous, current) = pair();
    previous.requests.table2.as_mut().unwrap().rows.insert(
        Table2Row::CarriedForward,
        [
            Some(3),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(3),
        ],
    );
    if let Some(Table1::Edition2021(t)) = previous.proactive.table1.as_mut() {
        t.normative_documents.in_force = Some(6);
    }
    let failing: Vec<_> = check_consecutive_years(&previous, &current)
        .into_iter()
        .filter(|r| r.is_finding())
        .collect();
    assert_eq!(failing.len(), 3, "{failing:?}");
    for column in [0, 6] {
        assert!(failing
            .iter()
            .any(|r| r.check == Check::CarriedOverMatchesLastYear
                && r.place
                    == Place::Table2 {
                        row: Table2Row::CarriedOver,
                        column: Some(column)
                    }
                && r.status
                    == Status::Fails {
                        relation: Relation::Equal,
                        expected: Quantity::Count(3),
                        found: Quantity::Count(0),
                    }));
    }
    // 6 in force last year + 3 made − 0 abolished = 9, but 2024 prints 8.
    assert!(failing
        .iter()
        .any(|r| r.check == Check::DocumentsInForceFollowLastYear
            && r.place
                == Place::Table1Documents {
                    row: "normative_documents"
                }
            && r.status
                == Status::Fails {
                    relation: Relation::Equal,
                    expected: Quantity::Count(9),
                    found: Quantity::Count(8),
                }));
}

#[test]
fn reports_that_are_not_consecutive_years_of_one_body_are_not_compared() {
    let (previous, current) = pair();
    assert!(check_consecutive_years(&current, &previous).is_empty());
    let shanghai = load("public/reports/shanghai-gov-office-2019.json");
    assert!(check_consecutive_years(&shanghai, &current).is_empty());
}
