//! `report-import`, run as a program: the JSON on standard output, what was not placed on
//! standard error, and the exit status.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use ndbg_dashboard::report::parse_report;

const BIN: &str = env!("CARGO_BIN_EXE_report-import");

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn bundled(name: &str) -> ndbg_dashboard::report::Report {
    let path = format!("{}/public/reports/{name}", env!("CARGO_MANIFEST_DIR"));
    parse_report(&std::fs::read(path).unwrap()).unwrap()
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("report-import runs")
}

fn stderr_lines(o: &Output) -> Vec<String> {
    String::from_utf8(o.stderr.clone())
        .expect("UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> Self {
        let path =
            std::env::temp_dir().join(format!("report-import-test-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn html_is_detected_and_the_json_loads_with_the_bundled_tables() {
    let o = run(&[&fixture("shanghai-2019.html")]);
    assert_eq!(o.status.code(), Some(0), "{:?}", stderr_lines(&o));
    let report = parse_report(&o.stdout).expect("the output loads as a report");
    let want = bundled("shanghai-gov-office-2019.json");
    assert_eq!(report.proactive.table1, want.proactive.table1);
    assert_eq!(report.requests.table2, want.requests.table2);
    assert_eq!(report.appeals.table3, want.appeals.table3);
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    assert!(
        out.starts_with("{\n  \"format_version\": 1,\n  \"report_format\": \"standard_2019\",\n")
    );
    assert!(out.contains("      \"disclosed\": [258, 12, null, null, 1, 1, null],\n"));
    assert!(out.ends_with("}\n"));
    let err = stderr_lines(&o);
    assert!(err.contains(
        &"note: body.level: administrative level not stated; set body.level (county used)"
            .to_string()
    ));
    assert_eq!(
        err.last().unwrap(),
        "read as HTML: table 1 8/8 rows, table 2 23/23 rows, table 3 3/3 blocks; 0 unplaced"
    );
    assert!(!err.iter().any(|l| l.starts_with("unplaced:")));
}

#[test]
fn what_is_not_placed_goes_to_standard_error_one_line_each_with_its_line_number() {
    let o = run(&[&fixture("hongze-2024-damaged.txt")]);
    assert_eq!(o.status.code(), Some(0));
    let report = parse_report(&o.stdout).expect("the output loads as a report");
    assert_eq!(report.requests.table2.unwrap().rows.len(), 20);
    let unplaced: Vec<String> = stderr_lines(&o)
        .into_iter()
        .filter(|l| l.starts_with("unplaced: "))
        .collect();
    assert_eq!(
        unplaced,
        [
            "unplaced: line 43: （一）予以公开 [table2.disclosed]: cell 4 is \"O\", not a number this column takes; row not placed — found \"（一）予以公开\" [50 0 0 O 0 0 50]",
            "unplaced: line 52: table 2: label not recognised; not placed — found \"7.灞炰簬琛屾斂鎵ф硶妗堝嵎\" [1 0 0 0 0 0 1]",
            "unplaced: 行政强制 [table1.coercion]: not found in the source",
            "unplaced: （三）不予公开 7.属于行政执法案卷 [table2.withheld_enforcement_files]: not found in the source",
            "unplaced: （五）不予处理 2.重复申请 [table2.not_processed_repeated]: not found in the source",
        ]
    );
    assert_eq!(
        stderr_lines(&o).last().unwrap(),
        "read as text: table 1 5/6 rows, table 2 20/23 rows, table 3 3/3 blocks; 5 unplaced"
    );
}

#[test]
fn standard_input_and_forced_modes() {
    let text = std::fs::read(fixture("hongze-2024-pdf.txt")).unwrap();
    let mut child = Command::new(BIN)
        .args(["--text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let report = parse_report(&o.stdout).unwrap();
    let want = bundled("hongze-2024.json");
    assert_eq!(report.requests.table2, want.requests.table2);
    // --html on HTML is the same as detecting it.
    let forced = run(&["--html", &fixture("hongze-2024.html")]);
    let detected = run(&[&fixture("hongze-2024.html")]);
    assert_eq!(forced.stdout, detected.stdout);
    assert_eq!(forced.status.code(), Some(0));
}

#[test]
fn a_byte_order_mark_and_utf16_are_read() {
    let text = std::fs::read_to_string(fixture("hongze-2024-pdf.txt")).unwrap();
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(text.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let a = TempFile::new("bom.txt", &utf8);
    let b = TempFile::new("utf16.txt", &utf16);
    let plain = run(&[&fixture("hongze-2024-pdf.txt")]);
    for f in [&a, &b] {
        let o = run(&[f.path()]);
        assert_eq!(o.status.code(), Some(0), "{:?}", stderr_lines(&o));
        assert_eq!(o.stdout, plain.stdout);
    }
}

#[test]
fn unreadable_input_and_nothing_to_import_exit_1() {
    let o = run(&["/nonexistent/report.html"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(
        stderr_lines(&o)[0].starts_with("report-import: /nonexistent/report.html: cannot be read:")
    );

    let gbk = TempFile::new("gbk.txt", b"\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\n");
    let o = run(&[gbk.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr_lines(&o)[0].contains("not UTF-8 text (first bad byte on line 1)"));

    let prose = TempFile::new(
        "prose.txt",
        "某某局2015年政府信息公开工作年度报告\n全年受理申请14件。\n".as_bytes(),
    );
    let o = run(&[prose.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr_lines(&o)
        .last()
        .unwrap()
        .ends_with("no row of the standard tables was found; nothing imported"));
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &[][..],
        &["--bogus", "x.txt"][..],
        &["a.txt", "b.txt"][..],
        &["--html", "--text", "a.txt"][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr_lines(&o)
            .iter()
            .any(|l| l.starts_with("usage: report-import")));
    }
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .starts_with("usage: report-import"));
}
