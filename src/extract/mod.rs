//! Stage 4: blocks to an article, and a role for every block.
//!
//! The content root is the element whose blocks add up to the most
//! article-like text: each block is worth its non-link characters plus a
//! bonus per punctuation mark (Chinese prose is dense in ，。), minus a
//! cost per link character and per block. Navigation and lists are
//! negative, so the best element is the tightest one around the article.
//! Blocks inside the root are body unless their class/id names, a list
//! heading above them, or their own text say otherwise.

// Where the content root lies and which blocks follow a list heading.
mod root;
// A role for every block, and the neighbours the root missed.
mod roles;
// The headline.
mod title;
// The publication time.
mod time;
// Author and origin.
mod byline;
// JSON-LD facts.
mod ld;
// Controls, promos and what follows the end, taken off the body.
mod edges;
// Article, blog post, forum thread or list.
mod kind;

use crate::blocks::Blocks;
use crate::page::{PageKind, Role};

use byline::find_byline;
use edges::trim_edges;
use kind::{page_kind, post_lines, split_posts};
use ld::Ld;
use roles::{rescue_neighbours, role_of};
use root::{content_root, effective_hints, list_sections, prose_per_elem};
use time::find_date;
use title::{find_title, site_names};

/// How far up from a block its value is added; deeper layouts than this
/// are wrappers, not content, and the cap keeps deep nesting linear.
const MAX_CLIMB: usize = 64;

/// The article found on a page, and a role for every block.
///
/// # Examples
///
/// ```
/// let html = "<title>标题_新闻网</title><div class=nav><a href=/>首页</a></div>\
///     <h1>标题</h1><div class=date>2024年03月05日 14:22 来源：新华社</div>\
///     <div class=content><p>第一段正文，有足够的标点。内容如此。</p>\
///     <p>第二段正文，同样如此，内容丰富。</p></div>";
/// let blocks = zhclean::stages::Blocks::from_dom(&zhclean::stages::parse(html));
/// let a = zhclean::stages::extract(&blocks);
/// assert_eq!(a.title.as_deref(), Some("标题"));
/// assert_eq!(a.published.as_deref(), Some("2024-03-05 14:22:00"));
/// assert_eq!(a.origin.as_deref(), Some("新华社"));
/// assert_eq!(a.body(&blocks).len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// The title, without a site suffix.
    pub title: Option<String>,
    /// Publication time, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Author (`作者:`), when named.
    pub author: Option<String>,
    /// Origin (`来源:`), when named.
    pub origin: Option<String>,
    /// What kind of page it is.
    pub kind: PageKind,
    /// A role for every block, by index.
    pub roles: Vec<Role>,
    /// Whether each block lies inside the content root.
    pub in_root: Vec<bool>,
}

impl Article {
    /// The texts of the blocks whose role is [`Role::Body`].
    pub fn body<'a>(&self, blocks: &'a Blocks) -> Vec<&'a str> {
        blocks
            .blocks()
            .iter()
            .zip(&self.roles)
            .filter(|(_, r)| **r == Role::Body)
            .map(|(b, _)| {
                if b.link_chars > 0 {
                    without_home_link(&b.text)
                } else {
                    b.text.as_str()
                }
            })
            .collect()
    }
}

/// Finds the article in a page's blocks.
pub fn extract(blocks: &Blocks) -> Article {
    let bs = blocks.blocks();
    let prose = prose_per_elem(blocks);
    let hints = effective_hints(blocks, &prose);
    let related = list_sections(blocks, &prose);
    let root = content_root(blocks, &hints, &related);
    let mut roles = Vec::with_capacity(bs.len());
    let mut in_root = Vec::with_capacity(bs.len());
    let mut seen_body = false;
    for (i, b) in bs.iter().enumerate() {
        let inside = root != u32::MAX && blocks.is_within(b.elem, root);
        in_root.push(inside);
        let role =
            role_of(blocks, &hints, b, inside, root, related[i], seen_body);
        seen_body |= role == Role::Body;
        roles.push(role);
    }
    rescue_neighbours(blocks, &hints, &mut roles, &in_root, &related);
    trim_edges(blocks, &mut roles);
    // A blog index or a thread: the first post is the article.
    let lines = post_lines(blocks);
    let posts = split_posts(blocks, &roles, &in_root, &lines);
    if let Some(p) = &posts {
        for r in roles[..p.start].iter_mut().filter(|r| **r == Role::Body) {
            *r = Role::Other;
        }
        let rest =
            if p.head.is_none() { Role::Comment } else { Role::Related };
        // The later posts' text and bylines are not the article's.
        for r in &mut roles[p.end..] {
            if matches!(
                r,
                Role::Body | Role::Byline | Role::Editor | Role::Caption
            ) {
                *r = rest;
            }
        }
        if let Some(h) = p.head {
            // The post's title line, for the title finder to weigh.
            roles[h] = Role::Other;
        }
    }
    let (mut title, mut title_block) = find_title(blocks, &roles);
    // An index's `<title>` names the blog: the article is the first post.
    if let Some(h) = posts.as_ref().and_then(|p| p.head) {
        let head = &bs[h].text;
        if !title.as_ref().is_some_and(|t| t.contains(head.as_str())) {
            title = Some(head.clone());
            title_block = Some(h);
        }
    }
    if let Some(t) = title_block {
        roles[t] = Role::Title;
    }
    // A heading inside the body that repeats the title, or the title
    // without its suffix (`标题 东区办事处`), is the title.
    if let Some(t) = &title {
        for (b, r) in bs.iter().zip(roles.iter_mut()) {
            if *r == Role::Body && (b.text == *t || is_title_head(&b.text, t))
            {
                *r = Role::Title;
            }
        }
    }
    // Short lines above the headline, with no prose before them, are the
    // page's header (a channel name such as 新闻动态), not the article.
    if let Some(t) = title_block {
        let above = (0..t).filter(|&i| roles[i] == Role::Body);
        if above.clone().all(|i| bs[i].chars <= 16 && bs[i].punct == 0) {
            for i in above.collect::<Vec<_>>() {
                roles[i] = Role::Navigation;
            }
        }
    }
    byline::mark_dateline(blocks, &mut roles);
    let zone = header_zone(&roles, title_block);
    let ld = Ld::read(blocks.head());
    let published = find_date(blocks, &roles, zone.clone(), &ld);
    let site = site_names(blocks.head());
    let (origin, author) =
        find_byline(blocks, &roles, zone, title.as_deref(), &site, &ld);
    let kind = page_kind(blocks, &roles, &lines, posts.as_ref());
    // A list page has no article, so no time, author or origin of one.
    let (published, origin, author) = if kind == PageKind::List {
        (None, None, None)
    } else {
        (published, origin, author)
    };
    if kind == PageKind::List {
        // A list page's "body" is link titles: no article to give.
        for r in roles.iter_mut().filter(|r| **r == Role::Body) {
            *r = Role::Related;
        }
    }
    Article { title, published, author, origin, kind, roles, in_root }
}

/// Whether a block is the title cut short: most of it, from its start.
fn is_title_head(text: &str, title: &str) -> bool {
    let n = text.chars().count();
    n >= 8 && title.starts_with(text) && n * 10 >= title.chars().count() * 7
}

/// A paragraph's closing link back to the site (`返回腾讯网首页>>`) is
/// navigation, not the paragraph's last words.
fn without_home_link(text: &str) -> &str {
    re!(HOME_LINK, r"(?:返回|回到)\S{0,8}首页\s*(?:>>|»|＞＞|&gt;&gt;)?$");
    match HOME_LINK.find(text) {
        Some(m) if m.start() > 0 => text[..m.start()].trim_end(),
        _ => text,
    }
}

/// Blocks between the title and the start of the body, where bylines sit.
fn header_zone(
    roles: &[Role],
    title: Option<usize>,
) -> std::ops::Range<usize> {
    let first_body = roles.iter().position(|r| *r == Role::Body);
    let start = title.or(first_body).unwrap_or(0).saturating_sub(6);
    let end = match (title, first_body) {
        (Some(t), Some(b)) if b > t => b + 2,
        (Some(t), _) => t + 12,
        (None, Some(b)) => b + 2,
        (None, None) => 0,
    };
    start..end.min(roles.len())
}
