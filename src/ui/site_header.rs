//! The site's header, on the dashboard and on the importer's page: the skip link, the site's
//! name, and the page's controls.

use leptos::prelude::*;

use super::state::use_app;

#[component]
pub fn SiteHeader(children: Children) -> impl IntoView {
    let app = use_app();
    view! {
        <a class="skip-link" href="#main">{move || app.lang().pick("跳到正文", "Skip to content")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <p class="site-name">{move || app.lang().pick("政府信息公开年报看板", "Open Government Information Report Dashboard")}</p>
                <div class="header-controls">{children()}</div>
            </div>
        </header>
    }
}
