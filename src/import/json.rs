//! The report as JSON, laid out as the bundled files are: two-space indentation, and a row
//! of cells on one line (`"received": [821, 35, null, null, 2, 1, 859]`).

use crate::report::model::Report;

/// The report as pretty JSON, each array of numbers and nulls on one line, ending in a newline.
pub fn report_to_json(report: &Report) -> String {
    let pretty = serde_json::to_string_pretty(report).expect("a report serializes");
    let mut out = collapse_scalar_arrays(&pretty);
    out.push('\n');
    out
}

/// Rewrites every array that holds no object or array onto one line.
fn collapse_scalar_arrays(json: &str) -> String {
    let b = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i),
            b'[' => {
                let Some(end) = scalar_array_end(b, i) else {
                    i += 1;
                    continue;
                };
                out.push_str(&json[copied..i]);
                out.push('[');
                let mut first = true;
                for item in split_items(&json[i + 1..end]) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    out.push_str(item);
                }
                out.push(']');
                i = end + 1;
                copied = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&json[copied..]);
    out
}

/// The index just after the string starting at `i`.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The index of the `]` closing the array at `i`, if it holds no object or array.
fn scalar_array_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i),
            b'[' | b'{' => return None,
            b']' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

fn split_items(inner: &str) -> Vec<&str> {
    let b = inner.as_bytes();
    let mut items = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i),
            b',' => {
                items.push(inner[start..i].trim());
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    let last = inner[start..].trim();
    if !last.is_empty() {
        items.push(last);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_cells_stay_on_one_line() {
        let json = "{\n  \"a\": [\n    1,\n    null,\n    \"x, [y]\"\n  ],\n  \"b\": [\n    {\n      \"c\": []\n    }\n  ]\n}";
        assert_eq!(
            collapse_scalar_arrays(json),
            "{\n  \"a\": [1, null, \"x, [y]\"],\n  \"b\": [\n    {\n      \"c\": []\n    }\n  ]\n}"
        );
    }
}
