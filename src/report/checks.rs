//! The identities a correct report satisfies, checked. A failed check is a finding to show
//! the reader; it never stops the report from showing.

use super::derived::{sum_present, Value, TOTAL_COLUMN};
use super::model::{AppealBlock, AppealResult, Date, Report, Table1, Table2, Table2Row, Table3};
use super::number::{Decimal, Qualifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// I1: 一 + 二 = （七）总计 + 四, per column of table 2.
    RequestBalance,
    /// I2: （七）总计 = sum of the outcome rows, per column.
    OutcomesSumToTotal,
    /// I3: 总计 = sum of the six applicant columns, per row.
    ApplicantsSumToTotal,
    /// I4: each block of table 3, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    AppealsSumToTotal,
    /// I5: this year's 二、上年结转 = last year's 四、结转下年度, per column.
    CarriedOverMatchesLastYear,
    /// I6: 现行有效 = last year's 现行有效 + 制发 − 废止.
    DocumentsInForceFollowLastYear,
    /// Every row of the standard table is present.
    RowPresent,
    /// Free-form: stated parts add up to the stated total.
    PartsSumToTotal,
    /// Free-form: stated percentages match the counts at the printed precision.
    StatedPercentMatchesCount,
    /// Free-form: requests by channel add up to requests received.
    ChannelsSumToReceived,
    /// Free-form: the outcomes stated do not exceed the requests received.
    OutcomesWithinReceived,
    /// The report is dated after the period it reports on.
    DatedAfterPeriod,
}

impl Check {
    /// The identity's number in `annual-report-format.md`, where it has one.
    pub fn identity(self) -> Option<&'static str> {
        Some(match self {
            Check::RequestBalance => "I1",
            Check::OutcomesSumToTotal => "I2",
            Check::ApplicantsSumToTotal => "I3",
            Check::AppealsSumToTotal => "I4",
            Check::CarriedOverMatchesLastYear => "I5",
            Check::DocumentsInForceFollowLastYear => "I6",
            _ => return None,
        })
    }
}

/// Where a check applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A row of table 2; `column` is an index into `APPLICANT_COLUMNS`, `None` for the row.
    Table2 {
        row: Table2Row,
        column: Option<usize>,
    },
    /// A column of table 2.
    Table2Column {
        column: usize,
    },
    Table3 {
        block: AppealBlock,
    },
    /// Table 1, 规章 (`regulations`) or 规范性文件 (`normative_documents`).
    Table1Documents {
        row: &'static str,
    },
    /// A breakdown of proactive disclosure, and one of its items.
    Breakdown {
        index: usize,
        item: Option<usize>,
    },
    RequestChannels,
    RequestOutcomes,
    PublicationDate,
}

/// A quantity in a finding, formatted for the reader's language when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Quantity {
    Count(i64),
    Percent(Decimal),
    Date(Date),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Equal,
    AtMost,
    After,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Holds,
    Fails {
        relation: Relation,
        expected: Quantity,
        found: Quantity,
    },
    /// The row the check needs is missing from the table.
    RowMissing,
    /// Every cell involved is blank, so there is nothing to check.
    AllBlank,
    /// The report left the total blank; the dashboard computed it, so it cannot disagree.
    TotalComputed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub check: Check,
    pub place: Place,
    pub status: Status,
    /// Some cells involved were blank and were taken as zero.
    pub blanks_taken_as_zero: bool,
}

impl CheckResult {
    /// A failed identity, or a row missing from a table. A check that cannot be made
    /// because of that missing row is not a finding of its own: the missing row is.
    pub fn is_finding(&self) -> bool {
        match self.status {
            Status::Fails { .. } => true,
            Status::RowMissing => self.check == Check::RowPresent,
            _ => false,
        }
    }
}

/// Runs every check that applies to one report.
pub fn check_report(report: &Report) -> Vec<CheckResult> {
    let mut results = Vec::new();
    if let Some(t2) = &report.requests.table2 {
        check_table2(t2, &mut results);
    }
    if let Some(t3) = &report.appeals.table3 {
        check_table3(t3, &mut results);
    }
    check_breakdowns(report, &mut results);
    check_requests_text(report, &mut results);
    check_date(report, &mut results);
    results
}

/// Only the findings: the checks that fail.
pub fn findings(report: &Report) -> Vec<CheckResult> {
    check_report(report)
        .into_iter()
        .filter(CheckResult::is_finding)
        .collect()
}

fn compare(
    check: Check,
    place: Place,
    expected: Option<u64>,
    found: Option<u64>,
    blanks: bool,
) -> CheckResult {
    let status = match (expected, found) {
        (None, None) => Status::AllBlank,
        // One side blank and the other not: the blank side is taken as zero.
        (e, f) => {
            let (e, f) = (e.unwrap_or(0), f.unwrap_or(0));
            if e == f {
                Status::Holds
            } else {
                Status::Fails {
                    relation: Relation::Equal,
                    expected: Quantity::Count(e as i64),
                    found: Quantity::Count(f as i64),
                }
            }
        }
    };
    CheckResult {
        check,
        place,
        // With every cell blank nothing was taken as zero.
        blanks_taken_as_zero: blanks && status != Status::AllBlank,
        status,
    }
}

fn any_blank(values: &[Value]) -> bool {
    values.contains(&Value::Blank)
}

fn check_table2(t2: &Table2, out: &mut Vec<CheckResult>) {
    let printed = t2.printed_rows();
    let mut missing = Vec::new();
    for row in &printed {
        if !t2.rows.contains_key(row) {
            missing.push(*row);
            out.push(CheckResult {
                check: Check::RowPresent,
                place: Place::Table2 {
                    row: *row,
                    column: None,
                },
                status: Status::RowMissing,
                blanks_taken_as_zero: false,
            });
        }
    }

    for column in 0..=TOTAL_COLUMN {
        let v = |row| t2.value(row, column);
        let place = Place::Table2Column { column };
        // I1
        let parts = [
            v(Table2Row::Received),
            v(Table2Row::CarriedOver),
            v(Table2Row::Total),
            v(Table2Row::CarriedForward),
        ];
        if parts.contains(&Value::Missing) {
            out.push(CheckResult {
                check: Check::RequestBalance,
                place: place.clone(),
                status: Status::RowMissing,
                blanks_taken_as_zero: false,
            });
        } else {
            out.push(compare(
                Check::RequestBalance,
                place.clone(),
                sum_present(parts[..2].iter().copied()),
                sum_present(parts[2..].iter().copied()),
                any_blank(&parts),
            ));
        }
        // I2
        let total = v(Table2Row::Total);
        let leaves: Vec<Value> = t2.leaf_rows().map(v).collect();
        let status_override = match total {
            Value::Missing => Some(Status::RowMissing),
            Value::Computed(_) if column != TOTAL_COLUMN => Some(Status::TotalComputed),
            _ => None,
        };
        match status_override {
            Some(status) => out.push(CheckResult {
                check: Check::OutcomesSumToTotal,
                place,
                status,
                blanks_taken_as_zero: false,
            }),
            None => out.push(compare(
                Check::OutcomesSumToTotal,
                place,
                sum_present(leaves.iter().copied()),
                total.number(),
                total == Value::Blank || any_blank(&leaves),
            )),
        }
    }

    // I3
    for row in printed.into_iter().filter(|r| !missing.contains(r)) {
        let place = Place::Table2 { row, column: None };
        let total = t2.published(row, TOTAL_COLUMN);
        let parts: Vec<Value> = (0..TOTAL_COLUMN).map(|c| t2.value(row, c)).collect();
        if total == Value::Blank && sum_present(parts.iter().copied()).is_some() {
            out.push(CheckResult {
                check: Check::ApplicantsSumToTotal,
                place,
                status: Status::TotalComputed,
                blanks_taken_as_zero: false,
            });
            continue;
        }
        out.push(compare(
            Check::ApplicantsSumToTotal,
            place,
            sum_present(parts.iter().copied()),
            total.number(),
            any_blank(&parts),
        ));
    }
}

fn check_table3(t3: &Table3, out: &mut Vec<CheckResult>) {
    for block in AppealBlock::ALL {
        let place = Place::Table3 { block };
        let total = t3.published(block, AppealResult::Total);
        let parts: Vec<Value> = AppealResult::ALL[..4]
            .iter()
            .map(|r| t3.published(block, *r))
            .collect();
        let status = match total {
            Value::Missing => Some(Status::RowMissing),
            Value::Blank if sum_present(parts.iter().copied()).is_some() => {
                Some(Status::TotalComputed)
            }
            _ => None,
        };
        match status {
            Some(status) => out.push(CheckResult {
                check: if status == Status::RowMissing {
                    Check::RowPresent
                } else {
                    Check::AppealsSumToTotal
                },
                place,
                status,
                blanks_taken_as_zero: false,
            }),
            None => out.push(compare(
                Check::AppealsSumToTotal,
                place,
                sum_present(parts.iter().copied()),
                total.number(),
                any_blank(&parts),
            )),
        }
    }
}

fn check_breakdowns(report: &Report, out: &mut Vec<CheckResult>) {
    for (index, b) in report.proactive.breakdowns.iter().enumerate() {
        let exact: Option<Vec<i64>> = b.items.iter().map(|i| i.count.exact_count()).collect();
        if let (Some(total), Some(parts)) = (&b.total, &exact) {
            if let Some(total) = total.exact_count() {
                let sum: i64 = parts.iter().sum();
                out.push(CheckResult {
                    check: Check::PartsSumToTotal,
                    place: Place::Breakdown { index, item: None },
                    status: if sum == total {
                        Status::Holds
                    } else {
                        Status::Fails {
                            relation: Relation::Equal,
                            expected: Quantity::Count(total),
                            found: Quantity::Count(sum),
                        }
                    },
                    blanks_taken_as_zero: false,
                });
            }
        }
        for (item, share) in b.shares().into_iter().enumerate() {
            let (Some(stated), Some(computed)) = (share.stated_percent, share.computed_percent)
            else {
                continue;
            };
            out.push(CheckResult {
                check: Check::StatedPercentMatchesCount,
                place: Place::Breakdown {
                    index,
                    item: Some(item),
                },
                status: if stated == computed {
                    Status::Holds
                } else {
                    Status::Fails {
                        relation: Relation::Equal,
                        expected: Quantity::Percent(computed),
                        found: Quantity::Percent(stated),
                    }
                },
                blanks_taken_as_zero: false,
            });
        }
    }
}

fn check_requests_text(report: &Report, out: &mut Vec<CheckResult>) {
    let requests = &report.requests;
    let Some(received) = requests.received.as_ref().and_then(|r| r.exact_count()) else {
        return;
    };
    let sum_exact = |counts: Vec<Option<i64>>| -> Option<i64> { counts.into_iter().sum() };
    if !requests.channels.is_empty() {
        if let Some(sum) = sum_exact(
            requests
                .channels
                .iter()
                .map(|c| c.count.exact_count())
                .collect(),
        ) {
            out.push(CheckResult {
                check: Check::ChannelsSumToReceived,
                place: Place::RequestChannels,
                status: if sum == received {
                    Status::Holds
                } else {
                    Status::Fails {
                        relation: Relation::Equal,
                        expected: Quantity::Count(received),
                        found: Quantity::Count(sum),
                    }
                },
                blanks_taken_as_zero: false,
            });
        }
    }
    if !requests.outcomes.is_empty() {
        let lower_bound: i64 = requests
            .outcomes
            .iter()
            .filter(|o| o.count.qualifier != Qualifier::LessThan)
            .filter_map(|o| o.count.value.as_integer())
            .sum();
        let carried_over = requests
            .table2
            .as_ref()
            .and_then(|t| t.total(Table2Row::CarriedOver))
            .unwrap_or(0) as i64;
        let limit = received + carried_over;
        out.push(CheckResult {
            check: Check::OutcomesWithinReceived,
            place: Place::RequestOutcomes,
            status: if lower_bound <= limit {
                Status::Holds
            } else {
                Status::Fails {
                    relation: Relation::AtMost,
                    expected: Quantity::Count(limit),
                    found: Quantity::Count(lower_bound),
                }
            },
            blanks_taken_as_zero: false,
        });
    }
}

fn check_date(report: &Report, out: &mut Vec<CheckResult>) {
    let Some(date) = report.published.as_ref().and_then(|p| p.date) else {
        return;
    };
    let end = report.period.as_ref().map_or(
        Date {
            year: report.year,
            month: 12,
            day: 31,
        },
        |p| p.end,
    );
    out.push(CheckResult {
        check: Check::DatedAfterPeriod,
        place: Place::PublicationDate,
        status: if date >= end {
            Status::Holds
        } else {
            Status::Fails {
                relation: Relation::After,
                expected: Quantity::Date(end),
                found: Quantity::Date(date),
            }
        },
        blanks_taken_as_zero: false,
    });
}

/// I5 and I6 between a body's report for one year and the year before.
pub fn check_consecutive_years(previous: &Report, current: &Report) -> Vec<CheckResult> {
    let mut out = Vec::new();
    if previous.body.name != current.body.name || previous.year + 1 != current.year {
        return out;
    }
    if let (Some(prev), Some(cur)) = (&previous.requests.table2, &current.requests.table2) {
        for column in 0..=TOTAL_COLUMN {
            let expected = prev.value(Table2Row::CarriedForward, column);
            let found = cur.value(Table2Row::CarriedOver, column);
            out.push(compare(
                Check::CarriedOverMatchesLastYear,
                Place::Table2 {
                    row: Table2Row::CarriedOver,
                    column: Some(column),
                },
                expected.number(),
                found.number(),
                expected == Value::Blank || found == Value::Blank,
            ));
        }
    }
    if let (Some(Table1::Edition2021(prev)), Some(Table1::Edition2021(cur))) =
        (&previous.proactive.table1, &current.proactive.table1)
    {
        for (row, p, c) in [
            ("regulations", &prev.regulations, &cur.regulations),
            (
                "normative_documents",
                &prev.normative_documents,
                &cur.normative_documents,
            ),
        ] {
            let (Some(before), Some(now)) = (p.in_force, c.in_force) else {
                continue;
            };
            let expected =
                before as i64 + c.made.unwrap_or(0) as i64 - c.abolished.unwrap_or(0) as i64;
            out.push(CheckResult {
                check: Check::DocumentsInForceFollowLastYear,
                place: Place::Table1Documents { row },
                status: if expected == now as i64 {
                    Status::Holds
                } else {
                    Status::Fails {
                        relation: Relation::Equal,
                        expected: Quantity::Count(expected),
                        found: Quantity::Count(now as i64),
                    }
                },
                blanks_taken_as_zero: c.made.is_none() || c.abolished.is_none(),
            });
        }
    }
    out
}
