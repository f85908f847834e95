//! Table 2: rows found by their numbering (一、 （一） 1.) and their labels.

use crate::report::model::{Table2, Table2Row};

use super::labels::{cn_numeral_value, table2_label, T2_GROUPS, T2_RESULTS, T2_SUBS, T2_TOP};
use super::norm::{ends_with, half, is_space, norm_chars, quality, Quality};
use super::place::{fit, raw, Ctx, Sink};
use super::source::Record;
use super::{NoteKind, Reason, RowId, TableId};

/// The numbering a row label starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// 一、 二、 三、 四、
    Top(u8),
    /// （一）…（七）
    Group(u8),
    /// 1. 2、 (3)
    Sub(u8),
}

/// The marker starting at `i` in half-width text, and its length.
pub(crate) fn marker_at(chars: &[char], i: usize) -> Option<(Marker, usize)> {
    let c = *chars.get(i)?;
    let prev = i.checked_sub(1).map(|p| chars[p]);
    let next = chars.get(i + 1).copied();
    if let Some(n) = cn_numeral_value(c).filter(|n| *n >= 1) {
        if next == Some('、') && prev.and_then(cn_numeral_value).is_none() {
            return Some((Marker::Top(n), 2));
        }
    }
    if c == '(' && chars.get(i + 2) == Some(&')') {
        if let Some(n) = next.and_then(cn_numeral_value).filter(|n| *n >= 1) {
            return Some((Marker::Group(n), 3));
        }
        if let Some(d) = next.and_then(|n| n.to_digit(10)) {
            return Some((Marker::Sub(d as u8), 3));
        }
    }
    if c.is_ascii_digit() && prev.is_none_or(|p| !p.is_ascii_digit() && p != '.') {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let after = chars.get(i + digits).copied();
        let then = chars.get(i + digits + 1).copied();
        if digits <= 2
            && matches!(after, Some('.') | Some('、'))
            && then.is_some_and(|t| !t.is_ascii_digit())
        {
            let n: String = chars[i..i + digits].iter().collect();
            return Some((Marker::Sub(n.parse().ok()?), digits + 1));
        }
    }
    None
}

/// A stretch of label text starting at a marker (or the text before the first marker).
struct Piece {
    marker: Option<Marker>,
    /// The label without its marker, for comparison.
    text: Vec<char>,
    /// As printed, marker included, spaces left out.
    raw: String,
    line: usize,
    /// The first piece of its record.
    first: bool,
    /// Index of the record whose cells belong to this piece.
    cells: Option<usize>,
    m: PM,
}

/// What a piece is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum PM {
    Leaf(Table2Row, Quality),
    /// A group label followed by a row label without a number: "（三）不予公开 属于国家秘密".
    GroupLeaf(Table2Row, Quality),
    /// 三、本年度办理结果.
    Results,
    /// （三）不予公开, （四）无法提供, （五）不予处理.
    Group,
    /// （六）其他处理: one row, or the label over three.
    OtherMaybe(Quality),
    /// A marker with a label that is no row of the table.
    Unknown,
    /// Text without a marker: headings, the rest of the previous label, or an unnumbered label.
    Unmarked,
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn match_sub(
    n: Option<u8>,
    text: &[char],
    group: Option<u8>,
) -> Option<(Table2Row, Quality, bool)> {
    let mut found: Vec<(Quality, bool, Table2Row)> = T2_SUBS
        .iter()
        .filter(|s| group.is_none_or(|g| g == s.0))
        .filter_map(|&(_, k, row, label)| {
            let q = quality(text, &chars(label))?;
            let renumbered = n.is_some_and(|n| n != k);
            // A label printed in part must carry its own number.
            (!(renumbered && q.prefix)).then_some((q, renumbered, row))
        })
        .collect();
    found.sort_by_key(|f| (f.0, f.1));
    match found.as_slice() {
        [] => None,
        [a, b, ..] if (a.0, a.1) == (b.0, b.1) => None,
        [a, ..] => Some((a.2, a.0, a.1)),
    }
}

fn match_piece(marker: Option<Marker>, text: &[char]) -> PM {
    let q = |label: &str| quality(text, &chars(label));
    match marker {
        None => PM::Unmarked,
        Some(Marker::Top(3)) if q(T2_RESULTS).is_some_and(|q| !q.prefix) => PM::Results,
        Some(Marker::Top(n)) => T2_TOP
            .iter()
            .filter(|t| t.0 == n)
            .find_map(|t| q(t.2).map(|qq| PM::Leaf(t.1, qq)))
            .unwrap_or(PM::Unknown),
        Some(Marker::Group(n)) => {
            let Some(&(_, row, label)) = T2_GROUPS.iter().find(|g| g.0 == n) else {
                return PM::Unknown;
            };
            let l = chars(label);
            if (3..=6).contains(&n) && text.len() > l.len() && text[..l.len()] == l[..] {
                if let Some((row, qq, _)) = match_sub(None, &text[l.len()..], Some(n)) {
                    return PM::GroupLeaf(row, qq);
                }
            }
            match (row, quality(text, &l)) {
                (_, None) => PM::Unknown,
                (Some(Table2Row::OtherHandling), Some(qq)) => PM::OtherMaybe(qq),
                (Some(row), Some(qq)) => PM::Leaf(row, qq),
                (None, Some(qq)) if !qq.prefix => PM::Group,
                (None, Some(_)) => PM::Unknown,
            }
        }
        Some(Marker::Sub(n)) => match match_sub(Some(n), text, None) {
            Some((row, qq, _)) => PM::Leaf(row, qq),
            None => PM::Unknown,
        },
    }
}

/// A row label without numbering at the end of `text` (labels of four characters or more).
fn unmarked_leaf(text: &[char]) -> Option<(Table2Row, Quality)> {
    let labels = T2_TOP
        .iter()
        .map(|t| (t.1, t.2))
        .chain(T2_GROUPS.iter().filter_map(|g| g.1.map(|r| (r, g.2))))
        .chain(T2_SUBS.iter().map(|s| (s.2, s.3)));
    let mut best: Option<(usize, usize, Table2Row)> = None;
    for (row, label) in labels {
        let l = chars(label);
        if l.len() < 4 {
            continue;
        }
        if let Some((d, _)) = ends_with(text, &l) {
            if best.is_none_or(|(bd, bl, _)| d < bd || (d == bd && l.len() > bl)) {
                best = Some((d, l.len(), row));
            }
        }
    }
    best.map(|(d, _, row)| {
        (
            row,
            Quality {
                prefix: false,
                dist: d,
            },
        )
    })
}

fn pieces(rec: &Record, index: usize) -> Vec<Piece> {
    let all: Vec<(char, char, usize)> = rec
        .texts
        .iter()
        .flat_map(|(line, t)| {
            t.chars()
                .filter(|c| !is_space(*c))
                .map(move |c| (c, half(c), *line))
        })
        .collect();
    let halfs: Vec<char> = all.iter().map(|a| a.1).collect();
    let mut starts: Vec<(usize, Option<(Marker, usize)>)> = Vec::new();
    let mut i = 0;
    while i < halfs.len() {
        match marker_at(&halfs, i) {
            Some((m, len)) => {
                starts.push((i, Some((m, len))));
                i += len;
            }
            None => {
                if starts.is_empty() {
                    starts.push((0, None));
                }
                i += 1;
            }
        }
    }
    let mut out: Vec<Piece> = Vec::new();
    for (k, &(start, marker)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(halfs.len(), |s| s.0);
        let body = start + marker.map_or(0, |m| m.1);
        let text = norm_chars(&halfs[body..end].iter().collect::<String>());
        let marker = marker.map(|m| m.0);
        out.push(Piece {
            marker,
            m: match_piece(marker, &text),
            text,
            raw: all[start..end].iter().map(|a| a.0).collect(),
            line: all[start].2,
            first: k == 0,
            cells: None,
        });
    }
    if out.is_empty() && !rec.cells.is_empty() {
        out.push(Piece {
            marker: None,
            text: Vec::new(),
            raw: String::new(),
            line: rec.line(),
            first: true,
            cells: None,
            m: PM::Unmarked,
        });
    }
    if !rec.cells.is_empty() {
        let target = out
            .iter()
            .rposition(|p| !matches!(p.m, PM::Results | PM::Group))
            .unwrap_or(out.len() - 1);
        out[target].cells = Some(index);
    }
    out
}

/// Whether a record looks like a row of table 2 (used before any heading is seen).
pub(crate) fn recognises(rec: &Record) -> bool {
    pieces(rec, 0).iter().any(|p| match p.m {
        PM::Leaf(..) | PM::GroupLeaf(..) | PM::OtherMaybe(_) | PM::Results | PM::Group => true,
        PM::Unmarked => p.cells.is_some() && unmarked_leaf(&p.text).is_some(),
        PM::Unknown => false,
    })
}

type Row7 = [Option<u64>; 7];

pub(crate) fn place(recs: &[&Record], ctx: &mut Ctx) -> Option<Table2> {
    let table = Some(TableId::Table2);
    let mut sink: Sink<Row7> = Sink::new(TableId::Table2);
    let all: Vec<Piece> = recs
        .iter()
        .enumerate()
        .flat_map(|(i, r)| pieces(r, i))
        .collect();
    let mut prev_prefix: Option<(Table2Row, Vec<char>)> = None;
    for (k, p) in all.iter().enumerate() {
        let rec = p.cells.map(|i| recs[i]);
        let (row, q) = match p.m {
            PM::Leaf(row, q) | PM::GroupLeaf(row, q) => (row, q),
            PM::OtherMaybe(q) => {
                let group = rec.is_none()
                    && all
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.marker, Some(Marker::Sub(_))));
                if group {
                    prev_prefix = None;
                    continue;
                }
                (Table2Row::OtherHandling, q)
            }
            PM::Unmarked => {
                if p.first {
                    if let Some((row, sofar)) = prev_prefix.take() {
                        // The rest of the previous label, printed after its numbers.
                        let joined: Vec<char> = sofar.iter().chain(&p.text).copied().collect();
                        if let Some(q) = quality(&joined, &bare_label(row)) {
                            if q.prefix {
                                prev_prefix = Some((row, joined));
                            }
                            if rec.is_none() {
                                continue;
                            }
                        }
                    }
                }
                match rec.and_then(|_| unmarked_leaf(&p.text)) {
                    Some(found) => found,
                    None => {
                        if let Some(r) = rec.filter(|r| r.has_value()) {
                            ctx.unplaced(
                                Some(r.line()),
                                table,
                                None,
                                (p.raw.clone(), r.raw_cells()),
                                Reason::UnknownLabel,
                            );
                        }
                        continue;
                    }
                }
            }
            PM::Unknown | PM::Results | PM::Group => {
                prev_prefix = None;
                if let Some(r) = rec.filter(|r| r.has_value()) {
                    ctx.unplaced(
                        Some(p.line),
                        table,
                        None,
                        (p.raw.clone(), r.raw_cells()),
                        Reason::UnknownLabel,
                    );
                }
                continue;
            }
        };
        prev_prefix = q.prefix.then(|| (row, p.text.clone()));
        let id = RowId::Table2(row);
        if q.dist > 0 {
            ctx.note(
                Some(p.line),
                NoteKind::LabelRead,
                format!("\"{}\" read as {}", p.raw, table2_label(row)),
            );
        }
        if let Some(Marker::Sub(n)) = p.marker {
            if let Some(s) = T2_SUBS.iter().find(|s| s.2 == row && s.1 != n) {
                ctx.note(
                    Some(p.line),
                    NoteKind::LabelRead,
                    format!(
                        "\"{}\" is numbered {n}. in the report; the standard numbers it {}.",
                        p.raw, s.1
                    ),
                );
            }
        }
        let cells = match fit(rec, 7, ctx) {
            Ok(c) => c,
            Err(found) => {
                sink.saw(id);
                let reason = Reason::WrongCellCount {
                    expected: 7,
                    found: found.len(),
                };
                ctx.unplaced(
                    Some(p.line),
                    table,
                    Some(id),
                    (p.raw.clone(), found),
                    reason,
                );
                continue;
            }
        };
        let mut row7: Row7 = [None; 7];
        let mut bad = None;
        for (i, c) in cells.iter().enumerate() {
            match super::norm::as_count(&c.val) {
                Ok(v) => row7[i] = v,
                Err(()) => {
                    bad = Some(i);
                    break;
                }
            }
        }
        if let Some(i) = bad {
            sink.saw(id);
            let reason = Reason::BadCell {
                column: i,
                text: cells[i].raw.clone(),
            };
            ctx.unplaced(
                Some(p.line),
                table,
                Some(id),
                (p.raw.clone(), raw(&cells)),
                reason,
            );
            continue;
        }
        sink.offer(ctx, id, p.line, (p.raw.clone(), raw(&cells)), row7);
    }
    finish(sink, ctx)
}

/// The label of `row` without its group and numbering, as compared.
fn bare_label(row: Table2Row) -> Vec<char> {
    let label = T2_TOP
        .iter()
        .find(|t| t.1 == row)
        .map(|t| t.2)
        .or_else(|| T2_GROUPS.iter().find(|g| g.1 == Some(row)).map(|g| g.2))
        .or_else(|| T2_SUBS.iter().find(|s| s.2 == row).map(|s| s.3))
        .unwrap_or("");
    chars(label)
}

fn finish(mut sink: Sink<Row7>, ctx: &mut Ctx) -> Option<Table2> {
    let table = Some(TableId::Table2);
    if sink.seen.is_empty() {
        return None;
    }
    let three = Table2Row::ALL
        .iter()
        .filter(|r| r.is_three_row_other())
        .any(|r| sink.seen.contains(&RowId::Table2(*r)));
    if three && sink.contains(RowId::Table2(Table2Row::OtherHandling)) {
        if let Some((line, _, found)) = sink.remove(RowId::Table2(Table2Row::OtherHandling)) {
            let id = Some(RowId::Table2(Table2Row::OtherHandling));
            ctx.unplaced(Some(line), table, id, found, Reason::ConflictingShape);
        }
    }
    for row in Table2Row::ALL {
        let id = RowId::Table2(row);
        if sink.seen.contains(&id) {
            continue;
        }
        let expected = match row {
            Table2Row::OtherHandling => !three,
            r if r.is_three_row_other() => three,
            _ => true,
        };
        if expected {
            ctx.unplaced(
                None,
                table,
                Some(id),
                Default::default(),
                Reason::MissingRow,
            );
        }
    }
    Some(Table2 {
        rows: sink
            .into_rows()
            .filter_map(|(k, v)| match k {
                RowId::Table2(r) => Some((r, v)),
                _ => None,
            })
            .collect(),
    })
}
