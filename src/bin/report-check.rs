//! `report-check [--lang zh|en] FILE...`: loads report files as the dashboard does and
//! prints, for each, the load error or the report's title, every finding, and a summary of
//! the checks. Chinese by default.
//!
//! A file that loads with warnings (a field the format does not know, a file read as GBK)
//! gets one `  ! ` line per warning after its title.
//!
//! Exit status: 0 when every file loads (findings and load warnings are warnings, not
//! failures), 1 when any file cannot be read or loaded, 2 for bad usage.

use std::process::ExitCode;

use ndbg_dashboard::i18n::{describe_load_error, describe_result, Lang};
use ndbg_dashboard::report::checks::{check_report, Status};
use ndbg_dashboard::report::{describe_load_warning, parse_report_with_warnings};

const USAGE: &str = "usage: report-check [--lang zh|en] FILE...  (- reads standard input)";

struct Options {
    lang: Lang,
    files: Vec<String>,
}

enum Usage {
    Help,
    Error(String),
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Options, Usage> {
    let mut lang = Lang::Zh;
    let mut files = Vec::new();
    let mut args = args.into_iter();
    let mut flags_done = false;
    while let Some(arg) = args.next() {
        if flags_done || !arg.starts_with('-') || arg == "-" {
            files.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        match flag.as_str() {
            "--" => flags_done = true,
            "-h" | "--help" => return Err(Usage::Help),
            "--lang" => {
                let code = inline
                    .or_else(|| args.next())
                    .ok_or_else(|| Usage::Error("--lang needs a value: zh or en".into()))?;
                lang = Lang::parse(&code).ok_or_else(|| {
                    Usage::Error(format!("unknown language \"{code}\": use zh or en"))
                })?;
            }
            _ => return Err(Usage::Error(format!("unknown option {arg}"))),
        }
    }
    if files.is_empty() {
        return Err(Usage::Error("no report files given".into()));
    }
    Ok(Options { lang, files })
}

/// Checks one file and prints what was found. Returns whether the file loaded.
fn check_file(lang: Lang, path: &str) -> bool {
    println!("== {path}");
    let read = if path == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(e) => {
            let reason = match (lang, e.kind()) {
                (Lang::Zh, std::io::ErrorKind::NotFound) => "文件不存在".to_string(),
                (Lang::Zh, std::io::ErrorKind::PermissionDenied) => "没有读取权限".to_string(),
                (Lang::En, std::io::ErrorKind::NotFound) => "no such file".to_string(),
                _ => e.to_string(),
            };
            println!(
                "{}{reason}",
                lang.pick("无法读取文件：", "The file cannot be read: ")
            );
            return false;
        }
    };
    let (report, warnings) = match parse_report_with_warnings(&bytes) {
        Ok(loaded) => (loaded.report, loaded.warnings),
        Err(e) => {
            println!("{}", describe_load_error(lang, &e));
            return false;
        }
    };
    println!("{}", report.title);
    // Warnings (an unknown field, a GBK file) do not stop the file from loading.
    for w in &warnings {
        println!(
            "  ! {}{}",
            lang.pick("警告：", "Warning: "),
            describe_load_warning(lang, w)
        );
    }
    let results = check_report(&report);
    let mut summary = Summary::default();
    for r in &results {
        match r.status {
            Status::Holds => summary.held += 1,
            Status::Fails { .. } | Status::RowMissing => {
                summary.findings += 1;
                println!("  ✗ {}", describe_result(lang, r, &report));
            }
            Status::AllBlank => summary.all_blank += 1,
            Status::TotalComputed => summary.total_computed += 1,
        }
    }
    println!("{}", summary.line(lang, results.len()));
    true
}

#[derive(Default)]
struct Summary {
    held: usize,
    findings: usize,
    all_blank: usize,
    total_computed: usize,
}

impl Summary {
    fn line(&self, lang: Lang, checks: usize) -> String {
        let not_checkable = self.all_blank + self.total_computed;
        match lang {
            Lang::Zh => format!(
                "核对 {checks} 项：成立 {} 项，发现问题 {} 项，无从核对 {not_checkable} 项（单元格均为空白 {} 项，总计空白、已按各项计算 {} 项）",
                self.held, self.findings, self.all_blank, self.total_computed
            ),
            Lang::En => format!(
                "{checks} checks: {} held, {} {}, {not_checkable} not checkable ({} all blank, {} with the total left blank and computed)",
                self.held,
                self.findings,
                if self.findings == 1 { "finding" } else { "findings" },
                self.all_blank,
                self.total_computed
            ),
        }
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(Usage::Help) => {
            println!("{USAGE}");
            println!();
            println!(
                "Loads each report file as the dashboard does and prints its load error, or its"
            );
            println!("title, every finding of the checks and a summary. Chinese by default.");
            println!(
                "Exit status: 0 if every file loads (findings are warnings), 1 if any file does"
            );
            println!("not load, 2 for bad usage.");
            return ExitCode::SUCCESS;
        }
        Err(Usage::Error(message)) => {
            eprintln!("report-check: {message}");
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut all_loaded = true;
    for (i, path) in options.files.iter().enumerate() {
        if i > 0 {
            println!();
        }
        all_loaded &= check_file(options.lang, path);
    }
    if all_loaded {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
