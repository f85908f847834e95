//! Derived figures the views show, from the real reports: the balance, outcome groups and
//! their share of requests handled, and the applicant mix.

use ndbg_dashboard::report::derived::{RequestBalance, Value, TOTAL_COLUMN};
use ndbg_dashboard::report::model::{OutcomeGroup, Table2, Table2Row};
use ndbg_dashboard::report::number::Decimal;
use ndbg_dashboard::report::parse_report;

fn table2(file: &str) -> Table2 {
    let path = format!("{}/public/reports/{file}", env!("CARGO_MANIFEST_DIR"));
    parse_report(&std::fs::read(path).unwrap())
        .unwrap()
        .requests
        .table2
        .unwrap()
}

fn groups(t: &Table2) -> Vec<Option<u64>> {
    OutcomeGroup::ALL
        .iter()
        .map(|g| t.group_value(*g, TOTAL_COLUMN))
        .collect()
}

#[test]
fn shanghai_2019_balance_groups_and_applicants() {
    let t = table2("shanghai-gov-office-2019.json");
    let b = RequestBalance::of(&t);
    assert_eq!(b.received, Value::Published(859));
    assert_eq!(b.carried_over, Value::Published(18));
    assert_eq!(b.handled, Value::Published(805));
    assert_eq!(b.carried_forward, Value::Published(72));
    // 予以公开 272 is computed from the blank total column; 其他处理 is blank throughout.
    assert_eq!(
        t.value(Table2Row::Disclosed, TOTAL_COLUMN),
        Value::Computed(272)
    );
    assert_eq!(
        groups(&t),
        [Some(272), Some(3), Some(35), Some(337), Some(158), None]
    );
    let disclosed = RequestBalance::disclosed_in_full_or_part(&t).unwrap();
    assert_eq!(disclosed, 275);
    assert_eq!(
        Decimal::percentage(disclosed as i64, 805, 1)
            .unwrap()
            .to_string(),
        "34.2"
    );
    let received: Vec<Value> = (0..TOTAL_COLUMN)
        .map(|c| t.value(Table2Row::Received, c))
        .collect();
    assert_eq!(
        received,
        [
            Value::Published(821),
            Value::Published(35),
            Value::Blank,
            Value::Blank,
            Value::Published(2),
            Value::Published(1)
        ]
    );
}

#[test]
fn hongze_2024_groups() {
    let t = table2("hongze-2024.json");
    assert_eq!(t.total(Table2Row::Received), Some(95));
    assert_eq!(
        groups(&t),
        [Some(50), Some(9), Some(3), Some(32), Some(1), Some(0)]
    );
    assert_eq!(RequestBalance::disclosed_in_full_or_part(&t), Some(59));
}
