//! Malformed report files: each gives the right `LoadError`, located by JSON path, line and
//! column (columns count characters, as an editor does, not bytes), and a message in both
//! languages that names the path and the line.

use ndbg_dashboard::i18n::{describe_load_error, Lang};
use ndbg_dashboard::report::load::MAX_REPORT_BYTES;
use ndbg_dashboard::report::{parse_report, LoadError};

/// A small valid report of 13 lines. Its line 10 holds the row most tests break:
/// `      "received": [14, 0, 0, 0, 0, 0, 14]` — the `[` is column 19.
const MINIMAL: &str = r#"{
  "format_version": 1,
  "report_format": "standard_2021",
  "title": "测试报告",
  "body": { "name": "某县人民政府", "level": "county", "region": "某县" },
  "year": 2024,
  "proactive": { "table1": { "edition_2021": { "regulations": { "made": 0, "abolished": 0, "in_force": 0 }, "normative_documents": { "made": 3, "abolished": 0, "in_force": 8 }, "licensing_decisions": 9487, "penalty_decisions": 2776, "coercion_decisions": 84, "fees_wan_yuan": 7545 } } },
  "requests": {
    "table2": {
      "received": [14, 0, 0, 0, 0, 0, 14]
    }
  }
}"#;

const RECEIVED: &str = r#""received": [14, 0, 0, 0, 0, 0, 14]"#;

/// MINIMAL with one piece of text replaced (which must occur exactly once).
fn with(from: &str, to: &str) -> String {
    assert_eq!(MINIMAL.matches(from).count(), 1, "{from}");
    MINIMAL.replace(from, to)
}

fn received_row(cells: &str) -> String {
    with(RECEIVED, &format!(r#""received": {cells}"#))
}

fn error_of(text: impl AsRef<[u8]>) -> LoadError {
    match parse_report(text.as_ref()) {
        Ok(r) => panic!("loaded, but should not: {r:?}"),
        Err(e) => e,
    }
}

fn invalid(path: &str, line: usize, column: usize, detail: &str) -> LoadError {
    LoadError::Invalid {
        path: path.into(),
        line,
        column,
        detail: detail.into(),
    }
}

/// Both languages name the path (when there is one) and the line (when there is one).
fn assert_described(e: &LoadError) {
    let zh = describe_load_error(Lang::Zh, e);
    let en = describe_load_error(Lang::En, e);
    let (path, line, column) = match e {
        LoadError::Invalid {
            path, line, column, ..
        } => (Some(path.as_str()), Some(*line), Some(*column)),
        LoadError::NotJson { line, column, .. } | LoadError::NotUtf8 { line, column } => {
            (None, Some(*line), Some(*column))
        }
        LoadError::Inconsistent { path, .. } => (Some(path.as_str()), None, None),
        LoadError::UnsupportedVersion { .. } => (Some("format_version"), None, None),
        LoadError::Empty | LoadError::TooLarge { .. } => (None, None, None),
    };
    if let Some(path) = path.filter(|p| *p != "(top level)") {
        assert!(zh.contains(path), "zh names {path}: {zh}");
        assert!(en.contains(path), "en names {path}: {en}");
    }
    if let (Some(line), Some(column)) = (line, column) {
        assert!(
            zh.contains(&format!("第 {line} 行第 {column} 列")),
            "zh gives line {line}, column {column}: {zh}"
        );
        assert!(
            en.contains(&format!("line {line}, column {column}")),
            "en gives line {line}, column {column}: {en}"
        );
    }
}

#[test]
fn the_minimal_report_loads() {
    let r = parse_report(MINIMAL.as_bytes()).unwrap();
    assert_eq!(r.title, "测试报告");
    assert_eq!(
        r.requests.table2.unwrap().rows.values().next(),
        Some(&[
            Some(14),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(14)
        ])
    );
}

// Not JSON ----------------------------------------------------------------------------------

#[test]
fn a_truncated_file_is_not_json() {
    let cut = MINIMAL.find("[14, 0").unwrap() + "[14, 0".len();
    let e = error_of(&MINIMAL[..cut]);
    assert_eq!(
        e,
        LoadError::NotJson {
            line: 10,
            column: 24,
            detail: "EOF while parsing a list".into()
        }
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "文件不是有效的 JSON：第 10 行第 24 列，文件在中途结束：数组没有结束（缺少 ]）。"
    );
    assert_eq!(
        describe_load_error(Lang::En, &e),
        "The file is not valid JSON: line 10, column 24: EOF while parsing a list."
    );
}

#[test]
fn a_file_cut_inside_chinese_text_counts_columns_in_characters() {
    // `  "title": "测试` is 14 characters (20 bytes).
    let cut = MINIMAL.find("测试").unwrap() + "测试".len();
    let e = error_of(&MINIMAL[..cut]);
    assert_eq!(
        e,
        LoadError::NotJson {
            line: 4,
            column: 14,
            detail: "EOF while parsing a string".into()
        }
    );
    assert_described(&e);
}

#[test]
fn a_missing_comma_after_chinese_text() {
    let e = error_of(with(r#""测试报告","#, r#""测试报告" x,"#));
    // `  "title": "测试报告" x`: the x is the 19th character.
    assert_eq!(
        e,
        LoadError::NotJson {
            line: 4,
            column: 19,
            detail: "expected `,` or `}`".into()
        }
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).contains("缺少逗号或右花括号"));
}

#[test]
fn text_after_the_report_is_not_json() {
    let e = error_of(format!("{MINIMAL}\n{{}}"));
    assert_eq!(
        e,
        LoadError::NotJson {
            line: 14,
            column: 1,
            detail: "trailing characters".into()
        }
    );
    assert_described(&e);
}

#[test]
fn an_empty_file() {
    assert_eq!(error_of(b""), LoadError::Empty);
    assert_eq!(error_of(b" \n\t\n"), LoadError::Empty);
    assert_eq!(error_of(b"\xEF\xBB\xBF"), LoadError::Empty);
    assert_eq!(
        describe_load_error(Lang::Zh, &LoadError::Empty),
        "文件是空的。"
    );
}

#[test]
fn a_file_above_the_size_limit_is_not_parsed() {
    let mut big = MINIMAL.as_bytes().to_vec();
    big.resize(MAX_REPORT_BYTES + 1, b' ');
    let e = error_of(&big);
    assert_eq!(
        e,
        LoadError::TooLarge {
            bytes: MAX_REPORT_BYTES + 1,
            limit: MAX_REPORT_BYTES
        }
    );
    assert!(describe_load_error(Lang::Zh, &e).contains("2097153"));
}

// Encoding ----------------------------------------------------------------------------------

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(MINIMAL.as_bytes());
    let r = parse_report(&bytes).expect("a UTF-8 file with a BOM loads");
    assert_eq!(r, parse_report(MINIMAL.as_bytes()).unwrap());

    // And it does not shift the columns of an error on the first line.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(b"{ x }");
    assert_eq!(
        error_of(&bytes),
        LoadError::NotJson {
            line: 1,
            column: 3,
            detail: "key must be a string".into()
        }
    );
}

#[test]
fn a_gbk_file_is_not_utf8() {
    // The title 上海洪泽 with 洪泽 in GBK (BA E9 D4 F3), as a Windows editor might save it.
    let mut bytes = MINIMAL.replace("测试报告", "上海").into_bytes();
    let at = MINIMAL.find("测试报告").unwrap() + "上海".len();
    bytes.splice(at..at, [0xBA, 0xE9, 0xD4, 0xF3]);
    let e = error_of(&bytes);
    // `  "title": "上海` is 14 characters: the first bad byte is the 15th.
    assert_eq!(
        e,
        LoadError::NotUtf8 {
            line: 4,
            column: 15
        }
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "文件不是 UTF-8 编码（第 4 行第 15 列起无法识别），请另存为 UTF-8。"
    );
}

// Wrong values -----------------------------------------------------------------------------

#[test]
fn a_count_written_with_its_unit() {
    let e = error_of(received_row(r#"["14件", 0, 0, 0, 0, 0, 14]"#));
    // The string "14件" spans columns 20–24.
    assert_eq!(
        e,
        invalid(
            "requests.table2.received[0]",
            10,
            24,
            "a count must be a number, not the text \"14件\" (write 14, not \"14件\")"
        )
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "字段 requests.table2.received[0]（第 10 行第 24 列）：数量必须写成数字，不能写成文字 \"14件\"（应写 14）。"
    );
    assert_eq!(
        describe_load_error(Lang::En, &e),
        "Field requests.table2.received[0] (line 10, column 24): a count must be a number, not the text \"14件\" (write 14, not \"14件\")."
    );
}

#[test]
fn a_negative_count() {
    let e = error_of(received_row("[-3, 0, 0, 0, 0, 0, 14]"));
    assert_eq!(
        e,
        invalid(
            "requests.table2.received[0]",
            10,
            21,
            "a count cannot be negative, found -3"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).ends_with("数量不能为负数，实为 -3。"));
}

#[test]
fn a_fractional_count() {
    let e = error_of(received_row("[14, 0, 0, 0, 0, 0, 1.5]"));
    assert_eq!(
        e,
        invalid(
            "requests.table2.received[6]",
            10,
            41,
            "a count must be a whole number, found 1.5"
        )
    );
    assert_described(&e);

    // 14.0 is not 14 to the loader; the message must not print it as "14".
    let e = error_of(received_row("[14.0, 0, 0, 0, 0, 0, 14]"));
    assert_eq!(
        e,
        invalid(
            "requests.table2.received[0]",
            10,
            23,
            "a count must be a whole number, found 14.0"
        )
    );
    assert!(describe_load_error(Lang::Zh, &e).ends_with("数量必须是整数，实为 14.0。"));
}

#[test]
fn a_count_of_the_wrong_type() {
    let e = error_of(received_row("[true, 0, 0, 0, 0, 0, 14]"));
    assert_eq!(
        e,
        invalid(
            "requests.table2.received[0]",
            10,
            23,
            "invalid type: boolean `true`, expected a whole number of 0 or more"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e)
        .ends_with("类型不对：应为 0 或以上的整数，实为布尔值 `true`。"));
}

#[test]
fn a_year_written_as_text() {
    let e = error_of(with(r#""year": 2024"#, r#""year": "2024年""#));
    assert_eq!(
        e,
        invalid(
            "year",
            6,
            17,
            "invalid type: string \"2024年\", expected u16"
        )
    );
    assert_described(&e);
}

#[test]
fn a_missing_required_field() {
    let e = error_of(with("  \"title\": \"测试报告\",\n", ""));
    // Serde reports a missing field where the object ends: the last line, 12 once the
    // title's line is gone.
    assert_eq!(e, invalid("(top level)", 12, 1, "missing field `title`"));
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "文件顶层（第 12 行第 1 列）：缺少必填字段 `title`。"
    );
    assert_eq!(
        describe_load_error(Lang::En, &e),
        "Top level of the file (line 12, column 1): missing field `title`."
    );

    let e = error_of(with(r#""name": "某县人民政府", "#, ""));
    // Reported where the body object ends: its `}` is column 47.
    assert_eq!(e, invalid("body", 5, 47, "missing field `name`"));
    assert_described(&e);
}

#[test]
fn an_unknown_level() {
    let e = error_of(with(r#""county""#, r#""city""#));
    assert_eq!(
        e,
        invalid(
            "body.level",
            5,
            45,
            "unknown variant `city`, expected one of `national`, `provincial`, `prefectural`, `county`, `township`"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).contains(
        "取值 `city` 不在允许范围内，应为以下之一：`national`, `provincial`, `prefectural`, `county`, `township`"
    ));
}

#[test]
fn an_impossible_date() {
    let text = with(
        r#""year": 2024,"#,
        r#""year": 2024, "period": { "start": "2024-01-01", "end": "2024-02-30" },"#,
    );
    let e = error_of(text);
    assert_eq!(
        e,
        invalid(
            "period.end",
            6,
            70,
            "\"2024-02-30\" is not a date written as YYYY-MM-DD"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).contains("不是写成 YYYY-MM-DD 的日期"));
}

#[test]
fn a_figure_written_with_its_unit() {
    let text = with(
        r#""year": 2024,"#,
        r#""year": 2024, "fees": { "charged": "0元" },"#,
    );
    let e = error_of(text);
    assert_eq!(
        e,
        invalid(
            "fees.charged",
            6,
            41,
            "a figure must be a number or an object, not the text \"0元\" (put the unit in \"unit\")"
        )
    );
    assert_described(&e);
}

// Table shapes ------------------------------------------------------------------------------

#[test]
fn a_row_of_six_cells() {
    let e = error_of(received_row("[14, 0, 0, 0, 0, 14]"));
    // Reported at the closing bracket, column 38.
    assert_eq!(
        e,
        invalid(
            "requests.table2.received",
            10,
            38,
            "invalid length 6, expected a row of 7 cells, each a whole number or null"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e)
        .ends_with("元素个数不对：有 6 个，应为 7 格的数组（每格为整数或 null）。"));
}

#[test]
fn a_row_of_eight_cells_is_a_wrong_length_not_a_syntax_error() {
    let e = error_of(received_row("[14, 0, 0, 0, 0, 0, 0, 14]"));
    assert_eq!(
        e,
        invalid(
            "requests.table2.received",
            10,
            44,
            "invalid length 8, expected a row of 7 cells, each a whole number or null"
        )
    );
    assert_described(&e);
}

#[test]
fn a_table3_block_of_four_cells() {
    let text = with(
        r#""year": 2024,"#,
        r#""year": 2024, "appeals": { "table3": { "reconsideration": [1, 1, 0, 2] } },"#,
    );
    let e = error_of(text);
    assert_eq!(
        e,
        invalid(
            "appeals.table3.reconsideration",
            6,
            72,
            "invalid length 4, expected a row of 5 cells, each a whole number or null"
        )
    );
    assert_described(&e);
}

#[test]
fn an_unknown_row_key_in_table2() {
    let e = error_of(with(r#""received":"#, r#""recieved":"#));
    assert_eq!(
        e,
        invalid(
            "requests.table2.recieved",
            10,
            16,
            "unknown variant `recieved`, expected one of `received`, `carried_over`, `disclosed`, \
             `partially_disclosed`, `withheld_state_secret`, `withheld_prohibited_by_law`, \
             `withheld_three_safeties_one_stability`, `withheld_third_party_rights`, \
             `withheld_internal_affairs`, `withheld_process_information`, \
             `withheld_enforcement_files`, `withheld_inquiry_matters`, `unavailable_not_held`, \
             `unavailable_needs_creation`, `unavailable_still_unclear`, \
             `not_processed_petitions_complaints`, `not_processed_repeated`, \
             `not_processed_publications`, `not_processed_excessive`, \
             `not_processed_confirmation`, `other_handling`, `other_no_correction`, \
             `other_unpaid_fees`, `other_other`, `total`, `carried_forward`"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).contains("取值 `recieved` 不在允许范围内"));
}

#[test]
fn a_row_given_twice() {
    let e = error_of(with(
        RECEIVED,
        &format!("{RECEIVED},\n      \"received\": [1, 0, 0, 0, 0, 0, 1]"),
    ));
    // Located at the second key itself (columns 7–16 of line 11).
    assert_eq!(
        e,
        invalid(
            "requests.table2.received",
            11,
            16,
            "the row `received` is given twice"
        )
    );
    assert_described(&e);
    assert!(describe_load_error(Lang::Zh, &e).ends_with("行 `received` 出现了两次。"));
}

#[test]
fn other_handling_in_one_row_and_three_rows() {
    let e = error_of(with(
        RECEIVED,
        &format!(
            "{RECEIVED},\n      \"other_handling\": [0, 0, 0, 0, 0, 0, 0],\n      \"other_other\": [0, 0, 0, 0, 0, 0, 0]"
        ),
    ));
    assert_eq!(
        e,
        LoadError::Inconsistent {
            path: "requests.table2".into(),
            detail: "其他处理 is given both as one row (other_handling) and as three rows; keep one shape".into()
        }
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "字段 requests.table2：（六）其他处理既填了一行（other_handling），又填了三行；只保留一种形式。"
    );

    // Either shape alone loads.
    for rows in [
        "\"other_handling\": [0, 0, 0, 0, 0, 0, 0]",
        "\"other_no_correction\": [0, 0, 0, 0, 0, 0, 0], \"other_unpaid_fees\": [0, 0, 0, 0, 0, 0, 0], \"other_other\": [0, 0, 0, 0, 0, 0, 0]",
    ] {
        parse_report(with(RECEIVED, &format!("{RECEIVED}, {rows}")).as_bytes())
            .unwrap_or_else(|e| panic!("{rows}: {e}"));
    }
}

#[test]
fn a_table1_edition_that_does_not_match_report_format() {
    let e = error_of(with(r#""standard_2021""#, r#""standard_2019""#));
    assert_eq!(
        e,
        LoadError::Inconsistent {
            path: "proactive.table1".into(),
            detail: "the edition of table 1 does not match report_format".into()
        }
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "字段 proactive.table1：表一的版本与 report_format 不一致。"
    );
    assert_eq!(
        describe_load_error(Lang::En, &e),
        "Field proactive.table1: the edition of table 1 does not match report_format."
    );

    let e = error_of(with(r#""standard_2021""#, r#""free_form""#));
    assert_eq!(
        e,
        LoadError::Inconsistent {
            path: "proactive.table1".into(),
            detail: "a free_form report has no standard table 1; set report_format".into()
        }
    );
    assert_described(&e);
}

#[test]
fn table1_fields_of_the_other_edition() {
    // 2019 edition names inside a 2021 table: refused field by field.
    let e = error_of(with(
        r#""abolished": 0, "in_force": 0 }, "normative"#,
        r#""published": 0, "total_public": 0 }, "normative"#,
    ));
    assert_eq!(
        e,
        invalid(
            "proactive.table1.edition_2021.regulations.published",
            7,
            86,
            "unknown field `published`, expected one of `made`, `abolished`, `in_force`"
        )
    );
    assert_described(&e);
}

#[test]
fn an_implausible_year() {
    let e = error_of(with(r#""year": 2024"#, r#""year": 1024"#));
    assert_eq!(
        e,
        LoadError::Inconsistent {
            path: "year".into(),
            detail: "1024 is not a plausible report year".into()
        }
    );
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "字段 year：1024 不是合理的报告年度。"
    );
}

// Version ---------------------------------------------------------------------------------

#[test]
fn format_version_2_is_unsupported() {
    let e = error_of(with(r#""format_version": 1"#, r#""format_version": 2"#));
    assert_eq!(
        e,
        LoadError::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );
    assert_described(&e);
    assert_eq!(
        describe_load_error(Lang::Zh, &e),
        "字段 format_version：版本 2 不受支持，本看板只读取版本 1。"
    );
    assert_eq!(
        describe_load_error(Lang::En, &e),
        "Field format_version: version 2 is not supported (this dashboard reads version 1)."
    );

    // A version-2 file is refused as such, whatever else version 2 changed.
    let v2 = with(r#""format_version": 1"#, r#""format_version": 2"#)
        .replace(r#""title": "测试报告""#, r#""title": { "zh": "测试报告" }"#);
    assert_eq!(
        error_of(v2),
        LoadError::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );
}

#[test]
fn format_version_written_as_text() {
    let e = error_of(with(r#""format_version": 1"#, r#""format_version": "1""#));
    assert_eq!(
        e,
        invalid(
            "format_version",
            2,
            23,
            "invalid type: string \"1\", expected u32"
        )
    );
    assert_described(&e);
}
