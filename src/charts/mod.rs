//! Charts: one drawing function per chart, generic over plotters' `DrawingBackend`, so the
//! same function draws the page's chart and the SVG for exports and native tests.

pub mod bars;
pub mod stacked;

use bars::{draw_horizontal_bars, height_for, Bar, RowBand};
use stacked::{draw_stacked_bars, stacked_height, StackedRow};

/// Plotters' SVG backend writes `font-size` as the style's size divided by 1.24; charts
/// multiply by this so text is drawn at the size they ask for.
pub const PLOTTERS_FONT_SCALE: f64 = 1.24;

use plotters::style::RGBColor;

/// The colours a chart is drawn with; the page passes the theme's.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTheme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted_text: RGBColor,
    pub bar: RGBColor,
    pub grid: RGBColor,
    /// Colours of the parts of a stacked bar, in legend order; each has at least 3:1
    /// contrast against the background.
    pub series: [RGBColor; 6],
    pub font_family: &'static str,
}

impl ChartTheme {
    pub fn light() -> Self {
        ChartTheme {
            background: RGBColor(255, 255, 255),
            text: RGBColor(0x1f, 0x23, 0x28),
            muted_text: RGBColor(0x4b, 0x55, 0x63),
            bar: RGBColor(0x2f, 0x6f, 0xb3),
            grid: RGBColor(0xd0, 0xd7, 0xde),
            series: [
                RGBColor(0x2f, 0x6f, 0xb3),
                RGBColor(0xc2, 0x57, 0x1a),
                RGBColor(0x3d, 0x85, 0x40),
                RGBColor(0x7b, 0x4f, 0xa6),
                RGBColor(0xa8, 0x32, 0x6e),
                RGBColor(0x6b, 0x72, 0x80),
            ],
            font_family: "sans-serif",
        }
    }
}

impl ChartTheme {
    /// For the dark theme: light text on the dark surface, brighter series colours.
    pub fn dark() -> Self {
        ChartTheme {
            background: RGBColor(0x16, 0x1b, 0x22),
            text: RGBColor(0xe6, 0xed, 0xf3),
            muted_text: RGBColor(0xb8, 0xc2, 0xcc),
            bar: RGBColor(0x58, 0xa6, 0xff),
            grid: RGBColor(0x3a, 0x42, 0x4c),
            series: [
                RGBColor(0x58, 0xa6, 0xff),
                RGBColor(0xf0, 0x88, 0x3e),
                RGBColor(0x56, 0xd3, 0x64),
                RGBColor(0xd2, 0xa8, 0xff),
                RGBColor(0xff, 0x7b, 0xa8),
                RGBColor(0xa8, 0xb3, 0xbf),
            ],
            font_family: "sans-serif",
        }
    }
}

/// Estimated width in pixels of `text` at `font_px`: CJK and other wide characters take a
/// full em, narrow ones a little over half. Plotters' SVG backend needs no font to draw, so
/// the layout is computed from this estimate rather than from font metrics.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                if c.is_ascii_uppercase() || c == '%' {
                    0.68
                } else {
                    0.56
                }
            } else {
                1.0
            }
        })
        .sum::<f64>()
        * font_px
}

/// Shortens `text` with an ellipsis so that it fits `max_px` at `font_px`.
pub fn fit_text(text: &str, font_px: f64, max_px: f64) -> String {
    if text_width(text, font_px) <= max_px {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, font_px) + font_px > max_px {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

/// Draws into an SVG string, for exports, tests and the page.
pub fn render_svg<F, T>(width: u32, height: u32, draw: F) -> (String, T)
where
    F: FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend, plotters::coord::Shift>,
    ) -> T,
{
    let mut svg = String::new();
    let result = {
        let backend = plotters::backend::SVGBackend::with_string(&mut svg, (width, height));
        let area = plotters::drawing::IntoDrawingArea::into_drawing_area(backend);
        let result = draw(&area);
        // present() only flushes to the string; it cannot fail for an in-memory target.
        let _ = area.present();
        result
    };
    (svg, result)
}

/// A chart the page can draw at any width: what a component needs to show and hit-test it.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    Bars(Vec<Bar>),
    Stacked {
        rows: Vec<StackedRow>,
        legend: Vec<String>,
    },
}

impl Chart {
    pub fn len(&self) -> usize {
        match self {
            Chart::Bars(b) => b.len(),
            Chart::Stacked { rows, .. } => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn height(&self, width: u32) -> u32 {
        match self {
            Chart::Bars(b) => height_for(b.len(), width),
            Chart::Stacked { rows, legend } => stacked_height(rows.len(), legend, width),
        }
    }

    /// The chart as an SVG document `width` pixels wide, with each row's band.
    pub fn to_svg(&self, width: u32, theme: &ChartTheme) -> (String, u32, Vec<RowBand>) {
        let height = self.height(width);
        let (svg, bands) = render_svg(width, height, |area| {
            match self {
                Chart::Bars(bars) => draw_horizontal_bars(area, bars, theme),
                Chart::Stacked { rows, legend } => draw_stacked_bars(area, rows, legend, theme),
            }
            // An in-memory SVG target cannot fail to draw.
            .unwrap_or_default()
        });
        (svg, height, bands)
    }
}

/// Escapes text for SVG markup: report text is data, never markup.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML at all.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

const TITLE_PX: u32 = 34;
const SOURCE_PX: u32 = 26;

/// The chart as a document for downloads: a title above it and the source below, so a chart
/// pasted into a document still says what it shows and where it comes from.
pub fn chart_document_svg(chart: &Chart, width: u32, title: &str, source: &str) -> (String, u32) {
    let (inner, height, _) = chart.to_svg(width, &ChartTheme::light());
    let total = TITLE_PX + height + SOURCE_PX;
    let fit = |text: &str, px: f64| escape_xml(&fit_text(text, px, width as f64 - 8.0));
    let svg = format!(
        concat!(
            r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#,
            r##"<rect width="{w}" height="{h}" fill="#FFFFFF"/>"##,
            r##"<text x="4" y="22" font-family="sans-serif" font-size="16" font-weight="bold" fill="#1F2328">{title}</text>"##,
            r#"<svg x="0" y="{top}" width="{w}" height="{ch}">{inner}</svg>"#,
            r##"<text x="4" y="{sy}" font-family="sans-serif" font-size="12" fill="#4B5563">{source}</text>"##,
            "</svg>"
        ),
        w = width,
        h = total,
        title = fit(title, 16.0),
        top = TITLE_PX,
        ch = height,
        inner = inner,
        sy = TITLE_PX + height + 18,
        source = fit(source, 12.0),
    );
    (svg, total)
}
