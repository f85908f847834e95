//! What the page's URL asks for: which report, language, embedding, panel, theme and accent.
//! Parsed here, without the DOM, so every rule is tested natively. Anything malformed is
//! ignored (the default applies) rather than trusted.

use crate::i18n::Lang;

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
}

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
                _ => {}
            }
        }
        o
    }
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
