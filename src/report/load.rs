//! Reading a report file: bytes → [`Report`] and any [`LoadWarning`]s, or a [`LoadError`]
//! that says what is wrong and where (line and column, and the JSON path of the value
//! concerned), never a panic.
//!
//! What is refused, and what is only warned about:
//!
//! - A file above [`MAX_REPORT_BYTES`] is refused before it is read any further.
//! - UTF-8, with or without a byte-order mark. A file that is not UTF-8 but reads cleanly
//!   as GBK/GB18030 is decoded as such, with a warning ([`LoadWarning::DecodedFromGbk`]);
//!   any other file that is not UTF-8 is refused ([`LoadError::NotUtf8`]).
//! - Not JSON (truncated, a web page, nested more than 128 deep anywhere): refused
//!   ([`LoadError::NotJson`]).
//! - A key given twice in any object: refused ([`LoadError::Invalid`], located at the
//!   second occurrence).
//! - A field the format does not know: the file loads, with a warning naming the field, its
//!   path, line and column ([`LoadWarning::UnknownField`]), so that files written for a
//!   newer version of the format still open. Except in the objects of table 1 and in figure
//!   objects, whose shape is fixed: an unknown field there is an error, because it is
//!   almost always the other edition's field or a misspelt one, and the value would be
//!   lost. A value of the wrong type, an unknown enumeration value (`"level": "city"`) and
//!   an unknown row of table 2 or 3 are errors everywhere.
//! - Text of any length and content loads as it is (text is data: the page escapes it). The
//!   size limit bounds it.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use serde::Deserialize;

use super::decode::decode;
use super::model::{Report, ReportFormat, Table1, Table2Row, FORMAT_VERSION};
use super::number::Figure;
use super::scan::{self, Event, Stop, MAX_DEPTH};
use super::strict::{self, Strict, Unknown};
use crate::i18n::Lang;

/// Files above this size are refused before parsing: a real report is a few kilobytes, and
/// parsing megabytes on a cheap phone would freeze the page.
pub const MAX_REPORT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes, above the limit of {limit} bytes")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not UTF-8 text (first bad byte at line {line}, column {column}); save it as UTF-8")]
    NotUtf8 { line: usize, column: usize },
    #[error("the file is not valid JSON: {detail} at line {line}, column {column}")]
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("{path}: {detail} (line {line}, column {column})")]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("format_version {found} is not supported (this dashboard reads version {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("{path}: {detail}")]
    Inconsistent { path: String, detail: String },
}

/// Something about a file that loaded which its author should know.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadWarning {
    /// The file is not UTF-8 but was read as GBK (GB18030). `line` and `column` are those of
    /// the first byte that is not UTF-8.
    #[error("the file is not UTF-8 text (from line {line}, column {column}); it was read as GBK (GB18030): check the Chinese text, and save the file as UTF-8")]
    DecodedFromGbk { line: usize, column: usize },
    /// A field the format does not know, ignored. `path` is the field's path
    /// (`body.nickname`), `key` its name, `line` and `column` where the key starts.
    #[error("{path}: unknown field `{key}`, ignored (line {line}, column {column})")]
    UnknownField {
        path: String,
        key: String,
        line: usize,
        column: usize,
    },
    /// Unknown fields beyond the first 50 are counted, not listed.
    #[error("{count} more unknown fields were ignored")]
    MoreUnknownFields { count: usize },
}

/// A report that loaded, and what its author should know about the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub report: Report,
    /// In the order of the file; empty for a clean file.
    pub warnings: Vec<LoadWarning>,
}

/// Parses a report from the bytes of a file, ignoring warnings.
pub fn parse_report(bytes: &[u8]) -> Result<Report, LoadError> {
    parse_report_with_warnings(bytes).map(|loaded| loaded.report)
}

/// Parses a report from the bytes of a file, with the warnings to show beside it.
pub fn parse_report_with_warnings(bytes: &[u8]) -> Result<Loaded, LoadError> {
    prepare_report(bytes)?.parse()
}

/// A report file decoded and its structure walked, ready to be parsed: the two halves of
/// [`parse_report_with_warnings`], which the page runs in two tasks so neither holds up
/// input for long.
pub struct PreparedReport {
    text: String,
    decoded: Option<LoadWarning>,
    structure: Option<(LoadError, (usize, usize))>,
    /// The sections of the report the file has (a field of [`Report`] whose value is an
    /// object or an array), each with where its entry starts and ends (its key's opening
    /// quote, and the byte after its value), for [`PreparedReport::rehearse`].
    sections: Vec<(&'static str, usize, usize)>,
}

/// The first half of [`parse_report_with_warnings`]: size, encoding, emptiness, a web page
/// instead of JSON, the format version, and the walk of the structure.
pub fn prepare_report(bytes: &[u8]) -> Result<PreparedReport, LoadError> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_REPORT_BYTES,
        });
    }
    let (text, decoded) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    not_a_web_page(&text)?;
    check_version(&text)?;
    let mut keys = Vec::new();
    let walked = scan::walk(&text, &mut |event| {
        if let Event::Key { path, start } = event {
            if path.len() == 1 {
                keys.push(start);
            }
        }
        ControlFlow::Continue(())
    });
    let structure = structure_error(&text, walked);
    let sections = top_level_sections(&text, &keys);
    Ok(PreparedReport {
        text: text.into_owned(),
        decoded,
        structure,
        sections,
    })
}

/// The fields of [`Report`] that hold an object or an array: the sections worth reading
/// alone first. Only these, so a file of many unknown entries costs no more tasks.
const SECTIONS: [&str; 11] = [
    "body",
    "period",
    "published",
    "source",
    "proactive",
    "requests",
    "fees",
    "appeals",
    "figures",
    "indicator_tables",
    "texts",
];

/// The spans of the top-level entries that are sections of the report and whose value is an
/// object or an array, from the offsets of the top-level keys: each entry runs to the comma
/// before the next key, the last to the closing brace.
fn top_level_sections(text: &str, keys: &[usize]) -> Vec<(&'static str, usize, usize)> {
    let close = text.trim_end().len().saturating_sub(1);
    keys.iter()
        .enumerate()
        .filter_map(|(i, &start)| {
            let end = keys.get(i + 1).copied().unwrap_or(close);
            let entry = text.get(start..end)?.trim_end();
            let entry = entry.strip_suffix(',').unwrap_or(entry).trim_end();
            let (key, value) = entry.split_once(':')?;
            let key = key.trim_end().strip_prefix('"')?.strip_suffix('"')?;
            let name = SECTIONS.into_iter().find(|s| *s == key)?;
            let value = value.trim_start();
            (value.starts_with('{') || value.starts_with('[')).then_some((
                name,
                start,
                start + entry.len(),
            ))
        })
        .collect()
}

impl PreparedReport {
    /// The sections [`PreparedReport::rehearse`] can read one by one, in the file's order.
    pub fn sections(&self) -> Vec<&'static str> {
        self.sections.iter().map(|(name, _, _)| *name).collect()
    }

    /// Reads the section `name` alone, as a report of that one entry, and throws the
    /// result away. Why: the browser compiles each function of the wasm on its first call, on
    /// the page's thread, and compiling the reader of a whole report takes a cheap phone
    /// over 100 ms, during which the page does not answer. Read first section by section, in
    /// tasks of their own, the reader is compiled a part at a time; the real parse then runs
    /// the same (already compiled) code over the whole file. Results and errors here mean
    /// nothing: the real parse reports them.
    pub fn rehearse(&self, name: &str) {
        let Some(entry) = self
            .sections
            .iter()
            .find(|(n, _, _)| *n == name)
            .and_then(|&(_, a, b)| self.text.get(a..b))
        else {
            return;
        };
        let alone = format!("{{{entry}}}");
        let _ = read_report(&alone, &Unknown::default());
    }

    /// The second half of [`parse_report_with_warnings`]: the report itself.
    pub fn parse(self) -> Result<Loaded, LoadError> {
        let text: &str = &self.text;
        let unknown = Unknown::default();
        let parsed = read_report(text, &unknown);
        // The structure pass and the parse each find errors; the one earlier in the file is
        // reported, as a reader going through the file would meet it.
        let report = match (parsed, self.structure) {
            (Ok(report), None) => report,
            (Ok(_), Some((e, _))) => return Err(e),
            (Err(e), None) => return Err(e),
            (Err(e), Some((s, at))) => return Err(if scan_first(&e, at) { s } else { e }),
        };
        validate(&report, text)?;

        let mut warnings = Vec::new();
        if let Some(w) = self.decoded {
            warnings.push(w);
        }
        warnings.extend(unknown_field_warnings(text, unknown));
        Ok(Loaded { report, warnings })
    }
}

/// The report read from the whole text by serde, wrapped to note unknown fields and to
/// locate errors. One function for the parse and its rehearsals, so that both run (and the
/// browser compiles) the same code.
fn read_report(text: &str, unknown: &Unknown) -> Result<Report, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, Report>(Strict::new(&mut de, unknown))
        .map_err(|e| {
            let path = e.path().to_string();
            located(text, e.into_inner(), path)
        })
        .and_then(|report| {
            de.end()
                .map_err(|e| located(text, e, String::new()))
                .map(|()| report)
        })
}

/// Reads `format_version` alone before the report: a file of another version is refused as
/// such, not with whatever error its other fields would give under this version's rules.
/// Any other problem is left to the full parse, which reports it with its location.
fn check_version(text: &str) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct VersionProbe {
        format_version: Option<serde_json::Value>,
    }
    // Only from an object: serde would also read the probe from an array.
    if !text.trim_start().starts_with('{') {
        return Ok(());
    }
    if let Ok(VersionProbe {
        format_version: Some(version),
    }) = serde_json::from_str::<VersionProbe>(text)
    {
        // A number too large for a version is left to the parse, which says so.
        if let Some(found) = version.as_u64().and_then(|v| u32::try_from(v).ok()) {
            if found != FORMAT_VERSION {
                return Err(LoadError::UnsupportedVersion {
                    found,
                    supported: FORMAT_VERSION,
                });
            }
        }
    }
    Ok(())
}

fn located(text: &str, e: serde_json::Error, path: String) -> LoadError {
    use serde_json::error::Category;
    let line = e.line();
    let column = char_column(text, line, e.column());
    // serde_json appends " at line L column C" to its messages; the location is kept apart.
    let detail = e.to_string();
    let detail = match detail.rfind(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail,
    };
    let top_level = path.is_empty() || path == ".";
    // "expected struct Body" names the model's type, not what the author must write.
    let detail = match detail.rsplit_once(", expected struct ") {
        Some((found, name)) if name.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            let expected = if top_level {
                A_REPORT_OBJECT
            } else {
                AN_OBJECT
            };
            format!("{found}, expected {expected}")
        }
        _ => detail,
    };
    let detail = shorten(&detail, MAX_DETAIL_CHARS);
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => LoadError::NotJson {
            line,
            column,
            detail,
        },
        Category::Data => LoadError::Invalid {
            path: if top_level {
                "(top level)".into()
            } else {
                shorten(&path, MAX_PATH_CHARS)
            },
            line,
            column,
            detail,
        },
    }
}

/// serde_json counts columns in bytes; an editor counts characters, and a line of Chinese
/// text has three bytes to the character. Converts serde_json's column (the last byte it
/// read, counted from 1) to the character it belongs to, counted from 1.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    match text.split('\n').nth(line.wrapping_sub(1)) {
        Some(l) => l
            .char_indices()
            .take_while(|&(i, _)| i < byte_column)
            .count()
            .max(1),
        None => byte_column,
    }
}

/// Rules the JSON types cannot express.
fn validate(report: &Report, text: &str) -> Result<(), LoadError> {
    if report.format_version != FORMAT_VERSION {
        return Err(LoadError::UnsupportedVersion {
            found: report.format_version,
            supported: FORMAT_VERSION,
        });
    }
    let inconsistent = |path: &str, detail: String| LoadError::Inconsistent {
        path: path.into(),
        detail,
    };
    if !(1990..=2100).contains(&report.year) {
        return Err(inconsistent(
            "year",
            format!("{} is not a plausible report year", report.year),
        ));
    }
    if let Some(p) = &report.period {
        if p.start > p.end {
            return Err(inconsistent(
                "period",
                format!("the period starts ({}) after it ends ({})", p.start, p.end),
            ));
        }
    }
    match (&report.proactive.table1, report.report_format) {
        (Some(Table1::Edition2019(_)), ReportFormat::Standard2021)
        | (Some(Table1::Edition2021(_)), ReportFormat::Standard2019) => {
            return Err(inconsistent(
                "proactive.table1",
                "the edition of table 1 does not match report_format".into(),
            ))
        }
        (Some(_), ReportFormat::FreeForm) => {
            return Err(inconsistent(
                "proactive.table1",
                "a free_form report has no standard table 1; set report_format".into(),
            ))
        }
        _ => {}
    }
    if let Some(t2) = &report.requests.table2 {
        let one = t2.rows.contains_key(&Table2Row::OtherHandling);
        let three = t2.rows.keys().any(|r| r.is_three_row_other());
        if one && three {
            return Err(inconsistent(
                "requests.table2",
                "其他处理 is given both as one row (other_handling) and as three rows; keep one shape".into(),
            ));
        }
    }
    for (i, b) in report.proactive.breakdowns.iter().enumerate() {
        if b.items.is_empty() {
            return Err(inconsistent(
                &format!("proactive.breakdowns[{i}].items"),
                "a breakdown needs at least one item".into(),
            ));
        }
    }
    for (path, figure) in counted_figures(report) {
        if figure.value.is_negative() {
            let detail = format!("a count cannot be negative, found {}", figure.value);
            // A figure is a bare number or an object with "value": locate whichever it is.
            let value_path = format!("{path}.value");
            return Err(match locate_value(text, [&value_path, &path]) {
                Some((at, line, column)) => LoadError::Invalid {
                    path: if at == 0 { value_path } else { path },
                    line,
                    column,
                    detail,
                },
                None => inconsistent(&path, detail),
            });
        }
    }
    Ok(())
}

/// The figures that count things or amounts, which cannot be negative, with their paths.
/// (A figure in `figures` or an indicator table may be a change, and so negative.)
fn counted_figures(report: &Report) -> Vec<(String, &Figure)> {
    let mut out = Vec::new();
    for (i, b) in report.proactive.breakdowns.iter().enumerate() {
        if let Some(total) = &b.total {
            out.push((format!("proactive.breakdowns[{i}].total"), total));
        }
        for (j, item) in b.items.iter().enumerate() {
            out.push((
                format!("proactive.breakdowns[{i}].items[{j}].count"),
                &item.count,
            ));
        }
    }
    let requests = &report.requests;
    if let Some(received) = &requests.received {
        out.push(("requests.received".into(), received));
    }
    for (i, c) in requests.channels.iter().enumerate() {
        out.push((format!("requests.channels[{i}].count"), &c.count));
    }
    for (i, o) in requests.outcomes.iter().enumerate() {
        out.push((format!("requests.outcomes[{i}].count"), &o.count));
    }
    let optional = [
        ("fees.charged", &report.fees.charged),
        ("appeals.reconsideration", &report.appeals.reconsideration),
        ("appeals.litigation", &report.appeals.litigation),
    ];
    for (path, figure) in optional {
        if let Some(figure) = figure {
            out.push((path.into(), figure));
        }
    }
    out
}

/// Paths and keys in messages are cut to this many characters, and details (which quote
/// the file's text) to [`MAX_DETAIL_CHARS`]: a hostile file must not make a message of a
/// megabyte. Nothing else is cut: text of any length loads as it is.
const MAX_PATH_CHARS: usize = 200;
const MAX_DETAIL_CHARS: usize = 2000;

/// `text`, cut to `max` characters with "…" when longer.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// What the top level of a file must be.
const A_REPORT_OBJECT: &str = "one JSON object { … } holding the report";
/// What a struct of the model is written as.
const AN_OBJECT: &str = "an object { … }";

/// A dev server or a misconfigured host answers a missing file with a web page; say so
/// rather than "expected value".
fn not_a_web_page(text: &str) -> Result<(), LoadError> {
    let Some(at) = text.find(|c: char| !matches!(c, ' ' | '\t' | '\n' | '\r')) else {
        return Ok(());
    };
    if text[at..].starts_with('<') {
        let (line, column) = scan::position(text, at);
        return Err(LoadError::NotJson {
            line,
            column,
            detail: "this is a web page (HTML), not a JSON report file".into(),
        });
    }
    Ok(())
}

/// The structure pass's error, if any, and where it is (line, column).
fn structure_error(text: &str, stop: Result<(), Stop>) -> Option<(LoadError, (usize, usize))> {
    match stop {
        Ok(()) | Err(Stop::Syntax) => None,
        Err(Stop::TooDeep { offset }) => {
            let (line, column) = scan::position(text, offset);
            Some((
                LoadError::NotJson {
                    line,
                    column,
                    detail: format!(
                        "arrays and objects are nested more than {MAX_DEPTH} levels deep"
                    ),
                },
                (line, column),
            ))
        }
        Err(Stop::Duplicate {
            key,
            path,
            first,
            second_end,
        }) => {
            let (line, column) = scan::position(text, second_end);
            let (first_line, first_column) = scan::position(text, first);
            Some((
                LoadError::Invalid {
                    path: shorten(&path, MAX_PATH_CHARS),
                    line,
                    column,
                    detail: format!(
                        "the key `{}` is given twice (first at line {first_line}, column {first_column})",
                        shorten(&key, MAX_PATH_CHARS)
                    ),
                },
                (line, column),
            ))
        }
    }
}

/// Whether the structure pass's error at `at` comes before the parser's error `e` in the
/// file. At the same place the parser's words are kept, unless they are less precise: its
/// "duplicate field" names the object, not the key.
fn scan_first(e: &LoadError, at: (usize, usize)) -> bool {
    match e {
        LoadError::NotJson {
            line,
            column,
            detail,
        }
        | LoadError::Invalid {
            line,
            column,
            detail,
            ..
        } => {
            at < (*line, *column)
                || (at == (*line, *column)
                    && (detail.starts_with("duplicate field ")
                        || detail == "recursion limit exceeded"))
        }
        _ => false,
    }
}

/// Which of `paths` (`requests.received`) the file has a scalar value at first, and the line
/// and column of its last character, as the parser locates a value it refuses.
fn locate_value(text: &str, paths: [&str; 2]) -> Option<(usize, usize, usize)> {
    let mut found = None;
    let mut at = String::new();
    let _ = scan::walk(text, &mut |event| {
        if let Event::Value { path, end } = event {
            if matches!(text.as_bytes().get(end), Some(b'{' | b'[')) {
                // An array or object, reported at its opening bracket: not a scalar.
                return ControlFlow::Continue(());
            }
            scan::write_path(&mut at, path);
            if let Some(i) = paths.iter().position(|p| *p == at) {
                found = Some((i, end));
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    });
    found.map(|(i, end)| {
        let (line, column) = scan::position(text, end);
        (i, line, column)
    })
}

/// The unknown fields the parse met, as warnings with their names, paths and places.
fn unknown_field_warnings(text: &str, unknown: Unknown) -> Vec<LoadWarning> {
    let (recorded, count) = strict::take(unknown);
    if recorded.is_empty() {
        return Vec::new();
    }
    let wanted: HashSet<&[usize]> = recorded.iter().map(Vec::as_slice).collect();
    let mut found: HashMap<Vec<usize>, LoadWarning> = HashMap::new();
    let mut indices = Vec::new();
    let mut positions = scan::Positions::new(text);
    let _ = scan::walk(text, &mut |event| {
        if let Event::Key { path, start } = event {
            indices.clear();
            indices.extend(path.iter().map(scan::Seg::index));
            if wanted.contains(indices.as_slice()) {
                let (line, column) = positions.at(start);
                let key = match path.last() {
                    Some(scan::Seg::Key { key, .. }) => shorten(key, MAX_PATH_CHARS),
                    _ => String::new(),
                };
                found.insert(
                    indices.clone(),
                    LoadWarning::UnknownField {
                        path: shorten(&scan::display_path(path), MAX_PATH_CHARS),
                        key,
                        line,
                        column,
                    },
                );
                if found.len() == wanted.len() {
                    return ControlFlow::Break(());
                }
            }
        }
        ControlFlow::Continue(())
    });
    let mut warnings: Vec<LoadWarning> = recorded
        .iter()
        .filter_map(|indices| found.remove(indices))
        .collect();
    if count > recorded.len() {
        warnings.push(LoadWarning::MoreUnknownFields {
            count: count - recorded.len(),
        });
    }
    warnings
}

/// A load warning in the visitor's language, with its location.
pub fn describe_load_warning(lang: Lang, w: &LoadWarning) -> String {
    match (lang, w) {
        (Lang::Zh, LoadWarning::DecodedFromGbk { line, column }) => format!(
            "文件不是 UTF-8 编码（第 {line} 行第 {column} 列起），已按 GBK（GB18030）读取；请核对其中的中文，并将文件另存为 UTF-8。"
        ),
        (Lang::En, LoadWarning::DecodedFromGbk { line, column }) => format!(
            "The file is not UTF-8 text (from line {line}, column {column}); it was read as GBK (GB18030). Check its Chinese text, and save the file as UTF-8."
        ),
        (
            Lang::Zh,
            LoadWarning::UnknownField {
                path,
                key,
                line,
                column,
            },
        ) => format!(
            "字段 {path}（第 {line} 行第 {column} 列）：本看板不认识字段 `{key}`，已忽略；请检查拼写。"
        ),
        (
            Lang::En,
            LoadWarning::UnknownField {
                path,
                key,
                line,
                column,
            },
        ) => format!(
            "Field {path} (line {line}, column {column}): unknown field `{key}`, ignored; check its spelling."
        ),
        (Lang::Zh, LoadWarning::MoreUnknownFields { count }) => {
            format!("另有 {count} 个不认识的字段已忽略。")
        }
        (Lang::En, LoadWarning::MoreUnknownFields { count }) => {
            format!("{count} more unknown fields were ignored.")
        }
    }
}

/// A collection index (`public/reports/index.json`): the reports a deployment offers.
#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct Collection {
    /// Made up for tests and benchmarks: every report in it is shown as synthetic.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
    pub reports: Vec<IndexEntry>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct IndexEntry {
    pub body: String,
    /// The body's administrative level, when the index gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<super::model::AdministrativeLevel>,
    pub year: u16,
    pub region: String,
    pub report_format: ReportFormat,
    /// The report file, relative to the index file.
    pub path: String,
    /// Made up for tests and benchmarks, not a real report.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
}

pub fn parse_collection(bytes: &[u8]) -> Result<Collection, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = super::decode::line_column(&bytes[..e.valid_up_to()]);
        LoadError::NotUtf8 { line, column }
    })?;
    let mut de = serde_json::Deserializer::from_str(text);
    let collection: Collection = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        located(text, e.into_inner(), path)
    })?;
    de.end().map_err(|e| located(text, e, String::new()))?;
    Ok(collection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_column_converts_serde_json_byte_columns() {
        let text = "{\n  \"报告\": x\n}";
        // serde_json: "expected value at line 2 column 13" (the x, after 2 + 8 + 2 bytes).
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 13));
        assert_eq!(char_column(text, 2, 13), 9);
        assert_eq!(char_column(text, 1, 0), 1);
    }

    /// Each section read alone is exactly one top-level entry that is a field of the report
    /// and whose value is an object or an array, whatever the spacing, the last one included.
    fn sections_of(text: &str) -> Vec<(String, serde_json::Value)> {
        let prepared = prepare_report(text.as_bytes()).unwrap();
        prepared
            .sections
            .iter()
            .map(|&(name, a, b)| {
                let alone: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(&format!("{{{}}}", &text[a..b])).unwrap();
                assert_eq!(alone.len(), 1, "section {name}: {}", &text[a..b]);
                let (key, value) = alone.into_iter().next().unwrap();
                assert_eq!(key, name);
                (key, value)
            })
            .collect()
    }

    #[test]
    fn sections_are_the_top_level_objects_and_arrays() {
        // Unknown entries are not sections, whatever their value.
        let text = "{ \"format_version\" : 1,\n\"body\":{\"a\": [1, {\"b\": \"},\"}]} ,\t\"year\": 2020, \"k1\": [], \"nickname\": {\"x\": 1}, \"texts\" :[ ]\n}\n";
        let sections = sections_of(text);
        assert_eq!(
            sections,
            vec![
                (
                    "body".to_string(),
                    serde_json::json!({"a": [1, {"b": "},"}]})
                ),
                ("texts".to_string(), serde_json::json!([])),
            ]
        );
    }

    #[test]
    fn rehearsing_every_section_leaves_the_parse_unchanged() {
        for name in ["dongguan-hr-2015", "hongze-2024"] {
            let bytes = std::fs::read(format!("public/reports/{name}.json")).unwrap();
            let text = std::str::from_utf8(&bytes).unwrap();
            let whole: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(text).unwrap();
            let expected: Vec<_> = whole
                .into_iter()
                .filter(|(k, v)| SECTIONS.contains(&k.as_str()) && (v.is_object() || v.is_array()))
                .collect();
            let mut found = sections_of(text);
            found.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(found, expected, "{name}");
            assert!(found.len() >= 5, "{name}: {} sections", found.len());

            let prepared = prepare_report(&bytes).unwrap();
            for name in prepared.sections() {
                prepared.rehearse(name);
            }
            assert_eq!(
                prepared.parse().unwrap(),
                parse_report_with_warnings(&bytes).unwrap()
            );
        }
    }

    #[test]
    fn the_sections_are_the_reports_own_objects_and_arrays() {
        // Each is a field of the report, read as an object or an array...
        for name in SECTIONS {
            match parse_report(format!("{{\"{name}\": 5}}").as_bytes()) {
                Err(LoadError::Invalid { path, detail, .. }) => {
                    assert_eq!(path, name, "{detail}");
                    assert!(detail.starts_with("invalid type"), "{name}: {detail}");
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        // ... and every object or array in the bundled reports is one of them.
        for name in [
            "dongguan-hr-2015",
            "hongze-2024",
            "shanghai-gov-office-2019",
        ] {
            let bytes = std::fs::read(format!("public/reports/{name}.json")).unwrap();
            let whole: serde_json::Map<String, serde_json::Value> =
                serde_json::from_slice(&bytes).unwrap();
            for (key, value) in whole {
                if value.is_object() || value.is_array() {
                    assert!(SECTIONS.contains(&key.as_str()), "{name}: {key}");
                }
            }
        }
    }
}
