//! Charts: one drawing function per chart, generic over plotters' `DrawingBackend`, so the
//! same function draws the page's chart and the SVG for exports and native tests.

pub mod bars;

use plotters::style::RGBColor;

/// The colours a chart is drawn with; the page passes the theme's.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTheme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted_text: RGBColor,
    pub bar: RGBColor,
    pub bar_selected: RGBColor,
    pub grid: RGBColor,
    pub font_family: &'static str,
}

impl ChartTheme {
    pub fn light() -> Self {
        ChartTheme {
            background: RGBColor(255, 255, 255),
            text: RGBColor(0x1f, 0x23, 0x28),
            muted_text: RGBColor(0x4b, 0x55, 0x63),
            bar: RGBColor(0x2f, 0x6f, 0xb3),
            bar_selected: RGBColor(0xb4, 0x3c, 0x1e),
            grid: RGBColor(0xd0, 0xd7, 0xde),
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
