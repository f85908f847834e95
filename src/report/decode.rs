//! Bytes → text. Report files are UTF-8 (a byte-order mark is accepted), but many Chinese
//! government files are saved as GBK: a file that is not UTF-8 and reads cleanly as
//! GBK/GB18030 is decoded as such, with a warning; anything else is refused with the line and
//! column of the first byte that is not UTF-8.

use std::borrow::Cow;

#[cfg(not(target_arch = "wasm32"))]
use super::gb18030::decode_gb18030;
use super::load::{LoadError, LoadWarning};

/// GB18030 (of which GBK is a part) by the browser's own decoder, strict as ours: any byte
/// sequence that is not GB18030 refuses the whole file.
#[cfg(target_arch = "wasm32")]
fn decode_gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    web_sys::TextDecoder::new_with_label_and_options("gb18030", &options)
        .ok()?
        .decode_with_u8_array(bytes)
        .ok()
}

/// The text of a file, and the warning to give when it had to be read as GBK.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Option<LoadWarning>), LoadError> {
    // A byte-order mark is what office tools write; it is not an error.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((Cow::Borrowed(text), None)),
        Err(e) => e,
    };
    let (line, column) = line_column(&bytes[..error.valid_up_to()]);
    if mostly_not_utf8(bytes) {
        if let Some(text) = decode_gb18030(bytes) {
            return Ok((
                Cow::Owned(text),
                Some(LoadWarning::DecodedFromGbk { line, column }),
            ));
        }
    }
    Err(LoadError::NotUtf8 { line, column })
}

/// Whether the bytes that are not ASCII are mostly not UTF-8. A GBK file is: a few of its
/// character pairs happen to form UTF-8 sequences, most do not. A UTF-8 file into which some
/// GBK text was pasted is not, and must not be decoded as GBK (its UTF-8 text would turn
/// into nonsense that still reads as GBK).
fn mostly_not_utf8(bytes: &[u8]) -> bool {
    let (mut utf8, mut other) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        utf8 += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        other += chunk.invalid().len();
    }
    other > utf8
}

/// Line and column (in characters, from 1) just after `prefix`.
pub(crate) fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let last_line = match prefix.iter().rposition(|&b| b == b'\n') {
        Some(i) => &prefix[i + 1..],
        None => prefix,
    };
    let column = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 洪泽区 in GBK.
    const HONGZE_GBK: [u8; 6] = [0xBA, 0xE9, 0xD4, 0xF3, 0xC7, 0xF8];

    #[test]
    fn line_column_counts_characters_not_bytes() {
        assert_eq!(line_column("ab\n报告".as_bytes()), (2, 3));
        assert_eq!(line_column(b""), (1, 1));
    }

    #[test]
    fn utf8_with_or_without_a_bom() {
        assert_eq!(
            decode("报告".as_bytes()).unwrap(),
            (Cow::Borrowed("报告"), None)
        );
        assert_eq!(
            decode("\u{feff}报告".as_bytes()).unwrap(),
            (Cow::Borrowed("报告"), None)
        );
    }

    #[test]
    fn a_gbk_file_is_decoded_with_a_warning() {
        let mut bytes = b"{\n  \"title\": \"".to_vec();
        bytes.extend_from_slice(&HONGZE_GBK);
        bytes.extend_from_slice(b"\"\n}");
        let (text, warning) = decode(&bytes).unwrap();
        assert_eq!(text, "{\n  \"title\": \"洪泽区\"\n}");
        assert_eq!(
            warning,
            Some(LoadWarning::DecodedFromGbk {
                line: 2,
                column: 13
            })
        );
    }

    #[test]
    fn utf8_with_some_gbk_pasted_in_is_not_utf8() {
        let mut bytes = "{\"title\": \"江苏省淮安市".as_bytes().to_vec();
        bytes.extend_from_slice(&HONGZE_GBK);
        bytes.extend_from_slice(b"\"}");
        assert_eq!(
            decode(&bytes).unwrap_err(),
            LoadError::NotUtf8 {
                line: 1,
                column: 18
            }
        );
    }

    #[test]
    fn bytes_that_are_neither_utf8_nor_gbk() {
        // 0xFF is never a GBK lead byte; UTF-16 files start with FF FE.
        assert_eq!(
            decode(b"\xFF\xFE{\x00}\x00").unwrap_err(),
            LoadError::NotUtf8 { line: 1, column: 1 }
        );
        // A GBK lead byte with nothing after it.
        assert_eq!(
            decode(b"{\"a\": \"\xBA").unwrap_err(),
            LoadError::NotUtf8 { line: 1, column: 8 }
        );
    }
}
