//! A chart on the page. The one place that turns a chart into something on screen: the
//! chart is drawn by plotters into SVG and shown as an image, so it is crisp at any pixel
//! density and nothing in it can run. Hover or tap shows a row's exact figures; a click or
//! Enter selects it; arrow keys move between rows.
//!
//! The selected row is marked by a band laid over the image, not drawn into it: a new image
//! per selection made the browser decode a whole chart again before the selection showed
//! (interaction latency in BENCHMARKS.md).

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::report_words::mixed_text;
use super::state::use_app;
use crate::charts::bars::{row_at, RowBand};
use crate::charts::{Chart, ChartTheme};
use crate::i18n::Lang;

/// Draws the chart at `width` CSS pixels and returns it as a data URL, with the row bands.
fn draw(chart: &Chart, width: u32, dark: bool) -> (String, u32, Vec<RowBand>) {
    let theme = if dark {
        ChartTheme::dark()
    } else {
        ChartTheme::light()
    };
    let (svg, height, bands) = chart.to_svg(width, &theme);
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg))
    );
    (url, height, bands)
}

#[component]
pub fn ChartView(
    /// The chart; it may change with the language.
    #[prop(into)]
    chart: Signal<Chart>,
    selected: RwSignal<Option<usize>>,
    /// What the chart shows, for screen readers.
    #[prop(into)]
    label: Signal<String>,
    /// The exact figures of one row, in the visitor's language.
    describe: Arc<dyn Fn(usize, Lang) -> String + Send + Sync>,
) -> impl IntoView {
    let app = use_app();
    let count = chart.with_untracked(Chart::len);
    let frame = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0u32);
    // The chart is drawn at the width it is shown at, as the ResizeObserver reports it after
    // layout: reading clientWidth while the page is being built would force a layout per
    // chart. A hidden chart (its table showing) measures 0: it keeps its last drawing and is
    // measured again when shown.
    let measured = move |shown: f64| {
        if shown <= 0.0 {
            return;
        }
        let w = (shown.round() as u32).clamp(240, 1200);
        if w != width.get_untracked() {
            width.set(w);
        }
    };
    let observer = StoredValue::new_local(
        None::<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>,
    );
    Effect::new(move |_| {
        let Some(el) = frame.get() else {
            return;
        };
        let frame_el = el.clone();
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let shown = entry.content_rect().width();
            // A chart first drawn below the first screen or so is drawn in a task of its
            // own: every chart reports its size in the same callback, and drawing (and the
            // browser reading) them all there made one long task that held up input
            // (blocking time in BENCHMARKS.md). Nothing on screen moves when it arrives.
            let below = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .is_some_and(|h| frame_el.get_bounding_client_rect().top() > 1.5 * h);
            if below && width.get_untracked() == 0 {
                set_timeout(
                    move || {
                        // Unless the chart is gone by then (another report opened).
                        if width.try_get_untracked().is_some() {
                            measured(shown);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            } else {
                measured(shown);
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, on_resize)));
        }
        // Browsers pause ResizeObserver in an off-screen cross-origin frame (an embed far
        // down a portal page): measure once by hand if it has not reported.
        let el = el.clone();
        set_timeout(
            move || {
                if width.try_get_untracked() == Some(0) {
                    measured(el.client_width() as f64);
                }
            },
            std::time::Duration::from_millis(250),
        );
    });
    on_cleanup(move || {
        observer.try_with_value(|o| {
            if let Some((o, _)) = o {
                o.disconnect();
            }
        });
    });

    let hovered = RwSignal::new(None::<usize>);
    let drawn = Memo::new(move |_| {
        let w = width.get();
        (w > 0).then(|| chart.with(|c| draw(c, w, app.dark.get())))
    });
    // The selected row's band, in the image's own units, so it scales with the image.
    let selection = move || {
        let i = selected.get()?;
        drawn.with(|d| {
            let (_, height, bands) = d.as_ref()?;
            let band = bands.iter().find(|b| b.index == i)?;
            Some((
                width.get_untracked(),
                *height,
                band.top,
                band.bottom - band.top,
            ))
        })
    };
    let pick = move |ev: &web_sys::MouseEvent| -> Option<usize> {
        let img = event_target::<web_sys::HtmlElement>(ev);
        drawn.with_untracked(|d| {
            let (_, height, bands) = d.as_ref()?;
            let shown = img.client_height().max(1) as f64;
            row_at(bands, ev.offset_y() as f64 * *height as f64 / shown)
        })
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if count == 0 {
            return;
        }
        let current = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => Some(current.map_or(0, |i| (i + 1) % count)),
            "ArrowUp" | "ArrowLeft" => Some(current.map_or(count - 1, |i| (i + count - 1) % count)),
            "Home" => Some(0),
            "End" => Some(count - 1),
            "Escape" => None,
            "Enter" | " " => current.or(Some(0)),
            _ => return,
        };
        ev.prevent_default();
        selected.set(next);
    };
    let readout = {
        let describe = describe.clone();
        move || {
            let lang = app.lang();
            match hovered.get().or(selected.get()) {
                Some(i) => mixed_text(lang, describe(i, lang)).into_any(),
                None => lang
                    .pick("将指针移到条形上或轻触条形可查看准确数字；用方向键逐项选择。", "Point at or tap a bar for its exact figures; use the arrow keys to move between bars.")
                    .into_any(),
            }
        }
    };
    let alt = {
        let describe = describe.clone();
        move || {
            let lang = app.lang();
            let items: Vec<String> = (0..count).map(|i| describe(i, lang)).collect();
            format!(
                "{}{}{}",
                label.get(),
                crate::i18n::colon(lang),
                items.join(crate::i18n::clause_separator(lang))
            )
        }
    };
    view! {
        <figure class="chart">
            <div
                class="chart-frame"
                node_ref=frame
                tabindex="0"
                role="group"
                aria-label=move || label.get()
                on:keydown=on_key
            >
                {move || drawn.get().map(|(url, height, _)| view! {
                    <img
                        class="chart-image"
                        src=url
                        width=width.get_untracked()
                        height=height
                        alt=alt.clone()
                        draggable="false"
                        on:pointermove=move |ev| hovered.set(pick(&ev))
                        on:pointerleave=move |_| hovered.set(None)
                        on:click=move |ev| {
                            let hit = pick(&ev);
                            selected.update(|s| *s = if *s == hit { None } else { hit });
                        }
                    />
                })}
                {move || selection().map(|(w, h, top, band_height)| view! {
                    <svg class="chart-selection" aria-hidden="true" viewBox=format!("0 0 {w} {h}") preserveAspectRatio="none">
                        <rect x="1" y=top.to_string() width=w.saturating_sub(2).to_string() height=band_height.to_string() rx="4" />
                    </svg>
                })}
            </div>
            <figcaption class="chart-readout" aria-live="polite">{readout}</figcaption>
        </figure>
    }
}
