//! Importing a published standard-format report: the text of the report page (copied from
//! the web page or extracted from the PDF) or its HTML, read into a [`Report`] of the
//! project's model, with a list of what could not be placed.
//!
//! The importer never guesses. A row is placed only when its label is recognised and its
//! cells are exactly as many as its columns: in flattened text a blank cell leaves no trace,
//! so a row with too few numbers is listed in [`ImportResult::unplaced`] with the numbers
//! found, never spread over the columns. A row not found is left out (table 2, table 3) or,
//! where the model needs one (table 1), filled with blanks and named in the notes. Fields the
//! text does not give and the model requires (the administrative level, the region) get a
//! documented placeholder and a [`NoteKind::Placeholder`] note.
//!
//! Pure Rust without a DOM, so that the page (in WebAssembly) and the `report-import`
//! command share it. `docs/importing.md` describes what it reads and its limits.

mod html;
mod json;
mod labels;
mod meta;
mod norm;
mod place;
mod source;
mod table1;
mod table2;
mod table3;

use std::fmt;

use serde::Serialize;

use crate::report::model::{
    AdministrativeLevel, AppealBlock, Appeals, Body, Proactive, Report, ReportFormat, Requests,
    Source, Table2Row, FORMAT_VERSION,
};

pub use html::looks_like_html;
pub use json::report_to_json;
pub use labels::{table1_label, table2_label, table3_label};

use labels::Region;
use place::Ctx;
use source::{Record, SourceLine};
use table1::Edition;

/// The administrative level given to an imported report: reports do not state it. Most
/// reports come from county-level bodies; a note asks the author to set it.
pub const DEFAULT_LEVEL: AdministrativeLevel = AdministrativeLevel::County;

/// What an import gives: the report, what could not be placed, and notes on how the text
/// was read.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportResult {
    pub report: Report,
    /// Rows and cells of the source that could not be placed, and rows and tables of the
    /// standard format that were not found, in the order of the source (not found: last).
    pub unplaced: Vec<Unplaced>,
    /// How the text was read: placeholders the author must replace, how the edition was
    /// decided, labels read despite a typo, page numbers left out.
    pub notes: Vec<Note>,
    pub summary: Summary,
}

/// How much of each table was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Rows of table 1 read, of `table1_expected` (8 in the 2019 edition, 6 in 2021; 0
    /// when there is no table 1).
    pub table1_rows: usize,
    pub table1_expected: usize,
    /// Rows of table 2 placed, of `table2_expected` (23, or 25 with 其他处理 as three rows).
    pub table2_rows: usize,
    pub table2_expected: usize,
    /// Blocks of table 3 placed, of 3.
    pub table3_blocks: usize,
}

impl ImportResult {
    /// Whether any row of tables 1–3 was read.
    pub fn imported_anything(&self) -> bool {
        self.summary.table1_rows + self.summary.table2_rows + self.summary.table3_blocks > 0
    }
}

/// Something of the source that could not be placed, or a row the standard has that the
/// source lacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unplaced {
    /// 1-based line of the input (of the HTML source for HTML); `None` for what is missing.
    pub line: Option<usize>,
    /// The table it belongs to; `None` for numbers found outside any table.
    pub table: Option<TableId>,
    /// The row, when it was identified.
    pub row: Option<RowId>,
    /// The label as found, spaces left out ("" for a missing row).
    pub label: String,
    /// The cells as found: numbers as printed, "" for a blank cell.
    pub cells: Vec<String>,
    pub reason: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum TableId {
    Table1,
    Table2,
    Table3,
}

/// A row of table 1, whichever edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Table1Row {
    Regulations,
    NormativeDocuments,
    Licensing,
    OtherManagementServices,
    Penalty,
    Coercion,
    Fees,
    Procurement,
}

/// A row of one of the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum RowId {
    Table1(Table1Row),
    Table2(Table2Row),
    Table3(AppealBlock),
}

impl RowId {
    /// A stable name: "table1.regulations", "table2.unavailable_not_held",
    /// "table3.litigation_direct" (table 2 and 3 rows by their key in the JSON).
    pub fn key(self) -> String {
        let name = |v: serde_json::Value| v.as_str().unwrap_or("?").to_string();
        match self {
            RowId::Table1(r) => format!(
                "table1.{}",
                match r {
                    Table1Row::Regulations => "regulations",
                    Table1Row::NormativeDocuments => "normative_documents",
                    Table1Row::Licensing => "licensing",
                    Table1Row::OtherManagementServices => "other_management_services",
                    Table1Row::Penalty => "penalty",
                    Table1Row::Coercion => "coercion",
                    Table1Row::Fees => "fees",
                    Table1Row::Procurement => "procurement",
                }
            ),
            RowId::Table2(r) => format!("table2.{}", name(serde_json::json!(r))),
            RowId::Table3(b) => format!("table3.{}", name(serde_json::json!(b))),
        }
    }

    /// The label the standard prints for the row.
    pub fn label(self) -> String {
        match self {
            RowId::Table1(r) => table1_label(r).to_string(),
            RowId::Table2(r) => table2_label(r),
            RowId::Table3(b) => table3_label(b).to_string(),
        }
    }
}

/// Why something was not placed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Reason {
    /// The label names no row of the table: the cells were not placed.
    UnknownLabel,
    /// The row was recognised but has not as many cells as columns. In flattened text a
    /// blank cell leaves no trace, so the numbers cannot be assigned to their columns.
    WrongCellCount { expected: usize, found: usize },
    /// A cell (0-based column) is not a number the column takes (text, a fraction in a
    /// count, a negative count, a unit the column does not use).
    BadCell { column: usize, text: String },
    /// The row is given twice. `same`: with the same cells (the first is kept); otherwise
    /// neither is placed.
    DuplicateRow {
        other_line: Option<usize>,
        same: bool,
    },
    /// A row of table 1 that the edition of the table does not have.
    NotInEdition,
    /// 其他处理 given both as one row and as three rows: the one row is not placed.
    ConflictingShape,
    /// A row of the standard format not found in the source.
    MissingRow,
    /// A table of the standard format not found in the source.
    MissingTable,
}

/// A note on how the source was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: Option<usize>,
    pub kind: NoteKind,
    /// English; for a placeholder it starts with the field, e.g. "body.level: ...".
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum NoteKind {
    /// A value the model requires and the source does not give: replace it.
    Placeholder,
    /// How report_format and the edition of table 1 were decided.
    Format,
    /// Where the title, year and dates were found.
    Metadata,
    /// A label read despite a difference from the standard (a typo, other numbering).
    LabelRead,
    /// A number left out as a page number.
    PageNumber,
}

impl fmt::Display for TableId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TableId::Table1 => "table 1",
            TableId::Table2 => "table 2",
            TableId::Table3 => "table 3",
        })
    }
}

impl fmt::Display for Unplaced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        match (self.table, self.row) {
            (_, Some(row)) => write!(f, "{} [{}]: ", row.label(), row.key())?,
            (Some(t), None) => write!(f, "{t}: ")?,
            (None, None) => f.write_str("outside the tables: ")?,
        }
        match &self.reason {
            Reason::UnknownLabel => f.write_str("label not recognised; not placed")?,
            Reason::WrongCellCount { expected, found } => write!(
                f,
                "{found} {} found where the row has {expected}; not placed (which cells are blank cannot be told)",
                if *found == 1 { "cell" } else { "cells" }
            )?,
            Reason::BadCell { column, text } => write!(
                f,
                "cell {} is \"{text}\", not a number this column takes; row not placed",
                column + 1
            )?,
            Reason::DuplicateRow { other_line, same } => {
                let other = other_line.map_or(String::new(), |l| format!(" (also at line {l})"));
                if *same {
                    write!(f, "row given again{other} with the same cells; kept once")?
                } else {
                    write!(f, "row given twice{other} with different cells; neither placed")?
                }
            }
            Reason::NotInEdition => f.write_str("this edition of table 1 has no such row; not placed")?,
            Reason::ConflictingShape => f.write_str(
                "其他处理 is also given as three rows; this one row is not placed",
            )?,
            Reason::MissingRow => f.write_str("not found in the source")?,
            Reason::MissingTable => f.write_str("table not found in the source")?,
        }
        if !self.label.is_empty() || !self.cells.is_empty() {
            let cells: Vec<&str> = self
                .cells
                .iter()
                .map(|c| if c.is_empty() { "_" } else { c.as_str() })
                .collect();
            write!(f, " — found \"{}\" [{}]", self.label, cells.join(" "))?;
        }
        Ok(())
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Imports HTML when the input looks like a page ([`looks_like_html`]), text otherwise.
pub fn import(input: &str) -> ImportResult {
    if looks_like_html(input) {
        import_html(input)
    } else {
        import_text(input)
    }
}

/// Imports the text of a report: copied from the web page (cells separated by tabs, blank
/// cells kept) or extracted from a PDF (cells separated by spaces, blank cells lost), or a
/// transcription with Markdown tables.
pub fn import_text(text: &str) -> ImportResult {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    run(source::text_lines(text), "文本")
}

/// Imports the HTML of a report page: its text and its `<table>`s as published.
pub fn import_html(html: &str) -> ImportResult {
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    run(html::html_lines(html), "网页（HTML）")
}

fn run(lines: Vec<SourceLine>, input: &str) -> ImportResult {
    let mut ctx = Ctx::default();
    let recs = source::records(&lines);
    let mut parts: [Vec<&Record>; 3] = Default::default();
    let mut t3_in_section = false;
    let mut last: Option<usize> = None;
    for (region, rec) in &recs {
        let numbers = rec
            .cells
            .iter()
            .filter(|c| matches!(c.val, norm::CellVal::Num { .. }))
            .count();
        let table = match region {
            Region::T1 => Some(0),
            Region::T2 => Some(1),
            Region::T3 => {
                t3_in_section = true;
                Some(2)
            }
            Region::Prose => None,
            Region::Auto => {
                if table2::recognises(rec) {
                    Some(1)
                } else if table1::recognises(rec) {
                    Some(0)
                } else if table3::recognises(rec) {
                    Some(2)
                } else if numbers >= 2 {
                    if last.is_none() {
                        let found = (rec.last_text(), rec.raw_cells());
                        ctx.unplaced(Some(rec.line()), None, None, found, Reason::UnknownLabel);
                    }
                    last
                } else {
                    None
                }
            }
        };
        if let Some(t) = table {
            parts[t].push(rec);
            last = Some(t);
        }
    }
    let meta = meta::extract(&lines);

    let t2 = table2::place(&parts[1], &mut ctx);
    let three = t2
        .as_ref()
        .is_some_and(|t| t.rows.keys().any(|r| r.is_three_row_other()))
        || ctx.unplaced.iter().any(|u| {
            matches!(u.row, Some(RowId::Table2(r)) if r.is_three_row_other())
                && u.reason != Reason::MissingRow
        });

    // The edition: table 1's column headings, then the shape of its rows, then the shape
    // of 其他处理, then the year.
    let (headings, shapes, words) = table1::evidence(&parts[0]);
    let year_edition = meta.year.map(|y| {
        if y >= 2021 {
            Edition::E2021
        } else {
            Edition::E2019
        }
    });
    let pick = |e: [usize; 2]| {
        if e[0] > e[1] {
            Edition::E2019
        } else {
            Edition::E2021
        }
    };
    let (edition, why) = if headings[0] != headings[1] {
        (
            pick(headings),
            format!("table 1's columns ({})", words.join(", ")),
        )
    } else if shapes[0] != shapes[1] {
        (
            pick(shapes),
            "the rows of table 1 and their number of cells".to_string(),
        )
    } else if three {
        (Edition::E2021, "其他处理 printed as three rows".to_string())
    } else if let Some(e) = year_edition {
        (
            e,
            format!("the year {} (no other evidence)", meta.year.unwrap_or(0)),
        )
    } else {
        (
            Edition::E2021,
            "no evidence; the current edition is assumed".to_string(),
        )
    };
    let t1 = table1::place(&parts[0], edition, &mut ctx);
    let t3 = table3::place(&parts[2], t3_in_section, &mut ctx);

    let standard = t1.is_some() || t2.is_some() || t3.is_some();
    let report_format = match (standard, edition) {
        (false, _) => ReportFormat::FreeForm,
        (true, Edition::E2019) => ReportFormat::Standard2019,
        (true, Edition::E2021) => ReportFormat::Standard2021,
    };
    if standard {
        let name = match edition {
            Edition::E2019 => "standard_2019",
            Edition::E2021 => "standard_2021",
        };
        let mut message = format!("report_format {name}, from {why}");
        if year_edition.is_some_and(|e| e != edition) {
            message.push_str(&format!(
                "; note that the year {} suggests the other edition",
                meta.year.unwrap_or(0)
            ));
        }
        ctx.note(None, NoteKind::Format, message);
        for (present, table) in [
            (t1.is_some(), TableId::Table1),
            (t2.is_some(), TableId::Table2),
            (t3.is_some(), TableId::Table3),
        ] {
            if !present {
                ctx.unplaced(
                    None,
                    Some(table),
                    None,
                    Default::default(),
                    Reason::MissingTable,
                );
            }
        }
    } else {
        ctx.note(
            None,
            NoteKind::Format,
            "no table of the standard format was found; report_format free_form".into(),
        );
    }

    // Title, body, year, dates.
    let title = match &meta.title {
        Some((t, line)) => {
            ctx.note(Some(*line), NoteKind::Metadata, format!("title \"{t}\""));
            t.clone()
        }
        None => {
            let m =
                "title: no title of the form \"XX2024年政府信息公开工作年度报告\" found; set title";
            ctx.note(None, NoteKind::Placeholder, m.into());
            String::new()
        }
    };
    let name = meta.body.clone().unwrap_or_else(|| {
        let m = "body.name: the body is not named before the year in a title; set body.name";
        ctx.note(None, NoteKind::Placeholder, m.into());
        String::new()
    });
    ctx.note(
        None,
        NoteKind::Placeholder,
        "body.level: administrative level not stated; set body.level (county used)".into(),
    );
    ctx.note(
        None,
        NoteKind::Placeholder,
        "body.region: region not stated; set body.region (\"\" used)".into(),
    );
    let year = match (meta.year, &meta.period) {
        (Some(y), _) => y,
        (None, Some((p, line))) => {
            let m = format!(
                "year {} taken from the period of the statistics",
                p.start.year
            );
            ctx.note(Some(*line), NoteKind::Metadata, m);
            p.start.year
        }
        (None, None) => {
            let m = "year: the year reported on is not stated in a title; set year (0 used)";
            ctx.note(None, NoteKind::Placeholder, m.into());
            0
        }
    };
    if let Some((p, line)) = &meta.published {
        let m = format!(
            "published: {} {}",
            p.kind.as_deref().unwrap_or(""),
            p.date.map(|d| d.to_string()).unwrap_or_default()
        );
        ctx.note(Some(*line), NoteKind::Metadata, m);
    }

    let summary = Summary {
        table1_rows: match &t1 {
            None => 0,
            Some(_) => {
                let expected = if edition == Edition::E2019 { 8 } else { 6 };
                let blank = ctx
                    .notes
                    .iter()
                    .filter(|n| n.kind == NoteKind::Placeholder && n.message.starts_with("table1."))
                    .count();
                expected - blank.min(expected)
            }
        },
        table1_expected: match (&t1, edition) {
            (None, _) => 0,
            (Some(_), Edition::E2019) => 8,
            (Some(_), Edition::E2021) => 6,
        },
        table2_rows: t2.as_ref().map_or(0, |t| t.rows.len()),
        table2_expected: match (&t2, three) {
            (None, _) => 0,
            (Some(_), false) => 23,
            (Some(_), true) => 25,
        },
        table3_blocks: t3.as_ref().map_or(0, |t| t.blocks.len()),
    };

    let report = Report {
        format_version: FORMAT_VERSION,
        report_format,
        title,
        body: Body {
            name,
            level: DEFAULT_LEVEL,
            region: String::new(),
        },
        year,
        period: meta.period.map(|p| p.0),
        published: meta.published.map(|p| p.0),
        source: Some(Source {
            note: Some(format!(
                "由 report-import 从{input}自动读取表一至表三；请对照原文核对，并补全未能读取的内容。"
            )),
            ..Source::default()
        }),
        proactive: Proactive {
            table1: t1,
            ..Proactive::default()
        },
        requests: Requests {
            table2: t2,
            ..Requests::default()
        },
        fees: Default::default(),
        appeals: Appeals {
            table3: t3,
            ..Appeals::default()
        },
        figures: Vec::new(),
        indicator_tables: Vec::new(),
        texts: Vec::new(),
    };
    let Ctx {
        mut unplaced,
        mut notes,
    } = ctx;
    unplaced.sort_by_key(|u| (u.line.is_none(), u.line, u.table, u.row));
    notes.sort_by_key(|n| (n.line.is_none(), n.line));
    ImportResult {
        report,
        unplaced,
        notes,
        summary,
    }
}
