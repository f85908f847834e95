//! I5 and I6 against the same body's report for the year before, when the collection has it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::navigation::{href, in_page, open_report};
use super::report_words::mixed_text;
use super::state::{use_app, AppError, LoadedReport};
use crate::i18n::{describe_result, Lang};
use crate::report::checks::check_consecutive_years;

#[component]
pub fn CrossYearChecks(loaded: Arc<LoadedReport>) -> impl IntoView {
    let app = use_app();
    let previous: RwSignal<Option<Result<Arc<LoadedReport>, AppError>>> = RwSignal::new(None);
    let (body, year) = (loaded.report.body.name.clone(), loaded.report.year);
    // Fetch the previous year's report once, as soon as the collection names it.
    Effect::new(move |fetched: Option<bool>| {
        if fetched == Some(true) {
            return true;
        }
        let entry = app.collection.with(|c| {
            c.entries
                .iter()
                .find(|e| e.entry.body == body && e.entry.year.checked_add(1) == Some(year))
                .cloned()
        });
        match entry {
            Some(e) => {
                spawn_local(async move { previous.set(Some(app.report(e.url).await)) });
                true
            }
            None => false,
        }
    });
    move || {
        let outcome = previous.get()?;
        let lang = app.lang();
        let title = match lang {
            Lang::Zh => format!("与{}年报告核对", year - 1),
            Lang::En => format!("Checked against the {} report", year - 1),
        };
        let body = match outcome {
            Err(e) => view! { <p class="load-error-message">{e.message(lang)}</p> }.into_any(),
            Ok(prev) => {
                let results = check_consecutive_years(&prev.report, &loaded.report);
                let failing = results.iter().filter(|r| r.is_finding()).count();
                let items = results
                    .into_iter()
                    .map(|r| {
                        let text = describe_result(lang, &r, &loaded.report);
                        view! { <li class:finding=r.is_finding()>{mixed_text(lang, text)}</li> }
                    })
                    .collect_view();
                let summary = match lang {
                    Lang::Zh => format!("{}：{failing} 项不符。", prev.report.title),
                    Lang::En => format!("{}: {failing} failed.", prev.report.title),
                };
                let target = app.location.with_untracked(|o| {
                    let mut o = o.clone();
                    open_report(&mut o, &prev.url);
                    o
                });
                let url = prev.url.clone();
                let go = in_page(app, move |o| open_report(o, &url));
                view! {
                    <p>{mixed_text(lang, summary)}" "<a href=href(&target) on:click=go>{lang.pick("打开该报告", "Open that report")}</a></p>
                    <ul class="holds-list cross-year-list">{items}</ul>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="panel cross-year" aria-labelledby="cross-year-title">
                <h2 id="cross-year-title">{title}</h2>
                {body}
            </section>
        })
    }
}
