//! Broken and hostile report files (`tests/fixtures/bad/`): every file gives the outcome that
//! `tests/fixtures/bad/expected.json` records for it — an error with its variant, path, line,
//! column and detail, or a report with its warnings — without a panic, and with a message in
//! both languages that names the location. Text is data: hostile text loads and is kept byte
//! for byte. Then the cases the fuzzer found, and the time the largest accepted file takes.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ndbg_dashboard::charts::bars::Bar;
use ndbg_dashboard::charts::{Chart, ChartTheme};
use ndbg_dashboard::i18n::{describe_load_error, Lang};
use ndbg_dashboard::report::checks::check_report;
use ndbg_dashboard::report::gb18030::decode_gb18030;
use ndbg_dashboard::report::load::MAX_REPORT_BYTES;
use ndbg_dashboard::report::model::Table2Row;
use ndbg_dashboard::report::{
    describe_load_warning, parse_report, parse_report_with_warnings, LoadError, LoadWarning,
    Loaded, Report,
};
use serde_json::{json, Value};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

fn expected() -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(corpus_dir().join("expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The corpus files, by name.
fn corpus() -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "expected.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// Loads without letting a panic escape: a panic is a test failure with the file's name.
fn load(name: &str, bytes: &[u8]) -> Result<Loaded, LoadError> {
    catch_unwind(AssertUnwindSafe(|| parse_report_with_warnings(bytes)))
        .unwrap_or_else(|_| panic!("{name}: the loader panicked"))
}

/// The outcome as expected.json writes it.
fn outcome(result: &Result<Loaded, LoadError>) -> Value {
    match result {
        Ok(loaded) => {
            json!({ "loads": { "warnings": loaded.warnings.iter().map(warning_json).collect::<Vec<_>>() } })
        }
        Err(e) => json!({ "error": error_json(e) }),
    }
}

fn error_json(e: &LoadError) -> Value {
    match e {
        LoadError::Empty => json!({ "kind": "Empty" }),
        LoadError::TooLarge { bytes, limit } => {
            json!({ "kind": "TooLarge", "bytes": bytes, "limit": limit })
        }
        LoadError::NotUtf8 { line, column } => {
            json!({ "kind": "NotUtf8", "line": line, "column": column })
        }
        LoadError::NotJson {
            line,
            column,
            detail,
        } => json!({ "kind": "NotJson", "line": line, "column": column, "detail": detail }),
        LoadError::Invalid {
            path,
            line,
            column,
            detail,
        } => {
            json!({ "kind": "Invalid", "path": path, "line": line, "column": column, "detail": detail })
        }
        LoadError::UnsupportedVersion { found, supported } => {
            json!({ "kind": "UnsupportedVersion", "found": found, "supported": supported })
        }
        LoadError::Inconsistent { path, detail } => {
            json!({ "kind": "Inconsistent", "path": path, "detail": detail })
        }
    }
}

fn warning_json(w: &LoadWarning) -> Value {
    match w {
        LoadWarning::DecodedFromGbk { line, column } => {
            json!({ "kind": "DecodedFromGbk", "line": line, "column": column })
        }
        LoadWarning::UnknownField {
            path,
            key,
            line,
            column,
        } => {
            json!({ "kind": "UnknownField", "path": path, "key": key, "line": line, "column": column })
        }
        LoadWarning::MoreUnknownFields { count } => {
            json!({ "kind": "MoreUnknownFields", "count": count })
        }
    }
}

/// Both languages name the path (when there is one) and the line and column (when there
/// are), and the Chinese message translates the detail rather than quoting it.
fn assert_error_described(name: &str, e: &LoadError) {
    let zh = describe_load_error(Lang::Zh, e);
    let en = describe_load_error(Lang::En, e);
    let (path, place) = match e {
        LoadError::Invalid {
            path, line, column, ..
        } => (Some(path.as_str()), Some((*line, *column))),
        LoadError::NotJson { line, column, .. } | LoadError::NotUtf8 { line, column } => {
            (None, Some((*line, *column)))
        }
        LoadError::Inconsistent { path, .. } => (Some(path.as_str()), None),
        LoadError::UnsupportedVersion { .. } => (Some("format_version"), None),
        LoadError::Empty | LoadError::TooLarge { .. } => (None, None),
    };
    match path {
        Some("(top level)") => {
            assert!(
                zh.contains("文件顶层"),
                "{name}: zh names the top level: {zh}"
            );
            assert!(
                en.contains("Top level"),
                "{name}: en names the top level: {en}"
            );
        }
        Some(path) => {
            assert!(zh.contains(path), "{name}: zh names {path}: {zh}");
            assert!(en.contains(path), "{name}: en names {path}: {en}");
        }
        None => {}
    }
    if let Some((line, column)) = place {
        assert!(
            zh.contains(&format!("第 {line} 行第 {column} 列")),
            "{name}: zh gives line {line}, column {column}: {zh}"
        );
        assert!(
            en.contains(&format!("line {line}, column {column}")),
            "{name}: en gives line {line}, column {column}: {en}"
        );
    }
    assert!(
        !zh.contains("内容不符合格式"),
        "{name}: the detail is not translated: {zh}"
    );
    assert!(
        zh.ends_with('。') && en.ends_with('.'),
        "{name}: {zh} / {en}"
    );
}

fn assert_warning_described(name: &str, w: &LoadWarning) {
    let zh = describe_load_warning(Lang::Zh, w);
    let en = describe_load_warning(Lang::En, w);
    match w {
        LoadWarning::DecodedFromGbk { line, column } => {
            assert!(
                zh.contains("GBK") && en.contains("GBK"),
                "{name}: {zh} / {en}"
            );
            assert!(zh.contains(&format!("第 {line} 行第 {column} 列")), "{zh}");
            assert!(
                en.contains(&format!("line {line}, column {column}")),
                "{en}"
            );
        }
        LoadWarning::UnknownField {
            path, line, column, ..
        } => {
            assert!(
                zh.contains(path) && en.contains(path),
                "{name}: {zh} / {en}"
            );
            assert!(zh.contains(&format!("第 {line} 行第 {column} 列")), "{zh}");
            assert!(
                en.contains(&format!("line {line}, column {column}")),
                "{en}"
            );
        }
        LoadWarning::MoreUnknownFields { count } => {
            assert!(zh.contains(&count.to_string()) && en.contains(&count.to_string()));
        }
    }
}

/// The text of a file as the loader reads it (GBK decoded), parsed as plain JSON.
fn raw_json(bytes: &[u8], loaded: &Loaded) -> Value {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let gbk = loaded
        .warnings
        .iter()
        .any(|w| matches!(w, LoadWarning::DecodedFromGbk { .. }));
    let text = if gbk {
        decode_gb18030(bytes).unwrap()
    } else {
        String::from_utf8(bytes.to_vec()).unwrap()
    };
    serde_json::from_str(&text).unwrap()
}

/// Every string of the file that the report keeps is kept byte for byte, at its path.
/// Returns how many strings were compared.
fn assert_strings_kept(name: &str, raw: &Value, report: &Report) -> usize {
    let kept = serde_json::to_value(report).unwrap();
    let mut compared = 0;
    let mut stack = vec![(String::new(), raw)];
    while let Some((pointer, value)) = stack.pop() {
        match value {
            Value::String(s) => {
                if let Some(k) = kept.pointer(&pointer) {
                    assert_eq!(k.as_str(), Some(s.as_str()), "{name}: {pointer}");
                    compared += 1;
                }
            }
            Value::Array(items) => stack.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (format!("{pointer}/{i}"), v)),
            ),
            Value::Object(map) => stack.extend(map.iter().map(|(k, v)| {
                let k = k.replace('~', "~0").replace('/', "~1");
                (format!("{pointer}/{k}"), v)
            })),
            _ => {}
        }
    }
    compared
}

/// What the page does with a report: checks, derived figures, charts. None may panic or
/// produce a figure that is not finite.
fn exercise(name: &str, report: &Report) {
    let results = check_report(report);
    let _ = results.iter().filter(|r| r.is_finding()).count();
    let mut bars = Vec::new();
    for b in &report.proactive.breakdowns {
        let _ = b.base_total();
        for share in b.shares() {
            if let Some(p) = share.computed_percent {
                assert!(p.to_f64().is_finite(), "{name}: {p}");
            }
            bars.push(Bar {
                label: share.label.clone(),
                value: share.count.unwrap_or(0) as f64,
                value_text: share
                    .computed_percent
                    .map_or_else(String::new, |p| format!("{p}%")),
            });
        }
    }
    if let Some(t2) = &report.requests.table2 {
        for row in Table2Row::ALL {
            if let Some(n) = t2.total(row) {
                bars.push(Bar {
                    label: format!("{row:?}"),
                    value: n as f64,
                    value_text: n.to_string(),
                });
            }
        }
    }
    for bar in &bars {
        assert!(bar.value.is_finite(), "{name}: {bar:?}");
    }
    let chart = Chart::Bars(bars);
    for width in [375, 1280] {
        let (svg, height, bands) = chart.to_svg(width, &ChartTheme::light());
        assert!(svg.starts_with("<svg"), "{name}");
        assert!(
            !svg.contains("NaN") && !svg.contains("inf"),
            "{name}: {svg}"
        );
        assert!(height > 0);
        assert_eq!(bands.len(), chart.len());
    }
}

#[test]
fn every_file_gives_its_expected_outcome_in_both_languages() {
    let expected = expected();
    let corpus = corpus();
    assert!(corpus.len() >= 20, "{} files", corpus.len());
    let mut failures = Vec::new();
    for (name, bytes) in &corpus {
        let result = load(name, bytes);
        let actual = outcome(&result);
        match expected.get(name) {
            Some(want) if *want == actual => {}
            Some(want) => failures.push(format!("{name}:\n  expected {want}\n  actual   {actual}")),
            None => failures.push(format!("{name}: not in expected.json; actual {actual}")),
        }
        match &result {
            Err(e) => assert_error_described(name, e),
            Ok(loaded) => {
                for w in &loaded.warnings {
                    assert_warning_described(name, w);
                }
                let raw = raw_json(bytes, loaded);
                assert_strings_kept(name, &raw, &loaded.report);
                catch_unwind(AssertUnwindSafe(|| exercise(name, &loaded.report)))
                    .unwrap_or_else(|_| panic!("{name}: checks or charts panicked"));
            }
        }
    }
    for name in expected.keys() {
        if !corpus.contains_key(name) {
            failures.push(format!("{name}: in expected.json but not in the folder"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn corpus_file(name: &str) -> Vec<u8> {
    std::fs::read(corpus_dir().join(name)).unwrap()
}

#[test]
fn hostile_text_loads_and_is_kept_byte_for_byte() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "hostile-html.json",
            &["<script>", "onerror=", "javascript:", "<!--"],
        ),
        (
            "hostile-bidi.json",
            &[
                "\u{202e}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{2066}", "\u{2028}",
            ],
        ),
        (
            "hostile-emoji.json",
            &["👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "e\u{301}", "\u{10ffff}"],
        ),
        ("hostile-long-word.json", &[&"政".repeat(10_000)]),
    ];
    for (name, markers) in cases {
        let bytes = corpus_file(name);
        let loaded = load(name, &bytes);
        let loaded = loaded.unwrap_or_else(|e| panic!("{name} loads: {e}"));
        assert_eq!(loaded.warnings, [], "{name}");
        let raw = raw_json(&bytes, &loaded);
        let report = &loaded.report;
        assert_eq!(report.title, raw["title"].as_str().unwrap(), "{name}");
        let paragraphs: Vec<&str> = raw["texts"][0]["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        assert_eq!(report.texts[0].paragraphs, paragraphs, "{name}");
        if let Some(url) = raw["source"]["url"].as_str() {
            assert_eq!(report.source.as_ref().unwrap().url.as_deref(), Some(url));
        }
        let all_text = format!("{}{}", report.title, report.texts[0].paragraphs.join(""));
        for marker in markers {
            assert!(all_text.contains(marker), "{name} keeps {marker:?}");
        }
        assert!(assert_strings_kept(name, &raw, report) >= 5, "{name}");
        exercise(name, report);
    }
    let long = load("", &corpus_file("hostile-long-word.json")).unwrap();
    assert_eq!(long.report.title.chars().count(), 10_000);
}

#[test]
fn a_gbk_file_reads_as_the_same_report_as_its_utf8_original() {
    let gbk = load("gbk.json", &corpus_file("gbk.json")).unwrap();
    assert_eq!(
        gbk.warnings,
        [LoadWarning::DecodedFromGbk {
            line: 4,
            column: 14
        }]
    );
    let bom = load("bom.json", &corpus_file("bom.json")).unwrap();
    assert_eq!(bom.warnings, []);
    assert_eq!(gbk.report, bom.report);
    assert_eq!(
        gbk.report.title,
        "某县人民政府2024年政府信息公开工作年度报告"
    );
    assert_eq!(
        describe_load_warning(Lang::Zh, &gbk.warnings[0]),
        "文件不是 UTF-8 编码（第 4 行第 14 列起），已按 GBK（GB18030）读取；请核对其中的中文，并将文件另存为 UTF-8。"
    );
    assert_eq!(
        describe_load_warning(Lang::En, &gbk.warnings[0]),
        "The file is not UTF-8 text (from line 4, column 14); it was read as GBK (GB18030). Check its Chinese text, and save the file as UTF-8."
    );
}

#[test]
fn unknown_fields_are_warnings_that_name_the_field_and_where_it_is() {
    let loaded = load("unknown-fields.json", &corpus_file("unknown-fields.json")).unwrap();
    assert_eq!(
        loaded
            .warnings
            .iter()
            .map(|w| describe_load_warning(Lang::Zh, w))
            .collect::<Vec<_>>(),
        [
            "字段 body.nickname（第 5 行第 68 列）：本看板不认识字段 `nickname`，已忽略；请检查拼写。",
            "字段 comment（第 7 行第 3 列）：本看板不认识字段 `comment`，已忽略；请检查拼写。",
        ]
    );
    assert_eq!(
        describe_load_warning(Lang::En, &loaded.warnings[0]),
        "Field body.nickname (line 5, column 68): unknown field `nickname`, ignored; check its spelling."
    );
    // The report is the one without the unknown fields, and parse_report gives it alone.
    let clean = load("bom.json", &corpus_file("bom.json")).unwrap().report;
    assert_eq!(loaded.report, clean);
    assert_eq!(
        parse_report(&corpus_file("unknown-fields.json")).unwrap(),
        clean
    );
    let many = load("", &corpus_file("unknown-fields-many.json")).unwrap();
    assert_eq!(many.warnings.len(), 51);
    assert_eq!(
        many.warnings[50],
        LoadWarning::MoreUnknownFields { count: 10 }
    );
    assert_eq!(
        describe_load_warning(Lang::Zh, &many.warnings[50]),
        "另有 10 个不认识的字段已忽略。"
    );
}

#[test]
fn messages_for_the_new_kinds_of_error() {
    let zh =
        |name: &str| describe_load_error(Lang::Zh, &load(name, &corpus_file(name)).unwrap_err());
    let en =
        |name: &str| describe_load_error(Lang::En, &load(name, &corpus_file(name)).unwrap_err());
    assert_eq!(
        zh("duplicate-key-in-body.json"),
        "字段 body.name（第 5 行第 73 列）：键 `name` 出现了两次（第一次在第 5 行第 13 列）。"
    );
    assert_eq!(
        en("duplicate-key-in-body.json"),
        "Field body.name (line 5, column 73): the key `name` is given twice (first at line 5, column 13)."
    );
    assert_eq!(
        zh("deep-arrays-in-unknown-field.json"),
        "文件不是有效的 JSON：第 7 行第 139 列，数组和对象嵌套超过 128 层。"
    );
    assert_eq!(
        zh("html-page.json"),
        "文件不是有效的 JSON：第 1 行第 1 列，这是网页（HTML），不是 JSON 格式的报告文件。"
    );
    assert_eq!(
        zh("top-level-array.json"),
        "文件顶层（第 1 行第 1 列）：类型不对：报告文件应为一个 JSON 对象 { … }，实为数组。"
    );
    assert_eq!(
        en("top-level-array.json"),
        "Top level of the file (line 1, column 1): invalid type: sequence, expected one JSON object { … } holding the report."
    );
    assert_eq!(
        zh("struct-as-array.json"),
        "字段 body（第 5 行第 10 列）：类型不对：应为对象 { … }，实为数组。"
    );
    assert_eq!(
        zh("count-1e30.json"),
        "字段 requests.table2.received[0]（第 12 行第 23 列）：数量 1e30 过大（上限为 1000000000000）。"
    );
    assert_eq!(
        zh("figure-negative.json"),
        "字段 proactive.breakdowns[0].items[0].count.value（第 16 行第 54 列）：数量不能为负数，实为 -691。"
    );
    assert_eq!(
        zh("year-out-of-range.json"),
        "字段 year（第 6 行第 15 列）：取值不对：应为整数，实为整数 `70000`。"
    );
    assert_eq!(
        zh("figure-too-many-decimals.json"),
        "字段 proactive.breakdowns[0].items[0].stated_percent（第 16 行第 98 列）：数字 24.4300001 的小数位超过 6 位。"
    );
}

#[test]
fn a_file_just_over_the_limit_is_refused_unread() {
    let mut bytes = b"[".to_vec();
    bytes.resize(MAX_REPORT_BYTES + 1, b'[');
    assert_eq!(
        load("", &bytes).unwrap_err(),
        LoadError::TooLarge {
            bytes: MAX_REPORT_BYTES + 1,
            limit: MAX_REPORT_BYTES
        }
    );
}

/// Files of the largest accepted size, each stressing one part of the loader. Returns the
/// name, the size, and the report or error.
fn worst_cases() -> Vec<(&'static str, Vec<u8>)> {
    let head = |format: &str| {
        format!(
            "{{\"format_version\": 1, \"report_format\": \"{format}\", \"title\": \"压力测试\",\n\
             \"body\": {{\"name\": \"某局\", \"level\": \"county\", \"region\": \"某县\"}}, \"year\": 2024"
        )
    };
    let fill = |mut text: String, item: &dyn Fn(usize) -> String, close: &str| {
        let mut i = 0;
        loop {
            let next = item(i);
            if text.len() + next.len() + 2 + close.len() > MAX_REPORT_BYTES {
                break;
            }
            if i > 0 {
                text.push_str(",\n");
            }
            text.push_str(&next);
            i += 1;
        }
        text.push_str(close);
        assert!(text.len() <= MAX_REPORT_BYTES);
        text.into_bytes()
    };
    let breakdown = fill(
        format!(
            "{}, \"proactive\": {{\"breakdowns\": [{{\"id\": \"b\", \"title\": \"分类\", \"items\": [\n",
            head("free_form")
        ),
        &|i| format!("{{\"label\": \"类别{i}\", \"count\": {i}, \"stated_percent\": \"0.01\"}}"),
        "]}]}}",
    );
    let unknown = fill(
        format!("{},\n", head("free_form")),
        &|i| format!("\"x{i}\": [{i}]"),
        "}",
    );
    let one_paragraph = {
        let mut text = format!(
            "{}, \"texts\": [{{\"section\": \"other\", \"title\": \"正文\", \"paragraphs\": [\"",
            head("free_form")
        );
        while text.len() + 3 + 6 < MAX_REPORT_BYTES {
            text.push('政');
        }
        text.push_str("\"]}]}");
        text.into_bytes()
    };
    let figures = fill(
        format!("{}, \"figures\": [\n", head("free_form")),
        &|i| {
            format!(
                "{{\"id\": \"f{i}\", \"section\": \"press\", \"label\": \"新闻\", \"figure\": {{\"value\": \"{i}.5\", \"qualifier\": \"about\", \"unit\": \"篇\"}}}}"
            )
        },
        "]}",
    );
    // The breakdown again, in GBK: its few Chinese words, spelt in GBK bytes.
    let mut gbk = breakdown.clone();
    for (utf8, gbk_bytes) in [
        (
            "压力测试",
            &[0xD1, 0xB9, 0xC1, 0xA6, 0xB2, 0xE2, 0xCA, 0xD4][..],
        ),
        ("某局", &[0xC4, 0xB3, 0xBE, 0xD6]),
        ("某县", &[0xC4, 0xB3, 0xCF, 0xD8]),
        ("分类", &[0xB7, 0xD6, 0xC0, 0xE0]),
        ("类别", &[0xC0, 0xE0, 0xB1, 0xF0]),
    ] {
        gbk = replace_bytes(&gbk, utf8.as_bytes(), gbk_bytes);
    }
    // Unknown fields at the end of one long line: each is located from the start.
    let late_unknown = {
        let mut text = format!(
            "{}, \"texts\": [{{\"section\": \"other\", \"title\": \"正文\", \"paragraphs\": [\"",
            head("free_form")
        );
        let fields: String = (0..60).map(|i| format!(", \"x{i}\": 0")).collect();
        while text.len() + 3 + 6 + fields.len() + 1 < MAX_REPORT_BYTES {
            text.push('政');
        }
        text.push_str("\"]}]");
        text.push_str(&fields);
        text.push('}');
        text.into_bytes()
    };
    // An error found after parsing, located by a walk that builds every value's path.
    let negative_last = {
        let text = String::from_utf8(breakdown.clone()).unwrap();
        let at = text.rfind("\"count\": ").unwrap() + "\"count\": ".len();
        format!("{}-{}", &text[..at], &text[at..]).into_bytes()
    };
    vec![
        ("breakdown of many items", breakdown),
        ("a negative count at the end of many items", negative_last),
        ("unknown fields at the end of one long line", late_unknown),
        ("many unknown fields", unknown),
        ("one long paragraph", one_paragraph),
        ("many figures", figures),
        ("the breakdown in GBK", gbk),
    ]
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// The largest accepted files load (or are refused) without a panic, and in reasonable
/// time. `cargo test --release --test bad_input -- --nocapture largest` prints the times
/// recorded in docs/fuzzing.md.
#[test]
fn the_largest_accepted_files_load_in_reasonable_time() {
    for (name, bytes) in worst_cases() {
        let start = std::time::Instant::now();
        let result = load(name, &bytes);
        let loaded = start.elapsed();
        let (findings, checked) = match &result {
            Ok(l) => {
                let results = check_report(&l.report);
                for b in &l.report.proactive.breakdowns {
                    let _ = b.shares();
                }
                (
                    results.iter().filter(|r| r.is_finding()).count(),
                    start.elapsed(),
                )
            }
            Err(e) => {
                let _ = describe_load_error(Lang::Zh, e);
                (0, start.elapsed())
            }
        };
        println!(
            "{name}: {} bytes, {} warnings, {findings} findings: loaded in {loaded:?}, checked by {checked:?}; {}",
            bytes.len(),
            result.as_ref().map_or(0, |l| l.warnings.len()),
            match &result {
                Ok(_) => "loads".to_string(),
                Err(e) => format!("error: {}", describe_load_error(Lang::En, e)),
            }
        );
        assert!(
            checked < std::time::Duration::from_secs(30),
            "{name}: {checked:?}"
        );
    }
}

/// `cargo test --test bad_input -- --ignored --nocapture print_outcomes` prints the
/// outcome of every corpus file in the form of expected.json, to review when the corpus
/// changes.
#[test]
#[ignore]
fn print_outcomes() {
    let outcomes: BTreeMap<String, Value> = corpus()
        .iter()
        .map(|(name, bytes)| (name.clone(), outcome(&load(name, bytes))))
        .collect();
    println!("{}", serde_json::to_string_pretty(&outcomes).unwrap());
}

#[test]
fn report_check_prints_the_warnings_after_the_title() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_report-check"))
            .args(args)
            .output()
            .unwrap()
    };
    let file = corpus_dir().join("unknown-fields.json");
    let o = run(&["--lang", "en", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[1], "某县人民政府2024年政府信息公开工作年度报告");
    assert_eq!(
        lines[2..4],
        [
            "  ! Warning: Field body.nickname (line 5, column 68): unknown field `nickname`, ignored; check its spelling.",
            "  ! Warning: Field comment (line 7, column 3): unknown field `comment`, ignored; check its spelling.",
        ]
    );

    let file = corpus_dir().join("gbk.json");
    let o = run(&[file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("  ! 警告：文件不是 UTF-8 编码（第 4 行第 14 列起），已按 GBK（GB18030）读取"),
        "{out}"
    );

    let file = corpus_dir().join("duplicate-key-title.json");
    let o = run(&[file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8(o.stdout).unwrap().contains(
        "字段 title（第 7 行第 9 列）：键 `title` 出现了两次（第一次在第 4 行第 3 列）。"
    ));
}

/// Found by comparing the GB18030 decoder with encoding_rs over every sequence
/// (fuzz/src/lib.rs): the first tables, made from Python's GB18030-2000 codec, missed the
/// mappings that GB18030-2022 changed and browsers follow.
#[test]
fn gb18030_follows_the_2022_mappings_browsers_use() {
    assert_eq!(decode_gb18030(b"\xA3\xA0").as_deref(), Some("\u{3000}"));
    assert_eq!(decode_gb18030(b"\xA6\xD9").as_deref(), Some("\u{FE10}"));
    assert_eq!(decode_gb18030(b"\xFE\x59").as_deref(), Some("\u{9FB4}"));
    assert_eq!(decode_gb18030(b"\xA8\xBC").as_deref(), Some("\u{1E3F}"));
    assert_eq!(
        decode_gb18030(b"\x81\x35\xF4\x37").as_deref(),
        Some("\u{E7C7}")
    );
}

/// Nesting up to the size limit, where each part of the loader meets it: located errors,
/// no stack overflow (the scan does not recurse; serde_json stops at 128 levels or skips
/// without recursion).
#[test]
fn nesting_as_deep_as_the_size_limit_allows() {
    let n = MAX_REPORT_BYTES / 2 - 100;
    let wrap = |before: &str, open: &str, inner: &str, close: &str, after: &str| {
        format!(
            "{before}{}{inner}{}{after}",
            open.repeat(n / open.len()),
            close.repeat(n / open.len())
        )
    };
    let cases = [
        ("top level", wrap("", "[", "", "]", "")),
        ("unknown field", wrap("{\"x\": ", "[", "", "]", "}")),
        (
            "format_version",
            wrap("{\"format_version\": ", "[", "", "]", "}"),
        ),
        ("objects", wrap("{\"x\": ", "{\"a\":", "1", "}", "}")),
        ("unclosed", "[".repeat(MAX_REPORT_BYTES)),
    ];
    for (name, text) in cases {
        assert!(text.len() <= MAX_REPORT_BYTES, "{name}");
        let e = load(name, text.as_bytes()).unwrap_err();
        assert_error_described(name, &e);
        assert!(
            matches!(
                e,
                LoadError::Invalid { line: 1, .. } | LoadError::NotJson { line: 1, .. }
            ),
            "{name}: {e:?}"
        );
    }
}
