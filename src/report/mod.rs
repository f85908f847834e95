//! The report: its model, loading with located errors, checks, and derived figures.
//! Pure logic, no DOM: tested natively.

pub mod checks;
pub mod derived;
pub mod links;
pub mod load;
pub mod model;
pub mod number;

pub use checks::{check_report, findings, CheckResult};
pub use load::{parse_report, LoadError};
pub use model::Report;
