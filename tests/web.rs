//! Component tests in headless Chromium (wasm-bindgen-test): each mounts a component with a
//! real bundled report and asserts on the DOM it renders.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use ndbg_dashboard::i18n::Lang;
use ndbg_dashboard::report::links::LinkPolicy;
use ndbg_dashboard::report::parse_report;
use ndbg_dashboard::ui::{
    AppError, AppState, LinkedText, LoadErrorPanel, LoadedReport, ReportView,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &[u8] = include_bytes!("../public/reports/dongguan-hr-2015.json");
const SHANGHAI: &[u8] = include_bytes!("../public/reports/shanghai-gov-office-2019.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page, 960 px wide like a desktop content column.
fn container(width_px: u32) -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    el.style()
        .set_property("width", &format!("{width_px}px"))
        .unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets effects and the chart's first measurement run.
/// Long enough for a report view's panels, built one task after another, and their charts.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn provide_app(lang: Lang) {
    let lang = RwSignal::new(lang);
    provide_context(AppState {
        lang,
        words: lang,
        policy: StoredValue::new(LinkPolicy::default()),
        collection: RwSignal::new(Default::default()),
        collection_error: RwSignal::new(None),
        report: RwSignal::new(None),
        dark: RwSignal::new(false),
        care: RwSignal::new(false),
        options: StoredValue::new(Default::default()),
        location: RwSignal::new(Default::default()),
        fetched: StoredValue::new(Default::default()),
    });
}

fn loaded(bytes: &[u8], url: &str) -> Arc<LoadedReport> {
    Arc::new(LoadedReport::new(url.into(), parse_report(bytes).unwrap()))
}

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

fn query(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn report_view_shows_every_seed_figure_and_the_date_finding() {
    let root = container(960);
    let report = loaded(SEED, "seed");
    let _view = leptos::mount::mount_to(root.clone(), move || {
        provide_app(Lang::Zh);
        view! { <ReportView loaded=report /> }
    });
    settle().await;
    let page = text(&root);
    for expected in [
        "东莞市人力资源局2015年政务信息公开工作年度报告",
        "2828条",
        "691",
        "24.43%",
        "2.12%",
        "1556",
        "55.02%",
        "3.47%",
        "423",
        "14.96%",
        "42家",
        "10宗",
        "27篇",
        "50篇",
        "8篇",
        "17场",
        "300多场次",
        "40多万份",
        "159个",
        "1112件",
        "按时回复率 100%",
        "39件",
        "答复率 100%",
        "14宗",
        "网上申请 10宗",
        "信函申请 4宗",
        "3宗",
        "0元",
        "2015年3月23日",
        "报告日期不早于报告期末",
        "依申请公开办理能力还需进一步提高",
        "重点实施就业创业服务信息化工程",
    ] {
        assert!(page.contains(expected), "page lacks {expected:?}");
    }
    // Outcomes the seed does not give are "not reported", never zero.
    let outcomes = text(&query(&root, ".outcomes-free tbody"));
    assert_eq!(outcomes.matches("未报告").count(), 6);
    assert!(outcomes.contains("3宗"));
}

#[wasm_bindgen_test]
async fn the_chart_is_an_svg_image_with_the_figures_and_follows_the_keyboard() {
    let root = container(960);
    let report = loaded(SEED, "seed");
    let _view = leptos::mount::mount_to(root.clone(), move || {
        provide_app(Lang::Zh);
        view! { <ReportView loaded=report /> }
    });
    settle().await;
    let img: web_sys::HtmlImageElement = query(&root, ".chart-image").unchecked_into();
    let src = img.src();
    assert!(src.starts_with("data:image/svg+xml"));
    let svg = String::from(js_sys::decode_uri_component(&src).unwrap());
    for value in ["691 · 24.43%", "1556 · 55.02%", "政务动态类", "其它类"] {
        assert!(svg.contains(value), "chart lacks {value}");
    }
    assert!(img.width() > 600, "drawn at the container's width");

    let frame = query(&root, ".chart-frame");
    let down = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("ArrowDown");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    frame.dispatch_event(&down).unwrap();
    frame.dispatch_event(&down).unwrap();
    settle().await;
    let selected = text(&query(&root, ".categories tr.selected"));
    assert!(
        selected.contains("政策法规类"),
        "second bar selected: {selected}"
    );
    let readout = text(&query(&root, ".chart-readout"));
    assert!(readout.contains("政策法规类：60条"), "{readout}");
    // The image is not redrawn; a band over it marks the second bar.
    let image: web_sys::HtmlImageElement = query(&root, ".chart-image").unchecked_into();
    assert_eq!(image.src(), src, "the chart image is drawn once");
    let band = query(&root, ".categories .chart-selection rect");
    let attr = |name: &str| -> f64 { band.get_attribute(name).unwrap().parse().unwrap() };
    let (top, height) = (attr("y"), attr("height"));
    let mut bars: Vec<(f64, f64)> = svg
        .split("<rect")
        .filter(|r| r.contains("fill=\"#2F6FB3\""))
        .map(|r| {
            let number = |name: &str| -> f64 {
                let from = r.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                r[from..].split('"').next().unwrap().parse().unwrap()
            };
            (number("y"), number("height"))
        })
        .collect();
    bars.sort_by(|a, b| a.0.total_cmp(&b.0));
    let middle = bars[1].0 + bars[1].1 / 2.0;
    assert!(
        top < middle && middle < top + height,
        "band {top}..{} over the second bar at {middle}",
        top + height
    );
    assert!(
        top > bars[0].0 + bars[0].1 && top + height < bars[2].0,
        "band covers only the second row"
    );
}

#[wasm_bindgen_test]
async fn injected_links_stay_text_and_allowed_ones_are_safe_links() {
    let root = container(600);
    let _view = leptos::mount::mount_to(root.clone(), move || {
        provide_app(Lang::Zh);
        view! {
            <p class="spam"><LinkedText text="本报告的电子版可在mobile.28365-365(http://www.insinv.com)下载。" /></p>
            <p class="gov"><LinkedText text="详见 https://www.gov.cn/zhengce/ 。" /></p>
            <p class="markup"><LinkedText text="<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>" /></p>
        }
    });
    settle().await;
    let spam = query(&root, ".spam");
    assert!(
        spam.query_selector("a").unwrap().is_none(),
        "no link to the spam site"
    );
    assert_eq!(
        query(&spam, ".blocked-link")
            .first_child()
            .unwrap()
            .text_content()
            .unwrap(),
        "http://www.insinv.com"
    );
    let gov = query(&root, ".gov a");
    assert_eq!(
        gov.get_attribute("href").unwrap(),
        "https://www.gov.cn/zhengce/"
    );
    assert!(gov.get_attribute("rel").unwrap().contains("noopener"));
    let markup = query(&root, ".markup");
    assert!(markup.query_selector("img, script").unwrap().is_none());
    assert!(text(&markup).contains("<img src=x"));
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "no script from the text ran");
}

#[wasm_bindgen_test]
async fn a_broken_file_gets_a_located_message_in_both_languages() {
    let error = parse_report(b"{\n  \"format_version\": 1,\n  \"title\": \"x\",\n").unwrap_err();
    let app_error = AppError::Load {
        url: "reports/broken.json".into(),
        error,
        content_type: None,
    };
    for (lang, expected) in [(Lang::Zh, "第 4 行第 1 列"), (Lang::En, "line 4, column 1")] {
        let root = container(600);
        let e = app_error.clone();
        let _view = leptos::mount::mount_to(root.clone(), move || {
            provide_app(lang);
            view! { <LoadErrorPanel error=e on_retry=|| () /> }
        });
        settle().await;
        let message = text(&root);
        assert!(message.contains("reports/broken.json"), "{message}");
        assert!(message.contains(expected), "{message}");
        assert!(
            root.query_selector("button").unwrap().is_some(),
            "a retry button"
        );
    }
}

#[wasm_bindgen_test]
async fn a_standard_report_shows_computed_totals_marked() {
    let root = container(960);
    let report = loaded(SHANGHAI, "shanghai");
    let _view = leptos::mount::mount_to(root.clone(), move || {
        provide_app(Lang::Zh);
        view! { <ReportView loaded=report /> }
    });
    settle().await;
    let page = text(&root);
    for expected in ["859", "805", "72", "272*", "予以公开或部分公开 275 件"] {
        assert!(page.contains(expected), "page lacks {expected:?}");
    }
    let computed = root
        .query_selector_all(".table2 td.computed")
        .unwrap()
        .length();
    assert!(computed >= 10, "computed cells are marked ({computed})");
    let blanks = root
        .query_selector_all(".table2 td.blank")
        .unwrap()
        .length();
    assert!(blanks > 50, "blank cells stay blank ({blanks})");
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_message_and_a_reload_button() {
    ndbg_dashboard::ui::show_panic_message();
    ndbg_dashboard::ui::show_panic_message();
    let document = document();
    let panels = document.query_selector_all("#ndbg-panic").unwrap();
    assert_eq!(panels.length(), 1, "shown once");
    let panel: web_sys::HtmlElement = panels.item(0).unwrap().unchecked_into();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&panel).contains("看板出现内部错误"));
    assert!(text(&panel).contains("Reload the page"));
    let button = query(&panel, "button");
    assert_eq!(text(&button), "重新加载 Reload");
    panel.remove();
}

/// In the browser GB18030 is read by its TextDecoder, not the native table: the same files
/// give the same text, warning and refusals as the native decoder (tests/bad_input.rs).
#[wasm_bindgen_test]
fn gbk_files_are_read_by_the_browser_decoder_as_natively() {
    use ndbg_dashboard::report::load::{parse_report_with_warnings, LoadWarning};
    use ndbg_dashboard::report::LoadError;
    let gbk = parse_report_with_warnings(include_bytes!("fixtures/bad/gbk.json")).unwrap();
    assert!(gbk
        .warnings
        .iter()
        .any(|w| matches!(w, LoadWarning::DecodedFromGbk { .. })));
    assert_eq!(
        gbk.report.title,
        "某县人民政府2024年政府信息公开工作年度报告"
    );
    // One byte that is not GB18030 refuses the file, with where the UTF-8 reading stopped.
    assert!(matches!(
        parse_report_with_warnings(include_bytes!("fixtures/bad/gbk-with-bad-byte.json")),
        Err(LoadError::NotUtf8 { .. })
    ));
    // UTF-8 with GBK pasted in is not decoded as GBK.
    assert!(matches!(
        parse_report_with_warnings(include_bytes!("fixtures/bad/utf8-with-gbk-pasted-in.json")),
        Err(LoadError::NotUtf8 { .. })
    ));
}
