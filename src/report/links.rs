//! The link policy: report text is plain text, and a URL in it becomes a clickable link only
//! when it is http(s) and its host is on the deployment's allow-list. Published reports carry
//! injected spam links (the seed report does), so everything else stays inert text.

/// The hosts a deployment allows when it sets none: every host under gov.cn.
pub const DEFAULT_ALLOWED_HOSTS: &[&str] = &["gov.cn"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPolicy {
    /// Host suffixes: "gov.cn" allows gov.cn and any host ending in ".gov.cn".
    allowed: Vec<String>,
}

impl Default for LinkPolicy {
    fn default() -> Self {
        LinkPolicy::new(DEFAULT_ALLOWED_HOSTS.iter().copied())
    }
}

impl LinkPolicy {
    pub fn new<'a>(hosts: impl IntoIterator<Item = &'a str>) -> Self {
        LinkPolicy {
            allowed: hosts
                .into_iter()
                .map(|h| h.trim().trim_start_matches('.').to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
        }
    }

    /// Parses a space- or comma-separated list, as written in the page's
    /// `<meta name="ndbg-link-allow-list">`. An empty list allows no links at all.
    pub fn from_list(list: &str) -> Self {
        LinkPolicy::new(list.split([' ', ',', '\n', '\t']))
    }

    /// Whether `url` may become a clickable link.
    pub fn allows(&self, url: &str) -> bool {
        match url_host(url) {
            Some(host) => self
                .allowed
                .iter()
                .any(|a| host == *a || host.ends_with(&format!(".{a}"))),
            None => false,
        }
    }
}

/// The host of an absolute http(s) URL, lower-cased; `None` for any other URL, including
/// ones with user info (`https://gov.cn@evil.example/` goes to evil.example).
pub fn url_host(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') || authority.contains('\\') {
        return None;
    }
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        Some(_) => return None,
        None => authority,
    };
    let valid = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    valid.then(|| host.trim_end_matches('.').to_string())
}

/// A piece of report text: plain text, or a URL found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Url { url: &'a str, allowed: bool },
}

/// Splits text into plain text and URLs (http:// or https:// up to the first space, CJK
/// character, quote or bracket).
pub fn segments<'a>(text: &'a str, policy: &LinkPolicy) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find_url_start(rest) {
        let (before, from) = rest.split_at(start);
        let end = from
            .char_indices()
            .find(|(_, c)| !is_url_char(*c))
            .map_or(from.len(), |(i, _)| i);
        // Sentence punctuation right after a URL belongs to the sentence.
        let url = from[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let after = &from[url.len()..];
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        out.push(Segment::Url {
            url,
            allowed: policy.allows(url),
        });
        rest = after;
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn find_url_start(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("http://"), lower.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

fn is_url_char(c: char) -> bool {
    c.is_ascii_graphic()
        && !matches!(
            c,
            '"' | '\'' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '`'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_allows_gov_cn_hosts_only() {
        let p = LinkPolicy::default();
        assert!(p.allows("http://www.dg.gov.cn/report.html"));
        assert!(p.allows("https://gov.cn"));
        assert!(!p.allows("http://www.insinv.com"));
        assert!(!p.allows("http://evilgov.cn/"));
        assert!(!p.allows("https://gov.cn@evil.example/"));
        assert!(!p.allows("javascript:alert(1)//gov.cn"));
        assert!(!p.allows("//www.gov.cn/"));
    }

    #[test]
    fn segments_split_text_around_urls() {
        let p = LinkPolicy::default();
        let s = segments("可在mobile.28365-365(http://www.insinv.com)下载。", &p);
        assert_eq!(
            s,
            vec![
                Segment::Text("可在mobile.28365-365("),
                Segment::Url {
                    url: "http://www.insinv.com",
                    allowed: false
                },
                Segment::Text(")下载。"),
            ]
        );
        let s = segments("见 https://www.gov.cn/zhengce/. 完", &p);
        assert_eq!(
            s[1],
            Segment::Url {
                url: "https://www.gov.cn/zhengce/",
                allowed: true
            }
        );
    }

    #[test]
    fn an_empty_allow_list_allows_nothing() {
        assert!(!LinkPolicy::from_list("").allows("https://www.gov.cn/"));
        assert!(LinkPolicy::from_list("example.org, gov.cn").allows("https://a.example.org/"));
    }
}
