//! One report: header, key figures, each section, findings, and the text.

use std::sync::Arc;

use leptos::prelude::*;

use super::appeals_panel::AppealsPanel;
use super::categories_panel::CategoriesPanel;
use super::cross_year_checks::CrossYearChecks;
use super::fees_panel::FeesPanel;
use super::figures_panel::FiguresPanel;
use super::findings_panel::FindingsPanel;
use super::key_figures::KeyFigures;
use super::report_header::ReportHeader;
use super::report_text::ReportText;
use super::requests_panel::RequestsPanel;
use super::state::LoadedReport;
use super::table1_panel::Table1Panel;
use crate::report::model::Section;

#[component]
pub fn ReportView(loaded: Arc<LoadedReport>) -> impl IntoView {
    let report = &loaded.report;
    let breakdowns = report
        .proactive
        .breakdowns
        .iter()
        .enumerate()
        .map(|(index, _)| view! { <CategoriesPanel loaded=loaded.clone() index=index /> })
        .collect_view();
    let has_section = |s: Section| report.figures.iter().any(|f| f.section == s);
    let figure_panels = [
        Section::Proactive,
        Section::Enforcement,
        Section::Press,
        Section::Services,
        Section::Consultations,
        Section::Overview,
    ]
    .into_iter()
    .filter(|s| has_section(*s))
    .map(|s| view! { <FiguresPanel loaded=loaded.clone() section=s /> })
    .collect_view();
    view! {
        <article class="report">
            <ReportHeader loaded=loaded.clone() />
            <KeyFigures loaded=loaded.clone() />
            <FindingsPanel loaded=loaded.clone() />
            <CrossYearChecks loaded=loaded.clone() />
            <div class="panels">
                {breakdowns}
                <RequestsPanel loaded=loaded.clone() />
                <Table1Panel loaded=loaded.clone() />
                {figure_panels}
                <FeesPanel loaded=loaded.clone() />
                <AppealsPanel loaded=loaded.clone() />
            </div>
            <ReportText loaded=loaded.clone() />
        </article>
    }
}
