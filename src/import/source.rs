//! From input to records: lines of plain text or of table cells, then, within the section of
//! each table, records of label text followed by the cells that belong to it.

use super::labels::{Region, SECTIONS};
use super::norm::{
    distance, half, half_str, is_dash, is_space, norm_chars, parse_cell, tolerance, unit_word,
    CellVal,
};

/// One line of input: plain text, or a table row whose cells are known (an HTML `<tr>`, a
/// line of tab-separated cells copied from a web page, a Markdown table row).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SourceLine {
    /// 1-based line number in the input.
    pub no: usize,
    pub kind: LineKind,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum LineKind {
    Plain(String),
    /// Label cells, then value cells ("" for an empty cell).
    Row {
        labels: Vec<String>,
        cells: Vec<String>,
    },
}

/// A cell of a record, as found.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CellItem {
    pub raw: String,
    pub val: CellVal,
    pub line: usize,
    /// A small number alone on its line, in flattened text: perhaps a page number.
    pub lone: bool,
}

/// Label text (possibly over several lines) and the cells that follow it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Record {
    pub texts: Vec<(usize, String)>,
    pub cells: Vec<CellItem>,
    /// The cells come from one row whose cells are known: blanks are where they are.
    pub exact: bool,
}

impl Record {
    pub fn line(&self) -> usize {
        self.cells
            .first()
            .map(|c| c.line)
            .or_else(|| self.texts.last().map(|t| t.0))
            .unwrap_or(0)
    }

    pub fn norm(&self) -> Vec<char> {
        self.texts.iter().flat_map(|(_, t)| norm_chars(t)).collect()
    }

    /// The text of the record's last line of text, as printed.
    pub fn last_text(&self) -> String {
        let Some(&(line, _)) = self.texts.last() else {
            return String::new();
        };
        let parts: Vec<&str> = self
            .texts
            .iter()
            .filter(|t| t.0 == line)
            .map(|t| t.1.as_str())
            .collect();
        parts.join(" ")
    }

    /// The text from the word holding the `start`-th compared character to the end, as
    /// printed, and the line it starts on.
    pub fn raw_from(&self, start: usize) -> (String, usize) {
        let mut offset = 0;
        let mut out = String::new();
        let mut line = None;
        for (l, t) in &self.texts {
            let n = norm_chars(t).len();
            if offset + n > start {
                line.get_or_insert(*l);
                out.push_str(t);
            }
            offset += n;
        }
        (out, line.unwrap_or_else(|| self.line()))
    }

    pub fn raw_cells(&self) -> Vec<String> {
        self.cells.iter().map(|c| c.raw.clone()).collect()
    }

    pub fn has_value(&self) -> bool {
        self.cells.iter().any(|c| c.val != CellVal::Blank)
    }
}

/// Splits plain text into lines; a line with tabs, or a Markdown table row, is a row of cells.
pub(crate) fn text_lines(text: &str) -> Vec<SourceLine> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let no = i + 1;
        let trimmed = line.trim();
        let fields: Option<Vec<String>> =
            if trimmed.len() > 2 && trimmed.starts_with('|') && trimmed.ends_with('|') {
                let inner = &trimmed[1..trimmed.len() - 1];
                let f: Vec<String> = inner.split('|').map(|s| s.trim().to_string()).collect();
                let rule = f
                    .iter()
                    .all(|s| !s.is_empty() && s.chars().all(|c| matches!(c, '-' | ':' | ' ')));
                if rule {
                    continue;
                }
                Some(f)
            } else if line.contains('\t') {
                Some(line.split('\t').map(|s| s.to_string()).collect())
            } else {
                None
            };
        let kind = match fields {
            Some(f) => {
                let cells: Vec<(String, usize)> = f.into_iter().map(|s| (s, 0)).collect();
                split_fields(&cells, None)
            }
            None => LineKind::Plain(line.to_string()),
        };
        out.push(SourceLine { no, kind });
    }
    out
}

fn is_number(s: &str) -> bool {
    matches!(parse_cell(s), CellVal::Num { .. })
}

fn is_blank(s: &str) -> bool {
    parse_cell(s) == CellVal::Blank
}

/// Short ASCII letters and digits ("O", "5O", "l2"): a damaged number, never a label of the
/// standard tables.
fn ascii_junk(s: &str) -> bool {
    let s = half_str(s);
    let s = s.trim();
    !s.is_empty() && s.chars().count() <= 8 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Splits the cells of a row into labels and values. `fields` carry their grid column;
/// `value_start` is the column where the values of this table begin, when known.
pub(crate) fn split_fields(fields: &[(String, usize)], value_start: Option<usize>) -> LineKind {
    let tidy = |s: &str| -> String {
        s.split(is_space)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let fields: Vec<(String, usize)> = fields.iter().map(|(s, c)| (tidy(s), *c)).collect();
    let mut i = fields.iter().take_while(|f| f.0.is_empty()).count();
    let mut labels = Vec::new();
    while i < fields.len() {
        let (text, col) = &fields[i];
        if text.is_empty() || is_number(text) || is_blank(text) {
            break;
        }
        if !labels.is_empty() && (value_start.is_some_and(|v| *col >= v) || ascii_junk(text)) {
            break;
        }
        labels.push(text.clone());
        i += 1;
    }
    let rest = &fields[i..];
    let numeric = rest.iter().any(|f| is_number(&f.0));
    let texty = rest.iter().any(|f| !is_blank(&f.0));
    if !numeric && texty && !rest.iter().all(|f| is_blank(&f.0) || ascii_junk(&f.0)) {
        // A row of headings: no numbers, and text after an empty cell.
        labels.extend(rest.iter().filter(|f| !f.0.is_empty()).map(|f| f.0.clone()));
        return finish(labels, Vec::new());
    }
    finish(labels, rest.iter().map(|f| f.0.clone()).collect())
}

fn finish(labels: Vec<String>, cells: Vec<String>) -> LineKind {
    if cells.is_empty() {
        LineKind::Plain(labels.join(" "))
    } else {
        LineKind::Row { labels, cells }
    }
}

/// A line of flattened text, as label words and cells.
enum Item {
    Text(String),
    Cell(CellVal, String),
}

/// The marker a row label starts with: "1." "2、" "(三)" "四、".
pub(crate) fn starts_with_marker(s: &str) -> bool {
    let chars: Vec<char> = s.chars().map(half).collect();
    super::table2::marker_at(&chars, 0).is_some()
}

fn tokenize_plain(line: &str) -> Vec<Item> {
    let words: Vec<&str> = line.split(is_space).filter(|w| !w.is_empty()).collect();
    let mut items: Vec<Item> = Vec::new();
    let mut seen_number = false;
    for (j, word) in words.iter().enumerate() {
        let w = half_str(word);
        if j == 0 && words.len() > 1 && is_dash(&w) {
            continue; // a bullet
        }
        if let Some(unit) = unit_word(&w) {
            if let Some(Item::Cell(CellVal::Num { unit: u @ None, .. }, raw)) = items.last_mut() {
                *u = Some(unit);
                raw.push(' ');
                raw.push_str(word);
                continue;
            }
        }
        match parse_cell(&w) {
            CellVal::Num { value, unit } => {
                seen_number = true;
                items.push(Item::Cell(CellVal::Num { value, unit }, word.to_string()));
                continue;
            }
            CellVal::Blank => {
                items.push(Item::Cell(CellVal::Blank, word.to_string()));
                continue;
            }
            CellVal::Bad => {}
        }
        let has_label = items.iter().any(|i| matches!(i, Item::Text(_)));
        if (ascii_junk(&w) && (has_label || seen_number))
            || (seen_number && w.chars().count() <= 4 && !starts_with_marker(&w))
        {
            items.push(Item::Cell(CellVal::Bad, word.to_string()));
            continue;
        }
        // "申请数量95": a label and its first number run together.
        let chars: Vec<char> = w.chars().collect();
        let digits = chars
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits > 0 && digits < chars.len() {
            let before = chars[chars.len() - digits - 1];
            if !before.is_ascii() || before == ')' {
                let split = word
                    .char_indices()
                    .nth(chars.len() - digits)
                    .map(|(i, _)| i)
                    .unwrap_or(word.len());
                items.push(Item::Text(word[..split].to_string()));
                let num = &word[split..];
                items.push(Item::Cell(parse_cell(num), num.to_string()));
                seen_number = true;
                continue;
            }
        }
        items.push(Item::Text(word.to_string()));
    }
    items
}

/// A page number on a line of its own: "- 3 -", "— 3 —", "第3页", "第 3 页 共 12 页", "3/12".
fn is_page_marker(line: &str) -> bool {
    let s: String = half_str(line).chars().filter(|c| !is_space(*c)).collect();
    let digits = |t: &str| !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit());
    for d in ["-", "—", "–"] {
        if let Some(inner) = s.strip_prefix(d).and_then(|t| t.strip_suffix(d)) {
            if digits(inner) {
                return true;
            }
        }
    }
    if let Some(rest) = s.strip_prefix('第') {
        if let Some((n, tail)) = rest.split_once('页') {
            if digits(n) {
                let tail = tail.trim_start_matches([',', '/']);
                return tail.is_empty()
                    || tail
                        .strip_prefix('共')
                        .and_then(|t| t.strip_suffix('页'))
                        .is_some_and(digits);
            }
        }
    }
    if let Some((a, b)) = s.split_once('/') {
        return digits(a) && digits(b);
    }
    false
}

/// A heading of the standard report: which section begins, if the line is one.
pub(crate) fn section_heading(line: &str) -> Option<Region> {
    let s = half_str(line);
    let s = s.trim().trim_start_matches('#').trim();
    if s.chars().count() > 40 {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let start = super::table2::marker_at(&chars, 0).map_or(0, |(_, len)| len);
    let text = norm_chars(&chars[start..].iter().collect::<String>());
    SECTIONS.iter().find_map(|(h, region)| {
        let h: Vec<char> = h.chars().collect();
        (distance(&text, &h) <= tolerance(h.len())).then_some(*region)
    })
}

/// Groups the lines into records, each tagged with the region it lies in.
pub(crate) fn records(lines: &[SourceLine]) -> Vec<(Region, Record)> {
    let mut out: Vec<(Region, Record)> = Vec::new();
    let mut region = Region::Auto;
    let mut cur = Record::default();
    fn flush(out: &mut Vec<(Region, Record)>, region: Region, cur: &mut Record) {
        if !cur.texts.is_empty() || !cur.cells.is_empty() {
            out.push((region, std::mem::take(cur)));
        }
    }
    for line in lines {
        match &line.kind {
            LineKind::Plain(text) => {
                if let Some(r) = section_heading(text) {
                    flush(&mut out, region, &mut cur);
                    region = r;
                    continue;
                }
                if text.trim_start().starts_with('#') {
                    // A Markdown heading that is not a section of the report.
                    flush(&mut out, region, &mut cur);
                    region = Region::Prose;
                    continue;
                }
                if region == Region::Prose || is_page_marker(text) {
                    continue;
                }
                let items = tokenize_plain(text);
                let lone = items.len() == 1
                    && matches!(&items[0], Item::Cell(CellVal::Num { value, unit: None }, _)
                        if value.as_integer().is_some_and(|n| (0..1000).contains(&n)));
                for item in items {
                    match item {
                        Item::Text(t) => {
                            if !cur.cells.is_empty() {
                                flush(&mut out, region, &mut cur);
                            }
                            cur.texts.push((line.no, t));
                        }
                        Item::Cell(val, raw) => {
                            if cur.exact {
                                flush(&mut out, region, &mut cur);
                            }
                            cur.cells.push(CellItem {
                                raw,
                                val,
                                line: line.no,
                                lone,
                            })
                        }
                    }
                }
            }
            LineKind::Row { labels, cells } => {
                if region == Region::Prose {
                    continue;
                }
                if !cur.cells.is_empty() {
                    flush(&mut out, region, &mut cur);
                }
                cur.texts
                    .extend(labels.iter().map(|l| (line.no, l.clone())));
                cur.cells = cells
                    .iter()
                    .map(|c| CellItem {
                        raw: c.clone(),
                        val: parse_cell(c),
                        line: line.no,
                        lone: false,
                    })
                    .collect();
                cur.exact = true;
                flush(&mut out, region, &mut cur);
            }
        }
    }
    flush(&mut out, region, &mut cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_markers() {
        for s in [
            "- 3 -",
            "—3—",
            "第3页",
            "第 3 页 共 12 页",
            "3/12",
            "－ 12 －",
        ] {
            assert!(is_page_marker(s), "{s}");
        }
        for s in ["3", "行政许可", "2019-12"] {
            assert!(!is_page_marker(s), "{s}");
        }
    }

    #[test]
    fn headings() {
        assert_eq!(
            section_heading("二、主动公开政府信息情况"),
            Some(Region::T1)
        );
        assert_eq!(
            section_heading("## 四、政府信息公开行政复议、行政诉讼情况"),
            Some(Region::T3)
        );
        assert_eq!(section_heading("四、结转下年度继续办理"), None);
        assert_eq!(section_heading("三、本年度办理结果"), None);
    }

    #[test]
    fn tab_rows_keep_their_blank_cells() {
        let lines = text_lines(
            "（一）予以公开\t258\t12\t\t\t1\t1\t\n标题\n|---|---|\n| 规章 | 13 | | 524 |",
        );
        assert_eq!(
            lines[0].kind,
            LineKind::Row {
                labels: vec!["（一）予以公开".into()],
                cells: vec!["258", "12", "", "", "1", "1", ""]
                    .into_iter()
                    .map(String::from)
                    .collect()
            }
        );
        assert_eq!(lines[1].kind, LineKind::Plain("标题".into()));
        assert_eq!(lines[2].no, 4);
        assert_eq!(
            lines[2].kind,
            LineKind::Row {
                labels: vec!["规章".into()],
                cells: vec!["13".into(), "".into(), "524".into()]
            }
        );
    }

    #[test]
    fn flattened_lines_split_labels_numbers_and_damage() {
        let recs = records(&text_lines(
            "（一）予以公开258 12 1 1\n政府集中采购 6 251000 元\n（二）部分公开 3 O 0\n",
        ));
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[0].1.texts[0].1, "（一）予以公开");
        assert_eq!(recs[0].1.raw_cells(), ["258", "12", "1", "1"]);
        assert_eq!(recs[1].1.raw_cells(), ["6", "251000 元"]);
        assert_eq!(recs[2].1.cells[1].val, CellVal::Bad);
    }
}
