//! The page: site header, the report (or why it could not be shown), and the footer. In
//! embed mode only the report and a source line, with the height sent to the parent.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::auto_height::send_height_to_parent;
use super::care_switch::CareSwitch;
use super::comparison_view::ComparisonView;
use super::copy_link::CopyLink;
use super::language_switch::LanguageSwitch;
use super::load_error::LoadErrorPanel;
use super::loading::Loading;
use super::navigation::{follow_history, options_in_address};
use super::next_frame::after_next_frame;
use super::open_local_file::{accept_dropped_files, OpenLocalFile};
use super::print;
use super::report_picker::ReportPicker;
use super::report_view::ReportView;
use super::site_header::SiteHeader;
use super::state::{fetch_collection, AppState, LoadedReport};
use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::page::{link_colour, text_on, PageOptions, Panel, Theme};
use crate::report::links::LinkPolicy;

/// A report on the page, and the one panel of it `?view=` asks for.
#[derive(Clone)]
struct ShownReport {
    loaded: Arc<LoadedReport>,
    panel: Option<Panel>,
}

/// The report shown when the URL names none (public/start.js starts fetching it early).
pub const DEFAULT_REPORT: &str = "reports/dongguan-hr-2015.json";
/// The collection index of the bundled reports.
pub const DEFAULT_COLLECTION: &str = "reports/index.json";

/// The deployment's link allow-list, from `<meta name="ndbg-link-allow-list">` in
/// index.html; the default (hosts under gov.cn) when the page sets none. It is never read
/// from the URL: a link in a shared URL must not widen what report text may link to.
fn deployment_link_policy() -> LinkPolicy {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='ndbg-link-allow-list']")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .map_or_else(LinkPolicy::default, |list| LinkPolicy::from_list(&list))
}

/// Applies the theme, the accent and embed mode to the document element. Classes,
/// attributes and CSSOM properties only: nothing a strict style-src policy refuses.
fn apply_page_options(options: &PageOptions, dark: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if options.embed {
        let _ = root.class_list().add_1("embed");
    }
    if let Some(accent) = options.accent {
        let style = root.style();
        let _ = style.set_property("--ndbg-accent", &accent.css());
        let _ = style.set_property("--ndbg-accent-text", &text_on(accent).css());
        if let Some(link) = link_colour(accent) {
            let _ = style.set_property("--ndbg-link", &link.css());
            let _ = style.set_property("--ndbg-focus", &link.css());
        }
    }
    let set_theme = {
        let root = root.clone();
        move |is_dark: bool| {
            let _ = root.set_attribute("data-theme", if is_dark { "dark" } else { "light" });
            dark.set(is_dark);
        }
    };
    match options.theme {
        Theme::Light => set_theme(false),
        Theme::Dark => set_theme(true),
        Theme::Auto => {
            let query = window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten();
            set_theme(query.as_ref().is_some_and(|q| q.matches()));
            if let Some(query) = query {
                // Follows the system setting for the life of the page.
                let on_change =
                    wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
                        move |e: web_sys::MediaQueryListEvent| set_theme(e.matches()),
                    );
                let _ = query
                    .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                on_change.forget();
            }
        }
    }
}

/// The state every page of the site shares, from the address: provided through context,
/// with the theme, accent, care mode and history applied to the document.
pub fn start_app_state() -> AppState {
    super::prerendered::drop_prerendered_unless_shown();
    let options = options_in_address();
    let lang = RwSignal::new(options.lang.unwrap_or_default());
    let app = AppState {
        lang,
        words: lang,
        policy: StoredValue::new(deployment_link_policy()),
        collection: RwSignal::new(Catalogue::default()),
        collection_error: RwSignal::new(None),
        report: RwSignal::new(None),
        dark: RwSignal::new(false),
        care: RwSignal::new(options.care),
        options: StoredValue::new(options.clone()),
        location: RwSignal::new(options.clone()),
        fetched: StoredValue::new(Default::default()),
    };
    provide_context(app);
    apply_page_options(&options, app.dark);
    follow_history(app);
    // Care mode is a class on the document element, so every style can follow it.
    Effect::new(move |_| {
        let care = app.care.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().toggle_with_force("care", care);
        }
    });
    app
}

/// Removes the words index.html shows while the wasm downloads, when the page replaces them.
pub fn remove_starting_line() {
    if let Some(starting) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ndbg-starting"))
    {
        starting.remove();
    }
}

/// Sets the document's language (for screen readers and fonts) and its title.
pub fn set_document_language_and_title(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Only a change: a new `lang` on the document has every element restyled.
    if let Some(root) = document.document_element() {
        if root.get_attribute("lang").as_deref() != Some(lang.code()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    }
    document.set_title(title);
}

#[component]
pub fn App() -> impl IntoView {
    let app = start_app_state();
    let options = app.options.get_value();
    // The importer is a page of its own (import/), so the dashboard does not carry it; an
    // old `?import=1` address goes there.
    if options.import {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let mut rest = options.clone();
            rest.import = false;
            let _ = location.replace(&format!("import/{}", rest.to_query()));
        }
        return view! { <Loading /> }.into_any();
    }
    if options.embed {
        send_height_to_parent(options.frame_id.clone());
    }

    let collection_url = options
        .collection
        .clone()
        .unwrap_or_else(|| DEFAULT_COLLECTION.to_string());
    let load_collection = move || {
        let url = collection_url.clone();
        app.collection_error.set(None);
        spawn_local(async move {
            match fetch_collection(url).await {
                Ok(catalogue) => app.collection.set(catalogue),
                Err(e) => app.collection_error.set(Some(e)),
            }
        });
    };
    // The list of reports is fetched in a task of its own, after the page's frame is built.
    set_timeout(load_collection.clone(), std::time::Duration::ZERO);
    let retry_collection = Callback::new(move |_: ()| load_collection());

    let compared = Memo::new(move |_| app.location.with(|o| o.compare.clone()));
    let panel = Memo::new(move |_| app.location.with(|o| o.view));
    let report_url = Memo::new(move |_| {
        app.location
            .with(|o| o.report.clone())
            .unwrap_or_else(|| DEFAULT_REPORT.to_string())
    });
    let state = app.report;
    // Fetches the report the address names, unless it is already on screen; an answer that
    // arrives after the visitor moved on is dropped.
    let load = move |url: String| {
        // A report fetched before is shown at once, with no loading line between.
        if let Some(known) = app.already_fetched(&url) {
            state.set(Some(Ok(known)));
            return;
        }
        state.set(None);
        spawn_local(async move {
            let result = app.report(url.clone()).await;
            if report_url.get_untracked() == url {
                state.set(Some(result));
            }
        });
    };
    Effect::new(move |_| {
        let url = report_url.get();
        if !compared.with(Vec::is_empty) {
            return;
        }
        let shown = state.with_untracked(|s| matches!(s, Some(Ok(l)) if l.url == url && !l.local));
        if !shown {
            load(url);
        }
    });

    print::open_details_when_printing();
    if !options.embed {
        accept_dropped_files(app);
    }

    // The document's language and title follow the interface and the report, after the
    // frame that shows the change: a new `lang` on the document makes the browser restyle
    // every element of the page (14–25 ms on a cheap phone), which the visitor need not
    // wait for, as the parts of the page carry their own (`InTurn`).
    Effect::new(move |first: Option<()>| {
        let lang = app.lang.get();
        let site = lang.pick(
            "政府信息公开年报看板",
            "Open Government Information Report Dashboard",
        );
        let title = match (compared.with(Vec::len), state.get()) {
            (0, Some(Ok(loaded))) => format!("{} · {site}", loaded.report.title),
            // The report loads under its copy, which has named the tab after it
            // (first-view.js): the name stays, not the site's alone for a moment.
            (0, None) if super::prerendered::copy_is_shown() => web_sys::window()
                .and_then(|w| w.document())
                .map_or_else(|| site.to_string(), |d| d.title()),
            (0, _) => site.to_string(),
            (n, _) => match lang {
                Lang::Zh => format!("比较 {n} 份报告 · {site}"),
                Lang::En => format!("{n} reports compared · {site}"),
            },
        };
        // The page's first title at once (a tab opened in the background shows it).
        if first.is_none() {
            set_document_language_and_title(lang, &title);
            return;
        }
        after_next_frame(move || {
            // Only the latest change, if another came before this frame.
            if app.lang.try_get_untracked() == Some(lang) {
                set_document_language_and_title(lang, &title);
            }
        });
    });

    // The page's frame is built in the next task: this one set up the state, and the first
    // use of the view layer compiles much of the wasm (two shorter tasks at start, not one
    // long one: blocking time in BENCHMARKS.md).
    let due = RwSignal::new(false);
    set_timeout(move || due.set(true), std::time::Duration::ZERO);

    // A report page says when it is built (in_turn.rs); any other page is built as soon as
    // it is drawn.
    Effect::new(move |_| {
        let report_page = compared.with(Vec::is_empty)
            && panel.get().is_none()
            && state.with(|s| matches!(s, Some(Ok(_))));
        let drawn = !compared.with(Vec::is_empty) || state.with(Option::is_some);
        if drawn && !report_page && due.get() {
            super::prerendered::page_is_built();
        }
    });

    // The report on the page is in one of two slots. Another report goes into the other
    // slot, and the one it replaces is hidden, and taken down only after the frame that
    // shows the new one: taking a report's view down is a third of the work of switching
    // report, which the visitor need not wait for (interaction times in BENCHMARKS.md).
    let slots = [RwSignal::new(None::<ShownReport>), RwSignal::new(None)];
    let front = RwSignal::new(0usize);
    Effect::new(move |_| {
        let now = match state.get() {
            Some(Ok(loaded)) if compared.with(Vec::is_empty) => Some((loaded, panel.get())),
            _ => None,
        };
        let Some((loaded, panel)) = now else {
            for slot in slots {
                if slot.with_untracked(Option::is_some) {
                    slot.set(None);
                }
            }
            return;
        };
        let shown = slots[front.get_untracked()].with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| Arc::ptr_eq(&s.loaded, &loaded) && s.panel == panel)
        });
        if shown {
            return;
        }
        let (old, new) = (front.get_untracked(), 1 - front.get_untracked());
        slots[new].set(Some(ShownReport { loaded, panel }));
        front.set(new);
        after_next_frame(move || {
            // Unless the visitor has come back to it meanwhile.
            if front.try_get_untracked() == Some(new) {
                slots[old].set(None);
            }
        });
    });
    let slot = move |i: usize| {
        view! {
            <div class="shown-report" hidden=move || front.get() != i>
                {move || slots[i].get().map(|r| view! { <ReportView loaded=r.loaded panel=r.panel /> })}
            </div>
        }
    };
    let shown_reports = move || view! { {slot(0)}{slot(1)} };
    let main = move || {
        let urls = compared.get();
        if !urls.is_empty() {
            return view! { <ComparisonView urls=urls /> }.into_any();
        }
        match state.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(_)) => ().into_any(),
            Some(Err(error)) => view! {
                <LoadErrorPanel error=error on_retry=move || load(report_url.get_untracked()) />
            }
            .into_any(),
        }
    };
    let embed = options.embed;
    let page = move || {
        if !due.get() {
            return None;
        }
        remove_starting_line();
        if embed {
            return Some(
                view! { <main id="main" class="page">{main}{shown_reports}</main> }.into_any(),
            );
        }
        // The header's controls are built in the task after: two short tasks, not one long.
        let controls_due = RwSignal::new(false);
        set_timeout(move || controls_due.set(true), std::time::Duration::ZERO);
        Some(
            view! {
                <SiteHeader>
                    <Show when=move || controls_due.get()>
                        <ReportPicker on_retry=retry_collection />
                        <OpenLocalFile />
                        <a class="header-button" href=move || match app.lang() {
                            Lang::Zh => "import/",
                            Lang::En => "import/?lang=en",
                        }>{move || app.lang().pick("导入报告", "Import")}</a>
                        <CopyLink />
                        <LanguageSwitch />
                        <CareSwitch />
                    </Show>
                </SiteHeader>
                <main id="main" class="page">{main}{shown_reports}</main>
                <footer class="site-footer">
                    <p>{move || app.lang().pick(
                        "数据按各机关发布的年度报告原文转录。报告未给出的数字显示为“未报告”，空白不等于零；计算所得的数字另有标注。",
                        "Figures are transcribed from the reports as each body published them. A figure a report does not give is shown as “not reported”; a blank is not a zero; computed figures are marked.",
                    )}</p>
                </footer>
            }
            .into_any(),
        )
    };
    page.into_any()
}
