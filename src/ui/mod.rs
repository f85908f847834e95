//! The browser interface: thin Leptos components over the pure logic in `report`, `charts`
//! and `i18n`. One component per file, named for what the visitor sees.

mod app;
mod appeals_panel;
mod bar_chart;
mod categories_panel;
mod cross_year_checks;
mod fees_panel;
mod figures_panel;
mod finding_note;
mod findings_panel;
mod key_figures;
mod linked_text;
mod load_error;
mod loading;
mod report_header;
mod report_picker;
mod report_text;
mod report_view;
mod requests_panel;
mod state;
mod table1_panel;

pub use app::App;
pub use bar_chart::BarChart;
pub use linked_text::LinkedText;
pub use load_error::LoadErrorPanel;
pub use report_view::ReportView;
pub use state::{fetch_report, AppError, AppState, LoadedReport};
