//! Stage 2: UTF-8 text to a DOM, with html5ever through `scraper`.
//!
//! Any markup parses: html5ever implements the HTML standard's error
//! recovery, so truncated or broken pages still give a tree. Two shapes of
//! markup cost html5ever time quadratic in their size (deep nesting, where
//! each new tag checks the stack of open elements, and tags with very many
//! attributes, each checked against the others), so [`bound`] first
//! flattens nesting past a limit and cuts huge tags down to their name.

use std::borrow::Cow;

/// A parsed page. Opaque: the parser's types stay out of the API, so a
/// new parser version is not a breaking change; read it with
/// [`Blocks::from_dom`](crate::stages::Blocks::from_dom).
#[derive(Clone)]
pub struct Dom(pub(crate) scraper::Html);

impl std::fmt::Debug for Dom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dom").finish_non_exhaustive()
    }
}

/// Parses a whole document.
///
/// # Examples
///
/// ```
/// use zhclean::stages::{parse, Blocks};
/// let dom = parse("<p>未闭合的段落<div>块");
/// let blocks = Blocks::from_dom(&dom);
/// assert_eq!(blocks.blocks()[0].text, "未闭合的段落");
/// ```
pub fn parse(text: &str) -> Dom {
    Dom(scraper::Html::parse_document(text))
}

/// Elements whose content is raw text: no tags inside to count.
const RAW: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// The most formatting elements left open; more are dropped.
const MAX_FORMATTING: usize = 64;

fn is_formatting(name: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"a", b"b", b"big", b"code", b"em", b"font", b"i", b"nobr", b"s",
        b"small", b"strike", b"strong", b"tt", b"u",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Elements that never nest: void elements, and those whose end tag is
/// implied by the next one of their kind (a run of `<p>` is flat).
fn is_flat(name: &[u8]) -> bool {
    let mut buf = [0u8; 10];
    if name.len() > buf.len() {
        return false;
    }
    for (d, c) in buf.iter_mut().zip(name) {
        *d = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..name.len()],
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"optgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"html"
            | b"head"
            | b"body"
    )
}

/// Bounds the markup before parsing: tags nested deeper than `max_depth`
/// are dropped (their text stays), and a tag longer than `max_tag_bytes`
/// keeps only its name. Returns `None` when the page is within bounds,
/// which is nearly always, so nothing is copied then.
///
/// # Examples
///
/// ```
/// let deep = "<div>".repeat(50) + "文字" + &"</div>".repeat(50);
/// let bounded = zhclean::stages::bound(&deep, 10, 1024).unwrap();
/// assert_eq!(bounded.matches("<div>").count(), 10);
/// assert!(bounded.contains("文字"));
/// assert!(zhclean::stages::bound("<p>正常</p>", 10, 1024).is_none());
/// ```
pub fn bound(
    html: &str,
    max_depth: usize,
    max_tag_bytes: usize,
) -> Option<String> {
    match scan(html, max_depth, max_tag_bytes, false) {
        Cow::Borrowed(_) => None,
        Cow::Owned(s) => Some(s),
    }
}

/// One pass over the tags. With `rewrite` false it only checks whether a
/// bound is crossed, and returns the input borrowed when none is; then it
/// runs again to rewrite.
fn scan(
    html: &str,
    max_depth: usize,
    max_tag: usize,
    rewrite: bool,
) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = if rewrite {
        String::with_capacity(html.len())
    } else {
        String::new()
    };
    // Open counted elements: (where the name is in `html`, its length,
    // kept). Names stay in place: this runs over every tag of every page.
    let mut stack: Vec<(usize, usize, bool)> = Vec::new();
    let mut depth = 0usize;
    // Kept formatting elements (b, i, font...) still open: html5ever
    // reopens all of them inside every new block, so many of them make a
    // page cost their number times its blocks.
    let mut formatting = 0usize;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let start = i + off;
        i = start + 1;
        let Some(&next) = b.get(i) else { break };
        if next == b'!' || next == b'?' {
            // Comment, doctype, processing instruction: skip over it.
            let end = if b[i..].starts_with(b"!--") {
                find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3)
            } else {
                memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e + 1)
            };
            i = end;
            continue;
        }
        let closing = next == b'/';
        let name_at = if closing { i + 1 } else { i };
        let name_len = b[name_at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !b[name_at].is_ascii_alphabetic() {
            continue;
        }
        let name = &b[name_at..name_at + name_len];
        let same = |e: &(usize, usize, bool)| {
            b[e.0..e.0 + e.1].eq_ignore_ascii_case(name)
        };
        let end = tag_end(b, name_at + name_len);
        let self_closing = end >= 2 && b[end - 2] == b'/';
        let mut drop = false;
        let mut cut = false;
        if closing {
            // Pop to the matching open element, if it is near the top;
            // only the top is searched, so end tags that match nothing
            // cost little however deep the stack.
            let near = stack.len().saturating_sub(64);
            if let Some(k) =
                stack[near..].iter().rposition(same).map(|k| k + near)
            {
                drop = !stack[k].2;
                depth -= stack.len() - k;
                formatting -= stack[k..]
                    .iter()
                    .filter(|e| e.2 && is_formatting(&b[e.0..e.0 + e.1]))
                    .count();
                stack.truncate(k);
            }
        } else {
            cut = end - start > max_tag;
            if !self_closing && !is_flat(name) {
                depth += 1;
                let fmt = is_formatting(name);
                let kept = depth <= max_depth
                    && !(fmt && formatting >= MAX_FORMATTING);
                if kept && fmt {
                    formatting += 1;
                }
                drop = !kept;
                stack.push((name_at, name_len, kept));
            }
        }
        if (drop || cut) && !rewrite {
            return scan(html, max_depth, max_tag, true);
        }
        if rewrite && (drop || cut) {
            out.push_str(&html[copied..start]);
            if !drop {
                out.push('<');
                out.push_str(
                    &html[name_at..name_at + name_len].to_ascii_lowercase(),
                );
                out.push('>');
            }
            copied = end;
        }
        i = end;
        if !closing
            && RAW.iter().any(|r| r.as_bytes().eq_ignore_ascii_case(name))
        {
            // Skip the raw text up to its end tag.
            i = find_close(b, i, name).unwrap_or(b.len());
        }
    }
    if !rewrite {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// The byte after a tag's `>`, skipping `>` inside quoted attributes.
fn tag_end(b: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    memchr::memchr(needle, hay)
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    memchr::memmem::find(&b[from.min(b.len())..], pat).map(|p| p + from)
}

/// Where `</name` starts, from `from` on, any case.
fn find_close(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr(b'<', &b[i.min(b.len())..]) {
        let at = i + off;
        let rest = &b[at + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_not_copied() {
        let page = "<html><head><title>t</title><script>if(a<b){}</script></head>\
                    <body><div class=\"a>b\"><p>一<p>二<ul><li>三<li>四</ul></div></body></html>";
        assert!(bound(page, 8, 4096).is_none());
    }

    #[test]
    fn deep_nesting_is_flattened_and_closes_follow() {
        let deep = "<div><span>".repeat(20)
            + "深"
            + &"</span></div>".repeat(20)
            + "<p>后</p>";
        let b = bound(&deep, 6, 4096).unwrap();
        assert_eq!(
            b.matches("<div>").count() + b.matches("<span>").count(),
            6
        );
        assert_eq!(
            b.matches("</div>").count() + b.matches("</span>").count(),
            6
        );
        assert!(
            b.ends_with("深</span></div></span></div></span></div><p>后</p>")
        );
    }

    #[test]
    fn huge_tags_keep_their_name() {
        let attrs: String =
            (0..2000).map(|i| format!(" a{i}=\"x\"")).collect();
        let page = format!("<div{attrs}>内容</div>");
        let b = bound(&page, 100, 1024).unwrap();
        assert_eq!(b, "<div>内容</div>");
    }

    #[test]
    fn raw_text_is_not_scanned() {
        let page = format!("<script>{}</script><p>x</p>", "<div>".repeat(100));
        assert!(bound(&page, 10, 4096).is_none());
    }
}
