//! What the three tables share: fitting the cells found to the columns of a row, and keeping
//! the rows found, with duplicates and what could not be placed.

use std::collections::{BTreeMap, BTreeSet};

use super::norm::CellVal;
use super::source::{CellItem, Record};
use super::{Note, NoteKind, Reason, RowId, TableId, Unplaced};

#[derive(Default)]
pub(crate) struct Ctx {
    pub unplaced: Vec<Unplaced>,
    pub notes: Vec<Note>,
}

impl Ctx {
    pub fn unplaced(
        &mut self,
        line: Option<usize>,
        table: Option<TableId>,
        row: Option<RowId>,
        found: (String, Vec<String>),
        reason: Reason,
    ) {
        self.unplaced.push(Unplaced {
            line,
            table,
            row,
            label: found.0,
            cells: found.1,
            reason,
        });
    }

    pub fn note(&mut self, line: Option<usize>, kind: NoteKind, message: String) {
        self.notes.push(Note {
            line,
            kind,
            message,
        });
    }
}

/// The cells of a record fitted to a row of `expected` columns: a small number alone on its
/// line among cells printed on other lines is a page number and is dropped (with a note);
/// blank cells beyond the last column are dropped. `Err` with the cells found when their
/// number is not the number of columns.
pub(crate) fn fit<'a>(
    rec: Option<&'a Record>,
    expected: usize,
    ctx: &mut Ctx,
) -> Result<Vec<&'a CellItem>, Vec<String>> {
    let Some(rec) = rec else {
        return Err(Vec::new());
    };
    let mut cells: Vec<&CellItem> = rec.cells.iter().collect();
    if cells.iter().any(|c| c.lone) && cells.iter().any(|c| !c.lone) {
        for c in cells.iter().filter(|c| c.lone) {
            ctx.note(
                Some(c.line),
                NoteKind::PageNumber,
                format!(
                    "\"{}\" alone on its line, between rows, taken as a page number and left out",
                    c.raw
                ),
            );
        }
        cells.retain(|c| !c.lone);
    }
    while cells.len() > expected && cells.last().is_some_and(|c| c.val == CellVal::Blank) {
        cells.pop();
    }
    if cells.len() == expected {
        Ok(cells)
    } else {
        Err(cells.iter().map(|c| c.raw.clone()).collect())
    }
}

pub(crate) fn raw(cells: &[&CellItem]) -> Vec<String> {
    cells.iter().map(|c| c.raw.clone()).collect()
}

struct Entry<V> {
    line: usize,
    value: V,
    found: (String, Vec<String>),
}

/// The rows of one table as they are found.
pub(crate) struct Sink<V> {
    table: TableId,
    rows: BTreeMap<RowId, Entry<V>>,
    /// Rows found at all, placed or not.
    pub seen: BTreeSet<RowId>,
    /// Rows found twice with different cells, and where the first was.
    dropped: BTreeMap<RowId, usize>,
}

impl<V: PartialEq> Sink<V> {
    pub fn new(table: TableId) -> Self {
        Sink {
            table,
            rows: BTreeMap::new(),
            seen: BTreeSet::new(),
            dropped: BTreeMap::new(),
        }
    }

    /// Keeps a row. A row given twice with the same cells is kept once (the second is
    /// listed); with different cells neither is kept, since either could be the wrong one.
    pub fn offer(
        &mut self,
        ctx: &mut Ctx,
        row: RowId,
        line: usize,
        found: (String, Vec<String>),
        value: V,
    ) {
        self.seen.insert(row);
        let table = Some(self.table);
        if let Some(&first) = self.dropped.get(&row) {
            let reason = Reason::DuplicateRow {
                other_line: Some(first),
                same: false,
            };
            ctx.unplaced(Some(line), table, Some(row), found, reason);
            return;
        }
        match self.rows.get(&row) {
            Some(prev) if prev.value == value => {
                let reason = Reason::DuplicateRow {
                    other_line: Some(prev.line),
                    same: true,
                };
                ctx.unplaced(Some(line), table, Some(row), found, reason);
            }
            Some(_) => {
                let prev = self.rows.remove(&row).expect("present");
                self.dropped.insert(row, prev.line);
                let reason = |other| Reason::DuplicateRow {
                    other_line: Some(other),
                    same: false,
                };
                ctx.unplaced(Some(prev.line), table, Some(row), prev.found, reason(line));
                ctx.unplaced(Some(line), table, Some(row), found, reason(prev.line));
            }
            None => {
                self.rows.insert(row, Entry { line, value, found });
            }
        }
    }

    pub fn saw(&mut self, row: RowId) {
        self.seen.insert(row);
    }

    pub fn remove(&mut self, row: RowId) -> Option<(usize, V, (String, Vec<String>))> {
        self.rows.remove(&row).map(|e| (e.line, e.value, e.found))
    }

    pub fn contains(&self, row: RowId) -> bool {
        self.rows.contains_key(&row)
    }

    pub fn into_rows(self) -> impl Iterator<Item = (RowId, V)> {
        self.rows.into_iter().map(|(k, e)| (k, e.value))
    }
}
