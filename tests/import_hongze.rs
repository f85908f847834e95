//! Importing the Hongze 2024 report (2021 format, 其他处理 as one row) from the inputs in
//! tests/fixtures/import/, built from the reference transcription: the page's HTML, flattened
//! PDF-style text (labels over two lines, page numbers inside table 2, a typo in a label,
//! group labels in the middle of their rows, table 3 as one row of fifteen), a variant with
//! 其他处理 as three rows and one with table 1 in the 2019 layout.

mod import_common;
use import_common::{assert_tables_equal, bundled, fixture};
use ndbg_dashboard::import::{import, import_html, import_text, NoteKind};
use ndbg_dashboard::report::model::{Date, Period, ReportFormat, Table1, Table2Row};
use ndbg_dashboard::report::number::Decimal;
use ndbg_dashboard::report::parse_report;

fn messages(r: &ndbg_dashboard::import::ImportResult, kind: NoteKind) -> Vec<String> {
    r.notes
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.to_string())
        .collect()
}

#[test]
fn the_html_of_the_page_gives_the_bundled_tables() {
    let r = import_html(&fixture("hongze-2024.html"));
    assert_tables_equal(&r.report, &bundled("hongze-2024.json"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    assert_eq!(r.report.title, bundled("hongze-2024.json").title);
    assert_eq!(r.report.body.name, "淮安市洪泽区人民政府");
    assert_eq!(r.report.period, bundled("hongze-2024.json").period);
    // No date is given on the page: none is made up.
    assert_eq!(r.report.published, None);
}

#[test]
fn flattened_pdf_text_gives_the_bundled_tables() {
    let r = import_text(&fixture("hongze-2024-pdf.txt"));
    assert_tables_equal(&r.report, &bundled("hongze-2024.json"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    // The title broken over two lines, the year, the period of the statistics.
    assert_eq!(
        r.report.title,
        "淮安市洪泽区人民政府2024年政府信息公开工作年度报告"
    );
    assert_eq!(r.report.body.name, "淮安市洪泽区人民政府");
    assert_eq!(r.report.year, 2024);
    assert_eq!(
        r.report.period,
        Some(Period {
            start: Date::parse("2024-01-01").unwrap(),
            end: Date::parse("2024-12-31").unwrap()
        })
    );
    // What was read with tolerance is said.
    assert_eq!(
        messages(&r, NoteKind::PageNumber),
        ["line 55: \"3\" alone on its line, between rows, taken as a page number and left out"]
    );
    assert_eq!(
        messages(&r, NoteKind::LabelRead),
        ["line 57: \"1.本机关不掌握相关政府息\" read as （四）无法提供 1.本机关不掌握相关政府信息"]
    );
}

#[test]
fn the_reference_transcription_in_markdown_imports_too() {
    let r = import(&fixture("hongze-2024.md"));
    assert_tables_equal(&r.report, &bundled("hongze-2024.json"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
}

#[test]
fn other_handling_printed_as_three_rows_gives_the_three_rows() {
    let r = import_text(&fixture("hongze-2024-other-three-rows.txt"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    let t2 = r.report.requests.table2.as_ref().unwrap();
    let want = bundled("hongze-2024.json");
    let w2 = want.requests.table2.as_ref().unwrap();
    assert_eq!(t2.rows.len(), 25);
    assert!(!t2.rows.contains_key(&Table2Row::OtherHandling));
    for row in [
        Table2Row::OtherNoCorrection,
        Table2Row::OtherUnpaidFees,
        Table2Row::OtherOther,
    ] {
        assert_eq!(t2.rows[&row], [Some(0); 7], "{row:?}");
    }
    for (row, cells) in &w2.rows {
        if *row != Table2Row::OtherHandling {
            assert_eq!(t2.rows.get(row), Some(cells), "{row:?}");
        }
    }
    assert_eq!(r.report.proactive.table1, want.proactive.table1);
    assert_eq!(r.report.appeals.table3, want.appeals.table3);
    assert_eq!((r.summary.table2_rows, r.summary.table2_expected), (25, 25));
    // The round trip: a report with the three rows loads.
    let back = parse_report(ndbg_dashboard::import::report_to_json(&r.report).as_bytes()).unwrap();
    assert_eq!(back.requests.table2, r.report.requests.table2);
}

#[test]
fn a_table_1_in_the_2019_layout_is_read_as_the_2019_edition() {
    let r = import_text(&fixture("hongze-2024-table1-2019.txt"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    assert_eq!(r.report.report_format, ReportFormat::Standard2019);
    let Some(Table1::Edition2019(t1)) = &r.report.proactive.table1 else {
        panic!(
            "table 1 in the 2019 edition: {:?}",
            r.report.proactive.table1
        )
    };
    let d = |s: &str| Decimal::parse(s);
    assert_eq!(
        (
            t1.regulations.made,
            t1.regulations.published,
            t1.regulations.total_public
        ),
        (Some(0), Some(0), Some(0))
    );
    assert_eq!(
        (
            t1.normative_documents.made,
            t1.normative_documents.published,
            t1.normative_documents.total_public
        ),
        (Some(3), Some(3), Some(8))
    );
    let items =
        |i: &ndbg_dashboard::report::model::ItemsRow2019| (i.previous_items, i.change, i.decisions);
    assert_eq!(items(&t1.licensing), (Some(216), d("-4"), Some(9487)));
    assert_eq!(
        items(&t1.other_management_services),
        (Some(35), d("2"), Some(120))
    );
    assert_eq!(items(&t1.penalty), (Some(1820), d("0"), Some(2776)));
    // "−1" printed with a minus sign.
    assert_eq!(items(&t1.coercion), (Some(66), d("-1"), Some(84)));
    assert_eq!(items(&t1.fees), (Some(12), d("0"), None));
    assert_eq!(t1.procurement.projects, Some(14));
    let amount = t1.procurement.amount.as_ref().unwrap();
    assert_eq!(
        (
            amount.value,
            amount.unit.as_deref(),
            amount.printed.as_deref()
        ),
        (d("356.8").unwrap(), Some("万元"), Some("356.8 万元"))
    );
    // Tables 2 and 3 as bundled.
    let want = bundled("hongze-2024.json");
    assert_eq!(r.report.requests.table2, want.requests.table2);
    assert_eq!(r.report.appeals.table3, want.appeals.table3);
    // The signature date under the report.
    let published = r.report.published.as_ref().unwrap();
    assert_eq!(published.date, Date::parse("2025-01-20"));
    assert_eq!(published.printed.as_deref(), Some("2025年1月20日"));
    assert_eq!(published.kind.as_deref(), Some("落款日期"));
    let format = messages(&r, NoteKind::Format);
    assert_eq!(
        format,
        ["report_format standard_2019, from table 1's columns (新制作数量, 新公开数量, 对外公开总数量, 上一年项目数量, 本年增减, 采购项目数量, 采购总金额); note that the year 2024 suggests the other edition"]
    );
}

#[test]
fn every_input_of_the_report_gives_the_same_tables() {
    let html = import_html(&fixture("hongze-2024.html")).report;
    let pdf = import_text(&fixture("hongze-2024-pdf.txt")).report;
    let md = import(&fixture("hongze-2024.md")).report;
    for r in [&pdf, &md] {
        assert_eq!(r.proactive, html.proactive);
        assert_eq!(r.requests, html.requests);
        assert_eq!(r.appeals, html.appeals);
    }
}
