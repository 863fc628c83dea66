//! The output of [`Cleaner::clean`](crate::Cleaner::clean) and its JSON
//! form (the contract in DESIGN.md; the CLI prints this, with the page's
//! `source` before it and an `error` after it, which only the CLI knows).

use serde::{Deserialize, Serialize};

use crate::score::Reason;

/// A cleaned page: the article, the spam that was taken out, and counts.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let page = cleaner.clean(
///     "<html><head><title>标题_某某网</title></head><body>\
///      <h1>标题</h1><p>这是一段足够长的正文，讲述了一件真实发生的事情。</p>\
///      </body></html>"
///         .as_bytes(),
/// );
/// assert_eq!(page.title.as_deref(), Some("标题"));
/// let json = serde_json::to_value(&page).unwrap();
/// assert!(json["body"].is_array());
/// // The library's record has no `source` or `error`: callers that read
/// // files (the example CLI) add their own.
/// assert!(json.get("error").is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CleanPage {
    /// The encoding the page was decoded with (`utf-8`, `gb18030`, ...).
    pub encoding: String,
    /// What the page is: an article, a blog post, a forum thread or a
    /// list of other pages (whose body is empty).
    pub kind: PageKind,
    /// The article title, without a site suffix such as `_新浪财经`.
    pub title: Option<String>,
    /// The publication time, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The author (`作者:`), when the page names one.
    pub author: Option<String>,
    /// The origin (`来源:`), when the page names one.
    pub origin: Option<String>,
    /// The page's own address, from its `<link rel=canonical>` or
    /// `og:url` (absolute http(s) only), which tells the site a page from
    /// a dump or a folder was on. Absent from the JSON when `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// let html = r#"<link rel="canonical" href="https://news.example.cn/a/1.html"><p>正文</p>"#;
    /// let page = zhclean::Cleaner::new().clean(html.as_bytes());
    /// assert_eq!(page.canonical.as_deref(), Some("https://news.example.cn/a/1.html"));
    /// ```
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The article paragraphs in page order, spam removed.
    pub body: Vec<String>,
    /// The spam blocks that were removed, with their scores and reasons.
    pub spam: Vec<SpamBlock>,
    /// Blocks with topical spam evidence below the threshold: what a
    /// batch compares across sites ([`Campaigns`](crate::campaign::Campaigns)), so
    /// that a template seen on several sites earns `batch.campaign` in a
    /// second pass. Not part of the JSON.
    #[serde(skip)]
    pub suspects: Vec<SpamBlock>,
    /// The page-level verdict. [`Cleaner::clean`](crate::Cleaner::clean)
    /// always sets it; it is `None` on a default `CleanPage`, which callers
    /// use for a page they could not read (the example CLI's error
    /// records), and then absent from the JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<PageVerdict>,
    /// Counts of blocks by role.
    pub stats: Stats,
    /// Set when the page crossed one of the cleaner's limits (size,
    /// nesting depth, tag size, block count) and was cleaned in part; says
    /// which. Absent from the JSON when `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = zhclean::Cleaner::builder().max_input_bytes(16).build().unwrap();
    /// let page = cleaner.clean("<p>这一段比十六个字节长得多。</p>".as_bytes());
    /// assert!(page.truncated.unwrap().contains("16 bytes"));
    /// ```
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncated: Option<String>,
    /// Every block with its role and score, only when asked for
    /// ([`Cleaner::clean_with_blocks`](crate::Cleaner::clean_with_blocks)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Vec<BlockRecord>>,
}

impl CleanPage {
    /// The title and body as plain text, one paragraph per line.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut page = zhclean::CleanPage::default();
    /// page.title = Some("标题".into());
    /// page.body = vec!["第一段。".into(), "第二段。".into()];
    /// assert_eq!(page.text(), "标题\n\n第一段。\n第二段。\n");
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        if let Some(t) = &self.title {
            out.push_str(t);
            out.push_str("\n\n");
        }
        for p in &self.body {
            out.push_str(p);
            out.push('\n');
        }
        out
    }
}

/// A removed spam block.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let page = cleaner.clean(
///     "<ul class=rmzx><li><a href=/1>游戏指南!牛牛房卡怎么购买,微信同步</a>\
///      </li></ul>"
///         .as_bytes(),
/// );
/// let spam = &page.spam[0];
/// assert_eq!(spam.place, zhclean::Place::List);
/// assert!(spam.score >= 5.0);
/// assert!(spam.reasons.iter().any(|r| r.rule == zhclean::RuleId::LexGambling));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpamBlock {
    /// The block's text as it appears on the page.
    pub text: String,
    /// Where on the page it sat.
    #[serde(rename = "where")]
    pub place: Place,
    /// Its score; spam at or above the cleaner's threshold.
    pub score: f32,
    /// The rules that fired, strongest first.
    pub reasons: Vec<Reason>,
}

/// What a page is, as a whole.
///
/// # Examples
///
/// ```
/// use zhclean::{Cleaner, PageVerdict};
/// let cleaner = Cleaner::new();
/// let clean = cleaner.clean("<p>今天天气晴朗，适合出行。</p>".as_bytes());
/// assert_eq!(clean.verdict, Some(PageVerdict::Clean));
/// let hit = cleaner.clean(
///     "<div class=content><p>今天天气晴朗，适合出行，市民纷纷外出踏青。</p>\
///      <p>牛牛房卡批发，一元一张，加微信abc12345</p></div>"
///         .as_bytes(),
/// );
/// assert_eq!(hit.verdict, Some(PageVerdict::Injected));
/// assert_eq!(serde_json::to_string(&hit.verdict).unwrap(), "\"injected\"");
/// // A record made by hand (for a page that could not be read) has none.
/// assert_eq!(zhclean::CleanPage::default().verdict, None);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageVerdict {
    /// No spam found.
    #[default]
    Clean,
    /// Spam only around the article (lists, sidebars, hidden blocks
    /// outside it): the site is hijacked, the article itself is not, and
    /// its body can be kept.
    SpamAround,
    /// Spam inside the article: a body paragraph (hidden ones in the
    /// article's element included), the headline or the page's own
    /// `<title>` (a casino brand suffix, a brand swapped into the
    /// headline).
    Injected,
}

/// What a page is, by layout.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let page = cleaner.clean("<h1>标题</h1><p>今天天气晴朗，适合出行。</p>".as_bytes());
/// assert_eq!(page.kind, zhclean::PageKind::Article);
/// let json = serde_json::to_string(&zhclean::PageKind::ForumThread).unwrap();
/// assert_eq!(json, "\"forum_thread\"");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageKind {
    /// One article (news, a notice, a self-media post).
    #[default]
    Article,
    /// A post on a blog; the body is the post.
    BlogPost,
    /// A forum thread; the body is the first post.
    ForumThread,
    /// An index or channel page: a list of other pages, with an empty
    /// body rather than an article made up of link titles.
    List,
}

/// Where a block sat on the page.
///
/// # Examples
///
/// ```
/// let json = serde_json::to_string(&zhclean::Place::Body).unwrap();
/// assert_eq!(json, "\"body\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Place {
    /// Inside the article body.
    Body,
    /// In a list (related, hot, recommended).
    List,
    /// Elsewhere: sidebars, footers, comments.
    Aside,
    /// The page title.
    Title,
    /// Hidden from readers (display:none and the like), outside the
    /// article: what hijacked sites stuff for search engines.
    Hidden,
}

/// Counts of blocks by role.
///
/// # Examples
///
/// ```
/// let s = zhclean::Stats::default();
/// assert_eq!(s.blocks, 0);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize,
)]
pub struct Stats {
    /// All text blocks found.
    pub blocks: usize,
    /// Blocks kept as article body.
    pub body_blocks: usize,
    /// Blocks removed as spam.
    pub spam_blocks: usize,
    /// Blocks removed as boilerplate (navigation, lists, footers, ...).
    pub boilerplate_blocks: usize,
}

/// One block with its role, for `--blocks` and for debugging extraction.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let page = cleaner.clean_with_blocks(b"<p>hello</p>");
/// let blocks = page.blocks.unwrap();
/// assert_eq!(blocks[0].text, "hello");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockRecord {
    /// The block's text.
    pub text: String,
    /// The role extraction gave it.
    pub role: Role,
    /// The tag of the element that holds it.
    pub tag: String,
    /// Its spam score.
    pub score: f32,
    /// Whether it sat in a hidden element.
    pub hidden: bool,
}

/// The role of a block on the page.
///
/// # Examples
///
/// ```
/// let json = serde_json::to_string(&zhclean::Role::Related).unwrap();
/// assert_eq!(json, "\"related\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// An article paragraph.
    Body,
    /// The article title.
    Title,
    /// The date / source / author line.
    Byline,
    /// Site navigation, menus, login bars.
    Navigation,
    /// A breadcrumb trail (首页 > 新闻 > 正文).
    Breadcrumb,
    /// A share bar (分享到 微博 微信).
    Share,
    /// A disclaimer or copyright statement (免责声明, 版权声明).
    Disclaimer,
    /// A copyright footer (Copyright ©, ICP备).
    Copyright,
    /// An editor line (责任编辑).
    Editor,
    /// A comment area.
    Comment,
    /// A related, hot or recommended list.
    Related,
    /// Advertising.
    Ad,
    /// An image caption.
    Caption,
    /// Anything else outside the article.
    Other,
    /// Spam.
    Spam,
}

impl Role {
    /// Whether blocks with this role are removed as boilerplate.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(zhclean::Role::Share.is_boilerplate());
    /// assert!(!zhclean::Role::Body.is_boilerplate());
    /// assert!(!zhclean::Role::Spam.is_boilerplate());
    /// ```
    pub fn is_boilerplate(self) -> bool {
        !matches!(self, Role::Body | Role::Spam | Role::Title)
    }
}
