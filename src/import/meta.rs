//! The title, body, year and dates of a report, from its text.

use crate::report::model::{Date, Period, Published};

use super::labels::cn_numeral_value;
use super::norm::{half, is_space};
use super::source::{LineKind, SourceLine};

#[derive(Debug, Default)]
pub(crate) struct Meta {
    /// The title and its line.
    pub title: Option<(String, usize)>,
    pub body: Option<String>,
    pub year: Option<u16>,
    pub published: Option<(Published, usize)>,
    pub period: Option<(Period, usize)>,
}

fn squeeze(s: &str) -> Vec<char> {
    s.chars().map(half).filter(|c| !is_space(*c)).collect()
}

fn find(hay: &[char], needle: &str, from: usize) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    (from..hay.len().saturating_sub(n.len() - 1)).find(|&i| hay[i..].starts_with(&n))
}

/// "XX2024年政府信息公开工作年度报告": (title, body, year).
fn title_in(line: &str) -> Option<(String, String, u16)> {
    let s = squeeze(line);
    let s: Vec<char> = s.into_iter().skip_while(|c| *c == '#').collect();
    let key = find(&s, "政府信息公开", 0)?;
    // The year: four digits and 年, just before (年度 allowed).
    let nian = (key.saturating_sub(2)..key).rev().find(|&i| s[i] == '年')?;
    if nian < 4 || !s[nian - 4..nian].iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if nian >= 5 && s[nian - 5].is_ascii_digit() {
        return None;
    }
    let year: u16 = s[nian - 4..nian].iter().collect::<String>().parse().ok()?;
    let report = find(&s, "报告", key)?;
    if report > key + 14 {
        return None;
    }
    let end = report + 2;
    // A title ends the line, or a site's name follows it after a separator.
    if s.get(end)
        .is_some_and(|c| !matches!(c, '_' | '|' | '-' | '—' | '–' | '·'))
    {
        return None;
    }
    let start = s[..nian - 4]
        .iter()
        .rposition(|c| matches!(c, '>' | '|' | '_' | '›' | '»' | ':' | '：' | '】'))
        .map_or(0, |p| p + 1);
    let body: String = s[start..nian - 4].iter().collect();
    let body = body.strip_prefix("关于").unwrap_or(&body).to_string();
    if body.chars().count() > 40 || body.contains(['，', '。', '《', ',']) {
        return None;
    }
    let title: String = s[start..end].iter().collect();
    Some((title, body, year))
}

/// A date found in text: year (if printed), month, day, and where it ends.
struct Found {
    start: usize,
    end: usize,
    year: Option<u16>,
    month: u8,
    day: u8,
}

fn cn_number(chars: &[char]) -> Option<u8> {
    // 一 … 九, 十, 十一 … 十九, 二十, 二十一 … 三十一
    let v: Vec<u8> = chars
        .iter()
        .map(|c| cn_numeral_value(*c))
        .collect::<Option<_>>()?;
    match v.as_slice() {
        [d] if *d < 10 && *d > 0 => Some(*d),
        [10] => Some(10),
        [10, d] if *d < 10 => Some(10 + d),
        [t, 10] if *t < 10 => Some(t * 10),
        [t, 10, d] if *t < 10 && *d < 10 => Some(t * 10 + d),
        _ => None,
    }
}

fn number(chars: &[char], max_len: usize) -> Option<(u32, usize)> {
    let n = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > max_len {
        return None;
    }
    Some((chars[..n].iter().collect::<String>().parse().ok()?, n))
}

fn date_at(s: &[char], i: usize) -> Option<Found> {
    let rest = &s[i..];
    if i > 0 && s[i - 1].is_ascii_digit() {
        return None;
    }
    // 2025年1月20日, 1月20日
    let (year, mut j) = match number(rest, 4) {
        Some((y, 4)) if rest.get(4) == Some(&'年') => (Some(y as u16), 5),
        Some((y, 4)) if matches!(rest.get(4), Some('-' | '/' | '.')) => {
            let sep = rest[4];
            let (m, a) = number(&rest[5..], 2)?;
            if rest.get(5 + a) != Some(&sep) {
                return None;
            }
            let (d, b) = number(&rest[6 + a..], 2)?;
            return Some(Found {
                start: i,
                end: i + 6 + a + b,
                year: Some(y as u16),
                month: m as u8,
                day: d as u8,
            });
        }
        Some(_) => (None, 0),
        None => {
            // 二〇二五年一月二十日
            let digits: Option<String> = rest
                .iter()
                .take(4)
                .map(|c| match c {
                    '〇' | '○' | '零' | 'O' => Some('0'),
                    c => cn_numeral_value(*c)
                        .filter(|v| *v < 10)
                        .map(|v| (b'0' + v) as char),
                })
                .collect();
            match digits {
                Some(d) if d.len() == 4 && rest.get(4) == Some(&'年') => {
                    (Some(d.parse().ok()?), 5)
                }
                _ => (None, 0),
            }
        }
    };
    let mut part = |unit: char| -> Option<u8> {
        if let Some((v, n)) = number(&rest[j..], 2) {
            if rest.get(j + n) == Some(&unit) {
                j += n + 1;
                return Some(v as u8);
            }
            return None;
        }
        let n = rest[j..].iter().take(4).take_while(|c| **c != unit).count();
        if n == 0 || n > 3 || j + n >= rest.len() {
            return None;
        }
        let v = cn_number(&rest[j..j + n])?;
        j += n + 1;
        Some(v)
    };
    let month = part('月')?;
    let day = part('日')?;
    Some(Found {
        start: i,
        end: i + j,
        year,
        month,
        day,
    })
}

fn dates(s: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match date_at(s, i) {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

fn make(year: u16, month: u8, day: u8) -> Option<Date> {
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

pub(crate) fn extract(lines: &[SourceLine]) -> Meta {
    let mut meta = Meta::default();
    let mut signature: Option<(Published, usize)> = None;
    let mut posted: Option<(Published, usize)> = None;
    let plain: Vec<(usize, &str)> = lines
        .iter()
        .filter_map(|l| match &l.kind {
            LineKind::Plain(t) => Some((l.no, t.as_str())),
            LineKind::Row { .. } => None,
        })
        .collect();
    for (k, &(no, text)) in plain.iter().enumerate() {
        if meta.title.is_none() {
            // A title may be broken over two lines: the body's name, then the rest.
            let short = |t: &str, n: usize| {
                t.chars().count() <= n
                    && !t.contains(|c: char| c.is_ascii_digit() || "，。：:,".contains(c))
            };
            let single = title_in(text).map(|t| (t, no));
            let with_prev = k
                .checked_sub(1)
                .map(|p| plain[p])
                .filter(|p| short(p.1, 30))
                .and_then(|p| title_in(&format!("{}{text}", p.1)).map(|t| (t, p.0)));
            let with_next = plain
                .get(k + 1)
                .filter(|n| !text.contains("报告") && n.1.chars().count() <= 24)
                .and_then(|n| title_in(&format!("{text}{}", n.1)).map(|t| (t, no)));
            let found = match single {
                Some(s) if !s.0 .1.is_empty() => Some(s),
                s => with_prev.or(with_next).or(s),
            };
            if let Some(((title, body, year), line)) = found {
                meta.title = Some((title, line));
                meta.body = (!body.is_empty()).then_some(body);
                meta.year = Some(year);
            }
        }
        let s = squeeze(text);
        let found = dates(&s);
        if found.is_empty() {
            continue;
        }
        // A line that is a date and nothing else: the signature under the report.
        if found.len() == 1 && found[0].start == 0 && found[0].end == s.len() {
            let f = &found[0];
            if let Some(date) = f.year.and_then(|y| make(y, f.month, f.day)) {
                let published = Published {
                    date: Some(date),
                    printed: Some(text.trim().to_string()),
                    kind: Some("落款日期".into()),
                };
                signature = Some((published, no));
                continue;
            }
        }
        let st: String = s.iter().collect();
        if posted.is_none() {
            let label = ["发布日期", "发布时间", "成文日期", "发文日期"]
                .iter()
                .find_map(|l| st.find(l).map(|p| (l, st[..p].chars().count())));
            if let Some((label, at)) = label {
                if let Some(f) = found.iter().find(|f| f.start > at && f.year.is_some()) {
                    if let Some(date) = make(f.year.unwrap_or(0), f.month, f.day) {
                        let printed: String = s[f.start..f.end].iter().collect();
                        let chinese = printed.contains('年');
                        let kind = if label.starts_with("发布") {
                            "发布日期"
                        } else {
                            "成文日期"
                        };
                        let published = Published {
                            date: Some(date),
                            printed: chinese.then_some(printed),
                            kind: Some(kind.into()),
                        };
                        posted = Some((published, no));
                    }
                }
            }
        }
        if meta.period.is_none() {
            for pair in found.windows(2) {
                let between: String = s[pair[0].end..pair[1].start]
                    .iter()
                    .filter(|c| !matches!(c, '起' | '止'))
                    .collect();
                if !matches!(between.as_str(), "至" | "到" | "-" | "—" | "~" | "——") {
                    continue;
                }
                let Some(y0) = pair[0].year else { continue };
                let y1 = pair[1].year.unwrap_or(y0);
                if let (Some(start), Some(end)) = (
                    make(y0, pair[0].month, pair[0].day),
                    make(y1, pair[1].month, pair[1].day),
                ) {
                    if start <= end {
                        meta.period = Some((Period { start, end }, no));
                        break;
                    }
                }
            }
        }
    }
    meta.published = signature.or(posted);
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[&str]) -> Vec<SourceLine> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| SourceLine {
                no: i + 1,
                kind: LineKind::Plain(l.to_string()),
            })
            .collect()
    }

    #[test]
    fn title_body_year() {
        assert_eq!(
            title_in("淮安市洪泽区人民政府2024年政府信息公开工作年度报告_洪泽区人民政府"),
            Some((
                "淮安市洪泽区人民政府2024年政府信息公开工作年度报告".into(),
                "淮安市洪泽区人民政府".into(),
                2024
            ))
        );
        assert_eq!(
            title_in("# 上海市人民政府办公厅 2019年政府信息公开工作年度报告").map(|t| t.2),
            Some(2019)
        );
        assert_eq!(
            title_in("现将本区2024年政府信息公开工作年度报告公布如下，请查阅。"),
            None
        );
        assert_eq!(
            title_in("2019年度政府信息公开工作报告").map(|t| t.1),
            Some(String::new())
        );
    }

    #[test]
    fn titles_broken_over_two_lines() {
        let m = extract(&plain(&[
            "淮安市洪泽区人民政府",
            "2024年政府信息公开工作年度报告",
            "正文",
        ]));
        assert_eq!(
            m.title,
            Some((
                "淮安市洪泽区人民政府2024年政府信息公开工作年度报告".into(),
                1
            ))
        );
        assert_eq!(m.body.as_deref(), Some("淮安市洪泽区人民政府"));
        let m = extract(&plain(&[
            "淮安市洪泽区人民政府2024年政府信息公开",
            "工作年度报告",
        ]));
        assert_eq!(m.year, Some(2024));
    }

    #[test]
    fn dates_signature_posting_period() {
        let m = extract(&plain(&[
            "发布日期：2020-01-31 来源：办公厅",
            "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
            "淮安市洪泽区人民政府",
            "2025 年 1 月 20 日",
        ]));
        let (p, line) = m.published.unwrap();
        assert_eq!(line, 4);
        assert_eq!(p.date, make(2025, 1, 20));
        assert_eq!(p.printed.as_deref(), Some("2025 年 1 月 20 日"));
        let (period, _) = m.period.unwrap();
        assert_eq!(
            (period.start, period.end),
            (make(2024, 1, 1).unwrap(), make(2024, 12, 31).unwrap())
        );

        let m = extract(&plain(&["发布日期：2020-01-31", "二〇二〇年一月二十一日"]));
        assert_eq!(m.published.unwrap().0.date, make(2020, 1, 21));
        let m = extract(&plain(&["发布日期：2020-01-31"]));
        let p = m.published.unwrap().0;
        assert_eq!(
            (p.date, p.printed, p.kind.as_deref()),
            (make(2020, 1, 31), None, Some("发布日期"))
        );
    }
}
