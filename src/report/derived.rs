//! Figures derived from what a report states: computed percentages, totals the report left
//! blank (marked as computed), and the request balance.

use super::model::{
    AppealBlock, AppealResult, Breakdown, OutcomeGroup, Report, Table2, Table2Row, Table3,
};
use super::number::{Decimal, Qualifier};

/// A value as the dashboard shows it: printed by the report, computed from it, blank in the
/// report, or absent because the row itself is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Published(u64),
    Computed(u64),
    Blank,
    Missing,
}

impl Value {
    pub fn number(self) -> Option<u64> {
        match self {
            Value::Published(n) | Value::Computed(n) => Some(n),
            Value::Blank | Value::Missing => None,
        }
    }

    pub fn is_computed(self) -> bool {
        matches!(self, Value::Computed(_))
    }
}

pub const TOTAL_COLUMN: usize = 6;

/// Sums values, taking blanks as zero; `None` when every value is blank or missing, since
/// a sum of nothing is not a figure the report gives.
pub fn sum_present(values: impl IntoIterator<Item = Value>) -> Option<u64> {
    let mut any = false;
    let mut sum = 0u64;
    for v in values {
        if let Some(n) = v.number() {
            any = true;
            sum += n;
        }
    }
    any.then_some(sum)
}

impl Table2 {
    /// The cell as published.
    pub fn published(&self, row: Table2Row, column: usize) -> Value {
        match self.rows.get(&row) {
            None => Value::Missing,
            Some(cells) => match cells[column] {
                Some(n) => Value::Published(n),
                None => Value::Blank,
            },
        }
    }

    /// The cell as shown: the published value, or where the report left a total blank, the
    /// total computed from the cells it sums (blanks taken as zero), marked as computed.
    pub fn value(&self, row: Table2Row, column: usize) -> Value {
        let published = self.published(row, column);
        if published != Value::Blank {
            return published;
        }
        let computed = if column == TOTAL_COLUMN {
            sum_present((0..TOTAL_COLUMN).map(|c| self.value(row, c)))
        } else if row == Table2Row::Total {
            sum_present(self.leaf_rows().map(|r| self.published(r, column)))
        } else {
            None
        };
        computed.map_or(Value::Blank, Value::Computed)
    }

    /// The outcome rows present, in printed order.
    pub fn leaf_rows(&self) -> impl Iterator<Item = Table2Row> + '_ {
        Table2Row::ALL
            .into_iter()
            .filter(|r| r.group().is_some() && self.rows.contains_key(r))
    }

    /// The rows this table prints, in order: 其他处理 in whichever shape the report used.
    pub fn printed_rows(&self) -> Vec<Table2Row> {
        let three = self.rows.keys().any(|r| r.is_three_row_other());
        Table2Row::ALL
            .into_iter()
            .filter(|r| match r {
                Table2Row::OtherHandling => !three,
                r if r.is_three_row_other() => three,
                _ => true,
            })
            .collect()
    }

    /// A group subtotal for one column (the published table has none; this is computed).
    pub fn group_value(&self, group: OutcomeGroup, column: usize) -> Option<u64> {
        sum_present(
            self.leaf_rows()
                .filter(|r| r.group() == Some(group))
                .map(|r| self.value(r, column)),
        )
    }

    pub fn total(&self, row: Table2Row) -> Option<u64> {
        self.value(row, TOTAL_COLUMN).number()
    }
}

impl Table3 {
    pub fn published(&self, block: AppealBlock, result: AppealResult) -> Value {
        let index = AppealResult::ALL
            .iter()
            .position(|r| *r == result)
            .unwrap_or(0);
        match self.blocks.get(&block) {
            None => Value::Missing,
            Some(cells) => cells[index].map_or(Value::Blank, Value::Published),
        }
    }

    /// As published, or the block total computed from its parts when left blank.
    pub fn value(&self, block: AppealBlock, result: AppealResult) -> Value {
        let published = self.published(block, result);
        if published != Value::Blank || result != AppealResult::Total {
            return published;
        }
        sum_present(
            AppealResult::ALL[..4]
                .iter()
                .map(|r| self.published(block, *r)),
        )
        .map_or(Value::Blank, Value::Computed)
    }
}

/// The request balance of table 2 (总计 column): received + carried over = handled +
/// carried forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestBalance {
    pub received: Value,
    pub carried_over: Value,
    pub handled: Value,
    pub carried_forward: Value,
}

impl RequestBalance {
    pub fn of(table: &Table2) -> Self {
        RequestBalance {
            received: table.value(Table2Row::Received, TOTAL_COLUMN),
            carried_over: table.value(Table2Row::CarriedOver, TOTAL_COLUMN),
            handled: table.value(Table2Row::Total, TOTAL_COLUMN),
            carried_forward: table.value(Table2Row::CarriedForward, TOTAL_COLUMN),
        }
    }

    /// Requests disclosed in full or in part; `None` when either row is missing, since a
    /// missing row is not a zero.
    pub fn disclosed_in_full_or_part(table: &Table2) -> Option<u64> {
        let parts = [
            table.value(Table2Row::Disclosed, TOTAL_COLUMN),
            table.value(Table2Row::PartiallyDisclosed, TOTAL_COLUMN),
        ];
        if parts.contains(&Value::Missing) {
            return None;
        }
        sum_present(parts)
    }

    /// Whether every part of the balance is in the table (blank or not).
    pub fn complete(&self) -> bool {
        ![
            self.received,
            self.carried_over,
            self.handled,
            self.carried_forward,
        ]
        .contains(&Value::Missing)
    }
}

/// A breakdown item with its computed share of the total.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemShare {
    pub label: String,
    pub count: Option<i64>,
    pub stated_percent: Option<Decimal>,
    /// The share computed from the counts, at the precision the report printed (two places
    /// when it printed none).
    pub computed_percent: Option<Decimal>,
}

impl Breakdown {
    /// The total the shares are computed against: the stated total when it is exact,
    /// otherwise the sum of the items when all are exact.
    pub fn base_total(&self) -> Option<i64> {
        match &self.total {
            Some(t) if t.qualifier == Qualifier::Exact => t.exact_count(),
            Some(_) => None,
            None => self.items.iter().map(|i| i.count.exact_count()).sum(),
        }
    }

    pub fn shares(&self) -> Vec<ItemShare> {
        let total = self.base_total();
        self.items
            .iter()
            .map(|item| {
                let count = item.count.exact_count();
                let scale = item.stated_percent.map_or(2, |p| p.scale());
                let computed_percent = match (count, total) {
                    (Some(c), Some(t)) => Decimal::percentage(c, t, scale),
                    _ => None,
                };
                ItemShare {
                    label: item.label.clone(),
                    count,
                    stated_percent: item.stated_percent,
                    computed_percent,
                }
            })
            .collect()
    }
}

impl Report {
    pub fn figure(&self, id: &str) -> Option<&super::model::NamedFigure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// A made-up report for tests and benchmarks: its title or source note says SYNTHETIC.
    pub fn is_synthetic(&self) -> bool {
        self.title.contains("SYNTHETIC")
            || self
                .source
                .as_ref()
                .and_then(|s| s.note.as_deref())
                .is_some_and(|n| n.starts_with("SYNTHETIC"))
    }
}
