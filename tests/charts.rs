//! Chart drawing, natively: the same functions that draw the page's charts, drawn into SVG.

use ndbg_dashboard::charts::bars::{height_for, row_at, Bar};
use ndbg_dashboard::charts::stacked::StackedRow;
use ndbg_dashboard::charts::{Chart, ChartTheme};

/// The filled rectangles of an SVG drawn by plotters: (x, y, width, height, fill).
fn rects(svg: &str) -> Vec<(f64, f64, f64, f64, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..start + tag[start..].find('"')?].to_string())
    };
    svg.split("<rect")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find("/>")?];
            Some((
                attr(tag, "x")?.parse().ok()?,
                attr(tag, "y")?.parse().ok()?,
                attr(tag, "width")?.parse().ok()?,
                attr(tag, "height")?.parse().ok()?,
                attr(tag, "fill").unwrap_or_default(),
            ))
        })
        .collect()
}

fn seed_bars() -> Vec<Bar> {
    [
        ("政务动态类", 691.0, "691 · 24.43%"),
        ("政策法规类", 60.0, "60 · 2.12%"),
        ("业务工作类", 1556.0, "1556 · 55.02%"),
        ("办事指南类", 98.0, "98 · 3.47%"),
        ("其它类", 423.0, "423 · 14.96%"),
    ]
    .into_iter()
    .map(|(label, value, text)| Bar {
        label: label.into(),
        value,
        value_text: text.into(),
    })
    .collect()
}

const BAR_BLUE: &str = "#2F6FB3";

fn bars_of(svg: &str, fill: &str) -> Vec<(f64, f64, f64, f64, String)> {
    rects(svg)
        .into_iter()
        .filter(|r| r.4.eq_ignore_ascii_case(fill) && r.3 > 20.0)
        .collect()
}

#[test]
fn the_categories_chart_draws_every_label_and_figure_with_bars_in_proportion() {
    let chart = Chart::Bars(seed_bars());
    let (svg, height, bands) = chart.to_svg(640, &ChartTheme::light());
    assert_eq!(height, height_for(5, 640));
    assert!(svg.starts_with("<svg"));
    for text in [
        "政务动态类",
        "其它类",
        "691 · 24.43%",
        "1556 · 55.02%",
        "423 · 14.96%",
    ] {
        assert!(svg.contains(text), "svg lacks {text}");
    }
    let bars = bars_of(&svg, BAR_BLUE);
    assert_eq!(bars.len(), 5);
    // Lengths follow the counts: 1556 is 2.25 times 691 (to the pixel).
    let ratio = bars[2].2 / bars[0].2;
    assert!((ratio - 1556.0 / 691.0).abs() < 0.02, "ratio {ratio}");
    assert_eq!(bands.len(), 5);
    assert_eq!(row_at(&bands, (bands[3].top + 1) as f64), Some(3));
    assert_eq!(row_at(&bands, -1.0), None);
}

#[test]
fn every_bar_is_drawn_in_the_bar_colour() {
    // A selection is shown over the image by the page (ui/chart_view.rs), not drawn into it.
    let (svg, _, _) = Chart::Bars(seed_bars()).to_svg(640, &ChartTheme::light());
    assert_eq!(bars_of(&svg, BAR_BLUE).len(), 5);
}

#[test]
fn all_zero_values_draw_no_bars_and_no_nan() {
    let bars: Vec<Bar> = ["甲", "乙"]
        .into_iter()
        .map(|l| Bar {
            label: l.into(),
            value: 0.0,
            value_text: "0".into(),
        })
        .collect();
    let (svg, _, _) = Chart::Bars(bars).to_svg(320, &ChartTheme::light());
    assert!(!svg.contains("NaN") && !svg.contains("inf"));
    assert!(bars_of(&svg, BAR_BLUE).is_empty());
}

#[test]
fn text_in_a_chart_is_escaped_so_it_cannot_become_markup() {
    let bars = vec![Bar {
        label: "<script>alert(1)</script>".into(),
        value: 1.0,
        value_text: "1 & \"2\"".into(),
    }];
    let (svg, _, _) = Chart::Bars(bars).to_svg(900, &ChartTheme::light());
    assert!(!svg.contains("<script"));
    assert!(svg.contains("&lt;script&gt;"));
    assert!(svg.contains("1 &amp; &quot;2&quot;"));
}

#[test]
fn the_balance_draws_two_sides_of_equal_length_when_it_holds() {
    // Shanghai 2019: 859 + 18 = 805 + 72 = 877.
    let chart = Chart::Stacked {
        rows: vec![
            StackedRow {
                label: "收到".into(),
                parts: vec![Some(859.0), Some(18.0), None, None],
                total_text: "877".into(),
            },
            StackedRow {
                label: "处理".into(),
                parts: vec![None, None, Some(805.0), Some(72.0)],
                total_text: "877".into(),
            },
        ],
        legend: vec![
            "本年新收".into(),
            "上年结转".into(),
            "办理完毕".into(),
            "结转下年度".into(),
        ],
    };
    let (svg, _, bands) = chart.to_svg(600, &ChartTheme::light());
    for text in ["本年新收", "上年结转", "办理完毕", "结转下年度", "877"] {
        assert!(svg.contains(text), "svg lacks {text}");
    }
    let theme = ChartTheme::light();
    let colour = |i: usize| {
        let c = theme.series[i];
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    };
    let length = |i: usize| -> f64 { bars_of(&svg, &colour(i)).iter().map(|r| r.2).sum() };
    let (received, over, handled, forward) = (length(0), length(1), length(2), length(3));
    assert!(received > 0.0 && over > 0.0 && handled > 0.0 && forward > 0.0);
    assert!(
        ((received + over) - (handled + forward)).abs() <= 2.0,
        "the two sides match"
    );
    assert!((received / over - 859.0 / 18.0).abs() / (859.0 / 18.0) < 0.1);
    assert_eq!(bands.len(), 2);
}

#[test]
fn both_chart_themes_meet_contrast_requirements() {
    use ndbg_dashboard::page::Rgb;
    let rgb = |c: plotters::style::RGBColor| Rgb(c.0, c.1, c.2);
    for (name, theme) in [("light", ChartTheme::light()), ("dark", ChartTheme::dark())] {
        let bg = rgb(theme.background);
        // Text: 4.5:1 (WCAG 1.4.3); bars and legend swatches: 3:1 (1.4.11).
        for (what, colour, needed) in [
            ("text", theme.text, 4.5),
            ("muted text", theme.muted_text, 4.5),
            ("bar", theme.bar, 3.0),
        ] {
            let ratio = rgb(colour).contrast(bg);
            assert!(ratio >= needed, "{name}: {what} {ratio:.2} < {needed}");
        }
        for (i, colour) in theme.series.iter().enumerate() {
            let ratio = rgb(*colour).contrast(bg);
            assert!(ratio >= 3.0, "{name}: series {i} {ratio:.2} < 3");
        }
    }
}

#[test]
fn on_a_phone_labels_go_above_their_bars_and_stay_whole() {
    use ndbg_dashboard::charts::bars::NARROW_PX;
    let long = "（五）不予处理 5.要求行政机关确认或重新出具已获取信息";
    let bars = vec![
        Bar {
            label: long.into(),
            value: 3.0,
            value_text: "3".into(),
        },
        Bar {
            label: "1.信访举报投诉类申请".into(),
            value: 149.0,
            value_text: "149".into(),
        },
    ];
    let (wide, _, _) = Chart::Bars(bars.clone()).to_svg(900, &ChartTheme::light());
    let (narrow, height, bands) = Chart::Bars(bars).to_svg(NARROW_PX - 140, &ChartTheme::light());
    assert!(
        !wide.contains(long),
        "cut to fit the label column when wide"
    );
    assert!(narrow.contains("1.信访举报投诉类申请"));
    assert_eq!(height, height_for(2, NARROW_PX - 140));
    assert!(height > height_for(2, 900), "taller rows on a phone");
    // Bars start at the left edge, below their labels.
    let bar = bars_of(&narrow, BAR_BLUE)[1].clone();
    assert!(bar.0 <= 2.0 && bar.1 > bands[1].top as f64 + 14.0);
}

#[test]
fn a_downloaded_chart_carries_its_title_and_source_as_escaped_text() {
    use ndbg_dashboard::charts::chart_document_svg;
    let (svg, height) = chart_document_svg(
        &Chart::Bars(seed_bars()),
        800,
        "门户网站主动公开政务信息 <b>",
        "来源：东莞市人力资源局2015年政务信息公开工作年度报告 & more",
    );
    assert!(svg.starts_with("<svg width=\"800\""));
    assert!(svg.contains("门户网站主动公开政务信息 &lt;b&gt;"));
    assert!(svg.contains("来源：东莞市人力资源局2015年政务信息公开工作年度报告 &amp; more"));
    assert!(svg.contains("691 · 24.43%"), "the chart itself is inside");
    assert_eq!(height, 34 + height_for(5, 800) + 26);
    assert!(!svg.contains("<b>"));
}
