//! What the importer tests share: their inputs, the bundled reports they must give back,
//! and the comparison of tables 1–3.
#![allow(dead_code)] // each test file uses its own part of this

use ndbg_dashboard::report::model::Table2Row;
use ndbg_dashboard::report::{parse_report, Report};

/// An input from tests/fixtures/import/.
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A bundled report from public/reports/.
pub fn bundled(file: &str) -> Report {
    let path = format!("{}/public/reports/{file}", env!("CARGO_MANIFEST_DIR"));
    parse_report(&std::fs::read(path).unwrap()).unwrap()
}

/// Tables 1–3 cell for cell, and the format.
pub fn assert_tables_equal(got: &Report, want: &Report) {
    assert_eq!(got.report_format, want.report_format);
    assert_eq!(got.proactive.table1, want.proactive.table1, "table 1");
    let (g, w) = (
        got.requests.table2.as_ref().unwrap(),
        want.requests.table2.as_ref().unwrap(),
    );
    for row in Table2Row::ALL {
        assert_eq!(g.rows.get(&row), w.rows.get(&row), "table 2 row {row:?}");
    }
    assert_eq!(got.requests.table2, want.requests.table2, "table 2");
    assert_eq!(got.appeals.table3, want.appeals.table3, "table 3");
}
