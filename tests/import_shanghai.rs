//! Importing the Shanghai 2019 report (2019 trial format, blank cells as published) from the
//! inputs in tests/fixtures/import/, built from the reference transcription: the page's HTML,
//! the text a browser copies from it, flattened PDF-style text, and a variant with table 1 in
//! the 2021 layout. Tables 1–3 are compared with the bundled public/reports file.

mod import_common;
use import_common::{assert_tables_equal, bundled, fixture};
use ndbg_dashboard::import::{
    import, import_html, import_text, report_to_json, NoteKind, Reason, RowId, TableId, Unplaced,
};
use ndbg_dashboard::report::model::{
    AdministrativeLevel, AppealBlock, Date, ReportFormat, Table1, Table2Row,
};
use ndbg_dashboard::report::number::Decimal;
use ndbg_dashboard::report::parse_report;

#[test]
fn the_html_of_the_page_gives_the_bundled_tables_with_blank_cells_as_blanks() {
    let r = import_html(&fixture("shanghai-2019.html"));
    let want = bundled("shanghai-gov-office-2019.json");
    assert_tables_equal(&r.report, &want);
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    // The published blanks are None, never 0.
    let t2 = r.report.requests.table2.as_ref().unwrap();
    assert_eq!(
        t2.rows[&Table2Row::Disclosed],
        [Some(258), Some(12), None, None, Some(1), Some(1), None]
    );
    assert_eq!(t2.rows[&Table2Row::OtherHandling], [None; 7]);
    assert_eq!(
        r.report.appeals.table3.as_ref().unwrap().blocks
            [&AppealBlock::LitigationAfterReconsideration],
        [None; 5]
    );
    let s = r.summary;
    assert_eq!(
        (
            s.table1_rows,
            s.table1_expected,
            s.table2_rows,
            s.table2_expected,
            s.table3_blocks
        ),
        (8, 8, 23, 23, 3)
    );
}

#[test]
fn the_html_gives_title_body_year_period_and_the_portals_date() {
    let r = import_html(&fixture("shanghai-2019.html"));
    let want = bundled("shanghai-gov-office-2019.json");
    assert_eq!(r.report.title, want.title);
    assert_eq!(r.report.body.name, want.body.name);
    assert_eq!(r.report.year, 2019);
    assert_eq!(r.report.period, want.period);
    assert_eq!(r.report.published, want.published);
    // What the page does not state gets a placeholder and a note.
    assert_eq!(r.report.body.level, AdministrativeLevel::County);
    assert_eq!(r.report.body.region, "");
    let placeholders: Vec<&str> = r
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Placeholder)
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(
        placeholders,
        [
            "body.level: administrative level not stated; set body.level (county used)",
            "body.region: region not stated; set body.region (\"\" used)",
        ]
    );
    let format: Vec<&str> = r
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Format)
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(format.len(), 1);
    assert!(
        format[0].starts_with("report_format standard_2019, from table 1's columns (新制作数量")
    );
}

#[test]
fn the_text_copied_from_the_page_keeps_blank_cells_between_tabs() {
    let text = fixture("shanghai-2019-web.txt");
    assert!(text.contains("（一）予以公开\t258\t12\t\t\t1\t1\t\n"));
    let r = import_text(&text);
    assert_tables_equal(&r.report, &bundled("shanghai-gov-office-2019.json"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    assert_eq!(
        r.report.published,
        bundled("shanghai-gov-office-2019.json").published
    );
}

#[test]
fn the_reference_transcription_in_markdown_imports_too() {
    let r = import(&fixture("shanghai-gov-office-2019.md"));
    assert_tables_equal(&r.report, &bundled("shanghai-gov-office-2019.json"));
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
}

/// The 1-based line of the fixture where `label` begins a line.
fn line_of(text: &str, label: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line starts with {label}"))
        + 1
}

#[test]
fn flattened_pdf_text_places_table_1_and_lists_every_row_whose_blanks_were_lost() {
    let text = fixture("shanghai-2019-pdf.txt");
    let r = import_text(&text);
    let want = bundled("shanghai-gov-office-2019.json");
    // Table 1 has no blank cell: it is read whole, "其他对外管理服务 / 事项" over two lines.
    assert_eq!(r.report.proactive.table1, want.proactive.table1);
    assert_eq!(r.report.report_format, ReportFormat::Standard2019);
    // Every row of tables 2 and 3 has a blank cell, which flattened text does not show: no
    // row is placed, none is guessed, and each is listed with the numbers found.
    assert_eq!(r.report.requests.table2.as_ref().unwrap().rows.len(), 0);
    assert_eq!(r.report.appeals.table3.as_ref().unwrap().blocks.len(), 0);
    let w2 = want.requests.table2.as_ref().unwrap();
    let w3 = want.appeals.table3.as_ref().unwrap();
    let printed = |cells: &[Option<u64>]| -> Vec<String> {
        cells.iter().flatten().map(|n| n.to_string()).collect()
    };
    let mut expected: Vec<Unplaced> = Vec::new();
    let t2_labels: Vec<(Table2Row, &str)> = vec![
        (Table2Row::Received, "一、本年新收政府信息公开申请数量"),
        (Table2Row::CarriedOver, "二、上年结转政府信息公开申请数量"),
        (Table2Row::Disclosed, "（一）予以公开"),
        (
            Table2Row::PartiallyDisclosed,
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ),
        (Table2Row::WithheldStateSecret, "1.属于国家秘密"),
        (
            Table2Row::WithheldProhibitedByLaw,
            "2.其他法律行政法规禁止公开",
        ),
        (
            Table2Row::WithheldThreeSafetiesOneStability,
            "3.危及“三安全一稳定”",
        ),
        (Table2Row::WithheldThirdPartyRights, "4.保护第三方合法权益"),
        (Table2Row::WithheldInternalAffairs, "5.属于三类内部事务信息"),
        (
            Table2Row::WithheldProcessInformation,
            "6.属于四类过程性信息",
        ),
        (Table2Row::WithheldEnforcementFiles, "7.属于行政执法案卷"),
        (Table2Row::WithheldInquiryMatters, "8.属于行政查询事项"),
        (Table2Row::UnavailableNotHeld, "1.本机关不掌握相关政府信息"),
        (
            Table2Row::UnavailableNeedsCreation,
            "2.没有现成信息需要另行制作",
        ),
        (
            Table2Row::UnavailableStillUnclear,
            "3.补正后申请内容仍不明确",
        ),
        (
            Table2Row::NotProcessedPetitionsComplaints,
            "1.信访举报投诉类申请",
        ),
        (Table2Row::NotProcessedRepeated, "2.重复申请"),
        (Table2Row::NotProcessedPublications, "3.要求提供公开出版物"),
        (Table2Row::NotProcessedExcessive, "4.无正当理由大量反复申请"),
        (
            Table2Row::NotProcessedConfirmation,
            "5.要求行政机关确认或重新出具已获取信息",
        ),
        (Table2Row::OtherHandling, "（六）其他处理"),
        (Table2Row::Total, "（七）总计"),
        (Table2Row::CarriedForward, "四、结转下年度继续办理"),
    ];
    assert_eq!(t2_labels.len(), w2.rows.len());
    for (row, label) in t2_labels {
        let cells = printed(&w2.rows[&row]);
        expected.push(Unplaced {
            line: Some(line_of(&text, label)),
            table: Some(TableId::Table2),
            row: Some(RowId::Table2(row)),
            label: label.to_string(),
            reason: Reason::WrongCellCount {
                expected: 7,
                found: cells.len(),
            },
            cells,
        });
    }
    for (block, label, found) in [
        (AppealBlock::Reconsideration, "行政复议", "行政复议"),
        (
            AppealBlock::LitigationDirect,
            "行政诉讼 未经复议直接起诉",
            "行政诉讼未经复议直接起诉",
        ),
        (
            AppealBlock::LitigationAfterReconsideration,
            "行政诉讼 复议后起诉",
            "行政诉讼复议后起诉",
        ),
    ] {
        let cells = printed(&w3.blocks[&block]);
        expected.push(Unplaced {
            line: Some(line_of(&text, label)),
            table: Some(TableId::Table3),
            row: Some(RowId::Table3(block)),
            label: found.to_string(),
            reason: Reason::WrongCellCount {
                expected: 5,
                found: cells.len(),
            },
            cells,
        });
    }
    assert_eq!(r.unplaced, expected);
    assert_eq!(r.unplaced[0].cells, ["821", "35", "2", "1", "859"]);
    // "其他对外管理服务" with its numbers, then "事项": the rest of the label, read silently.
    assert!(
        r.notes.iter().all(|n| n.kind != NoteKind::LabelRead),
        "{:#?}",
        r.notes
    );
}

#[test]
fn a_table_1_in_the_2021_layout_makes_the_report_standard_2021_despite_the_year() {
    let r = import_text(&fixture("shanghai-2019-table1-2021.txt"));
    assert_eq!(r.report.report_format, ReportFormat::Standard2021);
    let Some(Table1::Edition2021(t1)) = &r.report.proactive.table1 else {
        panic!(
            "table 1 in the 2021 edition: {:?}",
            r.report.proactive.table1
        )
    };
    assert_eq!(
        (
            t1.regulations.made,
            t1.regulations.abolished,
            t1.regulations.in_force
        ),
        (Some(13), Some(2), Some(524))
    );
    assert_eq!(
        (
            t1.normative_documents.made,
            t1.normative_documents.abolished,
            t1.normative_documents.in_force
        ),
        (Some(60), Some(11), Some(368))
    );
    assert_eq!(t1.licensing_decisions, Some(0));
    assert_eq!(t1.penalty_decisions, Some(0));
    // Copied from the page, an empty cell is seen as blank.
    assert_eq!(t1.coercion_decisions, None);
    assert_eq!(t1.fees_wan_yuan, Decimal::parse("0.00"));
    assert_eq!(t1.fees_wan_yuan.unwrap().to_string(), "0.00");
    assert!(r.unplaced.is_empty(), "{:#?}", r.unplaced);
    // Tables 2 and 3 are those of the bundled report.
    let want = bundled("shanghai-gov-office-2019.json");
    assert_eq!(r.report.requests.table2, want.requests.table2);
    assert_eq!(r.report.appeals.table3, want.appeals.table3);
    let format = r.notes.iter().find(|n| n.kind == NoteKind::Format).unwrap();
    assert!(
        format
            .message
            .ends_with("note that the year 2019 suggests the other edition"),
        "{}",
        format.message
    );
}

#[test]
fn the_json_written_reads_back_as_the_same_report() {
    let r = import_html(&fixture("shanghai-2019.html"));
    let json = report_to_json(&r.report);
    assert!(json.contains("\"received\": [821, 35, null, null, 2, 1, 859],"));
    let back = parse_report(json.as_bytes()).expect("the JSON loads");
    assert_eq!(back, r.report);
    assert_eq!(
        back.published.and_then(|p| p.date),
        Date::parse("2020-01-31")
    );
}
