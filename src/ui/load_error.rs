//! Why a report could not be shown, in words a visitor can act on, with a retry.

use leptos::prelude::*;

use super::state::{use_app, AppError};

#[component]
pub fn LoadErrorPanel(
    error: AppError,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let message = {
        let error = error.clone();
        move || error.message(app.lang())
    };
    view! {
        <section class="panel load-error" role="alert">
            <h1>{move || app.lang().pick("无法显示这份报告", "This report cannot be shown")}</h1>
            <p class="load-error-message">{message}</p>
            {if error.is_local() {
                view! {
                    <p>{move || app.lang().pick("请改正文件后重新打开，或打开其他文件。", "Correct the file and open it again, or open another file.")}</p>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button" on:click=move |_| on_retry()>
                        {move || app.lang().pick("重试", "Try again")}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}
