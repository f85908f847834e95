//! A way from one report to its body's other years in the collection, compared.

use std::sync::Arc;

use leptos::prelude::*;

use super::navigation::{compare_reports, href, in_page};
use super::state::{use_app, LoadedReport};
use crate::i18n::Lang;

#[component]
pub fn CompareYears(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let body = loaded.report.body.name.clone();
    move || {
        let urls: Vec<String> = app.collection.with(|c| {
            c.years_of(&body)
                .into_iter()
                .map(|e| e.url.clone())
                .collect()
        });
        if urls.len() < 2 || !urls.contains(&loaded.url) {
            return None;
        }
        let n = urls.len();
        let target = app.location.with_untracked(|o| {
            let mut o = o.clone();
            compare_reports(&mut o, urls.clone());
            o
        });
        let go = in_page(app, move |o| compare_reports(o, urls.clone()));
        Some(view! {
            <p class="compare-years">
                <a href=href(&target) on:click=go>
                    {move || match app.lang() {
                        Lang::Zh => format!("比较该机关的 {n} 个年度"),
                        Lang::En => format!("Compare this body's {n} years"),
                    }}
                </a>
            </p>
        })
    }
}
