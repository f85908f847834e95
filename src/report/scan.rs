//! A structural pass over JSON text, independent of the model and of serde: a small
//! hand-written tokenizer that walks every object and array without recursion. The loader
//! uses it
//!
//! - to refuse a key given twice in any object (serde keeps the last value of a key it does
//!   not know, and the model's maps would too);
//! - to refuse nesting deeper than [`MAX_DEPTH`] anywhere, also inside fields the model
//!   ignores (serde_json skips those without a depth limit);
//! - to find where a key or a value is, by its path, for warnings and for checks made after
//!   parsing.
//!
//! It checks only structure: strings, numbers and literals are skipped, not validated. Where
//! the text stops being JSON it stops, and leaves the error to serde_json, which words it
//! better.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::ControlFlow;

/// The deepest nesting of arrays and objects accepted: serde_json's own limit, so that a
/// file refused for its depth is refused the same way wherever the nesting is.
pub(crate) const MAX_DEPTH: usize = 128;

/// One step of a path: the `index`-th entry of an object (with its key), or the
/// `index`-th element of an array. Indices count from 0 in the order of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    Key { index: usize, key: Cow<'a, str> },
    Index(usize),
}

impl Seg<'_> {
    pub(crate) fn index(&self) -> usize {
        match self {
            Seg::Key { index, .. } | Seg::Index(index) => *index,
        }
    }
}

/// What the walk reports, in the order of the file. Offsets are byte offsets in the text.
pub(crate) enum Event<'s, 'a> {
    /// A key; `path` ends with the key's own step. `start` is its opening quote.
    Key { path: &'s [Seg<'a>], start: usize },
    /// A value; `path` is the path of the value. For a string, number or literal `end` is
    /// its last byte; for an array or object, its opening bracket.
    Value { path: &'s [Seg<'a>], end: usize },
}

/// Why the walk stopped before the end of the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    /// The text is not JSON here: the parser will say why.
    Syntax,
    /// An array or object opens at `offset`, nested more than [`MAX_DEPTH`] deep.
    TooDeep { offset: usize },
    /// A key given a second time in the same object.
    Duplicate {
        key: String,
        /// The path of the key, as the loader writes paths (`body.name`).
        path: String,
        /// The opening quote of the first occurrence.
        first: usize,
        /// The closing quote of the second occurrence.
        second_end: usize,
    },
}

struct Frame<'a> {
    object: bool,
    /// Entries or elements read so far.
    count: usize,
    /// Each key of an object, with the offset of its opening quote.
    keys: HashMap<Cow<'a, str>, usize>,
}

#[derive(Clone, Copy)]
enum State {
    /// A value must come next.
    Value,
    /// Just after `[`: a value or `]`.
    FirstElement,
    /// Just after `,` in an array: a value.
    NextElement,
    /// Just after `{`: a key or `}`.
    FirstKey,
    /// Just after `,` in an object: a key.
    NextKey,
    /// A value has ended.
    AfterValue,
}

/// Walks the first JSON value of `text`, calling `visit` for each key and value until it
/// returns `Break`. `Ok` when the value ended or `visit` stopped the walk.
pub(crate) fn walk<'a>(
    text: &'a str,
    visit: &mut dyn FnMut(Event<'_, 'a>) -> ControlFlow<()>,
) -> Result<(), Stop> {
    let b = text.as_bytes();
    let mut pos = 0;
    let mut stack: Vec<Frame<'a>> = Vec::new();
    // One step per open array or object: the entry or element being read.
    let mut path: Vec<Seg<'a>> = Vec::new();
    let mut state = State::Value;
    loop {
        if matches!(state, State::AfterValue) && stack.is_empty() {
            // The top-level value has ended; what follows is the parser's business.
            return Ok(());
        }
        pos = skip_whitespace(b, pos);
        let Some(&c) = b.get(pos) else {
            return Err(Stop::Syntax);
        };
        match state {
            State::FirstElement if c == b']' => {
                stack.pop();
                pos += 1;
                state = State::AfterValue;
            }
            State::FirstElement | State::NextElement => {
                let frame = stack.last_mut().ok_or(Stop::Syntax)?;
                path.push(Seg::Index(frame.count));
                frame.count += 1;
                state = State::Value;
            }
            State::FirstKey if c == b'}' => {
                stack.pop();
                pos += 1;
                state = State::AfterValue;
            }
            State::FirstKey | State::NextKey => {
                if c != b'"' {
                    return Err(Stop::Syntax);
                }
                let end = string_end(b, pos)?;
                let key = key_text(text, pos, end)?;
                let frame = stack.last_mut().ok_or(Stop::Syntax)?;
                let index = frame.count;
                frame.count += 1;
                if let Some(&first) = frame.keys.get(&key) {
                    let key = key.into_owned();
                    path.push(Seg::Key {
                        index,
                        key: Cow::Owned(key.clone()),
                    });
                    return Err(Stop::Duplicate {
                        key,
                        path: display_path(&path),
                        first,
                        second_end: end,
                    });
                }
                frame.keys.insert(key.clone(), pos);
                path.push(Seg::Key { index, key });
                if visit(Event::Key {
                    path: &path,
                    start: pos,
                })
                .is_break()
                {
                    return Ok(());
                }
                pos = skip_whitespace(b, end + 1);
                if b.get(pos) != Some(&b':') {
                    return Err(Stop::Syntax);
                }
                pos += 1;
                state = State::Value;
            }
            State::Value => {
                let end = match c {
                    b'{' | b'[' => {
                        if stack.len() >= MAX_DEPTH {
                            return Err(Stop::TooDeep { offset: pos });
                        }
                        stack.push(Frame {
                            object: c == b'{',
                            count: 0,
                            keys: HashMap::new(),
                        });
                        state = if c == b'{' {
                            State::FirstKey
                        } else {
                            State::FirstElement
                        };
                        pos
                    }
                    b'"' => {
                        state = State::AfterValue;
                        string_end(b, pos)?
                    }
                    _ => {
                        let end = scalar_end(b, pos);
                        if end == pos {
                            return Err(Stop::Syntax);
                        }
                        state = State::AfterValue;
                        end - 1
                    }
                };
                if visit(Event::Value { path: &path, end }).is_break() {
                    return Ok(());
                }
                pos = end + 1;
            }
            State::AfterValue => {
                let Some(frame) = stack.last() else {
                    return Ok(());
                };
                // The value that ended was the current entry or element of `frame`.
                path.pop();
                match (frame.object, c) {
                    (true, b',') => state = State::NextKey,
                    (false, b',') => state = State::NextElement,
                    (true, b'}') | (false, b']') => {
                        stack.pop();
                    }
                    _ => return Err(Stop::Syntax),
                }
                pos += 1;
            }
        }
    }
}

fn skip_whitespace(b: &[u8], mut pos: usize) -> usize {
    while matches!(b.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        pos += 1;
    }
    pos
}

/// The offset of the closing quote of the string that opens at `start`.
fn string_end(b: &[u8], start: usize) -> Result<usize, Stop> {
    let mut i = start + 1;
    loop {
        match b.get(i) {
            None => return Err(Stop::Syntax),
            Some(b'"') => return Ok(i),
            Some(b'\\') => i += 2,
            Some(_) => i += 1,
        }
    }
}

/// The offset just after a number or literal that starts at `start`.
fn scalar_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(&c) = b.get(i) {
        if matches!(
            c,
            b',' | b']' | b'}' | b'[' | b'{' | b'"' | b':' | b' ' | b'\t' | b'\n' | b'\r'
        ) {
            break;
        }
        i += 1;
    }
    i
}

/// The text of the key between the quotes at `start` and `end`, escapes resolved.
fn key_text(text: &str, start: usize, end: usize) -> Result<Cow<'_, str>, Stop> {
    let raw = &text[start + 1..end];
    if raw.contains('\\') {
        serde_json::from_str::<String>(&text[start..=end])
            .map(Cow::Owned)
            .map_err(|_| Stop::Syntax)
    } else {
        Ok(Cow::Borrowed(raw))
    }
}

/// A path as serde_path_to_error writes it, and so as load errors show it:
/// `requests.table2.received[0]`; `.` for the top level.
pub(crate) fn display_path(path: &[Seg<'_>]) -> String {
    let mut out = String::new();
    write_path(&mut out, path);
    out
}

/// [`display_path`] into `out`, which is cleared first: no allocation once `out` is large
/// enough.
pub(crate) fn write_path(out: &mut String, path: &[Seg<'_>]) {
    use std::fmt::Write;
    out.clear();
    for seg in path {
        match seg {
            Seg::Key { key, .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Seg::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
}

/// Line and column (both from 1; the column in characters, as an editor counts) of the
/// character at byte `offset`.
pub(crate) fn position(text: &str, offset: usize) -> (usize, usize) {
    Positions::new(text).at(offset)
}

/// [`position`] for offsets met in the order of the file: each call reads on from the
/// last, so that locating many places in a long line costs one pass, not one each.
pub(crate) struct Positions<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
    column: usize,
}

impl<'a> Positions<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Positions {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    pub(crate) fn at(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            *self = Positions {
                text: self.text,
                offset: 0,
                line: 1,
                column: 1,
            };
        }
        for &b in &self.text[self.offset..offset] {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a continuation byte: a new character.
                self.column += 1;
            }
        }
        self.offset = offset;
        (self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stop(text: &str) -> Result<(), Stop> {
        walk(text, &mut |_| ControlFlow::Continue(()))
    }

    fn events(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        walk(text, &mut |e| {
            out.push(match e {
                Event::Key { path, start } => format!("key {} {start}", display_path(path)),
                Event::Value { path, end } => format!("value {} {end}", display_path(path)),
            });
            ControlFlow::Continue(())
        })
        .unwrap();
        out
    }

    #[test]
    fn walks_keys_and_values_with_their_paths() {
        // Keys by their opening quote, values by their last byte (containers by their
        // opening bracket).
        //         0         1         2         3
        //         0123456789012345678901234567890123456
        let text = r#"{"a": [1, {"b": "x\"y"}], "c": null}"#;
        assert_eq!(
            events(text),
            [
                "value . 0",
                "key a 1",
                "value a 6",
                "value a[0] 7",
                "value a[1] 10",
                "key a[1].b 11",
                "value a[1].b 21",
                "key c 26",
                "value c 34",
            ]
        );
        assert_eq!(events("[]"), ["value . 0"]);
        assert_eq!(events(" 5 "), ["value . 1"]);
    }

    #[test]
    fn finds_a_key_given_twice_anywhere() {
        let text = "{\"a\": {\"x\": 1, \"y\": 2, \"x\": 3}}";
        assert_eq!(
            stop(text),
            Err(Stop::Duplicate {
                key: "x".into(),
                path: "a.x".into(),
                first: 7,
                second_end: 25
            })
        );
        // Escapes are resolved: "\u0078" is "x".
        assert!(matches!(
            stop(r#"{"x": 1, "\u0078": 2}"#),
            Err(Stop::Duplicate { .. })
        ));
        // The same key in two objects is fine.
        assert_eq!(stop(r#"[{"x": 1}, {"x": 2}]"#), Ok(()));
    }

    #[test]
    fn refuses_deep_nesting_without_recursion() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(stop(&ok), Ok(()));
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(stop(&deep), Err(Stop::TooDeep { offset: MAX_DEPTH }));
    }

    #[test]
    fn stops_where_the_text_is_not_json() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\" 1}",
            "[1,",
            "[1 2]",
            "{\"a\": 1,}",
            "{,}",
            "\"abc",
        ] {
            assert_eq!(stop(text), Err(Stop::Syntax), "{text}");
        }
    }

    #[test]
    fn positions_count_characters() {
        let text = "{\n  \"报告\": 1\n}";
        assert_eq!(position(text, text.find(':').unwrap()), (2, 7));
        assert_eq!(position(text, 0), (1, 1));
        assert_eq!(position(text, text.len()), (3, 2));
        let mut positions = Positions::new(text);
        assert_eq!(positions.at(text.find(':').unwrap()), (2, 7));
        assert_eq!(positions.at(text.len()), (3, 2));
        assert_eq!(positions.at(1), (1, 2));
    }
}
