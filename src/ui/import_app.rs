//! The importer's page (import/): its own wasm bundle, so the dashboard's first view does not
//! carry the importer. The same header words, language and care switches as the dashboard.

use leptos::prelude::*;

use super::app::{remove_starting_line, set_document_language_and_title, start_app_state};
use super::care_switch::CareSwitch;
use super::import_page::ImportPage;
use super::language_switch::LanguageSwitch;
use super::site_header::SiteHeader;
use crate::i18n::Lang;

#[component]
pub fn ImportApp() -> impl IntoView {
    let app = start_app_state();
    remove_starting_line();
    Effect::new(move |_| {
        let lang = app.lang.get();
        set_document_language_and_title(
            lang,
            lang.pick(
                "导入报告 · 政府信息公开年报看板",
                "Import a report · Open Government Information Report Dashboard",
            ),
        );
    });
    // Built as soon as it is drawn (the tests wait for the mark).
    Effect::new(|_| super::prerendered::page_is_built());
    view! {
        <SiteHeader>
            <a class="header-button" href=move || match app.lang() {
                Lang::Zh => "../",
                Lang::En => "../?lang=en",
            }>{move || app.lang().pick("返回看板", "Back to the dashboard")}</a>
            <LanguageSwitch />
            <CareSwitch />
        </SiteHeader>
        <main id="main" class="page"><ImportPage /></main>
    }
}
