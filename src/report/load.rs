//! Reading a report file: bytes → [`Report`], or a [`LoadError`] that says what is wrong
//! and where (line and column, and the JSON path of the value concerned).

use serde::Deserialize;

use super::model::{Report, ReportFormat, Table1, Table2Row, FORMAT_VERSION};

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

/// Parses a report from the bytes of a file.
pub fn parse_report(bytes: &[u8]) -> Result<Report, LoadError> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_REPORT_BYTES,
        });
    }
    // A byte-order mark is what office tools write; it is not an error.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        LoadError::NotUtf8 { line, column }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    check_version(text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let report: Report = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        located(text, inner, path)
    })?;
    de.end().map_err(|e| located(text, e, String::new()))?;
    validate(&report)?;
    Ok(report)
}

/// Reads `format_version` alone before the report: a file of another version is refused as
/// such, not with whatever error its other fields would give under this version's rules.
/// Any other problem is left to the full parse, which reports it with its location.
fn check_version(text: &str) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct VersionProbe {
        format_version: Option<serde_json::Value>,
    }
    if let Ok(VersionProbe {
        format_version: Some(version),
    }) = serde_json::from_str::<VersionProbe>(text)
    {
        if let Some(found) = version.as_u64() {
            if found != u64::from(FORMAT_VERSION) {
                return Err(LoadError::UnsupportedVersion {
                    found: u32::try_from(found).unwrap_or(u32::MAX),
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
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => LoadError::NotJson {
            line,
            column,
            detail,
        },
        Category::Data => LoadError::Invalid {
            path: if path.is_empty() || path == "." {
                "(top level)".into()
            } else {
                path
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

fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let last_line = match prefix.iter().rposition(|&b| b == b'\n') {
        Some(i) => &prefix[i + 1..],
        None => prefix,
    };
    let column = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, column)
}

/// Rules the JSON types cannot express.
fn validate(report: &Report) -> Result<(), LoadError> {
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
    Ok(())
}

/// A collection index (`public/reports/index.json`): the reports a deployment offers.
#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct Collection {
    pub reports: Vec<IndexEntry>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct IndexEntry {
    pub body: String,
    pub year: u16,
    pub region: String,
    pub report_format: ReportFormat,
    /// The report file, relative to the index file.
    pub path: String,
}

pub fn parse_collection(bytes: &[u8]) -> Result<Collection, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
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
    fn line_column_counts_characters_not_bytes() {
        assert_eq!(line_column("ab\n报告".as_bytes()), (2, 3));
        assert_eq!(line_column(b""), (1, 1));
    }

    #[test]
    fn char_column_converts_serde_json_byte_columns() {
        let text = "{\n  \"报告\": x\n}";
        // serde_json: "expected value at line 2 column 13" (the x, after 2 + 8 + 2 bytes).
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 13));
        assert_eq!(char_column(text, 2, 13), 9);
        assert_eq!(char_column(text, 1, 0), 1);
    }
}
