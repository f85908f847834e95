//! Dashboard for Chinese government information disclosure annual reports
//! (政府信息公开工作年度报告). The module map: pure logic in `report`, `charts` and `i18n`
//! (tested natively); the browser interface in `ui` (wasm only).

pub mod catalogue;
pub mod charts;
pub mod export;
pub mod i18n;
pub mod import;
pub mod page;
pub mod report;

#[cfg(target_arch = "wasm32")]
pub mod ui;
