//! The browser interface: thin Leptos components over the pure logic in `report`, `charts`
//! and `i18n`. One component per file, named for what the visitor sees.

mod app;
mod appeals_panel;
mod applicant_mix;
mod auto_height;
mod care_switch;
mod categories_panel;
mod chart_view;
mod cross_year_checks;
mod csv_download;
mod data_view;
mod download;
mod embed_source;
mod fees_panel;
mod figures_panel;
mod finding_note;
mod findings_panel;
mod import_page;
mod indicator_tables_panel;
mod key_figures;
mod language_switch;
mod linked_text;
mod load_error;
mod loading;
mod open_local_file;
mod panic_message;
mod print;
mod report_header;
mod report_picker;
mod report_text;
mod report_view;
mod report_words;
mod request_balance;
mod request_outcomes;
mod requests_panel;
mod sortable_table;
mod source_notice;
mod state;
mod table1_panel;

pub use app::App;
pub use chart_view::ChartView;
pub use linked_text::LinkedText;
pub use load_error::LoadErrorPanel;
pub use panic_message::{install_panic_message, show_panic_message};
pub use report_view::ReportView;
pub use state::{fetch_report, AppError, AppState, LoadedReport};
