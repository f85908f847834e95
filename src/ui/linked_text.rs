//! Report text rendered as text. A URL in it becomes a link only when the deployment's link
//! policy allows its host; any other URL stays inert text, marked as such.

use leptos::prelude::*;

use super::state::use_app;
use crate::report::links::{segments, Segment};

#[component]
pub fn LinkedText(#[prop(into)] text: String) -> impl IntoView {
    let app = use_app();
    let parts: Vec<AnyView> = app.policy.with_value(|policy| {
        segments(&text, policy)
            .into_iter()
            .map(|segment| match segment {
                Segment::Text(t) => t.to_string().into_any(),
                Segment::Url { url, allowed: true } => view! {
                    <a href=url.to_string() rel="noopener noreferrer nofollow" target="_blank">{url.to_string()}</a>
                }
                .into_any(),
                Segment::Url { url, allowed: false } => {
                    let note = move || {
                        app.lang().pick(
                            "此链接的网站不在允许列表内，未设为可点击链接",
                            "This link's site is not on the allow-list, so it is not clickable",
                        )
                    };
                    view! {
                        <span class="blocked-link" title=note>
                            {url.to_string()}
                            <span class="visually-hidden">{move || format!(" ({})", note())}</span>
                        </span>
                    }
                    .into_any()
                }
            })
            .collect()
    });
    view! { <span lang="zh-CN">{parts}</span> }
}
