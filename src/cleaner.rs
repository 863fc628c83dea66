//! The cleaner: built once, shared across threads, runs every stage.

use std::sync::LazyLock;

use crate::blocks::Blocks;
use crate::decode::decode;
use crate::extract::{extract, Article};
use crate::features::{self, Context};
use crate::lexicon::{Category, Lexicon, Matcher};
use crate::page::{BlockRecord, CleanPage, Place, Role, SpamBlock, Stats};
use crate::parse::parse;
use crate::score::{self, Situation, Verdict, DEFAULT_THRESHOLD};
use crate::Error;

/// Cleans pages. Build it once and share it: it is `Send + Sync`, and
/// everything it needs (the lexicon automaton, the rules) is built when it
/// is built, never per page.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let html = "<html><head><title>新闻标题_某某网</title></head><body>\
///     <h1>新闻标题</h1><p>2024年03月05日 14:22 来源：新华社</p>\
///     <div class=content><p>今天，本市召开了新闻发布会，介绍了有关情况。</p>\
///     <p>加微信abc12345，牛牛房卡批发，一元一张，诚招代理。</p></div>\
///     </body></html>";
/// let page = cleaner.clean(html.as_bytes());
/// assert_eq!(page.title.as_deref(), Some("新闻标题"));
/// assert_eq!(page.published.as_deref(), Some("2024-03-05 14:22:00"));
/// assert_eq!(page.body, ["今天，本市召开了新闻发布会，介绍了有关情况。"]);
/// assert_eq!(page.spam[0].place, zhclean::Place::Body);
/// ```
#[derive(Clone, Debug)]
pub struct Cleaner {
    matcher: Matcher,
    threshold: f32,
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with the embedded lexicon and the default threshold
    /// ([`DEFAULT_THRESHOLD`]).
    pub fn new() -> Cleaner {
        // The automaton is reference counted inside, so handing out clones
        // of one default is cheap and builds it once per process.
        static DEFAULT: LazyLock<Cleaner> = LazyLock::new(|| {
            CleanerBuilder::new()
                .build()
                .expect("the embedded lexicon is tested to build")
        });
        DEFAULT.clone()
    }

    /// A builder to set the threshold or the lexicon.
    ///
    /// # Examples
    ///
    /// ```
    /// let strict = zhclean::Cleaner::builder().threshold(3.0).build().unwrap();
    /// assert_eq!(strict.threshold(), 3.0);
    /// ```
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::new()
    }

    /// The spam threshold in use.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// Cleans one page. Never fails and never panics: undecodable bytes
    /// become U+FFFD and broken markup still parses.
    pub fn clean(&self, page: &[u8]) -> CleanPage {
        self.run(page, false)
    }

    /// Like [`Cleaner::clean`], and also returns every block with its role
    /// and score in [`CleanPage::blocks`].
    ///
    /// # Examples
    ///
    /// ```
    /// let page = zhclean::Cleaner::new()
    ///     .clean_with_blocks(b"<div class=nav><a href=/>home</a></div>");
    /// let blocks = page.blocks.unwrap();
    /// assert_eq!(blocks[0].role, zhclean::Role::Navigation);
    /// ```
    pub fn clean_with_blocks(&self, page: &[u8]) -> CleanPage {
        self.run(page, true)
    }

    /// Scores a text on its own (a headline, a list item, a paragraph).
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = zhclean::Cleaner::new();
    /// let v = cleaner.score_text("100元300张房卡，微信同步");
    /// assert!(v.spam);
    /// assert!(v.reasons.iter().any(|r| r.rule == "pattern.price_per_card"));
    /// assert!(!cleaner.score_text("酒店前台提醒：退房时请归还房卡").spam);
    /// ```
    pub fn score_text(&self, text: &str) -> Verdict {
        self.judge(text, &Context::default(), Situation::default())
    }

    fn judge(&self, text: &str, ctx: &Context, sit: Situation) -> Verdict {
        let (f, _) = features::extract(text, &self.matcher, ctx);
        score::weigh(text, &f, sit, self.threshold)
    }

    fn run(&self, page: &[u8], keep_blocks: bool) -> CleanPage {
        let decoded = decode(page);
        let dom = parse(&decoded.text);
        let blocks = Blocks::from_dom(&dom);
        let mut article = extract(&blocks);
        let judged = self.judge_blocks(&blocks, &mut article);
        assemble(decoded.encoding, &blocks, article, judged, keep_blocks)
    }

    /// Scores every list item and every other block; spam takes the role
    /// [`Role::Spam`]. Returns the spam blocks and each block's score.
    fn judge_blocks(
        &self,
        blocks: &Blocks,
        article: &mut Article,
    ) -> (Vec<SpamBlock>, Vec<f32>) {
        let bs = blocks.blocks();
        let report_page = self.is_report_page(blocks, article);
        let mut spam = Vec::new();
        let mut scores = vec![0f32; bs.len()];
        let mut i = 0;
        while i < bs.len() {
            let mut j = i + 1;
            while j < bs.len() && bs[j].group == bs[i].group {
                j += 1;
            }
            let unit = i..j;
            i = j;
            let chars: u32 = bs[unit.clone()].iter().map(|b| b.chars).sum();
            if chars < 4 {
                continue;
            }
            // One list item is judged as one text: its title carries the
            // spam while its summary reads as harmless recycled text.
            let mut text = String::new();
            let mut ctx = Context::default();
            for b in &bs[unit.clone()] {
                if !text.is_empty() {
                    text.push(' ');
                    if ctx.parts < ctx.part_starts.len() {
                        ctx.part_starts[ctx.parts] = text.len();
                        ctx.parts += 1;
                    }
                }
                text.push_str(&b.text);
            }
            let roles = &article.roles[unit.clone()];
            let in_body = roles.contains(&Role::Body);
            let sit = Situation {
                hidden: bs[unit.clone()].iter().all(|b| b.hidden),
                report_page: report_page && in_body,
            };
            let v = self.judge(&text, &ctx, sit);
            for s in &mut scores[unit.clone()] {
                *s = v.score;
            }
            if !v.spam {
                continue;
            }
            let place = if roles.contains(&Role::Title) {
                Place::Title
            } else if in_body
                || unit.clone().any(|k| article.in_root[k] && bs[k].hidden)
            {
                Place::Body
            } else if bs[unit.clone()].iter().any(|b| b.in_item)
                || roles.contains(&Role::Related)
            {
                Place::List
            } else {
                Place::Aside
            };
            for r in &mut article.roles[unit] {
                if *r != Role::Title {
                    *r = Role::Spam;
                }
            }
            spam.push(SpamBlock {
                text,
                place,
                score: v.score,
                reasons: v.reasons,
            });
        }
        // A title that is not a block on the page (from <title> alone).
        if let Some(t) = &article.title {
            if !spam.iter().any(|s| s.place == Place::Title) {
                let v = self.score_text(t);
                if v.spam {
                    spam.insert(
                        0,
                        SpamBlock {
                            text: t.clone(),
                            place: Place::Title,
                            score: v.score,
                            reasons: v.reasons,
                        },
                    );
                }
            }
        }
        (spam, scores)
    }

    /// Whether the article reports on crime (three or more reporting
    /// terms in the title and body): then gambling words in its paragraphs
    /// are the story, not an advert.
    fn is_report_page(&self, blocks: &Blocks, article: &Article) -> bool {
        let mut text = article.title.clone().unwrap_or_default();
        for b in article.body(blocks) {
            text.push('\n');
            text.push_str(b);
        }
        let (f, _) =
            features::extract(&text, &self.matcher, &Context::default());
        f.terms[Category::Report.index()].len() >= 3
    }
}

fn assemble(
    encoding: &str,
    blocks: &Blocks,
    article: Article,
    (spam, scores): (Vec<SpamBlock>, Vec<f32>),
    keep_blocks: bool,
) -> CleanPage {
    let bs = blocks.blocks();
    let mut stats = Stats { blocks: bs.len(), ..Stats::default() };
    for r in &article.roles {
        match r {
            Role::Body => stats.body_blocks += 1,
            Role::Spam => stats.spam_blocks += 1,
            r if r.is_boilerplate() => stats.boilerplate_blocks += 1,
            _ => {}
        }
    }
    let body = article.body(blocks).into_iter().map(String::from).collect();
    let records = keep_blocks.then(|| {
        bs.iter()
            .zip(&article.roles)
            .zip(&scores)
            .map(|((b, r), s)| BlockRecord {
                text: b.text.clone(),
                role: *r,
                tag: b.tag.to_string(),
                score: *s,
                hidden: b.hidden,
            })
            .collect()
    });
    CleanPage {
        source: None,
        encoding: encoding.to_string(),
        title: article.title,
        published: article.published,
        author: article.author,
        origin: article.origin,
        body,
        spam,
        stats,
        error: None,
        blocks: records,
    }
}

/// Builds a [`Cleaner`] with a custom threshold or lexicon.
///
/// Setters take `&mut self` so a builder can be kept and `build` called
/// again, as aho-corasick's builder does.
///
/// # Examples
///
/// ```
/// use zhclean::{Cleaner, Lexicon};
/// let mut lex = Lexicon::embedded();
/// lex.extend(Lexicon::from_reader("鸿运娱乐\tcasino\t4\n".as_bytes()).unwrap());
/// let cleaner = Cleaner::builder().lexicon(lex).threshold(4.0).build().unwrap();
/// assert!(cleaner.score_text("鸿运娱乐现金网，注册送彩金").spam);
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    threshold: f32,
    lexicon: Option<Lexicon>,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder with the defaults.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder { threshold: DEFAULT_THRESHOLD, lexicon: None }
    }

    /// The score at which a block is spam.
    ///
    /// # Defaults
    ///
    /// [`DEFAULT_THRESHOLD`] (5.0). A threshold that is not a finite
    /// number makes [`build`](CleanerBuilder::build) fail.
    pub fn threshold(&mut self, threshold: f32) -> &mut CleanerBuilder {
        self.threshold = threshold;
        self
    }

    /// The lexicon to match.
    ///
    /// # Defaults
    ///
    /// [`Lexicon::embedded`]. To add terms, extend the embedded lexicon
    /// and pass it here.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut CleanerBuilder {
        self.lexicon = Some(lexicon);
        self
    }

    /// Builds the cleaner: compiles the lexicon into one automaton.
    ///
    /// # Errors
    ///
    /// A threshold that is not finite, or a lexicon the automaton cannot
    /// be built from.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = zhclean::Cleaner::builder().threshold(f32::NAN).build();
    /// assert!(err.is_err());
    /// ```
    pub fn build(&self) -> Result<Cleaner, Error> {
        if !self.threshold.is_finite() {
            return Err(Error::config(format!(
                "threshold must be a finite number, not {}",
                self.threshold
            )));
        }
        let lexicon = match &self.lexicon {
            Some(l) => l.clone(),
            None => Lexicon::embedded(),
        };
        Ok(Cleaner {
            matcher: Matcher::new(&lexicon)?,
            threshold: self.threshold,
        })
    }
}
