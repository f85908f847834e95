//! `report-import [--html | --text] FILE`: reads the text or the HTML of a published
//! standard-format report and writes the report as JSON (in the layout of the bundled files)
//! to standard output. What could not be placed, and the notes on how the input was read,
//! go to standard error, one per line with its line number.
//!
//! Exit status: 0 when some row of tables 1–3 was imported, 1 when the input cannot be read
//! or nothing could be imported, 2 for bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use ndbg_dashboard::import::{import_html, import_text, looks_like_html, report_to_json};

const USAGE: &str = "usage: report-import [--html | --text] FILE  (- reads standard input)
  Reads the text (copied from the report's web page, or extracted from its PDF) or the HTML
  of a standard-format report and writes the report JSON to standard output; what could not
  be placed goes to standard error. The input is taken as HTML when it looks like a page,
  unless --text is given.";

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Auto,
    Html,
    Text,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<(Mode, String), String> {
    let mut mode = Mode::Auto;
    let mut file = None;
    let mut flags_done = false;
    for arg in args {
        if !flags_done && arg.starts_with('-') && arg != "-" {
            match arg.as_str() {
                "--" => flags_done = true,
                "--html" if mode != Mode::Text => mode = Mode::Html,
                "--text" if mode != Mode::Html => mode = Mode::Text,
                "--html" | "--text" => return Err("give --html or --text, not both".into()),
                "-h" | "--help" => return Err(String::new()),
                _ => return Err(format!("unknown option {arg}")),
            }
            continue;
        }
        if file.replace(arg).is_some() {
            return Err("give one file".into());
        }
    }
    file.map(|f| (mode, f))
        .ok_or_else(|| "no input file given".to_string())
}

/// The input as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark.
fn decode(bytes: &[u8]) -> Result<String, String> {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| "the file is not valid UTF-16".to_string())
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            String::from_utf8(bytes.to_vec()).map_err(|e| {
                let at = e.utf8_error().valid_up_to();
                let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
                format!(
                    "the file is not UTF-8 text (first bad byte on line {line}); a page saved as GBK can be converted with: iconv -f GB18030 -t UTF-8"
                )
            })
        }
    }
}

fn main() -> ExitCode {
    let (mode, path) = match parse_args(std::env::args().skip(1)) {
        Ok(x) => x,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("report-import: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let read = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(&path)
    };
    let text = match read.map_err(|e| e.to_string()).and_then(|b| decode(&b)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("report-import: {path}: cannot be read: {e}");
            return ExitCode::from(1);
        }
    };
    let html = match mode {
        Mode::Html => true,
        Mode::Text => false,
        Mode::Auto => looks_like_html(&text),
    };
    let result = if html {
        import_html(&text)
    } else {
        import_text(&text)
    };
    let mut err = std::io::stderr().lock();
    for u in &result.unplaced {
        let _ = writeln!(err, "unplaced: {u}");
    }
    for n in &result.notes {
        let _ = writeln!(err, "note: {n}");
    }
    let s = result.summary;
    let _ = writeln!(
        err,
        "read as {}: table 1 {}/{} rows, table 2 {}/{} rows, table 3 {}/3 blocks; {} unplaced",
        if html { "HTML" } else { "text" },
        s.table1_rows,
        s.table1_expected,
        s.table2_rows,
        s.table2_expected,
        s.table3_blocks,
        result.unplaced.len()
    );
    if !result.imported_anything() {
        let _ = writeln!(
            err,
            "report-import: {path}: no row of the standard tables was found; nothing imported"
        );
        return ExitCode::from(1);
    }
    let json = report_to_json(&result.report);
    if std::io::stdout().lock().write_all(json.as_bytes()).is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
