//! A table that sorts by any column and shares its selection with a chart: selecting a row
//! (its first cell is a button) highlights the same item in the chart, and back.

use leptos::prelude::*;

use super::report_words::mixed_text;
use super::state::use_app;
use crate::i18n::{format_count, format_figure, format_percent, not_reported, Lang};
use crate::report::derived::Value;
use crate::report::number::{Decimal, Figure};

/// Words that are either the interface's (in both languages) or the report's own.
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    Ui(&'static str, &'static str),
    /// Interface words built at run time, in both languages.
    Built {
        zh: String,
        en: String,
    },
    Report(String),
}

impl Label {
    pub fn show(&self, lang: Lang) -> String {
        match self {
            Label::Ui(zh, en) => lang.pick(zh, en).to_string(),
            Label::Built { zh, en } => match lang {
                Lang::Zh => zh.clone(),
                Lang::En => en.clone(),
            },
            Label::Report(text) => text.clone(),
        }
    }

    /// The label on the page, the report's own words marked as Chinese.
    pub fn view(&self, lang: Lang) -> AnyView {
        match self {
            Label::Ui(..) | Label::Built { .. } => self.show(lang).into_any(),
            Label::Report(text) => view! { <span lang="zh-CN">{text.clone()}</span> }.into_any(),
        }
    }
}

/// A cell's content, formatted for the language when shown.
#[derive(Clone, Debug, PartialEq)]
pub enum CellData {
    /// A count as the report gives it: printed, computed (marked), blank, or missing.
    Count(Value),
    Percent(Option<Decimal>),
    /// A share the dashboard computed, marked as such.
    ComputedPercent(Decimal),
    /// A figure as stated (it may be approximate: "300多").
    Figure(Figure),
    Text(String),
    NotReported,
}

impl CellData {
    fn show(&self, lang: Lang) -> String {
        match self {
            CellData::Count(Value::Published(n)) => format_count(lang, *n as i64),
            CellData::Count(Value::Computed(n)) => format!("{}*", format_count(lang, *n as i64)),
            CellData::Count(Value::Blank) => String::new(),
            CellData::Count(Value::Missing) => "—".into(),
            CellData::Percent(p) => p.map(format_percent).unwrap_or_else(|| "—".into()),
            CellData::ComputedPercent(p) => format!("{}*", format_percent(*p)),
            CellData::Figure(f) => format_figure(lang, f),
            CellData::Text(t) => t.clone(),
            CellData::NotReported => not_reported(lang).into(),
        }
    }

    /// The cell in a CSV file: plain numbers (no digit groups, no marks), blanks empty.
    pub fn csv(&self, lang: Lang) -> String {
        match self {
            CellData::Count(v) => v.number().map(|n| n.to_string()).unwrap_or_default(),
            CellData::Percent(p) => p.map(|p| p.to_string()).unwrap_or_default(),
            CellData::ComputedPercent(p) => p.to_string(),
            CellData::Figure(f) => format_figure(lang, f),
            CellData::Text(t) => t.clone(),
            CellData::NotReported => not_reported(lang).into(),
        }
    }

    fn sort_key(&self) -> Option<f64> {
        match self {
            CellData::Count(v) => v.number().map(|n| n as f64),
            CellData::Percent(p) => p.map(|p| p.to_f64()),
            CellData::ComputedPercent(p) => Some(p.to_f64()),
            CellData::Figure(f) => Some(f.value.to_f64()),
            CellData::Text(_) | CellData::NotReported => None,
        }
    }

    pub fn is_computed(&self) -> bool {
        matches!(
            self,
            CellData::Count(Value::Computed(_)) | CellData::ComputedPercent(_)
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub label: Label,
    pub cells: Vec<CellData>,
    /// A check found a problem in this row.
    pub flagged: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SortOrder {
    column: usize,
    ascending: bool,
}

#[component]
pub fn SortableTable(
    caption: Label,
    /// Headings: the label column's first, then one per cell.
    columns: Vec<Label>,
    rows: Vec<TableRow>,
    selected: RwSignal<Option<usize>>,
    #[prop(optional_no_strip)] footer: Option<TableRow>,
) -> impl IntoView {
    let app = use_app();
    let sort = RwSignal::new(None::<SortOrder>);
    let rows = StoredValue::new(rows);
    let order = move || {
        let mut indices: Vec<usize> = rows.with_value(|r| (0..r.len()).collect());
        if let Some(SortOrder { column, ascending }) = sort.get() {
            rows.with_value(|r| {
                indices.sort_by(|&a, &b| {
                    let ordering = if column == 0 {
                        let lang = app.lang();
                        r[a].label.show(lang).cmp(&r[b].label.show(lang))
                    } else {
                        match (
                            r[a].cells[column - 1].sort_key(),
                            r[b].cells[column - 1].sort_key(),
                        ) {
                            (Some(x), Some(y)) => x.total_cmp(&y),
                            // Rows without a figure stay at the end either way.
                            (Some(_), None) => return std::cmp::Ordering::Less,
                            (None, Some(_)) => return std::cmp::Ordering::Greater,
                            (None, None) => std::cmp::Ordering::Equal,
                        }
                    };
                    if ascending {
                        ordering
                    } else {
                        ordering.reverse()
                    }
                });
            });
        }
        indices
    };
    let header = columns
        .into_iter()
        .enumerate()
        .map(|(column, label)| {
            let aria_sort = move || match sort.get() {
                Some(s) if s.column == column && s.ascending => "ascending",
                Some(s) if s.column == column => "descending",
                _ => "none",
            };
            let arrow = move || match sort.get() {
                Some(s) if s.column == column && s.ascending => "▲",
                Some(s) if s.column == column => "▼",
                _ => "↕",
            };
            let toggle = move |_| {
                sort.update(|s| {
                    *s = Some(match *s {
                        // Figures sort largest first on the first click, labels A→Z.
                        Some(o) if o.column == column => SortOrder {
                            column,
                            ascending: !o.ascending,
                        },
                        _ => SortOrder {
                            column,
                            ascending: column == 0,
                        },
                    })
                })
            };
            view! {
                <th scope="col" class:num=move || column != 0 aria-sort=aria_sort>
                    <button type="button" class="sort-button" on:click=toggle>
                        {move || label.view(app.lang())}
                        <span class="sort-arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    let body = move || {
        order()
            .into_iter()
            .map(|i| {
                let row = rows.with_value(|r| r[i].clone());
                let cells = row
                    .cells
                    .iter()
                    .cloned()
                    .map(|cell| {
                        let computed = cell.is_computed();
                        view! { <td class="num" class:computed=computed>{move || mixed_text(app.lang(), cell.show(app.lang()))}</td> }
                    })
                    .collect_view();
                let label = row.label.clone();
                view! {
                    <tr
                        class:selected=move || selected.get() == Some(i)
                        class:has-finding=row.flagged
                        aria-selected=move || (selected.get() == Some(i)).to_string()
                    >
                        <th scope="row">
                            <button
                                type="button"
                                class="row-select"
                                aria-pressed=move || (selected.get() == Some(i)).to_string()
                                on:click=move |_| selected.update(|s| *s = if *s == Some(i) { None } else { Some(i) })
                            >
                                {move || label.view(app.lang())}
                            </button>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    let footer = footer.map(|row| {
        let cells = row
            .cells
            .into_iter()
            .map(|cell| view! { <td class="num">{move || mixed_text(app.lang(), cell.show(app.lang()))}</td> })
            .collect_view();
        let label = row.label;
        view! { <tfoot><tr><th scope="row">{move || label.view(app.lang())}</th>{cells}</tr></tfoot> }
    });
    view! {
        <div class="table-scroll">
            <table class="data-table sortable">
                <caption>{move || caption.view(app.lang())}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{body}</tbody>
                {footer}
            </table>
        </div>
    }
}
