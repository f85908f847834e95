//! "Open a report file": a report from the visitor's computer, by the file picker or by
//! dropping it on the page, read and shown entirely in the browser; nothing is uploaded.
//! Report authors check a file this way before publishing it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::state::{loaded_from_bytes, use_app, AppError, AppState};
use crate::report::load::{LoadError, MAX_REPORT_BYTES};

/// Reads a local file and shows it as the report, or says why it cannot be.
fn open_file(app: AppState, file: web_sys::File) {
    let name = file.name();
    let label = format!("file:{name}");
    // Refused before it is read: a huge file would freeze the page.
    let size = file.size() as usize;
    if size > MAX_REPORT_BYTES {
        app.report.set(Some(Err(AppError::Load {
            url: label,
            error: LoadError::TooLarge {
                bytes: size,
                limit: MAX_REPORT_BYTES,
            },
            content_type: None,
        })));
        return;
    }
    app.report.set(None);
    spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(e) => {
                app.report.set(Some(Err(AppError::Network {
                    url: label,
                    detail: format!("{e:?}"),
                })));
                return;
            }
        };
        let result = loaded_from_bytes(label, &bytes, "").map(|loaded| {
            let mut inner = (*loaded).clone();
            inner.local = true;
            std::sync::Arc::new(inner)
        });
        app.report.set(Some(result));
    });
}

/// Dropping a file anywhere on the page opens it.
pub fn accept_dropped_files(app: AppState) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let over =
        Closure::<dyn Fn(web_sys::DragEvent)>::new(|e: web_sys::DragEvent| e.prevent_default());
    let drop = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
        e.prevent_default();
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file(app, file);
        }
    });
    let _ = document.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
    let _ = document.add_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
    // Both live as long as the page.
    over.forget();
    drop.forget();
}

#[component]
pub fn OpenLocalFile() -> impl IntoView {
    let app = use_app();
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(app, file);
        }
        // The same file can be opened again after it is corrected.
        input.set_value("");
    };
    view! {
        <label class="header-button open-file">
            {move || app.lang().pick("打开本地报告文件", "Open a report file")}
            <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_change />
        </label>
    }
}
