//! One report: header, key figures, each section, findings, and the text; or, with
//! `?view=`, one panel of them.

use std::sync::Arc;

use leptos::prelude::*;

use super::appeals_panel::AppealsPanel;
use super::applicant_mix::ApplicantMixView;
use super::categories_panel::CategoriesPanel;
use super::compare_years::CompareYears;
use super::cross_year_checks::CrossYearChecks;
use super::embed_source::EmbedSource;
use super::fees_panel::FeesPanel;
use super::figures_panel::FiguresPanel;
use super::findings_panel::FindingsPanel;
use super::in_turn::{InTurn, Turns};
use super::indicator_tables_panel::IndicatorTablesPanel;
use super::key_figures::KeyFigures;
use super::prerendered::copy_is_shown;
use super::report_header::ReportHeader;
use super::report_text::ReportText;
use super::request_balance::RequestBalanceView;
use super::request_outcomes::RequestOutcomesView;
use super::requests_panel::RequestsPanel;
use super::source_notice::SourceNotice;
use super::state::{use_app, LoadedReport};
use super::table1_panel::Table1Panel;
use crate::page::Panel;
use crate::report::derived::RequestBalance;
use crate::report::model::Section;

fn categories(loaded: &Arc<LoadedReport>) -> impl IntoView + use<> {
    (0..loaded.report.proactive.breakdowns.len())
        .map(|index| view! { <CategoriesPanel loaded=loaded.clone() index=index /> })
        .collect_view()
}

fn categories_or_not_reported(loaded: &Arc<LoadedReport>) -> AnyView {
    if !loaded.report.proactive.breakdowns.is_empty() {
        return categories(loaded).into_any();
    }
    let app = use_app();
    view! {
        <section class="panel single">
            <p class="not-reported">{move || app.lang().pick("未报告：这份报告没有主动公开信息的分类统计。", "Not reported: this report gives no breakdown of what it published.")}</p>
        </section>
    }
    .into_any()
}

/// One panel alone, as `?view=` asks.
fn single_panel(loaded: Arc<LoadedReport>, panel: Panel) -> AnyView {
    let table2 = loaded.report.requests.table2.clone().map(Arc::new);
    let wrap =
        |inner: AnyView| view! { <section class="panel single">{inner}</section> }.into_any();
    match (panel, table2) {
        (Panel::Header, _) => view! { <ReportHeader loaded=loaded /> }.into_any(),
        (Panel::KeyFigures, _) => view! { <KeyFigures loaded=loaded /> }.into_any(),
        (Panel::Findings, _) => view! {
            <FindingsPanel loaded=loaded.clone() />
            <CrossYearChecks loaded=loaded />
        }
        .into_any(),
        (Panel::Categories, _) => categories_or_not_reported(&loaded),
        (Panel::Outcomes, Some(t)) => {
            wrap(view! { <RequestOutcomesView loaded=loaded table=t /> }.into_any())
        }
        (Panel::Balance, Some(t)) => {
            let balance = RequestBalance::of(&t);
            wrap(view! { <RequestBalanceView loaded=loaded balance=balance /> }.into_any())
        }
        (Panel::Applicants, Some(t)) => {
            let file = loaded.file_parts("applicants");
            wrap(view! { <ApplicantMixView table=t file=file /> }.into_any())
        }
        (Panel::Requests | Panel::Outcomes | Panel::Balance | Panel::Applicants, _) => {
            view! { <RequestsPanel loaded=loaded /> }.into_any()
        }
        (Panel::Table1, _) => view! { <Table1Panel loaded=loaded /> }.into_any(),
        (Panel::Appeals, _) => view! { <AppealsPanel loaded=loaded /> }.into_any(),
        (Panel::Fees, _) => view! { <FeesPanel loaded=loaded /> }.into_any(),
        (Panel::Text, _) => view! { <ReportText loaded=loaded /> }.into_any(),
    }
}

/// Everything of a report below its header: the key figures, the findings and the panels,
/// each built in its turn (the first three at once unless `split`).
fn report_body(loaded: &Arc<LoadedReport>, turns: Turns, split: bool) -> AnyView {
    let top = move |turn: usize| if split { turn } else { 0 };
    let report = &loaded.report;
    let has_section = |s: Section| report.figures.iter().any(|f| f.section == s);
    // Every figure the report states is shown somewhere: these panels hold those that no
    // table or chart above holds.
    let figure_panels = [
        Section::Proactive,
        Section::Enforcement,
        Section::Press,
        Section::Services,
        Section::Consultations,
        Section::Requests,
        Section::Fees,
        Section::Appeals,
        Section::Overview,
        Section::Problems,
        Section::Plans,
        Section::Other,
    ]
    .into_iter()
    .filter(|s| has_section(*s))
    .collect::<Vec<_>>();
    let figure_panels = {
        let loaded = loaded.clone();
        move || {
            figure_panels
                .iter()
                .map(|s| view! { <FiguresPanel loaded=loaded.clone() section=*s /> })
                .collect_view()
        }
    };
    let (figures, findings, charts, requests, table1, rest, text) = (
        loaded.clone(),
        loaded.clone(),
        loaded.clone(),
        loaded.clone(),
        loaded.clone(),
        loaded.clone(),
        loaded.clone(),
    );
    view! {
        <InTurn turns=turns turn=top(1)><KeyFigures loaded=figures.clone() /></InTurn>
        <InTurn turns=turns turn=top(2)>
            <FindingsPanel loaded=findings.clone() />
            <CrossYearChecks loaded=findings.clone() />
        </InTurn>
        <div class="panels">
            <InTurn turns=turns turn=top(3)>{categories(&charts)}</InTurn>
            <InTurn turns=turns turn=4>
                <RequestsPanel loaded=requests.clone() full_table=(turns, 5) />
            </InTurn>
            <InTurn turns=turns turn=6><Table1Panel loaded=table1.clone() /></InTurn>
            <InTurn turns=turns turn=7>{figure_panels.clone()}</InTurn>
            <InTurn turns=turns turn=8>
                <FeesPanel loaded=rest.clone() />
                <AppealsPanel loaded=rest.clone() />
                <IndicatorTablesPanel loaded=rest.clone() />
            </InTurn>
        </div>
        <InTurn turns=turns turn=9><ReportText loaded=text.clone() /></InTurn>
    }
    .into_any()
}

thread_local! {
    /// Whether no report has been shown in this page yet.
    static FIRST_REPORT: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

#[component]
pub fn ReportView(
    loaded: Arc<LoadedReport>,
    /// `?view=`: one panel alone.
    #[prop(optional_no_strip)]
    panel: Option<Panel>,
) -> impl IntoView {
    let app = use_app();
    let (view_panel, embed) = (panel, app.options.with_value(|o| o.embed));
    let source = embed.then(|| view! { <EmbedSource loaded=loaded.clone() /> });
    if let Some(panel) = view_panel {
        return view! {
            <article class="report single-panel">
                {single_panel(loaded.clone(), panel)}
                {source}
            </article>
        }
        .into_any();
    }
    // Under the prerendered copy nothing of this page is seen until it is all built, so the
    // key figures, the findings and the first chart are built in tasks of their own, and no
    // task holds up input for long (TBT in BENCHMARKS.md). So too when the visitor opens
    // another report in the page: the new title shows in the next frame and the rest follows
    // (interaction latency in BENCHMARKS.md). The first report of a page without the copy
    // gets them with the title, so its first chart is not held back by the frames between.
    let turns = Turns::start(9);
    // Every report counts, the one under the copy too: the next is the visitor's switch.
    let first = FIRST_REPORT.with(|first| first.replace(false));
    let split = copy_is_shown() || !first;
    // The frame that shows another report builds its header alone, and the rest from its
    // first turn on: each panel's holder costs the frame its share of the script, style and
    // layout (interaction times in BENCHMARKS.md).
    let body_due = turns.reached(if split { 1 } else { 0 });
    let body = {
        let loaded = loaded.clone();
        move || body_due.get().then(|| report_body(&loaded, turns, split))
    };
    view! {
        <article class="report">
            <SourceNotice loaded=loaded.clone() />
            <ReportHeader loaded=loaded.clone() />
            <CompareYears loaded=loaded.clone() />
            {body}
            {source}
        </article>
    }
    .into_any()
}
