//! The rows of the report list: a row per listed report, with its tick box and its link.
//!
//! Built with the DOM directly, each row a copy of one made in advance, because a keystroke
//! that lists 50 other reports built 50 rows through the view layer in 100–160 ms on a cheap
//! phone (keystroke time in BENCHMARKS.md). Rows built are kept while the list is open, so
//! going back to an earlier search reuses them. Report text goes in as text
//! (`set_text_content`), never as markup; the links are the page's own addresses.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use super::navigation::{href, in_page, open_report};
use super::next_frame::after_next_frame;
use super::state::use_app;
use crate::catalogue::CollectionEntry;
use crate::i18n::{level_name, Lang};
use crate::page::PageOptions;

/// At most this many matches are listed at once; the count says how many there are.
pub const LISTED: usize = 50;

/// The least height of a row, in CSS pixels (`.picker-choice`'s `min-height`, 2.5rem): the
/// rows the panel shows are counted with the first row's height, or this if it is less.
const ROW_HEIGHT_AT_LEAST: f64 = 40.0;

/// A row on screen: the list item, its tick box, and the report it stands for.
struct Row {
    item: Element,
    tick: HtmlInputElement,
    url: String,
}

#[component]
pub fn ReportList(
    /// The collection's entries that match, by index, newest first.
    matches: Memo<Vec<usize>>,
    ticked: RwSignal<Vec<String>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let list = NodeRef::<html::Ul>::new();
    // Anything that changes what is on screen (the language too) closes the list, so a row
    // is made once for the language and the address of the moment the list opened.
    let lang = app.lang.get_untracked();
    let here = StoredValue::new(app.location.get_untracked());
    let rows = StoredValue::new_local(HashMap::<usize, Row>::new());
    let template = StoredValue::new_local(None::<Element>);
    // The reports listed for the latest search, in order (the last of them may still be on
    // their way in, see below).
    let listed = StoredValue::new(Vec::<usize>::new());

    // Builds the rows of `indices` not built yet and puts them in the list in that order.
    // Only the rows that change are put in (those no longer listed are taken out before):
    // a row left in place costs the browser nothing to lay out again.
    let place = move |ul: &web_sys::HtmlUListElement, indices: &[usize]| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if template.with_value(Option::is_none) {
            template.set_value(row_template(&document));
        }
        template.with_value(|template| {
            let Some(template) = template else {
                return;
            };
            app.collection.with_untracked(|c| {
                rows.update_value(|rows| {
                    for &i in indices {
                        if let (Entry::Vacant(slot), Some(entry)) =
                            (rows.entry(i), c.entries.get(i))
                        {
                            let row = here.with_value(|here| {
                                fill_row(&document, template, entry, here, lang)
                            });
                            if let Some(row) = row {
                                row.tick
                                    .set_checked(ticked.with_untracked(|t| t.contains(&row.url)));
                                slot.insert(row);
                            }
                        }
                    }
                });
            });
        });
        rows.with_value(|rows| {
            // Rows on screen that are listed later than `indices` reaches come after these
            // (the list is in the collection's order): they are met last and stay put.
            let mut at = ul.first_element_child();
            for i in indices {
                let Some(row) = rows.get(i) else {
                    continue;
                };
                if at.as_ref() == Some(&row.item) {
                    at = row.item.next_element_sibling();
                } else {
                    let _ = ul.insert_before(&row.item, at.as_ref().map(|e| e.unchecked_ref()));
                }
            }
        });
    };
    // The rows a screen can show are put in at once; the rest after the frame, so a keystroke
    // that lists 50 other reports does not wait for all of them to be laid out (keystroke
    // time in BENCHMARKS.md). Only the latest keystroke's rest is put in. How many rows the
    // panel shows is measured once there is a row to measure, and kept until the window's
    // size changes, so a keystroke does not make the browser lay out the page early to ask.
    let pending = StoredValue::new(0u32);
    let shown = StoredValue::new(None::<usize>);
    // A phone turned, or a window resized, shows another number of rows: measured again at
    // the next keystroke.
    let resized = window_event_listener(leptos::ev::resize, move |_| shown.set_value(None));
    on_cleanup(move || resized.remove());
    Effect::new(move |_| {
        let indices: Vec<usize> = matches.with(|m| m.iter().take(LISTED).copied().collect());
        let Some(ul) = list.get() else {
            return;
        };
        let at_once = match shown.get_value() {
            Some(rows) => rows,
            None => {
                let rows = rows_on_screen(&ul);
                if ul.first_element_child().is_some() {
                    shown.set_value(Some(rows));
                }
                rows
            }
        };
        let keep: HashSet<usize> = indices.iter().copied().collect();
        rows.with_value(|rows| {
            for gone in listed.with_value(|l| {
                l.iter()
                    .filter(|i| !keep.contains(i))
                    .copied()
                    .collect::<Vec<_>>()
            }) {
                if let Some(row) = rows.get(&gone) {
                    row.item.remove();
                }
            }
        });
        place(&ul, &indices[..indices.len().min(at_once)]);
        listed.set_value(indices.clone());
        let ticket = pending.get_value().wrapping_add(1);
        pending.set_value(ticket);
        if indices.len() > at_once {
            // After the frame: a task queued now could run before it, and the frame would
            // then lay out every row.
            after_next_frame(move || {
                if pending.try_get_value() == Some(ticket) {
                    place(&ul, &indices);
                }
            });
        }
    });
    // The tick boxes follow the reports ticked (a tick here, "clear", or the list opening).
    Effect::new(move |_| {
        ticked.with(|t| {
            rows.with_value(|rows| {
                for row in rows.values() {
                    row.tick.set_checked(t.contains(&row.url));
                }
            })
        })
    });

    let url_of = move |target: Option<web_sys::EventTarget>| -> Option<String> {
        target?
            .dyn_into::<Element>()
            .ok()?
            .closest(".picker-row")
            .ok()??
            .get_attribute("data-url")
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(url) = url_of(ev.target()) else {
            return;
        };
        ticked.update(|t| match t.iter().position(|u| *u == url) {
            Some(i) => {
                t.remove(i);
            }
            None => t.push(url),
        });
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_link = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a.picker-open").ok().flatten())
            .is_some();
        if !on_link {
            return;
        }
        let Some(url) = url_of(ev.target()) else {
            return;
        };
        in_page(app, move |o| open_report(o, &url))(ev);
        open.set(false);
    };
    view! { <ul class="picker-list" node_ref=list on:change=on_change on:click=on_click></ul> }
}

/// How many rows the panel shows, from the top of the list down to the panel's buttons
/// (kept at its foot) or the bottom of the window: the rows put in at once, one more for a
/// row cut in half. On a phone about seven. The panel's foot is where it ends when full (its
/// greatest height), as a search with few matches leaves it short until the rows come.
fn rows_on_screen(ul: &web_sys::HtmlUListElement) -> usize {
    let window = web_sys::window();
    let mut bottom = window
        .as_ref()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(1000.0);
    if let Some(panel) = ul.closest(".picker-panel").ok().flatten() {
        let rect = panel.get_bounding_client_rect();
        let greatest = window
            .as_ref()
            .and_then(|w| w.get_computed_style(&panel).ok().flatten())
            .and_then(|style| style.get_property_value("max-height").ok())
            // JavaScript's parseFloat ("704px" → 704): Rust's float parsing costs 13 KB of wasm.
            .map(|h| js_sys::parse_float(&h))
            .filter(|h| h.is_finite());
        let mut foot = greatest.map_or(rect.bottom(), |h| rect.top() + h);
        if let Some(actions) = panel.query_selector(".picker-actions").ok().flatten() {
            foot -= actions.get_bounding_client_rect().height();
        }
        bottom = bottom.min(foot);
    }
    let top = ul.get_bounding_client_rect().top().max(0.0);
    let row_height = ul
        .first_element_child()
        .map(|row| row.get_bounding_client_rect().height())
        .unwrap_or(0.0)
        .max(ROW_HEIGHT_AT_LEAST);
    let rows = ((bottom - top) / row_height).ceil() + 1.0;
    (rows.max(1.0) as usize).min(LISTED)
}

/// One row, empty: cloned for each report listed.
fn row_template(document: &Document) -> Option<Element> {
    let make = |tag: &str, class: &str| -> Option<Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        Some(e)
    };
    let item = make("li", "picker-row")?;
    let choice = make("label", "picker-choice")?;
    let tick = make("input", "")?;
    tick.set_attribute("type", "checkbox").ok()?;
    let text = make("span", "picker-text")?;
    let name = make("span", "picker-name")?;
    name.set_attribute("lang", "zh-CN").ok()?;
    let region = make("span", "picker-region")?;
    let region_name = make("span", "")?;
    region_name.set_attribute("lang", "zh-CN").ok()?;
    region.append_child(&region_name).ok()?;
    region.append_child(&document.create_text_node("")).ok()?;
    text.append_child(&name).ok()?;
    text.append_child(&document.create_text_node(" ")).ok()?;
    text.append_child(&region).ok()?;
    choice.append_child(&tick).ok()?;
    choice.append_child(&text).ok()?;
    let link = make("a", "picker-open")?;
    item.append_child(&choice).ok()?;
    item.append_child(&link).ok()?;
    Some(item)
}

/// A copy of the template filled in for one report.
fn fill_row(
    document: &Document,
    template: &Element,
    entry: &CollectionEntry,
    here: &PageOptions,
    lang: Lang,
) -> Option<Row> {
    let item: Element = template.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let choice = item.first_element_child()?;
    let tick: HtmlInputElement = choice.first_element_child()?.dyn_into().ok()?;
    let text = tick.next_element_sibling()?;
    let name = text.first_element_child()?;
    let region = name.next_element_sibling()?;
    let region_name = region.first_element_child()?;
    let link = choice.next_element_sibling()?;

    item.set_attribute("data-url", &entry.url).ok()?;
    name.set_text_content(Some(&format!(
        "{} · {}",
        entry.entry.year, entry.entry.body
    )));
    region_name.set_text_content(Some(&entry.entry.region));
    if let Some(level) = entry.entry.level {
        region_name
            .next_sibling()?
            .set_text_content(Some(&format!(" · {}", level_name(lang, level))));
    }
    if entry.synthetic {
        let badge = document.create_element("span").ok()?;
        badge.set_class_name("synthetic-badge");
        badge.set_text_content(Some(lang.pick("合成数据", "synthetic")));
        text.append_child(&document.create_text_node(" ")).ok()?;
        text.append_child(&badge).ok()?;
    }
    let mut target = here.clone();
    open_report(&mut target, &entry.url);
    link.set_attribute("href", &href(&target)).ok()?;
    link.set_text_content(Some(lang.pick("打开", "Open")));
    Some(Row {
        item,
        tick,
        url: entry.url.clone(),
    })
}
