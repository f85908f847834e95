//! `report-check`, run as a program: its output lines and exit status.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_report-check");

fn report(name: &str) -> String {
    format!("{}/public/reports/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("report-check runs")
}

fn stdout(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 output")
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> Self {
        let path =
            std::env::temp_dir().join(format!("report-check-test-{}-{name}", std::process::id()));
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
fn the_bundled_reports_load_and_only_the_seed_has_a_finding() {
    let seed = report("dongguan-hr-2015.json");
    let shanghai = report("shanghai-gov-office-2019.json");
    let hongze = report("hongze-2024.json");
    let o = run(&[&seed, &shanghai, &hongze]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(
        stdout(&o),
        [
            format!("== {seed}"),
            "东莞市人力资源局2015年政务信息公开工作年度报告".into(),
            "  ✗ 报告日期：应不早于 2015年12月31日，实为 2015年3月23日（规则：报告日期不早于报告期末）".into(),
            "核对 9 项：成立 8 项，发现问题 1 项，无从核对 0 项（单元格均为空白 0 项，总计空白、已按各项计算 0 项）".into(),
            String::new(),
            format!("== {shanghai}"),
            "上海市人民政府办公厅2019年政府信息公开工作年度报告".into(),
            // I1 5 + I2 5 + I3 4 + I4 2 + date 1 held; blank: I1 2, I2 2, I3 8, I4 1; I3 11
            // totals computed.
            "核对 41 项：成立 17 项，发现问题 0 项，无从核对 24 项（单元格均为空白 13 项，总计空白、已按各项计算 11 项）".into(),
            String::new(),
            format!("== {hongze}"),
            "淮安市洪泽区人民政府2024年政府信息公开工作年度报告".into(),
            "核对 40 项：成立 40 项，发现问题 0 项，无从核对 0 项（单元格均为空白 0 项，总计空白、已按各项计算 0 项）".into(),
        ]
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn english_output() {
    let seed = report("dongguan-hr-2015.json");
    for args in [
        ["--lang", "en", seed.as_str()].as_slice(),
        &["--lang=en", &seed],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(
            stdout(&o),
            [
                format!("== {seed}"),
                "东莞市人力资源局2015年政务信息公开工作年度报告".into(),
                "  ✗ Report date: expected on or after 2015-12-31, found 2015-03-23 (rule: the report is not dated before the end of its period)".into(),
                "9 checks: 8 held, 1 finding, 0 not checkable (0 all blank, 0 with the total left blank and computed)".into(),
            ]
        );
    }
}

#[test]
fn a_broken_file_is_reported_with_its_location_and_exit_status_1() {
    let broken = TempFile::new(
        "broken.json",
        "{\n  \"format_version\": 1,\n  \"report_format\": \"standard_2021\",\n  \"title\": \"测试\",\n  \"body\": { \"name\": \"某县\", \"level\": \"county\", \"region\": \"某县\" },\n  \"year\": 2024,\n  \"requests\": { \"table2\": { \"received\": [\"14件\", 0, 0, 0, 0, 0, 14] } }\n}\n"
            .as_bytes(),
    );
    let hongze = report("hongze-2024.json");
    // The broken file does not stop the next one from being checked.
    let o = run(&[broken.path(), &hongze]);
    assert_eq!(o.status.code(), Some(1));
    let lines = stdout(&o);
    assert_eq!(lines[0], format!("== {}", broken.path()));
    // Line 7: `  "requests": { "table2": { "received": ["14件", …`, the string in columns 42–46.
    assert_eq!(
        lines[1],
        "字段 requests.table2.received[0]（第 7 行第 46 列）：数量必须写成数字，不能写成文字 \"14件\"（应写 14）。"
    );
    assert_eq!(lines[3], format!("== {hongze}"));
    assert_eq!(
        lines[4],
        "淮安市洪泽区人民政府2024年政府信息公开工作年度报告"
    );
    assert_eq!(lines.len(), 6);

    let o = run(&["--lang", "en", broken.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o)[1],
        "Field requests.table2.received[0] (line 7, column 46): a count must be a number, not the text \"14件\" (write 14, not \"14件\")."
    );
}

#[test]
fn a_file_that_is_not_json_or_not_there() {
    let truncated = TempFile::new("truncated.json", b"{\n  \"format_version\": 1,\n");
    let o = run(&[truncated.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o)[1],
        "文件不是有效的 JSON：第 3 行第 1 列，文件在中途结束：缺少一个值。"
    );

    let missing = std::env::temp_dir().join("report-check-test-there-is-no-such-file.json");
    let o = run(&[missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o)[1], "无法读取文件：文件不存在");
}

#[test]
fn findings_alone_exit_0() {
    // A report whose table does not add up loads: its findings are warnings.
    let text = std::fs::read_to_string(report("hongze-2024.json"))
        .unwrap()
        .replace("\"disclosed\": [50,", "\"disclosed\": [51,");
    let changed = TempFile::new("changed.json", text.as_bytes());
    let o = run(&[changed.path()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o)[2..],
        [
            "  ✗ I2 表二 · 列：自然人：应为 96，实为 95（规则：各项办理结果之和 = 总计）",
            "  ✗ I3 表二 · （一）予以公开：应为 51，实为 50（规则：各类申请人之和 = 总计）",
            "核对 40 项：成立 38 项，发现问题 2 项，无从核对 0 项（单元格均为空白 0 项，总计空白、已按各项计算 0 项）",
        ]
    );
}

#[test]
fn bad_usage_exits_2() {
    let seed = report("dongguan-hr-2015.json");
    for (args, message) in [
        (vec![], "report-check: no report files given"),
        (vec!["--lang", "en"], "report-check: no report files given"),
        (
            vec!["--bogus", seed.as_str()],
            "report-check: unknown option --bogus",
        ),
        (
            vec!["--lang", "fr", seed.as_str()],
            "report-check: unknown language \"fr\": use zh or en",
        ),
        (
            vec!["--lang"],
            "report-check: --lang needs a value: zh or en",
        ),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.starts_with(message), "{args:?}: {err}");
        assert!(err.contains("usage: report-check"), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_exits_0() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o)[0].starts_with("usage: report-check"));
}
