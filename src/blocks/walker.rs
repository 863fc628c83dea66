//! The walk over the DOM that cuts it into blocks.

use ego_tree::iter::Edge;
use scraper::Node;

use super::hints::{hints_of, is_hidden};
use super::tags::{block_tag, heading_level, is_skipped, label_tag};
use super::{fold_ws, is_cjk, is_punct, is_ws, Block, Blocks, Elem, Head};

/// The attributes the walk reads off an element, in one pass:
/// `Element::attr` interns its argument as an atom on every call, and
/// five calls per element cost more than the rest of `open`.
#[derive(Default)]
struct Attrs<'a> {
    itemprop: Option<&'a str>,
    content: Option<&'a str>,
    datetime: Option<&'a str>,
    title: Option<&'a str>,
    style: Option<&'a str>,
    href: Option<&'a str>,
    hidden: bool,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Attrs<'a> {
        let mut a = Attrs::default();
        for (k, v) in el.attrs() {
            // The parser keeps the first of repeated attributes; so does
            // `get_or_insert`.
            let slot = match k {
                "itemprop" => &mut a.itemprop,
                "content" => &mut a.content,
                "datetime" => &mut a.datetime,
                "title" => &mut a.title,
                "style" => &mut a.style,
                "href" => &mut a.href,
                "hidden" => {
                    a.hidden = true;
                    continue;
                }
                _ => continue,
            };
            slot.get_or_insert(v);
        }
        a
    }
}

#[derive(Default)]
pub(super) struct Walker {
    blocks: Vec<Block>,
    elems: Vec<Elem>,
    head: Head,
    /// Open block-level elements.
    stack: Vec<u32>,
    /// The text of the block being read.
    run: Run,
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
    /// Cuts a parsed page into at most `max_blocks` blocks.
    pub(super) fn blocks(dom: &scraper::Html, max_blocks: usize) -> Blocks {
        let mut w = Walker { max_blocks, ..Walker::default() };
        w.walk(dom);
        Blocks {
            blocks: w.blocks,
            elems: w.elems,
            head: w.head,
            truncated: w.cut,
        }
    }

    fn walk(&mut self, dom: &scraper::Html) {
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
        let a = Attrs::of(el);
        if name == "time" {
            if let Some(v) = a.datetime {
                self.head.metas.push(("time".into(), v.trim().to_string()));
            }
        }
        if let Some(v) = a.itemprop {
            if let Some(c) = a.content.or(a.datetime) {
                self.head
                    .metas
                    .push((v.to_ascii_lowercase(), c.trim().to_string()));
            }
        }
        self.run.crossed = true;
        self.dated = a
            .title
            .map(str::trim)
            .filter(|t| FULL_DATE.is_match(t))
            .map(String::from);
        if name == "img" && self.run.buf.is_empty() {
            self.run.img = true;
        }
        let hidden = is_hidden(el, a.hidden, a.style);
        let hints = hints_of(el);
        let block_tag = block_tag(name).or_else(|| label_tag(hints));
        if hidden || block_tag.is_some() || name == "br" {
            self.flush();
        }
        if hidden {
            self.hidden += 1;
        }
        let link = name == "a" && a.href.is_some();
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
        self.run.crossed = true;
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
        self.run.push(t, self.links > 0, self.bolds > 0);
    }

    fn flush(&mut self) {
        let Some(Text { text, chars, link_chars, punct, bold_chars }) =
            self.run.take()
        else {
            return;
        };
        if self.blocks.len() >= self.max_blocks {
            self.cut = true;
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
            chars,
            link_chars,
            punct,
            hidden: self.hidden > 0
                || (elem != u32::MAX && self.elems[elem as usize].hidden),
            in_item: self.items > 0,
            group,
            heading: self.heading,
            after_img: std::mem::take(&mut self.run.img),
            strong: bold_chars == chars,
        });
    }
}

/// The text of the block being read: its characters with whitespace
/// folded, and its counts.
#[derive(Default)]
struct Run {
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
    /// An element opened or closed since the last text node.
    crossed: bool,
    /// An image since the last block.
    img: bool,
}

/// A finished run's text and counts.
struct Text {
    text: String,
    chars: u32,
    link_chars: u32,
    punct: u32,
    bold_chars: u32,
}

impl Run {
    /// Adds a text node, inside a link and in bold or not.
    fn push(&mut self, t: &str, in_link: bool, in_bold: bool) {
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
            if in_link {
                self.link_chars += 1;
            }
            if in_bold {
                self.bold_chars += 1;
            }
            if is_punct(c) {
                self.punct += 1;
            }
        }
    }

    /// Ends the run: its text and counts, or `None` when it holds no
    /// text. Whitespace waiting at the end is dropped either way.
    fn take(&mut self) -> Option<Text> {
        self.space = false;
        self.newline = false;
        if self.buf.is_empty() {
            return None;
        }
        self.last = None;
        Some(Text {
            text: std::mem::take(&mut self.buf),
            chars: std::mem::take(&mut self.chars),
            link_chars: std::mem::take(&mut self.link_chars),
            punct: std::mem::take(&mut self.punct),
            bold_chars: std::mem::take(&mut self.bold_chars),
        })
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
