//! The app's state, provided through context, and fetching a report.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{describe_load_error, Lang};
use crate::page::PageOptions;
use crate::report::checks::{check_report, CheckResult, Place};
use crate::report::links::LinkPolicy;
use crate::report::load::{parse_collection, IndexEntry};
use crate::report::{parse_report, LoadError, Report};

/// What every component may read: the language, the deployment's link policy, and the
/// collection of reports on offer.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub policy: StoredValue<LinkPolicy>,
    pub collection: RwSignal<Vec<CollectionEntry>>,
    /// Whether the dark theme is in effect (charts are drawn to match).
    pub dark: RwSignal<bool>,
    /// What the URL asked for.
    pub options: StoredValue<PageOptions>,
}

/// A report the collection offers, with its URL resolved against the index.
#[derive(Clone, Debug, PartialEq)]
pub struct CollectionEntry {
    pub url: String,
    pub entry: IndexEntry,
}

/// Fetches a collection index; its entries' paths are relative to the index file. The
/// collection is a convenience: without it the report still shows, so failures are quiet.
pub async fn fetch_collection(index_url: String) -> Vec<CollectionEntry> {
    let Ok(response) = gloo_net::http::Request::get(&index_url).send().await else {
        return Vec::new();
    };
    if !response.ok() {
        return Vec::new();
    }
    let Ok(bytes) = response.binary().await else {
        return Vec::new();
    };
    let Ok(collection) = parse_collection(&bytes) else {
        return Vec::new();
    };
    let base = index_url.rfind('/').map_or("", |i| &index_url[..=i]);
    let mut entries: Vec<CollectionEntry> = collection
        .reports
        .into_iter()
        .map(|entry| CollectionEntry {
            url: format!("{base}{}", entry.path),
            entry,
        })
        .collect();
    entries.sort_by(|a, b| {
        b.entry
            .year
            .cmp(&a.entry.year)
            .then(a.entry.body.cmp(&b.entry.body))
    });
    entries
}

impl AppState {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A loaded report with the results of its checks, computed once.
#[derive(Debug)]
pub struct LoadedReport {
    pub url: String,
    pub report: Report,
    pub results: Vec<CheckResult>,
}

impl LoadedReport {
    pub fn new(url: String, report: Report) -> Self {
        let results = check_report(&report);
        LoadedReport {
            url,
            report,
            results,
        }
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
    /// The request did not complete (offline, blocked by CORS, refused).
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The server sent a web page where a report file was expected.
    HtmlInsteadOfJson { url: String },
    /// The file arrived but is not a valid report.
    Load { url: String, error: LoadError },
}

impl AppError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AppError::Network { url, detail }, Lang::Zh) => {
                format!("无法获取报告文件 {url}（网络错误：{detail}）。请检查网络或地址后重试。")
            }
            (AppError::Network { url, detail }, Lang::En) => format!(
                "The report file {url} could not be fetched (network error: {detail}). Check the connection or the address and try again."
            ),
            (AppError::Http { url, status }, Lang::Zh) => {
                format!("服务器对 {url} 返回了错误 {status}，未能取得报告文件。")
            }
            (AppError::Http { url, status }, Lang::En) => {
                format!("The server answered {url} with error {status}; no report file was received.")
            }
            (AppError::HtmlInsteadOfJson { url }, Lang::Zh) => {
                format!("{url} 返回的是网页而不是报告数据（JSON），请检查地址是否正确。")
            }
            (AppError::HtmlInsteadOfJson { url }, Lang::En) => format!(
                "{url} returned a web page, not report data (JSON). Check that the address is right."
            ),
            (AppError::Load { url, error }, lang) => {
                let lead = match lang {
                    Lang::Zh => format!("报告文件 {url} 有误："),
                    Lang::En => format!("The report file {url} could not be read. "),
                };
                format!("{lead}{}", describe_load_error(lang, error))
            }
        }
    }
}

/// Fetches and parses a report. Relative URLs resolve against the page, so the site works
/// from any folder.
pub async fn fetch_report(url: String) -> Result<Arc<LoadedReport>, AppError> {
    use gloo_net::http::Request;
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| AppError::Network {
            url: url.clone(),
            detail: e.to_string(),
        })?;
    if !response.ok() {
        return Err(AppError::Http {
            url,
            status: response.status(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    let bytes = response.binary().await.map_err(|e| AppError::Network {
        url: url.clone(),
        detail: e.to_string(),
    })?;
    // A dev server or a misconfigured host answers a missing file with its index page.
    let looks_like_html = content_type.contains("text/html")
        || bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'<');
    if looks_like_html {
        return Err(AppError::HtmlInsteadOfJson { url });
    }
    match parse_report(&bytes) {
        Ok(report) => Ok(Arc::new(LoadedReport::new(url, report))),
        Err(error) => Err(AppError::Load { url, error }),
    }
}
