//! Every check run on the report: the findings first, then the checks that hold and those
//! that could not be made.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_app, LoadedReport};
use crate::i18n::describe_result;
use crate::report::checks::Status;

#[component]
pub fn FindingsPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let list = |keep: fn(&Status) -> bool| {
        loaded
            .results
            .iter()
            .filter(|r| keep(&r.status))
            .cloned()
            .map(|r| {
                let loaded = loaded.clone();
                view! { <li>{move || describe_result(app.lang(), &r, &loaded.report)}</li> }
            })
            .collect_view()
    };
    let finding_count = loaded.findings().count();
    let holds_count = loaded
        .results
        .iter()
        .filter(|r| r.status == Status::Holds)
        .count();
    let other_count = loaded.results.len() - finding_count - holds_count;
    let findings = list(|s| matches!(s, Status::Fails { .. } | Status::RowMissing));
    let holds = list(|s| *s == Status::Holds);
    let others = list(|s| matches!(s, Status::AllBlank | Status::TotalComputed));
    view! {
        <section id="findings" class="panel findings" aria-labelledby="findings-title">
            <h2 id="findings-title">{move || app.lang().pick("核对结果", "Checks")}</h2>
            <p class="findings-summary">{move || match app.lang() {
                crate::i18n::Lang::Zh => format!("共核对 {} 项：{finding_count} 项不符，{holds_count} 项成立，{other_count} 项无从核对。", loaded.results.len()),
                crate::i18n::Lang::En => format!("{} checks: {finding_count} failed, {holds_count} hold, {other_count} could not be made.", loaded.results.len()),
            }}</p>
            {(finding_count > 0).then(|| view! { <ul class="finding-list">{findings}</ul> })}
            <details>
                <summary>{move || app.lang().pick("成立的核对", "Checks that hold")}" ("{holds_count}")"</summary>
                <ul class="holds-list">{holds}</ul>
            </details>
            {(other_count > 0).then(|| view! {
                <details>
                    <summary>{move || app.lang().pick("无从核对", "Checks that could not be made")}" ("{other_count}")"</summary>
                    <ul class="holds-list">{others}</ul>
                </details>
            })}
        </section>
    }
}
