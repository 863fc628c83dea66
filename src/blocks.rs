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

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Class/id hints, one bit per kind of region.
pub(crate) mod hint {
    pub const NAV: u32 = 1;
    pub const FOOTER: u32 = 1 << 1;
    pub const SHARE: u32 = 1 << 2;
    pub const RELATED: u32 = 1 << 3;
    pub const COMMENT: u32 = 1 << 4;
    pub const AD: u32 = 1 << 5;
    pub const SIDEBAR: u32 = 1 << 6;
    pub const CONTENT: u32 = 1 << 7;
    pub const EDITOR: u32 = 1 << 8;
    pub const STATEMENT: u32 = 1 << 9;
    pub const META: u32 = 1 << 10;
    pub const TITLE: u32 = 1 << 11;
    pub const BREADCRUMB: u32 = 1 << 12;
    pub const COPYRIGHT: u32 = 1 << 13;
    /// Names the source (`class="source"`, `media-name`).
    pub const SOURCE: u32 = 1 << 14;
    /// Names the author.
    pub const AUTHOR: u32 = 1 << 15;
    /// Byline hints.
    pub const LABEL: u32 = META | SOURCE | AUTHOR;
    /// Regions that are never article text.
    pub const BOILER: u32 = NAV
        | FOOTER
        | SHARE
        | RELATED
        | COMMENT
        | AD
        | SIDEBAR
        | EDITOR
        | STATEMENT
        | BREADCRUMB
        | COPYRIGHT;
}

/// A paragraph-level run of text.
///
/// # Examples
///
/// ```
/// let dom = zhclean::parse("<div><p>第一段，内容。</p><p><a href=/>链接</a></p></div>");
/// let blocks = zhclean::Blocks::from_dom(&dom);
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
    /// let dom = zhclean::parse("<p><a href=/>首页</a> 新闻</p>");
    /// let blocks = zhclean::Blocks::from_dom(&dom);
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
/// let dom = zhclean::parse("<div class=content><p>正文</p></div>");
/// let blocks = zhclean::Blocks::from_dom(&dom);
/// let p = &blocks.elems()[blocks.blocks()[0].elem as usize];
/// assert_eq!(p.tag, "p");
/// assert_eq!(blocks.elems()[p.parent as usize].tag, "div");
/// ```
#[derive(Clone, Debug)]
pub struct Elem {
    /// Index of the parent block-level element, or `u32::MAX` at the top.
    pub parent: u32,
    /// Tag name.
    pub tag: &'static str,
    /// Class/id hint bits (crate-internal meaning).
    pub hints: u32,
    /// Nesting depth among block-level elements.
    pub depth: u32,
    /// Whether the element itself is hidden.
    pub hidden: bool,
}

/// What the `<head>` says: the `<title>` and the `<meta>` pairs.
///
/// # Examples
///
/// ```
/// let dom = zhclean::parse(
///     "<head><title>标题</title>\
///      <meta property='og:title' content='标题'></head>",
/// );
/// let blocks = zhclean::Blocks::from_dom(&dom);
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
    /// let dom = zhclean::parse(
    ///     r#"<script type="application/ld+json">{"a": 1}</script>"#,
    /// );
    /// let blocks = zhclean::Blocks::from_dom(&dom);
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
    /// let dom = zhclean::parse("<meta name=PubDate content='2024-01-02'>");
    /// let blocks = zhclean::Blocks::from_dom(&dom);
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
/// let dom = zhclean::parse("<ul><li><a href=/1>标题</a><p>摘要</p></li></ul>");
/// let blocks = zhclean::Blocks::from_dom(&dom);
/// let b = blocks.blocks();
/// assert_eq!(b.len(), 2);
/// assert_eq!(b[0].group, b[1].group, "one list item, one group");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    blocks: Vec<Block>,
    elems: Vec<Elem>,
    head: Head,
}

impl Blocks {
    /// Splits a parsed page into blocks.
    pub fn from_dom(dom: &Html) -> Blocks {
        Blocks::from_dom_limited(dom, usize::MAX).0
    }

    /// Splits a parsed page into at most `max_blocks` blocks; the flag
    /// says whether blocks were left out.
    ///
    /// # Examples
    ///
    /// ```
    /// let dom = zhclean::parse(&"<p>段落</p>".repeat(10));
    /// let (blocks, cut) = zhclean::Blocks::from_dom_limited(&dom, 4);
    /// assert_eq!(blocks.blocks().len(), 4);
    /// assert!(cut);
    /// ```
    pub fn from_dom_limited(dom: &Html, max_blocks: usize) -> (Blocks, bool) {
        let mut w = Walker { max_blocks, ..Walker::default() };
        w.walk(dom);
        let cut = w.cut;
        (Blocks { blocks: w.blocks, elems: w.elems, head: w.head }, cut)
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

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    elems: Vec<Elem>,
    head: Head,
    /// Open block-level elements.
    stack: Vec<u32>,
    buf: String,
    /// Whether a whitespace run is waiting to be written before more text.
    space: bool,
    /// Whether that run holds a line break.
    newline: bool,
    /// The last character written to `buf` (not a space).
    last: Option<char>,
    chars: u32,
    link_chars: u32,
    punct: u32,
    /// Characters inside `<strong>` or `<b>`.
    bold_chars: u32,
    /// Depth counters of open elements of each kind.
    skip: u32,
    links: u32,
    bolds: u32,
    hidden: u32,
    in_title: u32,
    /// Inside a JSON-LD script.
    in_ld: bool,
    title_done: bool,
    items: u32,
    /// Open `<nav>` elements: each link in one is its own block (a
    /// previous/next pair is two texts, either of which may be spam).
    navs: u32,
    /// A full date in the `title` attribute of the element just opened
    /// (`<span title="2024-6-16 20:11:05">5 天前</span>`): it stands in
    /// for a relative date in its text.
    dated: Option<String>,
    /// The groups of the open list items, innermost last.
    groups: Vec<u32>,
    next_group: u32,
    heading: u8,
    /// An element opened or closed since the last text node.
    crossed: bool,
    /// An image since the last block.
    img: bool,
    max_blocks: usize,
    /// Blocks were left out at `max_blocks`.
    cut: bool,
    /// What `open` found for each open element, so `close` need not work
    /// it out again.
    opened: Vec<Opened>,
}

#[derive(Clone, Copy, Default)]
struct Opened {
    hidden: bool,
    block: Option<&'static str>,
    link: bool,
    bold: bool,
}

impl Opened {
    fn is_nav(&self) -> bool {
        self.block == Some("nav")
    }
}

impl Walker {
    fn walk(&mut self, dom: &Html) {
        for edge in dom.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => self.open(el),
                    Node::Text(t) => {
                        if self.in_ld {
                            self.ld_text(t);
                        } else if self.in_title > 0 {
                            // The first non-empty <title> only; an svg
                            // <title> later on is a tooltip.
                            if !self.title_done && self.head.title.len() < 4096
                            {
                                self.head.title.push_str(t);
                            }
                        } else if self.skip == 0 {
                            match self.dated.take() {
                                Some(d) if is_relative_date(t) => {
                                    self.text(&d)
                                }
                                _ => self.text(t),
                            }
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if let Node::Element(el) = node.value() {
                        self.close(el);
                    }
                }
            }
        }
        self.flush();
        self.head.title = fold_ws(&self.head.title);
        self.split_big_groups();
    }

    /// A "list item" that holds a whole page (sites wrap layouts in `li`)
    /// is no item: its blocks are judged one by one.
    fn split_big_groups(&mut self) {
        let mut i = 0;
        while i < self.blocks.len() {
            let g = self.blocks[i].group;
            let mut j = i + 1;
            while j < self.blocks.len() && self.blocks[j].group == g {
                j += 1;
            }
            let chars: u32 = self.blocks[i..j].iter().map(|b| b.chars).sum();
            if j - i > 6 || chars > 500 {
                for (k, b) in self.blocks[i..j].iter_mut().enumerate() {
                    b.group = (i + k) as u32;
                }
            }
            i = j;
        }
    }

    fn open(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        if is_skipped(name) {
            if name == "title" {
                self.in_title += 1;
            }
            if name == "meta" {
                self.meta(el);
            }
            if name == "link" {
                self.link(el);
            }
            if name == "script"
                && el.attr("type").is_some_and(|t| t.contains("ld+json"))
            {
                self.in_ld = true;
                self.head.json_ld.push(String::new());
            }
            self.skip += 1;
            return;
        }
        if self.skip > 0 {
            // Inside a skipped element (an svg, a select): nothing to read.
            self.opened.push(Opened::default());
            return;
        }
        if name == "time" {
            if let Some(v) = el.attr("datetime") {
                self.head.metas.push(("time".into(), v.trim().to_string()));
            }
        }
        if let Some(v) = el.attr("itemprop") {
            if let Some(c) = el.attr("content").or_else(|| el.attr("datetime"))
            {
                self.head
                    .metas
                    .push((v.to_ascii_lowercase(), c.trim().to_string()));
            }
        }
        self.crossed = true;
        self.dated = el
            .attr("title")
            .map(str::trim)
            .filter(|t| FULL_DATE.is_match(t))
            .map(String::from);
        if name == "img" && self.buf.is_empty() {
            self.img = true;
        }
        let hidden = is_hidden(el);
        let hints = hints_of(el);
        let block_tag = block_tag(name).or_else(|| label_tag(hints));
        if hidden || block_tag.is_some() || name == "br" {
            self.flush();
        }
        if hidden {
            self.hidden += 1;
        }
        let link = name == "a" && el.attr("href").is_some();
        if link {
            if self.navs > 0 {
                self.flush();
            }
            self.links += 1;
        }
        let bold = matches!(name, "strong" | "b");
        if bold {
            self.bolds += 1;
        }
        let opened = Opened { hidden, block: block_tag, link, bold };
        if opened.is_nav() {
            self.navs += 1;
        }
        self.opened.push(opened);
        if let Some(tag) = block_tag {
            let parent = self.stack.last().copied().unwrap_or(u32::MAX);
            let depth = self.stack.len() as u32;
            self.elems.push(Elem { parent, tag, hints, depth, hidden });
            self.stack.push(self.elems.len() as u32 - 1);
            match tag {
                // The innermost list item is the item.
                "li" | "dl" => {
                    let g = self.new_group();
                    self.groups.push(g);
                    self.items += 1;
                }
                // A `dt` starts a new item inside a `dl` of many items.
                "dt" => {
                    let g = self.new_group();
                    if let Some(top) = self.groups.last_mut() {
                        *top = g;
                    }
                }
                _ => {}
            }
            if let Some(level) = heading_level(tag) {
                self.heading = level;
            }
        }
    }

    fn close(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        if is_skipped(name) {
            if name == "script" {
                self.in_ld = false;
            }
            if name == "title" && self.in_title > 0 {
                self.in_title -= 1;
                self.title_done |= !self.head.title.trim().is_empty();
            }
            self.skip = self.skip.saturating_sub(1);
            return;
        }
        self.crossed = true;
        // What `open` found for this element.
        let opened = self.opened.pop().unwrap_or_default();
        let Opened { hidden, block: block_tag, link, bold } = opened;
        if bold {
            self.bolds = self.bolds.saturating_sub(1);
        }
        if hidden || block_tag.is_some() || (link && self.navs > 0) {
            self.flush();
        }
        if opened.is_nav() {
            self.navs = self.navs.saturating_sub(1);
        }
        if hidden {
            self.hidden = self.hidden.saturating_sub(1);
        }
        if link {
            self.links = self.links.saturating_sub(1);
        }
        if let Some(tag) = block_tag {
            self.stack.pop();
            if matches!(tag, "li" | "dl") {
                self.items = self.items.saturating_sub(1);
                self.groups.pop();
            }
            if heading_level(tag).is_some() {
                self.heading = 0;
            }
        }
    }

    fn meta(&mut self, el: &scraper::node::Element) {
        let key = el
            .attr("name")
            .or_else(|| el.attr("property"))
            .or_else(|| el.attr("itemprop"))
            .or_else(|| el.attr("http-equiv"));
        if let (Some(k), Some(v)) = (key, el.attr("content")) {
            self.head
                .metas
                .push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }

    /// The canonical address says which site the page is on.
    fn link(&mut self, el: &scraper::node::Element) {
        // The page's own address: extraction tells the site's name by
        // it, campaigns the site.
        let canonical = el.attr("rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("canonical"))
        });
        if let (true, Some(href)) = (canonical, el.attr("href")) {
            self.head.metas.push(("canonical".into(), href.trim().into()));
        }
    }

    /// JSON-LD text, capped: a page could stuff megabytes into a script.
    fn ld_text(&mut self, t: &str) {
        let used: usize = self.head.json_ld.iter().map(String::len).sum();
        if used + t.len() > 64 << 10 {
            return;
        }
        if let Some(last) = self.head.json_ld.last_mut() {
            last.push_str(t);
        }
    }

    fn new_group(&mut self) -> u32 {
        self.next_group += 1;
        // Groups of list items live in the upper half of u32 so they never
        // collide with the per-block groups handed out in `flush`.
        (1 << 31) | self.next_group
    }

    fn text(&mut self, t: &str) {
        let counting_links = self.links > 0;
        // Whitespace next to an element boundary separates words even in
        // Chinese (`中国新闻网</a> <a>跟贴`); a line break inside one text
        // node of Chinese is layout, not a space.
        let crossed = std::mem::take(&mut self.crossed);
        let mut first = true;
        for c in t.chars() {
            if is_ws(c) {
                self.space = true;
                self.newline |= c == '\n' || c == '\r';
                continue;
            }
            let last = self.last;
            if self.space {
                if let Some(l) = last {
                    let wrapped = self.newline && is_cjk(c) && is_cjk(l);
                    if (first && crossed) || !wrapped {
                        self.buf.push(' ');
                    }
                }
                self.space = false;
                self.newline = false;
            } else if first
                && crossed
                && c.is_ascii_digit()
                && last.is_some_and(|l| l.is_ascii_digit())
            {
                // `<em>2024</em><em>01</em>` reads as two numbers.
                self.buf.push(' ');
            }
            first = false;
            self.buf.push(c);
            self.last = Some(c);
            self.chars += 1;
            if counting_links {
                self.link_chars += 1;
            }
            if self.bolds > 0 {
                self.bold_chars += 1;
            }
            if is_punct(c) {
                self.punct += 1;
            }
        }
    }

    fn flush(&mut self) {
        self.space = false;
        self.newline = false;
        if self.buf.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.buf);
        self.last = None;
        if self.blocks.len() >= self.max_blocks {
            self.cut = true;
            self.chars = 0;
            self.link_chars = 0;
            self.punct = 0;
            self.bold_chars = 0;
            return;
        }
        let elem = self.stack.last().copied().unwrap_or(u32::MAX);
        let tag = if elem == u32::MAX {
            "body"
        } else {
            self.elems[elem as usize].tag
        };
        let group = match self.groups.last() {
            Some(&g) => g,
            None => self.blocks.len() as u32,
        };
        self.blocks.push(Block {
            text,
            tag,
            elem,
            chars: self.chars,
            link_chars: self.link_chars,
            punct: self.punct,
            hidden: self.hidden > 0
                || (elem != u32::MAX && self.elems[elem as usize].hidden),
            in_item: self.items > 0,
            group,
            heading: self.heading,
            after_img: std::mem::take(&mut self.img),
            strong: self.bold_chars == self.chars,
        });
        self.chars = 0;
        self.link_chars = 0;
        self.punct = 0;
        self.bold_chars = 0;
    }
}

// A `title` attribute that holds a date and time.
re!(FULL_DATE, r"^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}");

/// `5 天前`, `3小时前`, `昨天 12:30`: a date a dump cannot use.
fn is_relative_date(t: &str) -> bool {
    re!(
        RELATIVE,
        r"^\s*(?:\d+\s*(?:秒|分钟|小时|天|周|个月)前|昨天|前天|刚刚)"
    );
    RELATIVE.is_match(t)
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

fn is_skipped(name: &str) -> bool {
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

fn block_tag(name: &str) -> Option<&'static str> {
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
fn label_tag(hints: u32) -> Option<&'static str> {
    (hints & (hint::SOURCE | hint::AUTHOR) != 0).then_some("span")
}

fn heading_level(tag: &str) -> Option<u8> {
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

/// Hidden by attribute or inline style. Hidden text is a classic place
/// for injected links, so it is kept, marked, and never counted as body.
fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el.classes().any(|c| {
        c.eq_ignore_ascii_case("hidden")
            || c.eq_ignore_ascii_case("hide")
            || c.eq_ignore_ascii_case("d-none")
    }) {
        return true;
    }
    let Some(style) = el.attr("style") else { return false };
    style_hides(style)
}

/// Whether an inline style hides its element: `display:none`,
/// `visibility:hidden`, pushed off screen by -999px or more, or zero size
/// with overflow hidden.
fn style_hides(style: &str) -> bool {
    // Every hiding form has one of these; most styles have none.
    let lower = style.to_ascii_lowercase();
    if !["none", "hidden", ":-", ": -", "font-size"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    let s: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if s.contains("display:none") || s.contains("visibility:hidden") {
        return true;
    }
    // Pushed off screen: left/top/text-indent of -999px or more.
    for prop in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
        if let Some(pos) = s.find(prop) {
            let digits = s[pos + prop.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits >= 3 {
                return true;
            }
        }
    }
    (s.contains("height:0") || s.contains("width:0"))
        && s.contains("overflow:hidden")
        || s.contains("font-size:0px")
        || s.ends_with("font-size:0")
        || s.contains("font-size:0;")
}

/// Hint bits from the element's tag, class and id.
///
/// English words match as prefixes of tokens (`relatedNews`); pinyin
/// abbreviations such as `xgwz` (相关文章) match whole tokens only, since
/// short letter runs occur inside unrelated words.
fn hints_of(el: &scraper::node::Element) -> u32 {
    let mut h = match el.name() {
        "nav" => hint::NAV,
        "footer" => hint::FOOTER,
        "aside" => hint::SIDEBAR,
        "article" => hint::CONTENT,
        "h1" => hint::TITLE,
        _ => 0,
    };
    for name in el.classes().chain(el.id()) {
        // `media` names a source in `media-name`, not in WeChat's
        // `rich_media_content` and `rich_media_title`.
        let words = name.split(|c: char| !c.is_ascii_alphanumeric());
        let long = words.filter(|w| !w.is_empty()).count() > 2;
        tokens(name, |t| {
            if !(long && t == "media") {
                h |= token_hint(t);
            }
        });
    }
    h
}

/// Calls `f` with the lower-case tokens of class/id text: split on
/// non-alphanumerics, at camelCase humps and at letter/digit changes, and
/// each unsplit word too (`relatedNews` gives `relatednews`, `related`,
/// `news`). Tokens are lowered into a stack buffer: this runs for every
/// element with a class, so it must not allocate.
fn tokens(s: &str, mut f: impl FnMut(&str)) {
    let mut buf = [0u8; 32];
    let mut emit = |w: &[u8], f: &mut dyn FnMut(&str)| {
        if w.is_empty() || w.len() > buf.len() {
            return;
        }
        for (d, c) in buf.iter_mut().zip(w) {
            *d = c.to_ascii_lowercase();
        }
        if let Ok(t) = std::str::from_utf8(&buf[..w.len()]) {
            f(t);
        }
    };
    for word in s.as_bytes().split(|c| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let mut start = 0;
        let mut parts = 0;
        for k in 1..word.len() {
            let (p, c) = (word[k - 1], word[k]);
            let split = (p.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (p.is_ascii_digit() != c.is_ascii_digit());
            if split {
                emit(&word[start..k], &mut f);
                start = k;
                parts += 1;
            }
        }
        if parts > 0 {
            emit(&word[start..], &mut f);
        }
        emit(word, &mut f);
    }
}

fn token_hint(t: &str) -> u32 {
    use hint::*;
    const PREFIX: &[(&str, u32)] = &[
        ("breadcrumb", BREADCRUMB),
        ("crumb", BREADCRUMB),
        ("navbar", NAV),
        ("navigation", NAV),
        ("topnav", NAV),
        ("subnav", NAV),
        ("daohang", NAV),
        ("footer", FOOTER),
        ("copyright", COPYRIGHT),
        ("banquan", COPYRIGHT),
        ("share", SHARE),
        ("social", SHARE),
        ("fenxiang", SHARE),
        ("relate", RELATED),
        ("recommend", RELATED),
        ("recom", RELATED),
        ("tuijian", RELATED),
        ("xiangguan", RELATED),
        ("remen", RELATED),
        ("hotnews", RELATED),
        ("hotlist", RELATED),
        ("popular", RELATED),
        ("paihang", RELATED),
        ("ranking", RELATED),
        ("comment", COMMENT),
        ("pinglun", COMMENT),
        ("advert", AD),
        ("sponsor", AD),
        ("guanggao", AD),
        ("sidebar", SIDEBAR),
        ("disclaim", STATEMENT),
        ("statement", STATEMENT),
        ("mianze", STATEMENT),
        ("editor", EDITOR),
        ("bianji", EDITOR),
        ("artibody", CONTENT),
        ("article", CONTENT),
        ("content", CONTENT),
        ("zhengwen", CONTENT),
    ];
    const EXACT: &[(&str, u32)] = &[
        ("nav", NAV),
        ("menu", NAV),
        ("topbar", NAV),
        ("toolbar", NAV),
        ("login", NAV),
        ("dh", NAV),
        ("channel", NAV),
        ("pager", NAV),
        ("pagination", NAV),
        ("mbx", BREADCRUMB),
        ("route", BREADCRUMB),
        ("location", BREADCRUMB),
        ("position", BREADCRUMB),
        ("foot", FOOTER),
        ("bottom", FOOTER),
        ("bdshare", SHARE),
        ("jiathis", SHARE),
        ("fx", SHARE),
        ("hot", RELATED),
        ("rank", RELATED),
        ("more", RELATED),
        ("tags", RELATED),
        ("xgwz", RELATED),
        ("xgnr", RELATED),
        ("xgxw", RELATED),
        ("xgyd", RELATED),
        ("xgtj", RELATED),
        ("tjyd", RELATED),
        ("tjwz", RELATED),
        ("tjxw", RELATED),
        ("rmzx", RELATED),
        ("rmwz", RELATED),
        ("rmxw", RELATED),
        ("rmtj", RELATED),
        ("rdtj", RELATED),
        ("rdph", RELATED),
        ("phb", RELATED),
        ("cnxh", RELATED),
        ("reply", COMMENT),
        ("pl", COMMENT),
        ("ad", AD),
        ("ads", AD),
        ("gg", AD),
        ("banner", AD),
        ("side", SIDEBAR),
        ("aside", SIDEBAR),
        ("mzsm", STATEMENT),
        ("bqsm", STATEMENT),
        ("zrbj", EDITOR),
        ("bj", EDITOR),
        ("info", META),
        ("source", SOURCE),
        ("media", SOURCE),
        ("medianame", SOURCE),
        // A self-media account's name (`profile_nickname` on WeChat).
        ("nickname", SOURCE),
        ("laiyuan", SOURCE),
        ("comefrom", SOURCE),
        ("writer", AUTHOR),
        ("zuozhe", AUTHOR),
        ("byline", META),
        ("date", META),
        ("time", META),
        ("author", AUTHOR),
        ("wzxx", META),
        ("title", TITLE),
        ("headline", TITLE),
        ("wzbt", TITLE),
        ("zw", CONTENT),
        ("wznr", CONTENT),
        ("post", CONTENT),
        ("entry", CONTENT),
        ("text", CONTENT),
        ("detail", CONTENT),
        ("story", CONTENT),
        ("main", CONTENT),
    ];
    // The words by first letter: a token is checked against only the
    // few that could match it.
    /// (word, hint bits, whether it matches as a prefix)
    type Word = (&'static str, u32, bool);
    static BY_LETTER: std::sync::LazyLock<Vec<Vec<Word>>> =
        std::sync::LazyLock::new(|| {
            let mut v = vec![Vec::new(); 26];
            for &(w, bit) in EXACT {
                v[usize::from(w.as_bytes()[0] - b'a')].push((w, bit, false));
            }
            for &(w, bit) in PREFIX {
                v[usize::from(w.as_bytes()[0] - b'a')].push((w, bit, true));
            }
            v
        });
    let Some(&first) = t.as_bytes().first() else { return 0 };
    if !first.is_ascii_lowercase() {
        return 0;
    }
    let mut h = 0;
    for &(w, bit, prefix) in &BY_LETTER[usize::from(first - b'a')] {
        if (prefix && t.starts_with(w)) || t == w {
            h |= bit;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Blocks {
        Blocks::from_dom(&crate::parse(html))
    }

    #[test]
    fn br_runs_are_blocks() {
        let b = blocks("<td>第一行文字<br>第二行文字<br><br>第三行</td>");
        let t: Vec<_> = b.blocks().iter().map(|b| b.text.as_str()).collect();
        assert_eq!(t, ["第一行文字", "第二行文字", "第三行"]);
    }

    #[test]
    fn scripts_and_styles_are_skipped() {
        let b = blocks(
            "<p>正文<script>var x='脚本';</script></p><style>p{}</style>",
        );
        assert_eq!(b.blocks().len(), 1);
        assert_eq!(b.blocks()[0].text, "正文");
    }

    #[test]
    fn hidden_inline_is_its_own_block() {
        let b = blocks(
            "<p>可见文字<span style='display: none'>隐藏链接</span>继续</p>",
        );
        let t: Vec<_> =
            b.blocks().iter().map(|b| (b.text.as_str(), b.hidden)).collect();
        assert_eq!(
            t,
            [("可见文字", false), ("隐藏链接", true), ("继续", false)]
        );
    }

    #[test]
    fn offscreen_is_hidden() {
        let b =
            blocks("<div style='position:absolute; left:-9999px'>外链</div>");
        assert!(b.blocks()[0].hidden);
    }

    #[test]
    fn hints_from_class_and_pinyin() {
        let b = blocks(
            "<div class='xgwz'><p>甲</p></div><div id='relatedNews'><p>乙</p>\
             </div><div class='photo'><p>丙</p></div>",
        );
        let h: Vec<_> = b
            .blocks()
            .iter()
            .map(|x| {
                let mut e = x.elem;
                let mut h = 0;
                while e != u32::MAX {
                    h |= b.elems()[e as usize].hints;
                    e = b.elems()[e as usize].parent;
                }
                h & hint::RELATED != 0
            })
            .collect();
        assert_eq!(h, [true, true, false]);
    }

    #[test]
    fn cjk_line_breaks_are_not_spaces() {
        let b = blocks("<p>中文\n  换行 and English\n words 标题 空格</p>");
        assert_eq!(b.blocks()[0].text, "中文换行 and English words 标题 空格");
    }

    #[test]
    fn dl_with_many_items_groups_each_dt() {
        let b = blocks(
            "<dl><dt>标题一</dt><dd>摘要一</dd><dt>标题二</dt><dd>摘要二</dd></dl>",
        );
        let g: Vec<_> = b.blocks().iter().map(|x| x.group).collect();
        assert_eq!(g[0], g[1]);
        assert_eq!(g[2], g[3]);
        assert_ne!(g[1], g[2]);
    }
}
