//! `docs/report-format.md` stays true: its JSON examples are JSON that the model reads, and
//! its lists of table keys are the model's, in order, with the dashboard's Chinese labels.

use ndbg_dashboard::i18n::{table2_row_name, Lang};
use ndbg_dashboard::report::model::{AppealBlock, Table1, Table2, Table2Row, Table3};
use ndbg_dashboard::report::number::Figure;
use serde_json::Value;

fn doc() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/report-format.md"
    ))
    .unwrap()
}

/// The ```json blocks of the document; a fragment such as `"table2": { … }` is wrapped in
/// braces.
fn json_blocks() -> Vec<Value> {
    let text = doc();
    let mut blocks = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("```json\n") {
        let body = &rest[start + "```json\n".len()..];
        let end = body.find("```").unwrap();
        let block = body[..end].trim();
        let wrapped = if block.starts_with('"') {
            format!("{{{block}}}")
        } else {
            block.to_string()
        };
        blocks.push(serde_json::from_str(&wrapped).unwrap_or_else(|e| panic!("{e}: {block}")));
        rest = &body[end + 3..];
    }
    blocks
}

#[test]
fn the_json_examples_are_read_by_the_model() {
    let blocks = json_blocks();
    assert!(blocks.len() >= 6, "{}", blocks.len());
    let mut seen = 0;
    for block in &blocks {
        let object = block.as_object().unwrap();
        if let Some(figure) = object.get("figure") {
            serde_json::from_value::<Figure>(figure.clone()).unwrap();
            seen += 1;
        }
        if let Some(t1) = object.get("table1") {
            serde_json::from_value::<Table1>(t1.clone()).unwrap();
            seen += 1;
        }
        if let Some(t2) = object.get("table2") {
            serde_json::from_value::<Table2>(t2.clone()).unwrap();
            seen += 1;
        }
        if let Some(t3) = object.get("table3") {
            serde_json::from_value::<Table3>(t3.clone()).unwrap();
            seen += 1;
        }
    }
    assert!(seen >= 6, "{seen}");
}

/// The rows `| `key` | label |` of the markdown table that follows `heading`.
fn key_table(heading: &str) -> Vec<(String, String)> {
    let text = doc();
    let start = text.find(heading).unwrap_or_else(|| panic!("{heading}"));
    text[start..]
        .lines()
        .skip_while(|l| !l.starts_with("| key |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_string(), cells[2].to_string())
        })
        .collect()
}

#[test]
fn table2_keys_in_order_with_their_labels() {
    let rows = key_table("The rows, in printed order:");
    assert_eq!(rows.len(), Table2Row::ALL.len());
    for ((key, label), row) in rows.iter().zip(Table2Row::ALL) {
        let parsed: Table2Row = serde_json::from_value(Value::String(key.clone()))
            .unwrap_or_else(|e| panic!("{key}: {e}"));
        assert_eq!(parsed, row, "{key}");
        let name = table2_row_name(Lang::Zh, row);
        assert!(label.starts_with(name), "{key}: \"{label}\" is \"{name}\"");
    }
}

#[test]
fn table3_keys_in_order() {
    let blocks = key_table("### Table 3");
    let keys: Vec<AppealBlock> = blocks
        .iter()
        .map(|(k, _)| serde_json::from_value(Value::String(k.clone())).unwrap())
        .collect();
    assert_eq!(keys, AppealBlock::ALL);
}
