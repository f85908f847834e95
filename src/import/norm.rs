//! Character normalisation, tolerant label comparison and cell parsing.

use crate::report::number::{Decimal, MAX_FIGURE};

/// Full-width ASCII to ASCII, the many spaces to one space, minus signs to '-'.
pub(crate) fn half(c: char) -> char {
    match c {
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200B}' | '\u{FEFF}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{2212}' | '\u{2013}' | '\u{FE63}' => '-',
        _ => c,
    }
}

pub(crate) fn half_str(s: &str) -> String {
    s.chars().map(half).collect()
}

pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || half(c) == ' '
}

/// The characters that identify a label: letters (Chinese included) and digits, with
/// punctuation, quotes and spaces of every width left out.
pub(crate) fn norm_chars(s: &str) -> Vec<char> {
    s.chars()
        .map(half)
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Levenshtein distance between two character sequences.
pub(crate) fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How many edits a label of `len` characters may carry and still be recognised: none for
/// the shortest (规章, 其他, 总计), one up to seven characters, then two, then three.
pub(crate) fn tolerance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        8..=15 => 2,
        _ => 3,
    }
}

/// How well found text matches a standard label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Quality {
    /// The text is only the beginning of the label (the rest is elsewhere or not printed).
    pub prefix: bool,
    pub dist: usize,
}

/// The text as the whole label (within tolerance), or as its beginning (at least four
/// characters). Nothing for text that is longer than the label or too different.
pub(crate) fn quality(text: &[char], label: &[char]) -> Option<Quality> {
    // Longer than the label and its tolerance: neither the label nor its beginning.
    if text.is_empty() || text.len() > label.len() + tolerance(label.len()) {
        return None;
    }
    let d = distance(text, label);
    if d <= tolerance(label.len()) {
        return Some(Quality {
            prefix: false,
            dist: d,
        });
    }
    if text.len() >= 4 && text.len() < label.len() {
        let t = tolerance(text.len());
        let lo = text.len().saturating_sub(1).max(1);
        let hi = (text.len() + 1).min(label.len() - 1);
        let best = (lo..=hi).map(|m| distance(text, &label[..m])).min()?;
        if best <= t {
            return Some(Quality {
                prefix: true,
                dist: best,
            });
        }
    }
    None
}

/// Whether `s` ends with `label` within tolerance: the distance and where the match starts.
pub(crate) fn ends_with(s: &[char], label: &[char]) -> Option<(usize, usize)> {
    let t = tolerance(label.len());
    let mut best: Option<(usize, usize)> = None;
    for m in label.len().saturating_sub(t).max(1)..=label.len() + t {
        if m > s.len() {
            break;
        }
        let d = distance(&s[s.len() - m..], label);
        if d <= t && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, s.len() - m));
        }
    }
    best
}

/// Whether `s` ends with the beginning (four characters or more, not the whole) of `label`:
/// a label whose rest follows its numbers. The distance and where the match starts.
pub(crate) fn ends_with_prefix(s: &[char], label: &[char]) -> Option<(usize, usize)> {
    for p in (4..label.len()).rev() {
        if p > s.len() {
            continue;
        }
        let d = distance(&s[s.len() - p..], &label[..p]);
        if d <= tolerance(p).min(1) {
            return Some((d, s.len() - p));
        }
    }
    None
}

/// What a table cell holds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CellVal {
    /// Printed empty, or as a dash.
    Blank,
    Num {
        value: Decimal,
        unit: Option<&'static str>,
    },
    /// Anything else: not a number.
    Bad,
}

/// Units a cell may carry, longest first.
const UNITS: [&str; 10] = [
    "万元", "亿元", "元", "件", "个", "项", "次", "宗", "条", "%",
];
/// Units a count may carry without changing its meaning.
const COUNT_UNITS: [&str; 6] = ["件", "个", "项", "次", "宗", "条"];
/// What a report prints in a cell that is deliberately empty.
const DASHES: [&str; 7] = ["-", "--", "—", "——", "/", "\\", "－"];

pub(crate) fn is_dash(s: &str) -> bool {
    DASHES.contains(&s)
}

pub(crate) fn unit_word(s: &str) -> Option<&'static str> {
    UNITS.iter().find(|u| **u == s).copied()
}

/// Reads a cell: empty or a dash is a blank; "821", "-3", "24.43", "9,487", "251000元" are
/// numbers; anything else is not a number. Spaces inside a number are not removed ("5 3" is
/// two numbers run together, not 53).
pub(crate) fn parse_cell(raw: &str) -> CellVal {
    let s = half_str(raw);
    let s = s.trim();
    if s.is_empty() || is_dash(s) {
        return CellVal::Blank;
    }
    let (num, unit) = match UNITS.iter().find(|u| s.ends_with(**u)) {
        Some(u) => (s[..s.len() - u.len()].trim_end(), Some(*u)),
        None => (s, None),
    };
    let num = num.strip_prefix('+').unwrap_or(num);
    let plain;
    let num = if num.contains(',') {
        let (int, frac) = num.split_once('.').unwrap_or((num, ""));
        let int = int.strip_prefix('-').unwrap_or(int);
        let groups: Vec<&str> = int.split(',').collect();
        let ok = groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3);
        if !ok {
            return CellVal::Bad;
        }
        plain = format!(
            "{}{}{}{}",
            if num.starts_with('-') { "-" } else { "" },
            groups.concat(),
            if frac.is_empty() && !num.contains('.') {
                ""
            } else {
                "."
            },
            frac
        );
        plain.as_str()
    } else {
        num
    };
    match Decimal::parse(num) {
        Some(value) => CellVal::Num { value, unit },
        None => CellVal::Bad,
    }
}

/// The cell as a count: a whole number from 0 to the largest figure, bare or with a unit
/// such as 件; `Ok(None)` for a blank.
pub(crate) fn as_count(v: &CellVal) -> Result<Option<u64>, ()> {
    match v {
        CellVal::Blank => Ok(None),
        CellVal::Num { value, unit } => {
            if unit.is_some_and(|u| !COUNT_UNITS.contains(&u)) || value.is_negative() {
                return Err(());
            }
            match value.as_integer() {
                Some(n) if (n as u64) <= MAX_FIGURE => Ok(Some(n as u64)),
                _ => Err(()),
            }
        }
        CellVal::Bad => Err(()),
    }
}

/// The cell as a signed decimal without a unit (本年增/减); `Ok(None)` for a blank.
pub(crate) fn as_decimal(v: &CellVal, allowed_unit: Option<&str>) -> Result<Option<Decimal>, ()> {
    match v {
        CellVal::Blank => Ok(None),
        CellVal::Num { value, unit } if unit.is_none() || *unit == allowed_unit => {
            if value
                .as_integer()
                .is_some_and(|n| n.unsigned_abs() > MAX_FIGURE)
            {
                Err(())
            } else {
                Ok(Some(*value))
            }
        }
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        norm_chars(s)
    }

    #[test]
    fn labels_compare_without_punctuation_and_width() {
        assert_eq!(
            c("（三）不予公开 3.危及“三安全一稳定”"),
            c("(三)不予公开3.危及\"三安全一稳定\"")
        );
        assert_eq!(
            distance(&c("本机关不掌握相关政府息"), &c("本机关不掌握相关政府信息")),
            1
        );
        let q = quality(
            &c("部分公开（区分处理的，"),
            &c("部分公开（区分处理的，只计这一情形，不计其他情形）"),
        );
        assert_eq!(
            q,
            Some(Quality {
                prefix: true,
                dist: 0
            })
        );
        assert_eq!(quality(&c("规 章"), &c("规章")).map(|q| q.dist), Some(0));
        assert_eq!(quality(&c("规程"), &c("规章")), None);
        assert!(quality(&c("行政处罚"), &c("行政许可")).is_none());
    }

    #[test]
    fn suffixes_are_found_with_their_start() {
        let s = c("第二十条第（五）项 信息内容 本年处理决定数量 行政许可");
        assert_eq!(ends_with(&s, &c("行政许可")), Some((0, s.len() - 4)));
        let s = c("信息内容 其他对外管理服务");
        assert!(ends_with(&s, &c("其他对外管理服务事项")).is_some_and(|(d, _)| d <= 2));
        assert_eq!(
            ends_with_prefix(&c("只有 其他对外管理"), &c("其他对外管理服务事项")).map(|x| x.0),
            Some(0)
        );
    }

    #[test]
    fn cells_read_as_numbers_blanks_or_not_numbers() {
        let n = |s: &str| match parse_cell(s) {
            CellVal::Num { value, unit } => Some((value.to_string(), unit)),
            _ => None,
        };
        assert_eq!(n("821"), Some(("821".into(), None)));
        assert_eq!(n("８２１"), Some(("821".into(), None)));
        assert_eq!(n("9,487"), Some(("9487".into(), None)));
        assert_eq!(n("-3"), Some(("-3".into(), None)));
        assert_eq!(n("+3"), Some(("3".into(), None)));
        assert_eq!(n("251000元"), Some(("251000".into(), Some("元"))));
        assert_eq!(n("7545.5 万元"), Some(("7545.5".into(), Some("万元"))));
        assert_eq!(parse_cell(" \u{a0} "), CellVal::Blank);
        assert_eq!(parse_cell("—"), CellVal::Blank);
        assert_eq!(parse_cell("O"), CellVal::Bad);
        assert_eq!(parse_cell("5 3"), CellVal::Bad);
        assert_eq!(parse_cell("94,87"), CellVal::Bad);
        assert_eq!(as_count(&parse_cell("14件")), Ok(Some(14)));
        assert_eq!(as_count(&parse_cell("1.5")), Err(()));
        assert_eq!(as_count(&parse_cell("-1")), Err(()));
        assert_eq!(as_count(&parse_cell("")), Ok(None));
    }
}
