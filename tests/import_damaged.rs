//! Damaged copies give a usable report and an exact list of what was not placed: rows
//! deleted, cells that are not numbers, labels garbled beyond recognition, rows given twice,
//! numbers in the wrong count. Nothing is guessed.

mod import_common;
use import_common::{bundled, fixture};
use ndbg_dashboard::import::{
    import_html, import_text, report_to_json, NoteKind, Reason, RowId, Table1Row, TableId, Unplaced,
};
use ndbg_dashboard::report::model::{AppealBlock, ReportFormat, Table1, Table2Row};
use ndbg_dashboard::report::{parse_report, Report};

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn unplaced(
    line: Option<usize>,
    table: TableId,
    row: Option<RowId>,
    label: &str,
    cells: &[&str],
    reason: Reason,
) -> Unplaced {
    Unplaced {
        line,
        table: Some(table),
        row,
        label: label.into(),
        cells: strings(cells),
        reason,
    }
}

fn missing(table: TableId, row: RowId) -> Unplaced {
    unplaced(None, table, Some(row), "", &[], Reason::MissingRow)
}

/// The lines of table 2 in the bundled report other than `absent`.
fn assert_other_rows_as_bundled(got: &Report, want: &Report, absent: &[Table2Row]) {
    let g = &got.requests.table2.as_ref().unwrap().rows;
    let w = &want.requests.table2.as_ref().unwrap().rows;
    for (row, cells) in w {
        if absent.contains(row) {
            assert!(!g.contains_key(row), "{row:?} is not placed");
        } else {
            assert_eq!(g.get(row), Some(cells), "{row:?}");
        }
    }
    assert_eq!(g.len(), w.len() - absent.len());
}

#[test]
fn a_damaged_pdf_text_lists_exactly_what_is_missing() {
    let text = fixture("hongze-2024-damaged.txt");
    let r = import_text(&text);
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        r.unplaced,
        vec![
            unplaced(
                Some(line("（一）予以公开")),
                TableId::Table2,
                Some(RowId::Table2(Table2Row::Disclosed)),
                "（一）予以公开",
                &["50", "0", "0", "O", "0", "0", "50"],
                Reason::BadCell {
                    column: 3,
                    text: "O".into()
                },
            ),
            unplaced(
                Some(line("7.灞炰簬")),
                TableId::Table2,
                None,
                "7.灞炰簬琛屾斂鎵ф硶妗堝嵎",
                &["1", "0", "0", "0", "0", "0", "1"],
                Reason::UnknownLabel,
            ),
            missing(TableId::Table1, RowId::Table1(Table1Row::Coercion)),
            missing(
                TableId::Table2,
                RowId::Table2(Table2Row::WithheldEnforcementFiles)
            ),
            missing(
                TableId::Table2,
                RowId::Table2(Table2Row::NotProcessedRepeated)
            ),
        ]
    );
    let want = bundled("hongze-2024.json");
    assert_other_rows_as_bundled(
        &r.report,
        &want,
        &[
            Table2Row::Disclosed,
            Table2Row::WithheldEnforcementFiles,
            Table2Row::NotProcessedRepeated,
        ],
    );
    // Table 1 must have every row: the one not found is blank, and a note says so.
    let Some(Table1::Edition2021(t1)) = &r.report.proactive.table1 else {
        panic!()
    };
    assert_eq!(t1.coercion_decisions, None);
    assert_eq!(t1.penalty_decisions, Some(2776));
    assert!(r.notes.iter().any(|n| n.kind == NoteKind::Placeholder
        && n.message
            == "table1.coercion: table 1 row 行政强制 was not read; its cells are left blank"));
    assert_eq!(r.report.appeals.table3, want.appeals.table3);
    // A usable report: it loads as it is written.
    assert!(parse_report(report_to_json(&r.report).as_bytes()).is_ok());
    // What is said about it, one line each.
    let lines: Vec<String> = r.unplaced.iter().map(|u| u.to_string()).collect();
    assert_eq!(
        lines[0],
        format!("line {}: （一）予以公开 [table2.disclosed]: cell 4 is \"O\", not a number this column takes; row not placed — found \"（一）予以公开\" [50 0 0 O 0 0 50]", line("（一）予以公开"))
    );
    assert_eq!(
        lines[2],
        "行政强制 [table1.coercion]: not found in the source"
    );
}

#[test]
fn a_damaged_html_page_lists_exactly_what_is_missing() {
    let html = fixture("shanghai-2019-damaged.html");
    let r = import_html(&html);
    let line = |needle: &str| html.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        r.unplaced,
        vec![
            unplaced(
                Some(line("6.灞炰簬")),
                TableId::Table2,
                None,
                "6.灞炰簬鍥涚被杩囩▼鎬т俊鎭",
                &["3", "1", "", "", "", "", ""],
                Reason::UnknownLabel,
            ),
            unplaced(
                Some(line("1.本机关不掌握相关政府信息")),
                TableId::Table2,
                Some(RowId::Table2(Table2Row::UnavailableNotHeld)),
                "1.本机关不掌握相关政府信息",
                &["252", "l2", "", "", "1", "", ""],
                Reason::BadCell {
                    column: 1,
                    text: "l2".into()
                },
            ),
            missing(
                TableId::Table2,
                RowId::Table2(Table2Row::WithheldProcessInformation)
            ),
            missing(
                TableId::Table2,
                RowId::Table2(Table2Row::NotProcessedRepeated)
            ),
        ]
    );
    let want = bundled("shanghai-gov-office-2019.json");
    assert_other_rows_as_bundled(
        &r.report,
        &want,
        &[
            Table2Row::WithheldProcessInformation,
            Table2Row::UnavailableNotHeld,
            Table2Row::NotProcessedRepeated,
        ],
    );
    assert_eq!(r.report.proactive.table1, want.proactive.table1);
    assert_eq!(r.report.appeals.table3, want.appeals.table3);
}

const HEAD: &str =
    "某某县人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";

#[test]
fn a_row_given_twice_is_kept_once_when_the_same_and_not_at_all_when_different() {
    let r = import_text(&format!(
        "{HEAD}一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n\
         （一）予以公开 3 0 0 0 0 0 3\n\
         一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n\
         （一）予以公开 4 0 0 0 0 0 4\n"
    ));
    let t2 = &r.report.requests.table2.as_ref().unwrap().rows;
    assert_eq!(
        t2.get(&Table2Row::Received),
        Some(&[
            Some(5),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(5)
        ])
    );
    assert_eq!(t2.get(&Table2Row::Disclosed), None);
    let dup: Vec<(Option<usize>, Option<RowId>, Reason)> = r
        .unplaced
        .iter()
        .filter(|u| u.line.is_some())
        .map(|u| (u.line, u.row, u.reason.clone()))
        .collect();
    assert_eq!(
        dup,
        vec![
            (
                Some(4),
                Some(RowId::Table2(Table2Row::Disclosed)),
                Reason::DuplicateRow {
                    other_line: Some(6),
                    same: false
                }
            ),
            (
                Some(5),
                Some(RowId::Table2(Table2Row::Received)),
                Reason::DuplicateRow {
                    other_line: Some(3),
                    same: true
                }
            ),
            (
                Some(6),
                Some(RowId::Table2(Table2Row::Disclosed)),
                Reason::DuplicateRow {
                    other_line: Some(4),
                    same: false
                }
            ),
        ]
    );
    // The rows not given at all are each named; a row given twice is not "missing".
    let missing: Vec<RowId> = r
        .unplaced
        .iter()
        .filter(|u| u.reason == Reason::MissingRow)
        .filter_map(|u| u.row)
        .collect();
    assert_eq!(missing.len(), 21);
    assert!(!missing.contains(&RowId::Table2(Table2Row::Disclosed)));
    // Tables 1 and 3 are not in the text.
    let tables: Vec<TableId> = r
        .unplaced
        .iter()
        .filter(|u| u.reason == Reason::MissingTable)
        .filter_map(|u| u.table)
        .collect();
    assert_eq!(tables, [TableId::Table1, TableId::Table3]);
}

#[test]
fn cells_that_cannot_be_counts_or_do_not_fit_are_not_placed() {
    let r = import_text(&format!(
        "{HEAD}一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 5\n\
         二、上年结转政府信息公开申请数量 -1 0 0 0 0 0 -1\n\
         （一）予以公开 1.5 0 0 0 0 0 1.5\n\
         （二）部分公开 2件 0 0 0 0 0 2件\n\
         （七）总计 0 0 0 — 0 0 0\n"
    ));
    let got: Vec<(Option<RowId>, Reason)> = r
        .unplaced
        .iter()
        .filter(|u| u.line.is_some())
        .map(|u| (u.row, u.reason.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Some(RowId::Table2(Table2Row::Received)),
                Reason::WrongCellCount {
                    expected: 7,
                    found: 8
                }
            ),
            (
                Some(RowId::Table2(Table2Row::CarriedOver)),
                Reason::BadCell {
                    column: 0,
                    text: "-1".into()
                }
            ),
            (
                Some(RowId::Table2(Table2Row::Disclosed)),
                Reason::BadCell {
                    column: 0,
                    text: "1.5".into()
                }
            ),
        ]
    );
    let t2 = &r.report.requests.table2.as_ref().unwrap().rows;
    // "2件" is a count with its unit; "—" is a cell printed as a dash: blank.
    assert_eq!(
        t2[&Table2Row::PartiallyDisclosed],
        [
            Some(2),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(2)
        ]
    );
    assert_eq!(
        t2[&Table2Row::Total],
        [Some(0), Some(0), Some(0), None, Some(0), Some(0), Some(0)]
    );
}

#[test]
fn a_page_number_that_leaves_a_row_short_is_not_taken_for_a_cell() {
    let r = import_text(&format!(
        "{HEAD}一、本年新收政府信息公开申请数量 5 0 0 0 0 5\n7\n（一）予以公开 3 0 0 0 0 0 3\n"
    ));
    assert_eq!(
        r.unplaced[0],
        unplaced(
            Some(3),
            TableId::Table2,
            Some(RowId::Table2(Table2Row::Received)),
            "一、本年新收政府信息公开申请数量",
            &["5", "0", "0", "0", "0", "5"],
            Reason::WrongCellCount {
                expected: 7,
                found: 6
            },
        )
    );
    let page: Vec<_> = r
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::PageNumber)
        .collect();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].line, Some(4));
    assert!(r
        .report
        .requests
        .table2
        .as_ref()
        .unwrap()
        .rows
        .contains_key(&Table2Row::Disclosed));
}

#[test]
fn other_handling_given_both_as_one_row_and_as_three_keeps_the_three() {
    let r = import_text(&format!(
        "{HEAD}（六）其他处理 1 0 0 0 0 0 1\n\
         1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1\n\
         2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n\
         3.其他 0 0 0 0 0 0 0\n"
    ));
    let t2 = &r.report.requests.table2.as_ref().unwrap().rows;
    assert!(!t2.contains_key(&Table2Row::OtherHandling));
    assert!(t2.contains_key(&Table2Row::OtherNoCorrection));
    assert_eq!(r.unplaced[0].reason, Reason::ConflictingShape);
    assert_eq!(r.unplaced[0].line, Some(3));
    assert_eq!(r.summary.table2_expected, 25);
    // The report still loads (a file with both shapes would be refused).
    assert!(parse_report(report_to_json(&r.report).as_bytes()).is_ok());
}

#[test]
fn tables_pasted_without_headings_are_recognised_by_their_labels() {
    let r = import_text(
        "浏览次数 1024 2048\n\
         规章 1 0 5\n行政规范性文件 2 1 9\n行政许可\n120\n行政处罚 30\n行政强制 4\n行政事业性收费 1.25\n\
         （一）予以公开 3 0 0 0 0 0 3\n\
         行政复议 1 0 0 0 1\n",
    );
    assert_eq!(r.report.report_format, ReportFormat::Standard2021);
    let Some(Table1::Edition2021(t1)) = &r.report.proactive.table1 else {
        panic!("{:?}", r.report.proactive.table1)
    };
    // A number alone on the line after its label is its cell, not a page number.
    assert_eq!(t1.licensing_decisions, Some(120));
    assert_eq!(t1.fees_wan_yuan.map(|d| d.to_string()), Some("1.25".into()));
    assert_eq!(
        r.report.appeals.table3.as_ref().unwrap().blocks[&AppealBlock::Reconsideration],
        [Some(1), Some(0), Some(0), Some(0), Some(1)]
    );
    // Numbers before any table are listed, not placed.
    assert_eq!(
        r.unplaced[0],
        Unplaced {
            line: Some(1),
            table: None,
            row: None,
            label: "浏览次数".into(),
            cells: strings(&["1024", "2048"]),
            reason: Reason::UnknownLabel
        }
    );
    // Without a title: placeholders for the title, the body and the year.
    let fields: Vec<&str> = r
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Placeholder)
        .map(|n| n.message.split(':').next().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["title", "body.name", "body.level", "body.region", "year"]
    );
    assert_eq!(r.report.year, 0);
}

#[test]
fn a_text_without_standard_tables_imports_nothing() {
    let r = import_text(
        "某某局2015年政府信息公开工作年度报告\n一、概述\n2015年，我局共受理申请14件。\n",
    );
    assert!(!r.imported_anything());
    assert_eq!(r.report.report_format, ReportFormat::FreeForm);
    assert!(r.unplaced.is_empty());
    assert_eq!(r.report.year, 2015);
}

#[test]
fn table_3_with_a_wrong_number_of_cells_in_the_wide_layout_is_listed() {
    let html = "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>\
        <tr><td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td></tr>\
        <tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>\
        <tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>x</td></tr>\
        </table>";
    let r = import_html(html);
    assert_eq!(
        r.unplaced[0],
        Unplaced {
            line: Some(1),
            table: Some(TableId::Table3),
            row: None,
            label: "行政复议 行政诉讼 未经复议直接起诉 复议后起诉".into(),
            cells: strings(&["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "x"]),
            reason: Reason::WrongCellCount {
                expected: 15,
                found: 14
            },
        }
    );
    assert_eq!(r.report.appeals.table3.as_ref().unwrap().blocks.len(), 0);
}

#[test]
fn any_cut_of_the_inputs_imports_without_panicking() {
    for name in [
        "shanghai-2019.html",
        "shanghai-2019-web.txt",
        "shanghai-2019-pdf.txt",
        "hongze-2024-pdf.txt",
        "hongze-2024-other-three-rows.txt",
    ] {
        let text = fixture(name);
        let step = (text.chars().count() / 40).max(1);
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(step).collect();
        for (k, &cut) in cuts.iter().enumerate() {
            let part = &text[..cut];
            let r = if k % 2 == 0 {
                import_text(part)
            } else {
                import_html(part)
            };
            // Whatever was read loads as it is written (the year may still be unknown).
            if r.report.year != 0 {
                let json = report_to_json(&r.report);
                parse_report(json.as_bytes())
                    .unwrap_or_else(|e| panic!("{name} cut at {cut}: {e}\n{json}"));
            }
            // And the middle of the text, from a cut to the end.
            let _ = import_text(&text[cut..]);
        }
    }
}
