//! Table 3 (reconsideration and litigation): three rows of five cells, or one row of fifteen
//! under a two-level heading.

use crate::report::model::{AppealBlock, Table3};

use super::labels::{table3_label, T3_BLOCKS};
use super::norm::{as_count, ends_with, Quality};
use super::place::{fit, raw, Ctx, Sink};
use super::source::{CellItem, Record};
use super::{NoteKind, Reason, RowId, TableId};

type Row5 = [Option<u64>; 5];

fn block_at_end(s: &[char]) -> Option<(AppealBlock, Quality, usize)> {
    let mut best: Option<(usize, usize, AppealBlock, usize)> = None;
    for (block, label) in T3_BLOCKS {
        let l: Vec<char> = label.chars().collect();
        if let Some((d, start)) = ends_with(s, &l) {
            if best.is_none_or(|(bd, bl, _, _)| d < bd || (d == bd && l.len() > bl)) {
                best = Some((d, l.len(), block, start));
            }
        }
    }
    best.map(|(d, _, b, start)| {
        (
            b,
            Quality {
                prefix: false,
                dist: d,
            },
            start,
        )
    })
}

/// The heading of the fifteen-column layout: at least two of the blocks named, or the five
/// results named more than once.
fn wide_heading(s: &[char]) -> bool {
    let s: String = s.iter().collect();
    let blocks = ["行政复议", "直接起诉", "复议后起诉"]
        .iter()
        .filter(|b| s.contains(**b))
        .count();
    blocks >= 2 || s.matches("结果维持").count() >= 2
}

pub(crate) fn recognises(rec: &Record) -> bool {
    let s = rec.norm();
    block_at_end(&s).is_some() || (wide_heading(&s) && !rec.cells.is_empty())
}

fn counts(cells: &[&CellItem]) -> Result<Vec<Option<u64>>, usize> {
    cells
        .iter()
        .enumerate()
        .map(|(i, c)| as_count(&c.val).map_err(|()| i))
        .collect()
}

pub(crate) fn place(recs: &[&Record], in_section: bool, ctx: &mut Ctx) -> Option<Table3> {
    let table = Some(TableId::Table3);
    let mut sink: Sink<Row5> = Sink::new(TableId::Table3);
    for rec in recs {
        let s = rec.norm();
        let end = block_at_end(&s);
        let wide = wide_heading(&s) || (in_section && s.is_empty());
        if let Some((block, q, start)) = end {
            if let Ok(cells) = fit(Some(rec), 5, &mut Ctx::default()) {
                let (label, line) = rec.raw_from(start);
                let cells = fit(Some(rec), 5, ctx).unwrap_or(cells);
                if q.dist > 0 {
                    let message = format!("\"{label}\" read as {}", table3_label(block));
                    ctx.note(Some(line), NoteKind::LabelRead, message);
                }
                offer(ctx, &mut sink, block, line, label, &cells);
                continue;
            }
        }
        if wide && !rec.cells.is_empty() {
            match fit(Some(rec), 15, ctx) {
                Ok(cells) => {
                    for (i, block) in AppealBlock::ALL.into_iter().enumerate() {
                        let part = &cells[i * 5..i * 5 + 5];
                        let label = table3_label(block).to_string();
                        offer(ctx, &mut sink, block, rec.line(), label, part);
                    }
                }
                Err(found) => {
                    let reason = Reason::WrongCellCount {
                        expected: 15,
                        found: found.len(),
                    };
                    let label = rec.last_text();
                    ctx.unplaced(Some(rec.line()), table, None, (label, found), reason);
                    for block in AppealBlock::ALL {
                        sink.saw(RowId::Table3(block));
                    }
                }
            }
            continue;
        }
        if let Some((block, _, start)) = end {
            let (label, line) = rec.raw_from(start);
            let id = RowId::Table3(block);
            sink.saw(id);
            let found = fit(Some(rec), 5, ctx).map_or_else(|f| f, |c| raw(&c));
            let reason = Reason::WrongCellCount {
                expected: 5,
                found: found.len(),
            };
            ctx.unplaced(Some(line), table, Some(id), (label, found), reason);
            continue;
        }
        if rec.has_value() {
            let found = (rec.last_text(), rec.raw_cells());
            ctx.unplaced(Some(rec.line()), table, None, found, Reason::UnknownLabel);
        }
    }
    if sink.seen.is_empty() {
        return None;
    }
    for block in AppealBlock::ALL {
        let id = RowId::Table3(block);
        if !sink.seen.contains(&id) {
            ctx.unplaced(
                None,
                table,
                Some(id),
                Default::default(),
                Reason::MissingRow,
            );
        }
    }
    Some(Table3 {
        blocks: sink
            .into_rows()
            .filter_map(|(k, v)| match k {
                RowId::Table3(b) => Some((b, v)),
                _ => None,
            })
            .collect(),
    })
}

fn offer(
    ctx: &mut Ctx,
    sink: &mut Sink<Row5>,
    block: AppealBlock,
    line: usize,
    label: String,
    cells: &[&CellItem],
) {
    let id = RowId::Table3(block);
    match counts(cells) {
        Ok(v) => {
            let mut row: Row5 = [None; 5];
            row.copy_from_slice(&v);
            sink.offer(ctx, id, line, (label, raw(cells)), row);
        }
        Err(i) => {
            sink.saw(id);
            let reason = Reason::BadCell {
                column: i,
                text: cells[i].raw.clone(),
            };
            let table = Some(TableId::Table3);
            ctx.unplaced(Some(line), table, Some(id), (label, raw(cells)), reason);
        }
    }
}
