//! Saving a file from the page: the one place that makes a download. Everything is made in
//! the browser; nothing is uploaded.

use wasm_bindgen::{JsCast, JsValue};

use crate::charts::{chart_document_svg, Chart};

fn click_link(name: &str, href: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(href);
    link.set_download(name);
    document.body().ok_or("no body")?.append_child(&link)?;
    link.click();
    link.remove();
    Ok(())
}

/// Saves text as a file of the given type.
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = click_link(name, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// The width charts are exported at, whatever the screen: a size for documents.
pub const EXPORT_WIDTH: u32 = 800;

/// The chart as an SVG file, in the light theme (for documents and print), with its title
/// and source.
pub fn chart_svg(chart: &Chart, title: &str, source: &str) -> String {
    chart_document_svg(chart, EXPORT_WIDTH, title, source).0
}

/// Saves the chart (with title and source) as a PNG at twice its size, drawn from its SVG
/// on a canvas.
pub async fn save_chart_png(
    name: String,
    chart: Chart,
    title: String,
    source: String,
) -> Result<(), JsValue> {
    let (svg, height) = chart_document_svg(&chart, EXPORT_WIDTH, &title, &source);
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg))
    ));
    wasm_bindgen_futures::JsFuture::from(loaded).await?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    canvas.set_width(EXPORT_WIDTH * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .unchecked_into();
    context.scale(2.0, 2.0)?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    click_link(&name, &canvas.to_data_url_with_type("image/png")?)
}
