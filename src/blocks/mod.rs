//! Stage 3: DOM to an ordered list of text blocks.
//!
//! A block is a paragraph-level run of text: the text of a `p`, `li`,
//! heading, table cell, a `<br>`-separated run, or the loose text of a
//! `div`. Each block keeps what later stages judge it by: its element (and
//! through it the chain of ancestors with their class/id hints), how much
//! of it is link text, how much punctuation it has, whether it was hidden,
//! and which list item it belongs to.
//!
//! The walk is iterative (ego_tree's `traverse`), so deep nesting cannot
//! overflow the stack.

use crate::parse::Dom;

// Class/id hints and hiding.
mod hints;
// Which elements are read and which make blocks.
mod tags;
// The walk that cuts the DOM into blocks.
mod walker;

pub(crate) use hints::hint;

/// A paragraph-level run of text.
///
/// # Examples
///
/// ```
/// let dom = zhclean::stages::parse("<div><p>第一段，内容。</p><p><a href=/>链接</a></p></div>");
/// let blocks = zhclean::stages::Blocks::from_dom(&dom);
/// let b = &blocks.blocks()[0];
/// assert_eq!(b.text, "第一段，内容。");
/// assert_eq!(b.tag, "p");
/// assert_eq!(b.punct, 2);
/// assert_eq!(blocks.blocks()[1].link_chars, 2);
/// ```
#[derive(Clone, Debug)]
pub struct Block {
    /// The text, whitespace folded and trimmed.
    pub text: String,
    /// The tag of the nearest block-level element.
    pub tag: &'static str,
    /// Index of the nearest block-level element in [`Blocks::elems`].
    pub elem: u32,
    /// Characters of text, not counting whitespace.
    pub chars: u32,
    /// Characters inside links.
    pub link_chars: u32,
    /// Sentence punctuation marks (，。！？；：、 and their ASCII kin).
    pub punct: u32,
    /// Whether the text sat in an element hidden by style or attribute.
    pub hidden: bool,
    /// Whether the block is inside a list item (`li`, `dt`, `dd`).
    pub in_item: bool,
    /// Blocks with the same group are one list item (an `li`, or a
    /// `dt` with its `dd`s) and are judged together.
    pub group: u32,
    /// Heading level 1 to 6, or 0.
    pub heading: u8,
    /// Whether an image came right before the text (captions follow
    /// images).
    pub after_img: bool,
    /// Whether all of the text is bold (`<strong>`, `<b>`): a subheading
    /// more often than a caption.
    pub strong: bool,
}

impl Block {
    /// Share of the text inside links, 0 to 1.
    ///
    /// # Examples
    ///
    /// ```
    /// let dom = zhclean::stages::parse("<p><a href=/>首页</a> 新闻</p>");
    /// let blocks = zhclean::stages::Blocks::from_dom(&dom);
    /// assert_eq!(blocks.blocks()[0].link_density(), 0.5);
    /// ```
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// A block-level element that holds blocks, linked to its parent.
///
/// # Examples
///
/// ```
/// use zhclean::stages::{parse, Blocks};
/// let blocks = Blocks::from_dom(&parse("<div class=content><p>正文</p></div>"));
/// let p = &blocks.elems()[blocks.blocks()[0].elem as usize];
/// assert_eq!(p.tag, "p");
/// let div = &blocks.elems()[p.parent().unwrap() as usize];
/// assert_eq!(div.tag, "div");
/// assert_eq!(div.hints().collect::<Vec<_>>(), ["content"]);
/// ```
#[derive(Clone, Debug)]
pub struct Elem {
    /// Index of the parent block-level element, `u32::MAX` at the top
    /// (see [`Elem::parent`]).
    pub(crate) parent: u32,
    /// Tag name.
    pub tag: &'static str,
    /// Class/id hint bits (`hint`); see [`Elem::hints`].
    pub(crate) hints: u32,
    /// Nesting depth among block-level elements.
    pub depth: u32,
    /// Whether the element itself is hidden.
    pub hidden: bool,
}

impl Elem {
    /// Index of the parent block-level element in [`Blocks::elems`], or
    /// `None` at the top.
    pub fn parent(&self) -> Option<u32> {
        (self.parent != u32::MAX).then_some(self.parent)
    }

    /// The regions the element's tag, class and id suggest, by name:
    /// `nav`, `footer`, `share`, `related`, `comment`, `ad`, `sidebar`,
    /// `content`, `editor`, `statement`, `meta`, `title`, `breadcrumb`,
    /// `copyright`, `source`, `author`. A hint is weak evidence: the
    /// stages weigh it with the text and the structure around it.
    pub fn hints(&self) -> impl Iterator<Item = &'static str> + '_ {
        hints::NAMES
            .iter()
            .filter(|(_, bit)| self.hints & bit != 0)
            .map(|(name, _)| *name)
    }
}

/// What the `<head>` says: the `<title>` and the `<meta>` pairs.
///
/// # Examples
///
/// ```
/// let dom = zhclean::stages::parse(
///     "<head><title>标题</title>\
///      <meta property='og:title' content='标题'></head>",
/// );
/// let blocks = zhclean::stages::Blocks::from_dom(&dom);
/// assert_eq!(blocks.head().title, "标题");
/// assert_eq!(blocks.head().meta("og:title"), Some("标题"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Head {
    /// The `<title>` text, whitespace folded.
    pub title: String,
    /// `(name, content)` of every `<meta>` with a name, property,
    /// itemprop or http-equiv; names lower case. `<time datetime>` values
    /// appear as `("time", value)`, and `<link rel=canonical>` as
    /// `("canonical", href)`.
    pub metas: Vec<(String, String)>,
    /// The text of each `<script type="application/ld+json">` (JSON-LD:
    /// `datePublished`, `author`, `publisher`), at most 64 KB in all.
    ///
    /// # Examples
    ///
    /// ```
    /// let dom = zhclean::stages::parse(
    ///     r#"<script type="application/ld+json">{"a": 1}</script>"#,
    /// );
    /// let blocks = zhclean::stages::Blocks::from_dom(&dom);
    /// assert_eq!(blocks.head().json_ld, [r#"{"a": 1}"#]);
    /// ```
    pub json_ld: Vec<String>,
}

impl Head {
    /// The content of the first `<meta>` with this (lower case) name.
    ///
    /// # Examples
    ///
    /// ```
    /// let dom = zhclean::stages::parse("<meta name=PubDate content='2024-01-02'>");
    /// let blocks = zhclean::stages::Blocks::from_dom(&dom);
    /// assert_eq!(blocks.head().meta("pubdate"), Some("2024-01-02"));
    /// ```
    pub fn meta(&self, name: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// The blocks of a page in document order, with their elements.
///
/// # Examples
///
/// ```
/// let dom = zhclean::stages::parse("<ul><li><a href=/1>标题</a><p>摘要</p></li></ul>");
/// let blocks = zhclean::stages::Blocks::from_dom(&dom);
/// let b = blocks.blocks();
/// assert_eq!(b.len(), 2);
/// assert_eq!(b[0].group, b[1].group, "one list item, one group");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    blocks: Vec<Block>,
    elems: Vec<Elem>,
    head: Head,
    truncated: bool,
}

impl Blocks {
    /// Splits a parsed page into blocks.
    pub fn from_dom(dom: &Dom) -> Blocks {
        Blocks::from_dom_limited(dom, usize::MAX)
    }

    /// Splits a parsed page into at most `max_blocks` blocks;
    /// [`Blocks::truncated`] says whether blocks were left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::stages::{parse, Blocks};
    /// let blocks = Blocks::from_dom_limited(&parse(&"<p>段落</p>".repeat(10)), 4);
    /// assert_eq!(blocks.blocks().len(), 4);
    /// assert!(blocks.truncated());
    /// ```
    pub fn from_dom_limited(dom: &Dom, max_blocks: usize) -> Blocks {
        walker::Walker::blocks(&dom.0, max_blocks)
    }

    /// Whether blocks were left out at the limit of
    /// [`Blocks::from_dom_limited`].
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// The blocks in document order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The block-level elements, parents before children.
    pub fn elems(&self) -> &[Elem] {
        &self.elems
    }

    /// The `<head>` information.
    pub fn head(&self) -> &Head {
        &self.head
    }

    /// Whether `elem` is `anc` or lies inside it.
    pub(crate) fn is_within(&self, mut elem: u32, anc: u32) -> bool {
        // Ancestors always have smaller indices (pre-order numbering), so
        // the walk stops early once it passes `anc`.
        while elem != u32::MAX && elem >= anc {
            if elem == anc {
                return true;
            }
            elem = self.elems[elem as usize].parent;
        }
        false
    }
}

/// Whitespace for folding: ASCII, no-break space and the ideographic
/// space that Chinese pages use for indentation.
pub(crate) fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

/// Folds whitespace runs to one space and trims.
pub(crate) fn fold_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_ws(c) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// CJK ideographs and CJK punctuation.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

pub(crate) fn is_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '！'
            | '？'
            | '；'
            | '：'
            | '、'
            | '“'
            | '”'
            | ','
            | '!'
            | '?'
            | ';'
    )
}

#[cfg(test)]
mod tests;
