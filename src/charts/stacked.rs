//! Horizontal stacked bars: one row per item, its parts side by side, a legend on top. Used
//! for the request balance (received + carried over against handled + carried forward) and
//! for appeals by result.

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Rectangle, Text};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, IntoFont, TextStyle};

use super::bars::RowBand;
use super::{fit_text, text_width, ChartTheme, PLOTTERS_FONT_SCALE};

#[derive(Clone, Debug, PartialEq)]
pub struct StackedRow {
    pub label: String,
    /// The parts, in legend order; `None` for a part the report leaves blank.
    pub parts: Vec<Option<f64>>,
    /// Printed after the bar, e.g. the row's total.
    pub total_text: String,
}

const FONT_PX: f64 = 14.0;
const ROW_PX: i32 = 40;
const BAR_PX: i32 = 26;
const LEGEND_ROW_PX: i32 = 24;
const SWATCH_PX: i32 = 12;
const GAP: i32 = 8;

fn legend_lines(legend: &[String], width: f64) -> Vec<Vec<usize>> {
    let mut lines: Vec<Vec<usize>> = vec![Vec::new()];
    let mut x = 0.0;
    for (i, name) in legend.iter().enumerate() {
        let w = (SWATCH_PX + 6) as f64 + text_width(name, FONT_PX) + 16.0;
        if x + w > width && !lines.last().is_some_and(Vec::is_empty) {
            lines.push(Vec::new());
            x = 0.0;
        }
        if let Some(line) = lines.last_mut() {
            line.push(i);
        }
        x += w;
    }
    lines
}

/// The height a chart of `rows` rows needs at `width`, with its legend.
pub fn stacked_height(rows: usize, legend: &[String], width: u32) -> u32 {
    let legend_h = legend_lines(legend, width as f64).len() as i32 * LEGEND_ROW_PX;
    (legend_h + GAP + ROW_PX * rows.max(1) as i32 + GAP) as u32
}

pub fn draw_stacked_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[StackedRow],
    legend: &[String],
    theme: &ChartTheme,
) -> Result<Vec<RowBand>, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&theme.background)?;
    let (width, _) = area.dim_in_pixel();
    let width = width as f64;
    let font = || TextStyle::from((theme.font_family, FONT_PX * PLOTTERS_FONT_SCALE).into_font());

    let lines = legend_lines(legend, width);
    for (line_no, line) in lines.iter().enumerate() {
        let y = line_no as i32 * LEGEND_ROW_PX + LEGEND_ROW_PX / 2;
        let mut x = 0i32;
        for &i in line {
            let colour = theme.series[i % theme.series.len()];
            area.draw(&Rectangle::new(
                [(x, y - SWATCH_PX / 2), (x + SWATCH_PX, y + SWATCH_PX / 2)],
                colour.filled(),
            ))?;
            x += SWATCH_PX + 6;
            area.draw(&Text::new(
                legend[i].clone(),
                (x, y),
                font()
                    .color(&theme.text)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            x += text_width(&legend[i], FONT_PX) as i32 + 16;
        }
    }
    let top = lines.len() as i32 * LEGEND_ROW_PX + GAP;

    let label_w = rows
        .iter()
        .map(|r| text_width(&r.label, FONT_PX))
        .fold(0.0, f64::max)
        .min(width * 0.4)
        .ceil()
        // The width is an estimate: a margin keeps the first character inside the image.
        + 6.0;
    let total_w = rows
        .iter()
        .map(|r| text_width(&r.total_text, FONT_PX))
        .fold(0.0, f64::max)
        .ceil();
    let bar_x0 = (label_w + GAP as f64) as i32;
    let room = (width - bar_x0 as f64 - total_w - 2.0 * GAP as f64).max(8.0);
    let max = rows
        .iter()
        .map(|r| r.parts.iter().flatten().sum::<f64>())
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { room / max } else { 0.0 };

    let mut bands = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let row_top = top + ROW_PX * index as i32;
        let middle = row_top + ROW_PX / 2;
        area.draw(&Text::new(
            fit_text(&row.label, FONT_PX, label_w),
            (label_w as i32, middle),
            font()
                .color(&theme.text)
                .pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        let mut x = bar_x0;
        for (part, value) in row.parts.iter().enumerate() {
            let length = (value.unwrap_or(0.0).max(0.0) * scale).round() as i32;
            if length == 0 {
                continue;
            }
            let colour = theme.series[part % theme.series.len()];
            area.draw(&Rectangle::new(
                [(x, middle - BAR_PX / 2), (x + length, middle + BAR_PX / 2)],
                colour.filled(),
            ))?;
            // A thin gap in the background colour keeps neighbouring parts apart without
            // relying on colour alone; a part too thin for it keeps all its pixels.
            if length > 3 {
                area.draw(&Rectangle::new(
                    [
                        (x + length - 1, middle - BAR_PX / 2),
                        (x + length, middle + BAR_PX / 2),
                    ],
                    theme.background.filled(),
                ))?;
            }
            x += length;
        }
        area.draw(&Text::new(
            row.total_text.clone(),
            (x + GAP, middle),
            font()
                .color(&theme.muted_text)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        bands.push(RowBand {
            index,
            top: row_top,
            bottom: row_top + ROW_PX,
        });
    }
    Ok(bands)
}
