//! Stage 2: UTF-8 text to a DOM, with html5ever through `scraper`.
//!
//! Any markup parses: html5ever implements the HTML standard's error
//! recovery, so truncated or broken pages still give a tree.

/// Parses a whole document.
///
/// # Examples
///
/// ```
/// let dom = zhclean::parse("<p>未闭合的段落<div>块");
/// assert!(dom.root_element().text().any(|t| t.contains("未闭合")));
/// ```
pub fn parse(text: &str) -> scraper::Html {
    scraper::Html::parse_document(text)
}
