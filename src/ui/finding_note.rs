//! A finding shown beside the figure it concerns.

use std::sync::Arc;

use leptos::prelude::*;

use super::report_words::mixed_text;
use super::state::{use_app, LoadedReport};
use crate::i18n::describe_result;
use crate::report::checks::Place;

#[component]
pub fn FindingNote(
    loaded: Arc<LoadedReport>,
    matches: impl Fn(&Place) -> bool + 'static,
) -> impl IntoView {
    let app = use_app();
    let notes: Vec<_> = loaded.findings_at(matches).cloned().collect();
    notes
        .into_iter()
        .map(|result| {
            let loaded = loaded.clone();
            view! {
                <p class="finding-note">
                    <span class="finding-mark" aria-hidden="true">"!"</span>
                    <span class="visually-hidden">{move || app.lang().pick("核对发现：", "Finding: ")}</span>
                    {move || mixed_text(app.lang(), describe_result(app.lang(), &result, &loaded.report))}
                </p>
            }
        })
        .collect_view()
}
