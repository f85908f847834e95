//! A horizontal bar chart: one row per item, the label on the left, the bar, and its figure.
//! Horizontal bars keep Chinese labels readable on a 375 px phone.

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Rectangle, Text};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, IntoFont, TextStyle};

use super::{fit_text, text_width, ChartTheme, PLOTTERS_FONT_SCALE};

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The figure printed at the end of the bar, e.g. "691 · 24.43%".
    pub value_text: String,
}

/// The vertical band of one row, in chart pixels, for hit-testing pointer events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowBand {
    pub index: usize,
    pub top: i32,
    pub bottom: i32,
}

const FONT_PX: f64 = 14.0;
const ROW_PX: i32 = 38;
/// Below this width a label goes above its bar, so long labels stay whole on a phone.
pub const NARROW_PX: u32 = 480;
const NARROW_ROW_PX: i32 = 52;
const BAR_PX: i32 = 24;
const PAD_TOP: i32 = 6;
const PAD_BOTTOM: i32 = 6;
const GAP: i32 = 8;

fn row_px(width: u32) -> i32 {
    if width < NARROW_PX {
        NARROW_ROW_PX
    } else {
        ROW_PX
    }
}

/// The height a chart of `rows` bars needs at `width`.
pub fn height_for(rows: usize, width: u32) -> u32 {
    (PAD_TOP + PAD_BOTTOM + row_px(width) * rows.max(1) as i32) as u32
}

/// Draws the bars; returns each row's band for hit-testing. An empty list draws nothing:
/// the page shows "not reported" instead of an empty chart.
pub fn draw_horizontal_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[Bar],
    theme: &ChartTheme,
) -> Result<Vec<RowBand>, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&theme.background)?;
    let (width_px, _) = area.dim_in_pixel();
    let narrow = width_px < NARROW_PX;
    let row_h = row_px(width_px);
    let width = width_px as f64;
    let widest_label = bars
        .iter()
        .map(|b| text_width(&b.label, FONT_PX))
        .fold(0.0, f64::max);
    // Wide: labels in a column left of the bars. Narrow: each label on its own line above
    // its bar, at the full width.
    let label_w = if narrow {
        width
    } else {
        // The width is an estimate: a margin keeps the first character inside the image.
        widest_label.min(width * 0.38).ceil() + 6.0
    };
    let value_w = bars
        .iter()
        .map(|b| text_width(&b.value_text, FONT_PX))
        .fold(0.0, f64::max)
        .ceil();
    let bar_x0 = if narrow { 0.0 } else { label_w + GAP as f64 };
    let bar_room = (width - bar_x0 - value_w - 2.0 * GAP as f64).max(8.0);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    // No bar grows when every value is zero; a zero-width bar still shows its figure.
    let scale = if max > 0.0 { bar_room / max } else { 0.0 };

    area.draw(&Rectangle::new(
        [
            (bar_x0 as i32, PAD_TOP),
            (bar_x0 as i32 + 1, PAD_TOP + row_h * bars.len() as i32),
        ],
        theme.grid.filled(),
    ))?;

    let mut bands = Vec::with_capacity(bars.len());
    for (index, bar) in bars.iter().enumerate() {
        let top = PAD_TOP + row_h * index as i32;
        let middle = if narrow {
            top + row_h - BAR_PX / 2 - 4
        } else {
            top + ROW_PX / 2
        };
        let label_style =
            TextStyle::from((theme.font_family, FONT_PX * PLOTTERS_FONT_SCALE).into_font())
                .color(&theme.text)
                .pos(if narrow {
                    Pos::new(HPos::Left, VPos::Center)
                } else {
                    Pos::new(HPos::Right, VPos::Center)
                });
        let label_at = if narrow {
            (2, top + 10)
        } else {
            (label_w as i32, middle)
        };
        area.draw(&Text::new(
            fit_text(
                &bar.label,
                FONT_PX,
                if narrow { label_w - 4.0 } else { label_w },
            ),
            label_at,
            label_style,
        ))?;

        let length = (bar.value.max(0.0) * scale).round() as i32;
        let x0 = bar_x0 as i32 + 1;
        let fill = theme.bar;
        if length > 0 {
            area.draw(&Rectangle::new(
                [
                    (x0, middle - BAR_PX / 2),
                    (x0 + length, middle + BAR_PX / 2),
                ],
                fill.filled(),
            ))?;
        }
        let value_style =
            TextStyle::from((theme.font_family, FONT_PX * PLOTTERS_FONT_SCALE).into_font())
                .color(&theme.muted_text)
                .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            bar.value_text.clone(),
            (x0 + length + GAP, middle),
            value_style,
        ))?;
        bands.push(RowBand {
            index,
            top,
            bottom: top + row_h,
        });
    }
    Ok(bands)
}

/// The row under a point at height `y` in chart pixels.
pub fn row_at(bands: &[RowBand], y: f64) -> Option<usize> {
    bands
        .iter()
        .find(|b| y >= b.top as f64 && y < b.bottom as f64)
        .map(|b| b.index)
}
