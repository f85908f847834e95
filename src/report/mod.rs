//! The report: its model, loading with located errors, checks, and derived figures.
//! Pure logic, no DOM: tested natively.

pub mod checks;
pub mod compare;
mod decode;
pub mod derived;
// In the browser its own TextDecoder reads GB18030 (see decode.rs), so the 47 KB table is
// only built into the native tools and tests.
#[cfg(not(target_arch = "wasm32"))]
pub mod gb18030;
pub mod links;
pub mod load;
pub mod model;
pub mod number;
mod scan;
mod strict;

pub use checks::{check_report, findings, CheckResult};
pub use load::{
    describe_load_warning, parse_report, parse_report_with_warnings, LoadError, LoadWarning, Loaded,
};
pub use model::Report;
