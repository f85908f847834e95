//! Table 1 (proactive disclosure) in its 2019 or 2021 edition: rows found by their labels.

use crate::report::model::{
    DocumentsRow2019, DocumentsRow2021, ItemsRow2019, Procurement2019, Table1, Table1Edition2019,
    Table1Edition2021,
};
use crate::report::number::{Decimal, Figure, Qualifier};

use super::labels::{table1_label, T1_HEADINGS_2019, T1_HEADINGS_2021, T1_ROWS};
use super::norm::{
    as_count, as_decimal, ends_with, ends_with_prefix, norm_chars, quality, CellVal, Quality,
};
use super::place::{fit, raw, Ctx, Sink};
use super::source::Record;
use super::{NoteKind, Reason, RowId, Table1Row, TableId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edition {
    E2019,
    E2021,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Count,
    /// 本年增/减: a signed decimal.
    Change,
    /// 采购总金额: a figure with its unit.
    Amount,
    /// 本年收费金额 in 万元.
    WanYuan,
}

fn shape(row: Table1Row, ed: Edition) -> Option<&'static [Kind]> {
    use Kind::*;
    use Table1Row::*;
    Some(match (ed, row) {
        (_, Regulations | NormativeDocuments) => &[Count, Count, Count],
        (Edition::E2019, Licensing | OtherManagementServices | Penalty | Coercion) => {
            &[Count, Change, Count]
        }
        (Edition::E2019, Fees) => &[Count, Change],
        (Edition::E2019, Procurement) => &[Count, Amount],
        (Edition::E2021, Licensing | Penalty | Coercion) => &[Count],
        (Edition::E2021, Fees) => &[WanYuan],
        (Edition::E2021, OtherManagementServices | Procurement) => return None,
    })
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Count(Option<u64>),
    Dec(Option<Decimal>),
    Amount(Option<Figure>),
}

fn convert(kind: Kind, val: &CellVal, raw: &str) -> Result<Value, ()> {
    Ok(match kind {
        Kind::Count => Value::Count(as_count(val)?),
        Kind::Change => Value::Dec(as_decimal(val, None)?),
        Kind::WanYuan => Value::Dec(as_decimal(val, Some("万元"))?),
        Kind::Amount => match val {
            CellVal::Blank => Value::Amount(None),
            CellVal::Num { value, unit } if matches!(unit, None | Some("元" | "万元" | "亿元")) =>
            {
                if value.is_negative() {
                    return Err(());
                }
                Value::Amount(Some(Figure {
                    value: *value,
                    qualifier: Qualifier::Exact,
                    unit: unit.map(String::from),
                    printed: unit.map(|_| raw.trim().to_string()),
                }))
            }
            _ => return Err(()),
        },
    })
}

/// The row whose label ends `s`: the label, how well it matched, and where it starts.
fn row_at_end(s: &[char]) -> Option<(Table1Row, Quality, usize)> {
    let mut best: Option<(usize, usize, Table1Row, usize)> = None;
    for (row, label) in T1_ROWS {
        let l: Vec<char> = label.chars().collect();
        if let Some((d, start)) = ends_with(s, &l) {
            if best.is_none_or(|(bd, bl, _, _)| d < bd || (d == bd && l.len() > bl)) {
                best = Some((d, l.len(), row, start));
            }
        }
    }
    let full = best.map(|(d, _, row, start)| {
        (
            row,
            Quality {
                prefix: false,
                dist: d,
            },
            start,
        )
    });
    if full.is_some_and(|f| f.1.dist == 0) {
        return full;
    }
    // The beginning of a label, exactly, rather than the whole label with typos: its rest
    // follows the numbers ("其他对外管理服务 0 0 0" then "事项").
    let mut best: Option<(usize, Table1Row, usize, usize)> = None;
    for (row, label) in T1_ROWS {
        let l: Vec<char> = label.chars().collect();
        if let Some((d, start)) = ends_with_prefix(s, &l) {
            let len = s.len() - start;
            if best.is_none_or(|(bl, ..)| len > bl) {
                best = Some((len, row, start, d));
            }
        }
    }
    let prefix = best.map(|(_, row, start, d)| {
        (
            row,
            Quality {
                prefix: true,
                dist: d,
            },
            start,
        )
    });
    match (full, prefix) {
        (Some(f), Some(p)) if p.1.dist == 0 && p.2 <= f.2 => Some(p),
        (Some(f), _) => Some(f),
        (None, p) => p,
    }
}

pub(crate) fn recognises(rec: &Record) -> bool {
    row_at_end(&rec.norm()).is_some()
}

/// Evidence for the edition: (2019, 2021) counts of column headings found, then of row
/// shapes (rows only the 2019 edition has; the number of cells of 行政许可 and the like).
pub(crate) fn evidence(recs: &[&Record]) -> ([usize; 2], [usize; 2], Vec<&'static str>) {
    let all: String = recs.iter().flat_map(|r| r.norm()).collect();
    let mut found = Vec::new();
    let mut headings = [0, 0];
    for (i, list) in [&T1_HEADINGS_2019[..], &T1_HEADINGS_2021[..]]
        .iter()
        .enumerate()
    {
        for h in list.iter() {
            if all.contains(h) {
                headings[i] += 1;
                found.push(*h);
            }
        }
    }
    let mut shapes = [0, 0];
    for rec in recs {
        let Some((row, _, _)) = row_at_end(&rec.norm()) else {
            continue;
        };
        let n = rec.cells.iter().filter(|c| !c.lone).count();
        match (row, n) {
            (Table1Row::OtherManagementServices | Table1Row::Procurement, _) => shapes[0] += 1,
            (Table1Row::Licensing | Table1Row::Penalty | Table1Row::Coercion, 3) => shapes[0] += 1,
            (Table1Row::Licensing | Table1Row::Penalty | Table1Row::Coercion, 1) => shapes[1] += 1,
            (Table1Row::Fees, 2) => shapes[0] += 1,
            (Table1Row::Fees, 1) => shapes[1] += 1,
            _ => {}
        }
    }
    (headings, shapes, found)
}

pub(crate) fn place(recs: &[&Record], ed: Edition, ctx: &mut Ctx) -> Option<Table1> {
    let table = Some(TableId::Table1);
    let mut sink: Sink<Vec<Value>> = Sink::new(TableId::Table1);
    let mut prev_prefix: Option<(Table1Row, Vec<char>)> = None;
    for rec in recs {
        let s = rec.norm();
        let found = row_at_end(&s);
        let head_end = found.map_or(s.len(), |f| f.2);
        let mut head_start = 0;
        if let Some((row, sofar)) = prev_prefix.take() {
            // The rest of the previous label, printed after its numbers.
            // At most as long as the longest label.
            for k in (1..=head_end.min(12)).rev() {
                let joined: Vec<char> = sofar.iter().chain(&s[..k]).copied().collect();
                let whole = T1_ROWS.iter().filter(|r| r.0 == row).any(|r| {
                    let l: Vec<char> = r.1.chars().collect();
                    quality(&joined, &l).is_some_and(|q| !q.prefix)
                });
                if whole {
                    head_start = k;
                    break;
                }
            }
        }
        // Rows named, each in a cell or word of its own, before the label that has the
        // cells: printed without any number.
        let mut offset = 0;
        for (line, word) in &rec.texts {
            let w = norm_chars(word);
            let (from, to) = (offset, offset + w.len());
            offset = to;
            if from < head_start || to > head_end {
                continue;
            }
            let Some(row) = T1_ROWS
                .iter()
                .find(|r| w == r.1.chars().collect::<Vec<_>>())
            else {
                continue;
            };
            if let Some(kinds) = shape(row.0, ed) {
                let id = RowId::Table1(row.0);
                sink.saw(id);
                let reason = Reason::WrongCellCount {
                    expected: kinds.len(),
                    found: 0,
                };
                ctx.unplaced(Some(*line), table, Some(id), (word.clone(), vec![]), reason);
            }
        }
        let Some((row, q, start)) = found else {
            if rec.has_value() {
                let found = (rec.last_text(), rec.raw_cells());
                ctx.unplaced(Some(rec.line()), table, None, found, Reason::UnknownLabel);
            }
            continue;
        };
        prev_prefix = q.prefix.then(|| (row, s[start..].to_vec()));
        let id = RowId::Table1(row);
        let (label, line) = rec.raw_from(start);
        let Some(kinds) = shape(row, ed) else {
            sink.saw(id);
            let found = (label, rec.raw_cells());
            ctx.unplaced(Some(line), table, Some(id), found, Reason::NotInEdition);
            continue;
        };
        if q.dist > 0 {
            ctx.note(
                Some(line),
                NoteKind::LabelRead,
                format!("\"{label}\" read as {}", table1_label(row)),
            );
        }
        let cells = match fit(Some(rec), kinds.len(), ctx) {
            Ok(c) => c,
            Err(found) => {
                sink.saw(id);
                let reason = Reason::WrongCellCount {
                    expected: kinds.len(),
                    found: found.len(),
                };
                ctx.unplaced(Some(line), table, Some(id), (label, found), reason);
                continue;
            }
        };
        let mut values = Vec::new();
        for (i, (kind, c)) in kinds.iter().zip(&cells).enumerate() {
            match convert(*kind, &c.val, &c.raw) {
                Ok(v) => values.push(v),
                Err(()) => {
                    let reason = Reason::BadCell {
                        column: i,
                        text: c.raw.clone(),
                    };
                    break_bad(
                        ctx,
                        &mut sink,
                        id,
                        line,
                        (label.clone(), raw(&cells)),
                        reason,
                    );
                    break;
                }
            }
        }
        if values.len() == kinds.len() {
            sink.offer(ctx, id, line, (label, raw(&cells)), values);
        }
    }
    if sink.seen.is_empty() {
        return None;
    }
    let seen = sink.seen.clone();
    let mut rows: std::collections::BTreeMap<RowId, Vec<Value>> = sink.into_rows().collect();
    let mut take = |row: Table1Row| -> Vec<Value> {
        let id = RowId::Table1(row);
        if let Some(v) = rows.remove(&id) {
            return v;
        }
        let kinds = shape(row, ed).unwrap_or(&[]);
        if !seen.contains(&id) {
            ctx.unplaced(
                None,
                table,
                Some(id),
                Default::default(),
                Reason::MissingRow,
            );
        }
        ctx.note(
            None,
            NoteKind::Placeholder,
            format!(
                "{}: table 1 row {} was not read; its cells are left blank",
                id.key(),
                table1_label(row)
            ),
        );
        kinds
            .iter()
            .map(|k| match k {
                Kind::Count => Value::Count(None),
                Kind::Change | Kind::WanYuan => Value::Dec(None),
                Kind::Amount => Value::Amount(None),
            })
            .collect()
    };
    let c = |v: &Value| match v {
        Value::Count(c) => *c,
        _ => None,
    };
    let d = |v: &Value| match v {
        Value::Dec(d) => *d,
        _ => None,
    };
    Some(match ed {
        Edition::E2019 => {
            let docs = |v: Vec<Value>| DocumentsRow2019 {
                made: c(&v[0]),
                published: c(&v[1]),
                total_public: c(&v[2]),
            };
            let items = |v: Vec<Value>| ItemsRow2019 {
                previous_items: c(&v[0]),
                change: d(&v[1]),
                decisions: v.get(2).and_then(c),
            };
            let regulations = docs(take(Table1Row::Regulations));
            let normative_documents = docs(take(Table1Row::NormativeDocuments));
            let licensing = items(take(Table1Row::Licensing));
            let other_management_services = items(take(Table1Row::OtherManagementServices));
            let penalty = items(take(Table1Row::Penalty));
            let coercion = items(take(Table1Row::Coercion));
            let fees = items(take(Table1Row::Fees));
            let p = take(Table1Row::Procurement);
            Table1::Edition2019(Table1Edition2019 {
                regulations,
                normative_documents,
                licensing,
                other_management_services,
                penalty,
                coercion,
                fees,
                procurement: Procurement2019 {
                    projects: c(&p[0]),
                    amount: match &p[1] {
                        Value::Amount(a) => a.clone(),
                        _ => None,
                    },
                },
            })
        }
        Edition::E2021 => {
            let docs = |v: Vec<Value>| DocumentsRow2021 {
                made: c(&v[0]),
                abolished: c(&v[1]),
                in_force: c(&v[2]),
            };
            let regulations = docs(take(Table1Row::Regulations));
            let normative_documents = docs(take(Table1Row::NormativeDocuments));
            let licensing_decisions = c(&take(Table1Row::Licensing)[0]);
            let penalty_decisions = c(&take(Table1Row::Penalty)[0]);
            let coercion_decisions = c(&take(Table1Row::Coercion)[0]);
            let fees_wan_yuan = d(&take(Table1Row::Fees)[0]);
            Table1::Edition2021(Table1Edition2021 {
                regulations,
                normative_documents,
                licensing_decisions,
                penalty_decisions,
                coercion_decisions,
                fees_wan_yuan,
            })
        }
    })
}

fn break_bad(
    ctx: &mut Ctx,
    sink: &mut Sink<Vec<Value>>,
    id: RowId,
    line: usize,
    found: (String, Vec<String>),
    reason: Reason,
) {
    sink.saw(id);
    ctx.unplaced(Some(line), Some(TableId::Table1), Some(id), found, reason);
}
