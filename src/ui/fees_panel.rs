//! Fees charged for handling requests.

use std::sync::Arc;

use leptos::prelude::*;

use super::linked_text::LinkedText;
use super::report_words::figure_text;
use super::state::{use_app, LoadedReport};
use crate::i18n::not_reported;

#[component]
pub fn FeesPanel(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let fees = loaded.report.fees.clone();
    let charged = fees.charged.clone();
    view! {
        <section class="panel fees" aria-labelledby="fees-title">
            <h2 id="fees-title">{move || app.lang().pick("依申请公开收费", "Fees for requests")}</h2>
            <dl class="figure-list">
                <div class="figure-item">
                    <dt>{move || app.lang().pick("收取费用", "Fees charged")}</dt>
                    <dd class="num">{move || charged.as_ref().map(|f| figure_text(app.lang(), f)).unwrap_or_else(|| not_reported(app.lang()).into_any())}</dd>
                </div>
            </dl>
            {fees.note.map(|n| view! { <p class="note"><LinkedText text=n /></p> })}
        </section>
    }
}
