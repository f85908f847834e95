//! The app's state, provided through context, and fetching a report.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalogue::Catalogue;
use crate::i18n::{describe_load_error, Lang};
use crate::page::PageOptions;
use crate::report::checks::{check_report, CheckResult, Place};
use crate::report::links::LinkPolicy;
use crate::report::load::parse_collection;
use crate::report::load::{parse_report_with_warnings, prepare_report, LoadWarning, Loaded};
use crate::report::{LoadError, Report};

/// What every component may read: the language, the deployment's link policy, and the
/// collection of reports on offer.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The page's language: what the address and the language switch say.
    pub lang: RwSignal<Lang>,
    /// The language this part of the page is written in (`lang()`): the page's language,
    /// except in a part out of sight, which follows it a moment later (`InTurn`).
    pub words: RwSignal<Lang>,
    pub policy: StoredValue<LinkPolicy>,
    pub collection: RwSignal<Catalogue>,
    /// Why the collection could not be loaded, if it could not.
    pub collection_error: RwSignal<Option<AppError>>,
    /// The report on screen: loading (`None`), shown, or why not.
    pub report: RwSignal<Option<Result<Arc<LoadedReport>, AppError>>>,
    /// Whether the dark theme is in effect (charts are drawn to match).
    pub dark: RwSignal<bool>,
    /// Care mode: larger, plainer, every chart with its table.
    pub care: RwSignal<bool>,
    /// What the URL asked for when the page opened (embedding, theme, accent).
    pub options: StoredValue<PageOptions>,
    /// What is on screen, kept in the URL: reports, view, selection, language.
    pub location: RwSignal<PageOptions>,
    /// Reports already fetched, so going back and forth does not fetch them again.
    pub fetched: StoredValue<std::collections::HashMap<String, Arc<LoadedReport>>>,
}

/// Fetches a collection index; its entries' paths are relative to the index file.
pub async fn fetch_collection(index_url: String) -> Result<Catalogue, AppError> {
    let (bytes, _) = fetch_bytes(&index_url).await?;
    let collection = parse_collection(&bytes).map_err(|error| AppError::Load {
        url: index_url.clone(),
        error,
        content_type: None,
    })?;
    Ok(Catalogue::new(collection, &index_url))
}

impl AppState {
    /// The language to write this part of the page in. A part already taken off the page
    /// (a chart drawn late, say) has no language of its own left, and reads the page's.
    pub fn lang(&self) -> Lang {
        self.words.try_get().unwrap_or_else(|| self.lang.get())
    }

    /// The report at `url`, if it was fetched before in this page.
    pub fn already_fetched(&self, url: &str) -> Option<Arc<LoadedReport>> {
        self.fetched.with_value(|f| f.get(url).cloned())
    }

    /// A report, from those already fetched or from the network.
    pub async fn report(self, url: String) -> Result<Arc<LoadedReport>, AppError> {
        if let Some(known) = self.already_fetched(&url) {
            return Ok(known);
        }
        let loaded = fetch_report(url.clone()).await?;
        self.fetched.update_value(|f| {
            f.insert(url, loaded.clone());
        });
        // The page is drawn in the next task, not in the one that parsed and checked.
        next_task().await;
        Ok(loaded)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A loaded report with the results of its checks, computed once.
#[derive(Clone, Debug)]
pub struct LoadedReport {
    pub url: String,
    pub report: Report,
    pub results: Vec<CheckResult>,
    /// Opened from the visitor's computer, not fetched.
    pub local: bool,
    /// What the loader accepted but the author should know (unknown fields, GBK).
    pub warnings: Vec<LoadWarning>,
}

impl LoadedReport {
    pub fn new(url: String, report: Report) -> Self {
        let results = check_report(&report);
        LoadedReport {
            url,
            report,
            results,
            local: false,
            warnings: Vec::new(),
        }
    }

    /// A report that loaded, checked, with the loader's warnings.
    pub fn checked(url: String, loaded: Loaded) -> Self {
        LoadedReport {
            warnings: loaded.warnings,
            ..LoadedReport::new(url, loaded.report)
        }
    }

    /// What a download from `panel` is called: body, year, panel.
    pub fn file_parts(&self, panel: &str) -> Vec<String> {
        vec![
            self.report.body.name.clone(),
            self.report.year.to_string(),
            panel.to_string(),
        ]
    }

    pub fn findings(&self) -> impl Iterator<Item = &CheckResult> {
        self.results.iter().filter(|r| r.is_finding())
    }

    /// The findings about one place, to show beside the figure concerned.
    pub fn findings_at<'a>(
        &'a self,
        matches: impl Fn(&Place) -> bool + 'a,
    ) -> impl Iterator<Item = &'a CheckResult> + 'a {
        self.findings().filter(move |r| matches(&r.place))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum AppError {
    /// The request did not complete: offline, refused, or blocked because the other server
    /// does not allow this site to read it (CORS).
    Network { url: String, detail: String },
    /// No answer within [`FETCH_TIMEOUT_MS`].
    Timeout { url: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The server sent a web page where a report file was expected.
    HtmlInsteadOfJson { url: String },
    /// The file arrived but is not a valid report; `content_type` when the server did not
    /// call it JSON.
    Load {
        url: String,
        error: LoadError,
        content_type: Option<String>,
    },
    /// The address is not one the dashboard fetches (only relative paths and http(s)).
    AddressRefused { url: String },
}

/// How long a report or collection may take to arrive.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;

impl AppError {
    /// A file from the visitor's computer, not an address: trying again cannot help.
    pub fn is_local(&self) -> bool {
        matches!(self, AppError::Load { url, .. } if url.starts_with("file:") || url.starts_with("pasted:"))
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AppError::Network { url, detail }, Lang::Zh) => format!(
                "无法获取 {url}：网络不通、地址有误，或该服务器不允许本站读取（跨域限制）。（{detail}）"
            ),
            (AppError::Network { url, detail }, Lang::En) => format!(
                "{url} could not be fetched: the network is down, the address is wrong, or that server does not allow this site to read it (CORS). ({detail})"
            ),
            (AppError::Timeout { url }, Lang::Zh) => format!(
                "{url} 在 {} 秒内没有响应。请稍后重试。",
                FETCH_TIMEOUT_MS / 1000
            ),
            (AppError::Timeout { url }, Lang::En) => format!(
                "{url} did not answer within {} seconds. Try again later.",
                FETCH_TIMEOUT_MS / 1000
            ),
            (AppError::Http { url, status }, Lang::Zh) => {
                let what = match status {
                    404 => "找不到该文件",
                    403 => "服务器拒绝访问",
                    500..=599 => "服务器出错",
                    _ => "请求未成功",
                };
                format!("{url}：{what}（HTTP {status}），未能取得文件。")
            }
            (AppError::Http { url, status }, Lang::En) => {
                let what = match status {
                    404 => "the file was not found",
                    403 => "the server refused access",
                    500..=599 => "the server had an error",
                    _ => "the request did not succeed",
                };
                format!("{url}: {what} (HTTP {status}); no file was received.")
            }
            (AppError::HtmlInsteadOfJson { url }, Lang::Zh) => {
                format!("{url} 返回的是网页而不是报告数据（JSON），请检查地址是否正确。")
            }
            (AppError::HtmlInsteadOfJson { url }, Lang::En) => format!(
                "{url} returned a web page, not report data (JSON). Check that the address is right."
            ),
            (AppError::AddressRefused { url }, Lang::Zh) => format!(
                "不打开地址 {url}：只能打开本站的相对路径或 http(s) 地址。"
            ),
            (AppError::AddressRefused { url }, Lang::En) => format!(
                "The address {url} is not opened: only paths on this site and http(s) addresses are."
            ),
            (
                AppError::Load {
                    url,
                    error,
                    content_type,
                },
                lang,
            ) => {
                let lead = match (url.strip_prefix("file:"), lang) {
                    (Some(name), Lang::Zh) => format!("本地文件 {name} 有误："),
                    (Some(name), Lang::En) => format!("The file {name} could not be read. "),
                    (None, Lang::Zh) => format!("报告文件 {url} 有误："),
                    (None, Lang::En) => format!("The report file {url} could not be read. "),
                };
                let served_as = match (content_type, lang) {
                    (Some(t), Lang::Zh) => format!("（服务器声明的文件类型是 {t}，不是 JSON。）"),
                    (Some(t), Lang::En) => format!(" (The server called it {t}, not JSON.)"),
                    (None, _) => String::new(),
                };
                format!("{lead}{}{served_as}", describe_load_error(lang, error))
            }
        }
    }
}

/// Fetches a file with a time limit; an error status, a web page instead of data, or no
/// answer each become an [`AppError`]. Relative URLs resolve against the page, so the site
/// works from any folder.
async fn fetch_bytes(url: &str) -> Result<(Vec<u8>, String), AppError> {
    use gloo_net::http::Request;
    if !crate::page::fetchable_address(url) {
        return Err(AppError::AddressRefused { url: url.into() });
    }
    let controller = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = controller.as_ref().and_then(|c| {
        let (c, flag) = (c.clone(), timed_out.clone());
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || {
            flag.set(true);
            c.abort();
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok()
    });
    let network_error = |e: gloo_net::Error| {
        if timed_out.get() {
            AppError::Timeout { url: url.into() }
        } else {
            AppError::Network {
                url: url.into(),
                detail: e.to_string(),
            }
        }
    };
    let result = async {
        let response = Request::get(url)
            .abort_signal(controller.as_ref().map(|c| c.signal()).as_ref())
            .send()
            .await
            .map_err(network_error)?;
        if !response.ok() {
            return Err(AppError::Http {
                url: url.into(),
                status: response.status(),
            });
        }
        let content_type = response.headers().get("content-type").unwrap_or_default();
        let bytes = response.binary().await.map_err(network_error)?;
        // A dev server or a misconfigured host answers a missing file with its index page.
        let looks_like_html = content_type.contains("text/html")
            || bytes
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|b| *b == b'<');
        if looks_like_html {
            return Err(AppError::HtmlInsteadOfJson { url: url.into() });
        }
        Ok((bytes, content_type))
    }
    .await;
    if let (Some(id), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(id);
    }
    result
}

thread_local! {
    /// The sections of a report already read alone in this page (see [`fetch_report`]).
    static REHEARSED: std::cell::RefCell<std::collections::HashSet<&'static str>> =
        Default::default();
}

/// Fetches, parses and checks a report in short tasks: the file's structure is walked, each
/// section read alone (so the browser compiles the reader a part at a time, see
/// [`crate::report::load::PreparedReport::rehearse`]), the report read, and its checks run,
/// each in a task of its own.
pub async fn fetch_report(url: String) -> Result<Arc<LoadedReport>, AppError> {
    // Not in the task that asked for it (at start, the one that built the page's frame).
    next_task().await;
    let (bytes, content_type) = fetch_bytes(&url).await?;
    next_task().await;
    let prepared = prepare_report(&bytes).map_err(|e| load_error(&url, e, &content_type))?;
    for section in prepared.sections() {
        // Once a section has been read in this page, its reader is compiled.
        if REHEARSED.with(|r| r.borrow_mut().insert(section)) {
            next_task().await;
            prepared.rehearse(section);
        }
    }
    next_task().await;
    let loaded = prepared
        .parse()
        .map_err(|e| load_error(&url, e, &content_type))?;
    next_task().await;
    Ok(Arc::new(LoadedReport::checked(url, loaded)))
}

/// A report from the bytes of a file, fetched or opened from the visitor's computer.
pub fn loaded_from_bytes(
    url: String,
    bytes: &[u8],
    content_type: &str,
) -> Result<Arc<LoadedReport>, AppError> {
    let loaded =
        parse_report_with_warnings(bytes).map_err(|e| load_error(&url, e, content_type))?;
    Ok(Arc::new(LoadedReport::checked(url, loaded)))
}

fn load_error(url: &str, error: LoadError, content_type: &str) -> AppError {
    AppError::Load {
        url: url.to_string(),
        error,
        content_type: (!content_type.is_empty() && !content_type.contains("json")).then(|| {
            content_type
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        }),
    }
}

/// Resumes in a later task, so that the work before and after are two short tasks rather
/// than one long one (blocking time in BENCHMARKS.md).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if queued != Some(true) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
