//! Which elements are read, which make blocks, and heading levels.

use super::hints::hint;

pub(super) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "title"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "canvas"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "meta"
            | "link"
    )
}

pub(super) fn block_tag(name: &str) -> Option<&'static str> {
    Some(match name {
        "p" => "p",
        "div" => "div",
        "li" => "li",
        "ul" => "ul",
        "ol" => "ol",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "h1" => "h1",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "td" => "td",
        "th" => "th",
        "tr" => "tr",
        "table" => "table",
        "tbody" => "tbody",
        "thead" => "thead",
        "tfoot" => "tfoot",
        "caption" => "caption",
        "section" => "section",
        "article" => "article",
        "main" => "main",
        "header" => "header",
        "footer" => "footer",
        "nav" => "nav",
        "aside" => "aside",
        "blockquote" => "blockquote",
        "pre" => "pre",
        "figure" => "figure",
        "figcaption" => "figcaption",
        "form" => "form",
        "fieldset" => "fieldset",
        "legend" => "legend",
        "address" => "address",
        "center" => "center",
        "body" => "body",
        "html" => "html",
        "hr" => "hr",
        "details" => "details",
        "summary" => "summary",
        "menu" => "menu",
        "dir" => "dir",
        "hgroup" => "hgroup",
        "dialog" => "dialog",
        "frameset" => "frameset",
        _ => return None,
    })
}

/// Inline elements named as a source, author or time (`<span
/// class="source">`) are read as blocks of their own, so that their text
/// keeps its label.
pub(super) fn label_tag(hints: u32) -> Option<&'static str> {
    (hints & (hint::SOURCE | hint::AUTHOR) != 0).then_some("span")
}

pub(super) fn heading_level(tag: &str) -> Option<u8> {
    match tag {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}
