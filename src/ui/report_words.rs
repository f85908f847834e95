//! The report's own words, marked as Chinese so that on the English page screen readers read
//! them in the right voice and the page can be checked for untranslated interface text.

use leptos::prelude::*;

use crate::i18n::{cjk_runs, format_cases, format_figure, is_cjk, Lang};
use crate::report::number::Figure;

/// Text from the report, as published.
#[component]
pub fn ReportWords(#[prop(into)] text: String) -> impl IntoView {
    view! { <span lang="zh-CN">{text}</span> }
}

/// Text that mixes the interface's words with the report's (a figure's description, a
/// finding), in the visitor's language `lang`: in English the Chinese runs are marked as
/// Chinese. In Chinese the text is in a Chinese element (outside the groups built in turn,
/// from the frame after a switch, when the document's `lang` follows), so it stays one text
/// node (a span per run was 14–19% of a Chinese page's elements, each laid out again when
/// its text changes). So too an English text with no Chinese in it, so that a change of
/// language between two plain texts changes the text node in place, not the node.
pub fn mixed_text(lang: Lang, text: String) -> AnyView {
    if lang == Lang::Zh || !text.chars().any(is_cjk) {
        return text.into_any();
    }
    cjk_runs(&text)
        .into_iter()
        .map(|(cjk, run)| {
            let run = run.to_string();
            if cjk {
                view! { <span lang="zh-CN">{run}</span> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A figure in the visitor's language, as `mixed_text` shows it.
pub fn figure_text(lang: Lang, figure: &Figure) -> AnyView {
    mixed_text(lang, format_figure(lang, figure))
}

/// A count of cases in the visitor's language (`format_cases`), as `mixed_text` shows it.
pub fn cases_text(lang: Lang, figure: &Figure) -> AnyView {
    mixed_text(lang, format_cases(lang, figure))
}
