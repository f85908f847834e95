//! Downloads: tables as CSV that Excel on Chinese Windows opens correctly, and file names
//! that say what a file is. Pure, so tested natively.

/// A CSV file: UTF-8 with a byte-order mark (Excel reads a BOM-less file as the system code
/// page, GBK on Chinese Windows, and garbles it), CRLF line ends, fields quoted as needed.
/// A text field starting with `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet
/// never runs report text as a formula; numbers are written as they are.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn is_number(text: &str) -> bool {
    let t = text.strip_prefix('-').unwrap_or(text);
    !t.is_empty()
        && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && t.bytes().filter(|b| *b == b'.').count() <= 1
}

fn csv_field(text: &str) -> String {
    let guarded = if !is_number(text) && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r'])
        || guarded.starts_with(' ')
        || guarded.ends_with(' ')
    {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A file name from its parts, e.g. `东莞市人力资源局-2015-categories.csv`: characters no
/// file system accepts, control and bidirectional-override characters are dropped, and the
/// stem is kept under 100 characters.
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let clean = |part: &str| -> String {
        part.chars()
            .filter(|c| {
                !c.is_control()
                    && !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
                    && !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFEFF)
            })
            .collect::<String>()
            .trim()
            .trim_matches('.')
            .to_string()
    };
    let stem: String = parts
        .iter()
        .map(|p| clean(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(100)
        .collect();
    let stem = if stem.is_empty() {
        "report".to_string()
    } else {
        stem
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_a_bom_crlf_and_quotes_what_needs_it() {
        let text = csv(&[
            vec!["类别".into(), "数量".into()],
            vec!["政务动态类".into(), "691".into()],
            vec!["a, \"b\"".into(), "-3".into()],
        ]);
        assert_eq!(
            text,
            "\u{feff}类别,数量\r\n政务动态类,691\r\n\"a, \"\"b\"\"\",-3\r\n"
        );
    }

    #[test]
    fn report_text_never_becomes_a_formula() {
        let text = csv(&[vec![
            "=HYPERLINK(\"http://x\")".into(),
            "@SUM(A1)".into(),
            "+1".into(),
        ]]);
        assert_eq!(
            text,
            "\u{feff}\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'+1\r\n"
        );
    }

    #[test]
    fn file_names_are_safe_and_say_what_they_are() {
        assert_eq!(
            file_name(&["东莞市人力资源局", "2015", "categories"], "csv"),
            "东莞市人力资源局-2015-categories.csv"
        );
        assert_eq!(
            file_name(&["a/b\\c:d*?\"<>|\u{202e}gpj.exe", "2024"], "svg"),
            "abcdgpj.exe-2024.svg"
        );
        assert_eq!(file_name(&["..", ""], "json"), "report.json");
    }
}
