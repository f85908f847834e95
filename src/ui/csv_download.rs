//! A button that saves a table as CSV (UTF-8 with BOM, for Excel on Chinese Windows), in
//! the visitor's language, named for the report and the panel.

use std::sync::Arc;

use leptos::prelude::*;

use super::download::save_text;
use super::state::use_app;
use crate::export::{csv, file_name};
use crate::i18n::Lang;

/// The table's rows as text cells, for the language.
pub type CsvRows = Arc<dyn Fn(Lang) -> Vec<Vec<String>> + Send + Sync>;

#[component]
pub fn CsvDownload(
    /// The button's words.
    label: (&'static str, &'static str),
    /// Body, year, panel.
    file: Vec<String>,
    rows: CsvRows,
) -> impl IntoView {
    let app = use_app();
    let save = move |_| {
        let parts: Vec<&str> = file.iter().map(String::as_str).collect();
        let _ = save_text(
            &file_name(&parts, "csv"),
            "text/csv;charset=utf-8",
            &csv(&rows(app.lang())),
        );
    };
    view! {
        <button type="button" class="download" on:click=save>
            {move || app.lang().pick(label.0, label.1)}
        </button>
    }
}
