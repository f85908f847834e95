//! What the page's URL asks for: which report, language, embedding, panel, theme and accent.
//! Parsed here, without the DOM, so every rule is tested natively. Anything malformed is
//! ignored (the default applies) rather than trusted.

use crate::i18n::Lang;
use crate::report::compare::Metric;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageOptions {
    /// `?report=`: the report file, relative to the page or absolute.
    pub report: Option<String>,
    /// `?collection=`: the collection index.
    pub collection: Option<String>,
    /// `?lang=zh|en`.
    pub lang: Option<Lang>,
    /// `?embed=1`: inside a portal's iframe, without the site's header and footer.
    pub embed: bool,
    /// `?view=<panel>`: show one panel only.
    pub view: Option<Panel>,
    /// `?id=`: the name the parent page gave this frame, echoed in height messages.
    pub frame_id: Option<String>,
    /// `?theme=auto|light|dark`.
    pub theme: Theme,
    /// `?accent=`: the portal's accent colour, `#rrggbb` or `rrggbb`.
    pub accent: Option<Rgb>,
    /// `?care=1`: care mode (关怀模式) for older visitors: larger text and targets, higher
    /// contrast, one column, nothing only on hover.
    pub care: bool,
    /// `?import=1`: the page for importing a published report's text.
    pub import: bool,
    /// `?compare=<report>&compare=<report>…`: reports side by side (or one body's years).
    pub compare: Vec<String>,
    /// `?metric=`: the figure a comparison shows.
    pub metric: Option<Metric>,
    /// `?sel=`: the selected row of the comparison's chart and table.
    pub selected: Option<usize>,
}

/// At most this many reports are compared at once; more are ignored.
pub const MAX_COMPARED: usize = 200;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the visitor's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

/// The panels `?view=` can show on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Header,
    KeyFigures,
    Findings,
    Categories,
    Requests,
    Outcomes,
    Balance,
    Applicants,
    Table1,
    Appeals,
    Fees,
    Text,
}

impl Panel {
    pub const ALL: [Panel; 12] = [
        Panel::Header,
        Panel::KeyFigures,
        Panel::Findings,
        Panel::Categories,
        Panel::Requests,
        Panel::Outcomes,
        Panel::Balance,
        Panel::Applicants,
        Panel::Table1,
        Panel::Appeals,
        Panel::Fees,
        Panel::Text,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Panel::Header => "header",
            Panel::KeyFigures => "key-figures",
            Panel::Findings => "findings",
            Panel::Categories => "categories",
            Panel::Requests => "requests",
            Panel::Outcomes => "outcomes",
            Panel::Balance => "balance",
            Panel::Applicants => "applicants",
            Panel::Table1 => "table1",
            Panel::Appeals => "appeals",
            Panel::Fees => "fees",
            Panel::Text => "text",
        }
    }

    pub fn parse(code: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.1).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio with another colour (WCAG 2.1), from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
pub const NEAR_BLACK: Rgb = Rgb(0x1f, 0x23, 0x28);

/// The text colour to put on an accent-coloured background: white or near-black, whichever
/// contrasts more, so any accent a portal picks keeps the header readable.
pub fn text_on(accent: Rgb) -> Rgb {
    if accent.contrast(WHITE) >= accent.contrast(NEAR_BLACK) {
        WHITE
    } else {
        NEAR_BLACK
    }
}

/// The accent as a link colour on the light theme's white surface, only if it meets the
/// 4.5:1 contrast text needs; otherwise the default link colour stays.
pub fn link_colour(accent: Rgb) -> Option<Rgb> {
    (accent.contrast(WHITE) >= 4.5).then_some(accent)
}

/// Whether a report or collection address from the URL may be fetched: a relative path, or
/// an absolute http(s) URL. `data:`, `javascript:`, `blob:`, `file:` and protocol-relative
/// addresses are refused, so a shared link cannot smuggle a made-up report in itself.
pub fn fetchable_address(address: &str) -> bool {
    let lower = address.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return true;
    }
    if lower.starts_with("//") || lower.starts_with('\\') {
        return false;
    }
    // A scheme is letters, digits, + - . before the first ':' (and before any / ? #).
    let before = lower.split(['/', '?', '#']).next().unwrap_or("");
    !before.contains(':')
}

fn frame_id(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
    ok.then(|| text.to_string())
}

impl PageOptions {
    /// Reads the options from the query's decoded key/value pairs. The last value of a
    /// repeated key wins; unknown keys are ignored.
    pub fn from_pairs<I, K, V>(pairs: I) -> PageOptions
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut o = PageOptions::default();
        for (key, value) in pairs {
            let value = value.as_ref().trim();
            let non_empty = (!value.is_empty()).then(|| value.to_string());
            match key.as_ref() {
                "report" => o.report = non_empty,
                "collection" => o.collection = non_empty,
                "lang" => o.lang = Lang::parse(value),
                "embed" => o.embed = matches!(value, "1" | "true" | "yes"),
                "care" => o.care = matches!(value, "1" | "true" | "yes"),
                "import" => o.import = matches!(value, "1" | "true" | "yes"),
                "view" => o.view = Panel::parse(value),
                "id" => o.frame_id = frame_id(value),
                "theme" => {
                    o.theme = match value {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "accent" => o.accent = Rgb::parse(value),
                "compare" => {
                    if let Some(v) = non_empty {
                        if o.compare.len() < MAX_COMPARED && !o.compare.contains(&v) {
                            o.compare.push(v);
                        }
                    }
                }
                "metric" => o.metric = Metric::parse(value),
                "sel" => o.selected = value.parse().ok().filter(|n| *n < MAX_COMPARED),
                _ => {}
            }
        }
        o
    }

    /// Reads the options from a query string (`?a=1&b=2`, with or without the `?`).
    pub fn from_query(query: &str) -> PageOptions {
        PageOptions::from_pairs(parse_query(query))
    }

    /// The query string that restores these options (with the leading `?`, or empty).
    /// Defaults are left out so links stay short.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(c) = &self.collection {
            pairs.push(("collection", c.clone()));
        }
        if self.compare.is_empty() {
            if let Some(r) = &self.report {
                pairs.push(("report", r.clone()));
            }
        }
        for c in &self.compare {
            pairs.push(("compare", c.clone()));
        }
        if let Some(m) = self.metric {
            pairs.push(("metric", m.code().into()));
        }
        if let Some(s) = self.selected {
            pairs.push(("sel", s.to_string()));
        }
        if let Some(v) = self.view {
            pairs.push(("view", v.code().into()));
        }
        if self.lang == Some(Lang::En) {
            pairs.push(("lang", "en".into()));
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => pairs.push(("theme", "light".into())),
            Theme::Dark => pairs.push(("theme", "dark".into())),
        }
        if let Some(a) = self.accent {
            pairs.push(("accent", a.css()[1..].to_string()));
        }
        for (on, key) in [
            (self.embed, "embed"),
            (self.care, "care"),
            (self.import, "import"),
        ] {
            if on {
                pairs.push((key, "1".into()));
            }
        }
        if let Some(id) = &self.frame_id {
            pairs.push(("id", id.clone()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        format!("?{}", encoded.join("&"))
    }
}

/// Percent-encodes a query value: everything but unreserved characters and `/` (kept so
/// report paths stay readable in a shared link).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Splits and decodes a query string as browsers do (`+` is a space); malformed escapes are
/// kept as written.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = |b: u8| (b as char).to_digit(16);
                    match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                        (Some(hi), Some(lo)) => {
                            out.push((hi * 16 + lo) as u8);
                            i += 2;
                        }
                        _ => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// The messages an embedded dashboard sends its parent when its height changes: the
/// project's own, and the one Datawrapper's embed script listens for.
pub fn height_messages(frame_id: Option<&str>, height: u32) -> [String; 2] {
    let id = serde_json::Value::from(frame_id.unwrap_or(""));
    [
        format!(r#"{{"type":"ndbg:height","id":{id},"height":{height}}}"#),
        format!(r#"{{"datawrapper-height":{{{id}:{height}}}}}"#),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_from_the_query() {
        let o = PageOptions::from_pairs([
            ("report", "reports/hongze-2024.json"),
            ("embed", "1"),
            ("view", "outcomes"),
            ("id", "ndbg-1"),
            ("theme", "dark"),
            ("accent", "#C00000"),
            ("lang", "en"),
            ("care", "1"),
            ("unknown", "x"),
        ]);
        assert!(o.care);
        assert_eq!(o.report.as_deref(), Some("reports/hongze-2024.json"));
        assert!(o.embed);
        assert_eq!(o.view, Some(Panel::Outcomes));
        assert_eq!(o.frame_id.as_deref(), Some("ndbg-1"));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.accent, Some(Rgb(0xc0, 0, 0)));
        assert_eq!(o.lang, Some(Lang::En));
    }

    #[test]
    fn malformed_options_fall_back_to_the_defaults() {
        let o = PageOptions::from_pairs([
            ("embed", "0"),
            ("view", "<script>"),
            ("id", "a\"b"),
            ("theme", "purple"),
            ("accent", "red; background:url(x)"),
            ("report", "  "),
        ]);
        assert_eq!(o, PageOptions::default());
        assert_eq!(
            Panel::ALL.map(|p| Panel::parse(p.code())),
            Panel::ALL.map(Some)
        );
    }

    #[test]
    fn only_relative_and_http_addresses_are_fetched() {
        for ok in [
            "reports/hongze-2024.json",
            "./reports/x.json",
            "/xxgk/reports/x.json",
            "https://www.gov.cn/x.json",
            "http://127.0.0.1:8080/r.json",
            "reports/a:b.json",
        ] {
            assert!(fetchable_address(ok), "{ok}");
        }
        for bad in [
            "data:application/json,{}",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "blob:https://x/1",
            "file:///etc/passwd",
            "//evil.example/r.json",
            "ftp://x/r.json",
        ] {
            assert!(!fetchable_address(bad), "{bad}");
        }
    }

    #[test]
    fn accent_text_and_links_keep_their_contrast() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        // A dark red header takes white text and can be a link colour.
        let red = Rgb::parse("c00000").unwrap();
        assert_eq!(text_on(red), WHITE);
        assert_eq!(link_colour(red), Some(red));
        // A pale yellow takes dark text and is too light for links on white.
        let yellow = Rgb::parse("#ffe066").unwrap();
        assert_eq!(text_on(yellow), NEAR_BLACK);
        assert_eq!(link_colour(yellow), None);
        assert!(yellow.contrast(text_on(yellow)) >= 4.5);
    }

    #[test]
    fn the_query_round_trips_what_is_on_screen() {
        let o = PageOptions {
            collection: Some("https://example.gov.cn/年报/index.json".into()),
            compare: vec![
                "reports/hongze-2024.json".into(),
                "../synthetic/hongze 2023 & co.json".into(),
            ],
            metric: Some(Metric::Outcomes),
            selected: Some(1),
            lang: Some(Lang::En),
            theme: Theme::Dark,
            accent: Some(Rgb(0xc0, 0, 0)),
            care: true,
            ..PageOptions::default()
        };
        let query = o.to_query();
        assert!(query.starts_with("?collection=https%3A//example.gov.cn/%E5%B9%B4"));
        assert!(query.contains("&compare=../synthetic/hongze%202023%20%26%20co.json&"));
        assert_eq!(PageOptions::from_query(&query), o);
        // A single report; the defaults leave the query empty.
        let one = PageOptions {
            report: Some("reports/shanghai-gov-office-2019.json".into()),
            view: Some(Panel::Outcomes),
            ..PageOptions::default()
        };
        assert_eq!(
            one.to_query(),
            "?report=reports/shanghai-gov-office-2019.json&view=outcomes"
        );
        assert_eq!(PageOptions::from_query(&one.to_query()), one);
        assert_eq!(PageOptions::default().to_query(), "");
    }

    #[test]
    fn queries_decode_as_browsers_do() {
        assert_eq!(
            parse_query("?a=1+2&b=%E4%B8%AD&c&d=%zz%4&e=%中"),
            vec![
                ("a".to_string(), "1 2".to_string()),
                ("b".into(), "中".into()),
                ("c".into(), String::new()),
                ("d".into(), "%zz%4".into()),
                ("e".into(), "%中".into()),
            ]
        );
        // Repeated reports are compared once each; a bad metric or selection is ignored.
        let o =
            PageOptions::from_query("compare=a.json&compare=b.json&compare=a.json&metric=x&sel=-1");
        assert_eq!(o.compare, vec!["a.json", "b.json"]);
        assert_eq!((o.metric, o.selected), (None, None));
    }

    #[test]
    fn height_messages_carry_the_id_and_height_as_json() {
        let [own, dw] = height_messages(Some("a"), 812);
        let own: serde_json::Value = serde_json::from_str(&own).unwrap();
        assert_eq!(own["type"], "ndbg:height");
        assert_eq!(own["id"], "a");
        assert_eq!(own["height"], 812);
        let dw: serde_json::Value = serde_json::from_str(&dw).unwrap();
        assert_eq!(dw["datawrapper-height"]["a"], 812);
    }
}
