//! A small, tolerant reader of the HTML of a report page: the text of the page as lines, and
//! each row of each table as a line of cells, in the order of the page. Scripts, styles and
//! comments are left out; row and column spans are followed to find each cell's column.
//! Layout tables (tables that hold a table) are read as text around their inner tables.

use super::norm::{parse_cell, CellVal};
use super::source::{split_fields, LineKind, SourceLine};

/// Elements whose start or end breaks the text into lines.
const BLOCKS: [&str; 29] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "center",
    "form",
    "caption",
    "title",
];

/// Elements whose content is not text of the page.
const SKIPPED: [&str; 6] = [
    "script", "style", "noscript", "template", "iframe", "object",
];

struct Cell {
    text: String,
    rowspan: usize,
    colspan: usize,
}

struct Row {
    line: usize,
    cells: Vec<Cell>,
}

#[derive(Default)]
struct Table {
    rows: Vec<Row>,
    open_cell: bool,
}

/// A piece of the page: text, or a start or end tag, with the line where it begins.
enum Ev<'a> {
    Text(String, usize),
    Start(String, &'a str, usize),
    End(String),
}

struct Reader {
    out: Vec<SourceLine>,
    plain: String,
    plain_line: usize,
    /// The data tables open, innermost last.
    tables: Vec<Table>,
}

impl Reader {
    fn flush_plain(&mut self) {
        let text = std::mem::take(&mut self.plain);
        let text = text.trim();
        if !text.is_empty() {
            self.out.push(SourceLine {
                no: self.plain_line,
                kind: LineKind::Plain(text.to_string()),
            });
        }
    }

    /// Where text goes: the open cell of the innermost table, or the page's text.
    fn text(&mut self, t: &str, line: usize) {
        if let Some(table) = self.tables.last_mut() {
            if table.open_cell {
                if let Some(cell) = table.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                    cell.text.push_str(t);
                    return;
                }
            }
        }
        if self.plain.trim().is_empty() && !t.trim().is_empty() {
            self.plain_line = line;
        }
        self.plain.push_str(t);
    }

    fn block_break(&mut self) {
        match self.tables.last_mut() {
            Some(table) if table.open_cell => {
                if let Some(cell) = table.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                    cell.text.push(' ');
                }
            }
            _ => self.flush_plain(),
        }
    }

    /// Emits the rows of a table that has ended, one line of cells per row.
    fn emit(&mut self, table: Table) {
        // Each cell's column, following the spans: `pending` counts, per column, the rows
        // still covered by a cell from a row above.
        let mut pending: Vec<usize> = Vec::new();
        let mut placed: Vec<(usize, Vec<(String, usize)>)> = Vec::new();
        for row in table.rows {
            let covered: Vec<bool> = pending.iter().map(|p| *p > 0).collect();
            for p in pending.iter_mut() {
                *p = p.saturating_sub(1);
            }
            let mut col = 0;
            let mut cells = Vec::new();
            for cell in row.cells {
                while covered.get(col).copied().unwrap_or(false) {
                    col += 1;
                }
                if pending.len() < col + cell.colspan {
                    pending.resize(col + cell.colspan, 0);
                }
                for p in &mut pending[col..col + cell.colspan] {
                    *p = (*p).max(cell.rowspan - 1);
                }
                cells.push((cell.text, col));
                col += cell.colspan;
            }
            placed.push((row.line, cells));
        }
        // The column where the values begin: most often, that of the first number of a row.
        let mut firsts: Vec<usize> = placed
            .iter()
            .filter_map(|(_, cells)| {
                cells
                    .iter()
                    .find(|(t, _)| matches!(parse_cell(t), CellVal::Num { .. }))
                    .map(|c| c.1)
            })
            .collect();
        firsts.sort_unstable();
        let value_start = firsts
            .chunk_by(|a, b| a == b)
            .max_by_key(|g| g.len())
            .map(|g| g[0]);
        for (line, cells) in placed {
            let kind = split_fields(&cells, value_start);
            self.out.push(SourceLine { no: line, kind });
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &str, line: usize) {
        match name {
            "table" => {
                self.flush_plain();
                self.tables.push(Table::default());
            }
            "tr" => match self.tables.last_mut() {
                Some(table) => {
                    table.open_cell = false;
                    table.rows.push(Row {
                        line,
                        cells: Vec::new(),
                    });
                }
                None => self.flush_plain(),
            },
            "td" | "th" => {
                let Some(table) = self.tables.last_mut() else {
                    self.text(" ", line);
                    return;
                };
                if table.rows.is_empty() {
                    table.rows.push(Row {
                        line,
                        cells: Vec::new(),
                    });
                }
                table.open_cell = true;
                let row = table.rows.last_mut().expect("a row");
                row.cells.push(Cell {
                    text: String::new(),
                    rowspan: span(attrs, "rowspan"),
                    colspan: span(attrs, "colspan"),
                });
            }
            _ if BLOCKS.contains(&name) => self.block_break(),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            "table" => {
                if let Some(table) = self.tables.pop() {
                    self.emit(table);
                }
            }
            "td" | "th" | "tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.open_cell = false;
                }
            }
            _ if BLOCKS.contains(&name) => self.block_break(),
            _ => {}
        }
    }
}

/// The value of a span attribute, 1 when absent or not a number, at most 1000.
fn span(attrs: &str, name: &str) -> usize {
    attr(attrs, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(1, |n| n.clamp(1, 1000))
}

fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let offset = attrs.len() - rest.len() + 1;
        let value = attrs[offset..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

/// Decodes character references: named ones a report page uses, and numeric ones.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len(), |e| e + 1);
        let name = &rest[1..end];
        let has_semi = rest[end..].starts_with(';');
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            n.and_then(char::from_u32)
        } else {
            match name {
                "nbsp" => Some('\u{a0}'),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if !has_semi => None,
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "hellip" => Some('…'),
                "middot" => Some('·'),
                "times" => Some('×'),
                "emsp" => Some('\u{2003}'),
                "ensp" => Some('\u{2002}'),
                "thinsp" => Some('\u{2009}'),
                "yen" => Some('¥'),
                "shy" | "zwj" | "zwnj" => Some('\u{200b}'),
                _ => None,
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + usize::from(has_semi)..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let n = needle.len();
    let bytes = hay.as_bytes();
    (from..bytes.len().saturating_sub(n - 1))
        .find(|&i| bytes[i..i + n].eq_ignore_ascii_case(needle.as_bytes()))
}

/// Reads the page into text, start tags and end tags. Comments, doctypes, and the content
/// of scripts and styles are left out; the title and the meta tags that name the article
/// and its date become text.
fn events(html: &str) -> Vec<Ev<'_>> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    let mut line = 1;
    let mut i = 0;
    let mut text_start = 0;
    let count_lines =
        |from: usize, to: usize| bytes[from..to].iter().filter(|b| **b == b'\n').count();
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            i += 1;
            continue;
        }
        if text_start < i {
            out.push(Ev::Text(decode_entities(&html[text_start..i]), line));
            line += count_lines(text_start, i);
        }
        if html[i..].starts_with("<!--") {
            let end = html[i + 4..]
                .find("-->")
                .map_or(bytes.len(), |e| i + 4 + e + 3);
            line += count_lines(i, end);
            i = end;
            text_start = i;
            continue;
        }
        // The tag, to its '>' outside quotes.
        let mut j = i + 1;
        let mut quote: Option<u8> = None;
        while j < bytes.len() {
            match (quote, bytes[j]) {
                (None, b'"' | b'\'') => quote = Some(bytes[j]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        let end = j.min(bytes.len());
        let tag = &html[i + 1..end];
        let tag_line = line;
        line += count_lines(i, end);
        i = (j + 1).min(bytes.len());
        text_start = i;
        if tag.starts_with(['!', '?']) {
            continue;
        }
        let closing = tag.starts_with('/');
        let tag = tag.trim_start_matches('/');
        let name_len = tag
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '-'))
            .unwrap_or(tag.len());
        let name = tag[..name_len].to_ascii_lowercase();
        let attrs = &tag[name_len..];
        if closing {
            out.push(Ev::End(name));
            continue;
        }
        if SKIPPED.contains(&name.as_str()) || name == "title" || name == "textarea" {
            let end = find_ci(html, i, &format!("</{name}")).unwrap_or(bytes.len());
            if name == "title" {
                out.push(Ev::Start("title".into(), "", tag_line));
                out.push(Ev::Text(decode_entities(&html[i..end]), tag_line));
                out.push(Ev::End("title".into()));
            }
            line += count_lines(i, end);
            i = html[end..].find('>').map_or(bytes.len(), |e| end + e + 1);
            text_start = i;
            continue;
        }
        if name == "meta" {
            let meta = attr(attrs, "name").unwrap_or_default().to_ascii_lowercase();
            if let Some(content) = attr(attrs, "content") {
                let content = decode_entities(&content);
                let text = match meta.as_str() {
                    "articletitle" => Some(content),
                    "pubdate" => Some(format!("发布日期：{content}")),
                    _ => None,
                };
                if let Some(text) = text {
                    out.push(Ev::Start("p".into(), "", tag_line));
                    out.push(Ev::Text(text, tag_line));
                    out.push(Ev::End("p".into()));
                }
            }
            continue;
        }
        out.push(Ev::Start(name, attrs, tag_line));
    }
    if text_start < bytes.len() {
        out.push(Ev::Text(decode_entities(&html[text_start..]), line));
    }
    out
}

/// The page as lines: text outside tables (one line per paragraph or line break), and one
/// line of cells per table row, with the 1-based line of the HTML where each begins. A table
/// that holds another table is layout: its cells are read as text of the page.
pub(crate) fn html_lines(html: &str) -> Vec<SourceLine> {
    let evs = events(html);
    // Which tables (numbered in order of their start) hold another table.
    let mut layout = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for ev in &evs {
        match ev {
            Ev::Start(n, _, _) if n == "table" => {
                if let Some(&outer) = open.last() {
                    layout[outer] = true;
                }
                open.push(layout.len());
                layout.push(false);
            }
            Ev::End(n) if n == "table" => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut r = Reader {
        out: Vec::new(),
        plain: String::new(),
        plain_line: 1,
        tables: Vec::new(),
    };
    // For each open table, whether it is layout.
    let mut stack: Vec<bool> = Vec::new();
    let mut count = 0;
    for ev in evs {
        match ev {
            Ev::Text(t, line) => r.text(&t, line),
            Ev::Start(n, attrs, line) => {
                if n == "table" {
                    let is_layout = layout[count];
                    count += 1;
                    stack.push(is_layout);
                    if is_layout {
                        r.block_break();
                        continue;
                    }
                } else if matches!(n.as_str(), "tr" | "td" | "th") && stack.last() == Some(&true) {
                    r.block_break();
                    continue;
                }
                r.start_tag(&n, attrs, line);
            }
            Ev::End(n) => {
                if n == "table" {
                    match stack.pop() {
                        Some(true) => {
                            r.block_break();
                            continue;
                        }
                        Some(false) => {}
                        None => continue,
                    }
                } else if matches!(n.as_str(), "tr" | "td" | "th") && stack.last() == Some(&true) {
                    r.block_break();
                    continue;
                }
                r.end_tag(&n);
            }
        }
    }
    while let Some(table) = r.tables.pop() {
        r.emit(table);
    }
    r.flush_plain();
    r.out
}

/// Whether the input is the HTML of a page rather than plain text.
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches('\u{feff}').trim_start();
    let lower: String = input
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    (head.starts_with('<') && !head.starts_with("<-"))
        || ["<table", "<html", "<!doctype", "<body", "<tr"]
            .iter()
            .any(|t| lower.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&nbsp;b&amp;c&#20013;&#x6587;&ldquo;x&rdquo;&bogus;"),
            "a\u{a0}b&c中文“x”&bogus;"
        );
        assert_eq!(decode_entities("&nbsp"), "\u{a0}");
    }

    #[test]
    fn spans_give_each_cell_its_column() {
        let html = r#"<p>二、主动公开</p>
<table border=1><tr><td rowspan="2" colspan=2>表头</td><td>列</td></tr>
<tr><td>行</td></tr>
<tr><td ROWSPAN=2>（三）不予公开</td><td><p><span>1.属于国家秘密</span></p></td><td>14</td></tr>
<tr><td>2.其他</td><td>&nbsp;</td></tr></table><script>var a = "<table>";</script><p>after</p>"#;
        let lines = html_lines(html);
        let kinds: Vec<_> = lines.iter().map(|l| (l.no, l.kind.clone())).collect();
        assert_eq!(kinds[0], (1, LineKind::Plain("二、主动公开".into())));
        assert_eq!(kinds[1], (2, LineKind::Plain("表头 列".into())));
        assert_eq!(kinds[2], (3, LineKind::Plain("行".into())));
        assert_eq!(
            kinds[3],
            (
                4,
                LineKind::Row {
                    labels: vec!["（三）不予公开".into(), "1.属于国家秘密".into()],
                    cells: vec!["14".into()]
                }
            )
        );
        assert_eq!(
            kinds[4],
            (
                5,
                LineKind::Row {
                    labels: vec!["2.其他".into()],
                    cells: vec!["".into()]
                }
            )
        );
        assert_eq!(kinds[5], (5, LineKind::Plain("after".into())));
        assert_eq!(kinds.len(), 6);
    }

    #[test]
    fn layout_tables_are_read_as_text_around_their_tables() {
        let html = "<table><tr><td><p>标题</p><table><tr><td>规章</td><td>13</td></tr></table><p>落款</p></td></tr></table>";
        let lines = html_lines(html);
        let kinds: Vec<_> = lines.into_iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            vec![
                LineKind::Plain("标题".into()),
                LineKind::Row {
                    labels: vec!["规章".into()],
                    cells: vec!["13".into()]
                },
                LineKind::Plain("落款".into()),
            ]
        );
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("  <table><tr><td>1</td></tr></table>"));
        assert!(!looks_like_html("一、总体情况\n规章 13 13 524"));
    }
}
