//! `public/schema/report.schema.json` is kept in step with the Rust model:
//!
//! - the schema is a valid draft 2020-12 schema, and every bundled report validates;
//! - each enum of the schema lists exactly the names serde accepts for the Rust enum;
//! - the objects the model closes (`deny_unknown_fields`) list exactly the model's fields;
//! - a report using every field of the schema loads, and written back out by the model it
//!   uses no field the schema does not declare;
//! - documents that break one rule are refused by both the schema and the loader.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use ndbg_dashboard::report::model::{
    AdministrativeLevel, AppealBlock, Channel, FreeFormOutcome, ReportFormat, Section, Table2Row,
};
use ndbg_dashboard::report::number::Qualifier;
use ndbg_dashboard::report::{parse_report, LoadError};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

fn root() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

fn schema() -> Value {
    let path = format!("{}/public/schema/report.schema.json", root());
    serde_json::from_slice(&std::fs::read(&path).unwrap()).expect("the schema is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The bundled reports, from the collection index.
fn bundled() -> Vec<(String, Vec<u8>)> {
    let index: Value = serde_json::from_slice(
        &std::fs::read(format!("{}/public/reports/index.json", root())).unwrap(),
    )
    .unwrap();
    let reports = index["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 3);
    reports
        .iter()
        .map(|r| {
            let name = r["path"].as_str().unwrap().to_string();
            let bytes = std::fs::read(format!("{}/public/reports/{name}", root())).unwrap();
            (name, bytes)
        })
        .collect()
}

fn bundled_json(name: &str) -> Value {
    let bytes = bundled()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is bundled"))
        .1;
    serde_json::from_slice(&bytes).unwrap()
}

fn loads(doc: &Value) -> Result<(), LoadError> {
    parse_report(serde_json::to_string(doc).unwrap().as_bytes()).map(|_| ())
}

#[test]
fn the_schema_is_a_draft_2020_12_schema() {
    let s = schema();
    assert_eq!(
        s["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!("the schema is not valid against its meta-schema: {e}");
    }
}

#[test]
fn every_bundled_report_validates_and_loads() {
    let v = validator(&schema());
    for (name, bytes) in bundled() {
        let doc: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(errors(&v, &doc), Vec::<String>::new(), "{name}");
        let report = parse_report(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        // What the model writes back validates too.
        let written = serde_json::to_value(&report).unwrap();
        assert_eq!(
            errors(&v, &written),
            Vec::<String>::new(),
            "{name} written back"
        );
    }
}

// Enums -------------------------------------------------------------------------------------

fn schema_enum(name: &str) -> Vec<String> {
    schema()["$defs"][name]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("$defs.{name}.enum"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Every name in the schema's enum parses as a Rust variant, every Rust variant is written
/// as a name in the enum, and no two names mean the same variant.
fn assert_enum_matches<T>(schema_name: &str, variants: &[T])
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let names = schema_enum(schema_name);
    for name in &names {
        let parsed: Result<T, _> = serde_json::from_value(json!(name));
        assert!(
            parsed.is_ok(),
            "$defs.{schema_name}: \"{name}\" is not accepted by the model"
        );
    }
    let written: Vec<String> = variants
        .iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for (variant, name) in variants.iter().zip(&written) {
        assert!(
            names.contains(name),
            "$defs.{schema_name} lacks \"{name}\" ({variant:?})"
        );
        let back: T = serde_json::from_value(json!(name)).unwrap();
        assert_eq!(&back, variant);
    }
    assert_eq!(
        names.iter().collect::<BTreeSet<_>>().len(),
        names.len(),
        "$defs.{schema_name} has no duplicates"
    );
    assert_eq!(
        names, written,
        "$defs.{schema_name}: same names, same order"
    );
}

// The variant lists below are written out with an exhaustive `match` beside them, so that a
// variant added to the model breaks this test's build until it is added here (and then the
// schema must follow).

fn report_formats() -> Vec<ReportFormat> {
    use ReportFormat::*;
    let _exhaustive = |v: ReportFormat| match v {
        FreeForm | Standard2019 | Standard2021 => (),
    };
    vec![FreeForm, Standard2019, Standard2021]
}

fn levels() -> Vec<AdministrativeLevel> {
    use AdministrativeLevel::*;
    let _exhaustive = |v: AdministrativeLevel| match v {
        National | Provincial | Prefectural | County | Township => (),
    };
    vec![National, Provincial, Prefectural, County, Township]
}

fn sections() -> Vec<Section> {
    use Section::*;
    let _exhaustive = |v: Section| match v {
        Overview | Proactive | Enforcement | Press | Services | Consultations | Requests | Fees
        | Appeals | Problems | Plans | Other => (),
    };
    vec![
        Overview,
        Proactive,
        Enforcement,
        Press,
        Services,
        Consultations,
        Requests,
        Fees,
        Appeals,
        Problems,
        Plans,
        Other,
    ]
}

fn channels() -> Vec<Channel> {
    use Channel::*;
    let _exhaustive = |v: Channel| match v {
        InPerson | Fax | Email | Online | Letter | Other => (),
    };
    vec![InPerson, Fax, Email, Online, Letter, Other]
}

fn qualifiers() -> Vec<Qualifier> {
    use Qualifier::*;
    let _exhaustive = |v: Qualifier| match v {
        Exact | MoreThan | About | LessThan => (),
    };
    vec![Exact, MoreThan, About, LessThan]
}

#[test]
fn enums_list_exactly_the_model_variants() {
    assert_enum_matches("report_format", &report_formats());
    assert_enum_matches("level", &levels());
    assert_enum_matches("section", &sections());
    assert_enum_matches("channel", &channels());
    assert_enum_matches("qualifier", &qualifiers());
    // These three have `ALL` constants in the model.
    assert_enum_matches("outcome", &FreeFormOutcome::ALL);
    assert_enum_matches("table2_row", &Table2Row::ALL);
    assert_enum_matches("table3_block", &AppealBlock::ALL);
}

#[test]
fn table_keys_are_checked_through_the_schema() {
    // Row and block keys are property names of the table objects: the schema must refuse
    // any other, as the loader does.
    let s = schema();
    assert_eq!(
        s["$defs"]["table2"]["propertyNames"],
        json!({ "$ref": "#/$defs/table2_row" })
    );
    assert_eq!(
        s["$defs"]["table3"]["propertyNames"],
        json!({ "$ref": "#/$defs/table3_block" })
    );
    let v = validator(&s);
    let mut doc = bundled_json("hongze-2024.json");
    for row in Table2Row::ALL {
        let key = serde_json::to_value(row).unwrap();
        let key = key.as_str().unwrap();
        let mut d = doc.clone();
        let rows = d["requests"]["table2"].as_object_mut().unwrap();
        rows.remove("other_handling");
        rows.insert(key.into(), json!([0, 0, 0, 0, 0, 0, 0]));
        assert!(v.is_valid(&d), "{key}");
        assert!(loads(&d).is_ok(), "{key}");
    }
    doc["requests"]["table2"]["carried_forwards"] = json!([0, 0, 0, 0, 0, 0, 0]);
    assert!(!v.is_valid(&doc));
    assert!(loads(&doc).is_err());
}

#[test]
fn table1_editions_are_the_model_variants() {
    let s = schema();
    let keys: Vec<Value> = s["$defs"]["table1"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|alt| alt["required"].clone())
        .collect();
    assert_eq!(keys, [json!(["edition_2019"]), json!(["edition_2021"])]);
    // The model writes the editions under those keys.
    for (name, key) in [
        ("shanghai-gov-office-2019.json", "edition_2019"),
        ("hongze-2024.json", "edition_2021"),
    ] {
        let report = parse_report(&serde_json::to_vec(&bundled_json(name)).unwrap()).unwrap();
        let written = serde_json::to_value(&report.proactive.table1).unwrap();
        let written: Vec<&String> = written.as_object().unwrap().keys().collect();
        assert_eq!(written, [key], "{name}");
    }
}

// Closed objects ----------------------------------------------------------------------------

/// The field list serde gives in "unknown field `zzz`, expected one of `a`, `b`".
fn accepted_fields(doc: &Value, object: &str) -> Vec<String> {
    let mut doc = doc.clone();
    doc.pointer_mut(object)
        .unwrap_or_else(|| panic!("{object}"))
        .as_object_mut()
        .unwrap()
        .insert("zzz".into(), json!(0));
    let detail = match loads(&doc) {
        Err(LoadError::Invalid { detail, .. }) => detail,
        other => panic!("{object} is closed: {other:?}"),
    };
    let list = detail
        .strip_prefix("unknown field `zzz`, expected one of ")
        .or_else(|| detail.strip_prefix("unknown field `zzz`, expected "))
        .unwrap_or_else(|| panic!("{detail}"));
    list.split(", ")
        .flat_map(|s| s.split(" or "))
        .map(|s| s.trim_matches('`').to_string())
        .collect()
}

fn schema_properties(pointer: &str) -> Vec<String> {
    let s = schema();
    let object = s.pointer(pointer).unwrap_or_else(|| panic!("{pointer}"));
    assert_eq!(
        object["additionalProperties"],
        json!(false),
        "{pointer} is closed"
    );
    object["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn closed_objects_list_exactly_the_model_fields() {
    let shanghai = bundled_json("shanghai-gov-office-2019.json");
    let hongze = bundled_json("hongze-2024.json");
    let t1_2019 = "/proactive/table1/edition_2019";
    let t1_2021 = "/proactive/table1/edition_2021";
    let cases = [
        (&shanghai, t1_2019.to_string(), "/$defs/table1_edition_2019"),
        (
            &shanghai,
            format!("{t1_2019}/regulations"),
            "/$defs/documents_row_2019",
        ),
        (
            &shanghai,
            format!("{t1_2019}/licensing"),
            "/$defs/items_row_2019",
        ),
        (
            &shanghai,
            format!("{t1_2019}/procurement"),
            "/$defs/table1_edition_2019/properties/procurement",
        ),
        (&hongze, t1_2021.to_string(), "/$defs/table1_edition_2021"),
        (
            &hongze,
            format!("{t1_2021}/regulations"),
            "/$defs/documents_row_2021",
        ),
        (
            &hongze,
            "/figures/0/figure".to_string(),
            "/$defs/figure/anyOf/1",
        ),
    ];
    for (doc, object, schema_pointer) in cases {
        let mut model = accepted_fields(doc, &object);
        let mut schema = schema_properties(schema_pointer);
        model.sort();
        schema.sort();
        assert_eq!(model, schema, "{object} against {schema_pointer}");
    }
}

// Every field ------------------------------------------------------------------------------

/// A report using every field of the format, with table 1 of the given edition and
/// 其他处理 in one or three rows.
fn full_report(edition: &str) -> Value {
    let figure =
        json!({ "value": "40", "qualifier": "more_than", "unit": "万份", "printed": "40多万份" });
    let table1 = if edition == "standard_2019" {
        let items = json!({ "previous_items": 1, "change": -1, "decisions": 2 });
        json!({ "edition_2019": {
            "regulations": { "made": 1, "published": 1, "total_public": 10 },
            "normative_documents": { "made": 2, "published": 2, "total_public": 20 },
            "licensing": items, "other_management_services": items, "penalty": items,
            "coercion": items, "fees": { "previous_items": 0, "change": "0" },
            "procurement": { "projects": 6, "amount": { "value": 251000, "unit": "元" } }
        } })
    } else {
        json!({ "edition_2021": {
            "regulations": { "made": 0, "abolished": 0, "in_force": 0 },
            "normative_documents": { "made": 3, "abolished": 1, "in_force": 8 },
            "licensing_decisions": 9487, "penalty_decisions": 2776, "coercion_decisions": 84,
            "fees_wan_yuan": "75.45"
        } })
    };
    let mut table2 = serde_json::Map::new();
    for row in Table2Row::ALL {
        let three = edition == "standard_2021";
        if row == Table2Row::OtherHandling && three || row.is_three_row_other() && !three {
            continue;
        }
        let key = serde_json::to_value(row).unwrap();
        table2.insert(
            key.as_str().unwrap().into(),
            json!([0, null, 0, 0, 0, 0, 0]),
        );
    }
    json!({
        "format_version": 1,
        "report_format": edition,
        "title": "全部字段",
        "body": { "name": "某机关", "level": "county", "region": "某县" },
        "year": 2021,
        "period": { "start": "2021-01-01", "end": "2021-12-31" },
        "published": { "date": "2022-01-31", "printed": "2022年1月31日", "kind": "落款日期" },
        "source": {
            "url": "https://www.example.gov.cn/ndbg.html",
            "publisher": "某机关",
            "index_number": "000/2022-00001",
            "note": "转录"
        },
        "proactive": {
            "breakdowns": [{
                "id": "portal_items", "title": "主动公开", "unit": "条",
                "total": 3, "total_stated_percent": "100",
                "items": [
                    { "label": "甲", "count": 1, "stated_percent": "33.33" },
                    { "label": "乙", "count": { "value": 2, "unit": "条" }, "stated_percent": 66.67 }
                ]
            }],
            "table1": table1
        },
        "requests": {
            "received": { "value": 0, "unit": "件" },
            "channels": [{ "channel": "online", "label": "网上申请", "count": 0 }],
            "reply_rate_percent": "100",
            "outcomes": [{ "outcome": "disclosed", "label": "同意公开", "count": 0 }],
            "table2": table2
        },
        "fees": { "charged": { "value": "0.00", "unit": "元" }, "note": "未收费" },
        "appeals": {
            "reconsideration": 0,
            "litigation": 0,
            "note": "无",
            "table3": {
                "reconsideration": [0, 0, 0, 0, 0],
                "litigation_direct": [null, null, null, null, null],
                "litigation_after_reconsideration": [0, 0, 0, 0, null]
            }
        },
        "figures": [{
            "id": "leaflets", "section": "press", "label": "资料", "figure": figure,
            "rate": { "label": "回复率", "percent": "100" }
        }],
        "indicator_tables": [{
            "id": "appendix", "title": "附表", "columns": ["本年", "历年累计"],
            "rows": [{ "label": "主动公开信息数", "unit": "条", "values": [12, null] }]
        }],
        "texts": [{ "section": "plans", "title": "工作计划", "paragraphs": ["一段。"] }]
    })
}

/// Closes every object of the schema that declares its properties, so that a field the
/// schema does not declare is refused.
fn closed(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.get("type") == Some(&json!("object"))
                && map.contains_key("properties")
                && !map.contains_key("additionalProperties")
            {
                map.insert("additionalProperties".into(), json!(false));
            }
            for v in map.values_mut() {
                closed(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

/// Every object key in a document, with its path ("requests.table2.received").
fn key_paths(doc: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match doc {
        Value::Object(map) => {
            for (k, v) in map {
                let path = format!("{prefix}.{k}");
                key_paths(v, &path, out);
                out.insert(path);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                key_paths(v, &format!("{prefix}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn property_names(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|v| property_names(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| property_names(v, out)),
        _ => {}
    }
}

#[test]
fn a_report_with_every_field_loads_and_is_written_back_with_the_schemas_fields_only() {
    let mut strict = schema();
    closed(&mut strict);
    let strict = validator(&strict);
    let mut used = BTreeSet::new();
    for edition in ["standard_2019", "standard_2021"] {
        let doc = full_report(edition);
        assert_eq!(errors(&strict, &doc), Vec::<String>::new(), "{edition}");
        let report = parse_report(serde_json::to_string(&doc).unwrap().as_bytes())
            .unwrap_or_else(|e| panic!("{edition}: {e}"));
        let written = serde_json::to_value(&report).unwrap();
        assert_eq!(
            errors(&strict, &written),
            Vec::<String>::new(),
            "{edition}: the model writes only fields the schema declares"
        );
        // Every field given was read: a name the model does not know would be dropped.
        let (mut given, mut kept) = (BTreeSet::new(), BTreeSet::new());
        key_paths(&doc, "", &mut given);
        key_paths(&written, "", &mut kept);
        let dropped: Vec<&String> = given.difference(&kept).collect();
        // A bare-number figure is written back as an object, never the other way round, and
        // "qualifier": "exact" is the default: nothing else may go missing.
        assert_eq!(
            dropped,
            Vec::<&String>::new(),
            "{edition}: fields the model ignored"
        );
        used.extend(
            given
                .iter()
                .map(|p| p.rsplit('.').next().unwrap().to_string()),
        );
    }
    // And the two documents use every property the schema declares.
    let mut declared = BTreeSet::new();
    property_names(&schema(), &mut declared);
    let unused: Vec<&String> = declared.difference(&used).collect();
    assert_eq!(
        unused,
        Vec::<&String>::new(),
        "properties no test document uses"
    );
}

// Schema and loader agree -------------------------------------------------------------------

#[test]
fn documents_breaking_one_rule_are_refused_by_both() {
    let v = validator(&schema());
    type Change = fn(&mut Value);
    let refused: [(&str, Change); 24] = [
        ("format_version 2", |d| d["format_version"] = json!(2)),
        ("report_format typo", |d| {
            d["report_format"] = json!("standard2021")
        }),
        ("no title", |d| {
            d.as_object_mut().unwrap().remove("title");
        }),
        ("no body.region", |d| {
            d["body"].as_object_mut().unwrap().remove("region");
        }),
        ("level city", |d| d["body"]["level"] = json!("city")),
        ("year 1024", |d| d["year"] = json!(1024)),
        ("year as text", |d| d["year"] = json!("2024")),
        ("date 2024-13-01", |d| {
            d["period"]["end"] = json!("2024-13-01")
        }),
        ("count as text", |d| {
            d["requests"]["table2"]["received"][0] = json!("95件")
        }),
        ("negative count", |d| {
            d["requests"]["table2"]["received"][0] = json!(-1)
        }),
        ("fractional count", |d| {
            d["requests"]["table2"]["received"][0] = json!(9.5)
        }),
        ("count above 10^12", |d| {
            d["requests"]["table2"]["received"][0] = json!(1_000_000_000_001u64)
        }),
        ("6-cell row", |d| {
            d["requests"]["table2"]["received"] = json!([95, 0, 0, 0, 0, 95])
        }),
        ("8-cell row", |d| {
            d["requests"]["table2"]["received"] = json!([95, 0, 0, 0, 0, 0, 0, 95])
        }),
        ("unknown table2 row", |d| {
            d["requests"]["table2"]["recieved"] = json!([0, 0, 0, 0, 0, 0, 0])
        }),
        ("one-row and three-row 其他处理", |d| {
            d["requests"]["table2"]["other_other"] = json!([0, 0, 0, 0, 0, 0, 0])
        }),
        ("4-cell table3 block", |d| {
            d["appeals"]["table3"]["reconsideration"] = json!([1, 1, 0, 0])
        }),
        ("unknown table3 block", |d| {
            d["appeals"]["table3"]["litigation"] = json!([0, 0, 0, 0, 0])
        }),
        ("table1 edition of the other format", |d| {
            d["report_format"] = json!("standard_2019")
        }),
        ("table1 in a free-form report", |d| {
            d["report_format"] = json!("free_form")
        }),
        ("unknown table1 field", |d| {
            d["proactive"]["table1"]["edition_2021"]["fees"] = json!(0)
        }),
        ("figure as text", |d| {
            d["figures"][0]["figure"] = json!("2428条")
        }),
        ("figure qualifier", |d| {
            d["figures"][0]["figure"]["qualifier"] = json!("approximately")
        }),
        ("decimal with units", |d| {
            d["proactive"]["table1"]["edition_2021"]["fees_wan_yuan"] = json!("7545万元")
        }),
    ];
    let base = bundled_json("hongze-2024.json");
    assert!(v.is_valid(&base));
    for (what, change) in refused {
        let mut doc = base.clone();
        change(&mut doc);
        assert!(!v.is_valid(&doc), "the schema refuses: {what}");
        assert!(loads(&doc).is_err(), "the loader refuses: {what}");
    }

    let accepted: [(&str, Change); 8] = [
        ("blank cells", |d| {
            d["requests"]["table2"]["received"] = json!([95, null, null, null, null, null, null])
        }),
        ("three-row 其他处理", |d| {
            let t = d["requests"]["table2"].as_object_mut().unwrap();
            t.remove("other_handling");
            for k in ["other_no_correction", "other_unpaid_fees", "other_other"] {
                t.insert(k.into(), json!([0, 0, 0, 0, 0, 0, 0]));
            }
        }),
        ("a missing row (a finding, not a load error)", |d| {
            d["requests"]["table2"]
                .as_object_mut()
                .unwrap()
                .remove("carried_forward");
        }),
        ("decimal as text", |d| {
            d["proactive"]["table1"]["edition_2021"]["fees_wan_yuan"] = json!("7545.00")
        }),
        ("figure as a bare number", |d| {
            d["figures"][0]["figure"] = json!(2428)
        }),
        ("null optional fields", |d| {
            d["period"] = Value::Null;
            d["fees"]["note"] = Value::Null;
            d["appeals"]["table3"] = Value::Null;
        }),
        ("an unknown top-level field (ignored)", |d| {
            d["remarks"] = json!("x")
        }),
        ("a byte-for-byte copy", |_| {}),
    ];
    for (what, change) in accepted {
        let mut doc = base.clone();
        change(&mut doc);
        assert_eq!(
            errors(&v, &doc),
            Vec::<String>::new(),
            "the schema accepts: {what}"
        );
        assert!(
            loads(&doc).is_ok(),
            "the loader accepts: {what}: {:?}",
            loads(&doc)
        );
    }
}

#[test]
fn where_the_schema_cannot_follow_the_loader() {
    // JSON Schema counts 14.0 as the integer 14 and cannot tell February 30th from a date;
    // the loader refuses both. The schema's description says so.
    let v = validator(&schema());
    let base = bundled_json("hongze-2024.json");
    let mut doc = base.clone();
    doc["requests"]["table2"]["received"][0] = json!(95.0);
    assert!(v.is_valid(&doc));
    assert!(loads(&doc).is_err());
    let description = schema()["description"].as_str().unwrap().to_string();
    assert!(description.contains("14.0"));
    assert!(description.contains("2024-02-30"));
}

/// Removes, or sets to null, the value at a key path such as ".requests.table2.received" or
/// ".proactive.breakdowns[0].items[1].count".
fn edit_at(doc: &mut Value, path: &str, remove: bool) {
    let (parent, key) = path.rsplit_once('.').unwrap();
    let mut target = doc;
    for part in parent.split('.').filter(|p| !p.is_empty()) {
        let (name, indices) = part
            .split_once('[')
            .map_or((part, ""), |(n, rest)| (n, rest));
        target = &mut target[name];
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            target = &mut target[index.trim_end_matches(']').parse::<usize>().unwrap()];
        }
    }
    let object = target.as_object_mut().unwrap();
    if remove {
        object.remove(key);
    } else {
        object.insert(key.into(), Value::Null);
    }
}

#[test]
fn required_and_nullable_fields_agree_with_the_model() {
    // For every field of the two full documents: leaving it out, and writing null for it,
    // is accepted by the schema exactly when the loader accepts it.
    let v = validator(&schema());
    for edition in ["standard_2019", "standard_2021"] {
        let doc = full_report(edition);
        let mut paths = BTreeSet::new();
        key_paths(&doc, "", &mut paths);
        for path in &paths {
            for remove in [true, false] {
                let mut changed = doc.clone();
                edit_at(&mut changed, path, remove);
                let by_schema = v.is_valid(&changed);
                let by_loader = loads(&changed);
                assert_eq!(
                    by_schema,
                    by_loader.is_ok(),
                    "{edition}: {} {path}: schema {}, loader {by_loader:?}",
                    if remove { "without" } else { "null for" },
                    if by_schema { "accepts" } else { "refuses" },
                );
            }
        }
    }
}
