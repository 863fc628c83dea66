//! The cleaner: built once, shared across threads, runs every stage.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::blocks::Blocks;
use crate::decode::decode;
use crate::extract::{extract, Article};
use crate::features::{self, Context};
use crate::lexicon::{Category, Lexicon, Matcher};
use crate::model::Model;
use crate::normalize::Normalized;
use crate::page::{
    BlockRecord, CleanPage, PageVerdict, Place, Role, SpamBlock, Stats,
};
use crate::parse::{bound, parse};
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
    model: std::sync::Arc<Model>,
    threshold: f32,
    limits: Limits,
}

/// Bounds on one page's work; see the builder's setters for each.
#[derive(Clone, Copy, Debug)]
struct Limits {
    input_bytes: usize,
    depth: usize,
    tag_bytes: usize,
    blocks: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            input_bytes: 32 << 20,
            depth: 512,
            tag_bytes: 64 << 10,
            blocks: 200_000,
        }
    }
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
        // Whitespace around a text is not part of it.
        let text = text.trim();
        self.judge(text, &Context::default(), Situation::default())
    }

    fn judge(&self, text: &str, ctx: &Context, sit: Situation) -> Verdict {
        let (f, folded) = features::extract(text, &self.matcher, ctx);
        if f.is_empty() && self.threshold > 0.0 {
            return Verdict::default();
        }
        let model = self.model_for(&f, &folded);
        score::weigh(text, &f, Situation { model, ..sit }, self.threshold)
    }

    /// The model's log-odds for a text that some rule has a word about.
    /// Most news text has none, and skipping the model then keeps scoring
    /// fast.
    fn model_for(
        &self,
        f: &features::Features,
        folded: &Normalized,
    ) -> Option<f32> {
        f.has_evidence().then(|| self.model.log_odds_folded(folded.as_str()))
    }

    fn run(&self, page: &[u8], keep_blocks: bool) -> CleanPage {
        let lim = self.limits;
        let mut cut = Vec::new();
        let page = if page.len() > lim.input_bytes {
            cut.push(format!("input cut at {} bytes", lim.input_bytes));
            &page[..lim.input_bytes]
        } else {
            page
        };
        let decoded = decode(page);
        let bounded = bound(&decoded.text, lim.depth, lim.tag_bytes);
        if bounded.is_some() {
            cut.push(format!(
                "markup bounded: nesting past {} levels flattened, tags over {} bytes cut to their name",
                lim.depth, lim.tag_bytes
            ));
        }
        let dom = parse(bounded.as_deref().unwrap_or(&decoded.text));
        // The DOM holds its own copy of the text; on a big page the two
        // copies are the peak of memory, so each goes as soon as it can.
        drop(bounded);
        let encoding = decoded.encoding;
        drop(decoded);
        let (blocks, many) = Blocks::from_dom_limited(&dom, lim.blocks);
        drop(dom);
        if many {
            cut.push(format!("only the first {} blocks read", lim.blocks));
        }
        let mut article = extract(&blocks);
        let judged = self.judge_blocks(&blocks, &mut article);
        let mut page =
            assemble(encoding, &blocks, article, judged, keep_blocks);
        page.truncated = (!cut.is_empty()).then(|| cut.join("; "));
        page
    }

    /// Scores every list item and every other block, and the page's own
    /// `<title>`; spam takes the role [`Role::Spam`]. Returns the spam
    /// blocks and each block's score.
    fn judge_blocks(
        &self,
        blocks: &Blocks,
        article: &mut Article,
    ) -> (Vec<SpamBlock>, Vec<f32>) {
        let bs = blocks.blocks();
        let units = self.units(blocks);
        let page = self.page_context(blocks, article, &units);
        let mut spam = Vec::new();
        let mut scores = vec![0f32; bs.len()];
        for u in &units {
            let Some(range) = u.range.clone() else {
                // The raw <title>, suffix and all.
                let sit = Situation {
                    repeated: page.repeated(&u.features),
                    offtopic_suffix: page.offtopic_suffix.clone(),
                    ..Situation::default()
                };
                let sit = Situation { model: u.model, ..sit };
                let v =
                    score::weigh(&u.text, &u.features, sit, self.threshold);
                if v.spam {
                    spam.push(SpamBlock {
                        text: u.text.to_string(),
                        place: Place::Title,
                        score: v.score,
                        reasons: v.reasons,
                    });
                }
                continue;
            };
            // Nothing found at all, the usual case: score 0, nothing to
            // weigh or explain (below any positive threshold).
            if u.features.is_empty() && self.threshold > 0.0 {
                continue;
            }
            let roles = &article.roles[range.clone()];
            let in_body = roles.contains(&Role::Body);
            let sit = Situation {
                hidden: bs[range.clone()].iter().all(|b| b.hidden),
                report_page: page.report && in_body,
                repeated: page.repeated(&u.features),
                ..Situation::default()
            };
            let sit = Situation { model: u.model, ..sit };
            let v = score::weigh(&u.text, &u.features, sit, self.threshold);
            for s in &mut scores[range.clone()] {
                *s = v.score;
            }
            if !v.spam {
                continue;
            }
            let place = if roles.contains(&Role::Title) {
                Place::Title
            } else if in_body
                || range.clone().any(|k| article.in_root[k] && bs[k].hidden)
            {
                Place::Body
            } else if bs[range.clone()].iter().any(|b| b.in_item)
                || roles.contains(&Role::Related)
            {
                Place::List
            } else {
                Place::Aside
            };
            for r in &mut article.roles[range] {
                if *r != Role::Title {
                    *r = Role::Spam;
                }
            }
            spam.push(SpamBlock {
                text: u.text.to_string(),
                place,
                score: v.score,
                reasons: v.reasons,
            });
        }
        (spam, scores)
    }

    /// The texts to judge: each list item as one text (its title carries
    /// the spam while its summary reads as harmless recycled text), every
    /// other block alone, and the raw `<title>`.
    fn units<'a>(&self, blocks: &'a Blocks) -> Vec<Unit<'a>> {
        let bs = blocks.blocks();
        let mut units = Vec::new();
        let title = blocks.head().title.as_str();
        if !title.is_empty() {
            let ctx = Context { title: true, ..Context::default() };
            let (features, folded) =
                features::extract(title, &self.matcher, &ctx);
            let model = self.model_for(&features, &folded);
            units.push(Unit {
                range: None,
                text: Cow::Borrowed(title),
                features,
                model,
            });
        }
        let mut i = 0;
        while i < bs.len() {
            let mut j = i + 1;
            while j < bs.len() && bs[j].group == bs[i].group {
                j += 1;
            }
            let range = i..j;
            i = j;
            let chars: u32 = bs[range.clone()].iter().map(|b| b.chars).sum();
            if chars < 4 {
                continue;
            }
            // A lone block is judged in place; a list item's blocks are
            // joined.
            let mut ctx = Context::default();
            let text: Cow<'_, str> = if range.len() == 1 {
                Cow::Borrowed(&bs[range.start].text)
            } else {
                let mut text = String::new();
                for b in &bs[range.clone()] {
                    if !text.is_empty() {
                        text.push(' ');
                        if ctx.parts < ctx.part_starts.len() {
                            ctx.part_starts[ctx.parts] = text.len();
                            ctx.parts += 1;
                        }
                    }
                    text.push_str(&b.text);
                }
                Cow::Owned(text)
            };
            let (features, folded) =
                features::extract(&text, &self.matcher, &ctx);
            // The folded copy and its offset map are big; keep only what
            // the model makes of them.
            let model = self.model_for(&features, &folded);
            units.push(Unit { range: Some(range), text, features, model });
        }
        units
    }

    /// Facts about the whole page that change how its blocks read.
    fn page_context(
        &self,
        blocks: &Blocks,
        article: &Article,
        units: &[Unit],
    ) -> PageContext {
        let in_body = |u: &Unit| {
            u.range.as_ref().is_some_and(|r| {
                article.roles[r.clone()]
                    .iter()
                    .any(|x| matches!(x, Role::Body | Role::Title))
            })
        };
        // Three or more reporting terms in the article: gambling words in
        // its paragraphs are the story (police news), not an advert.
        let mut report_terms: Vec<String> = Vec::new();
        // Strong gambling or casino terms, and in how many texts each is.
        let mut strong: Vec<(String, usize)> = Vec::new();
        for u in units {
            for (term, cat, w) in u.features.hits() {
                if in_body(u)
                    && cat == Category::Report
                    && !report_terms.contains(&term)
                {
                    report_terms.push(term.clone());
                }
                if w >= 3.0
                    && matches!(cat, Category::Gambling | Category::Casino)
                {
                    match strong.iter_mut().find(|(t, _)| *t == term) {
                        Some((_, n)) => *n += 1,
                        None => strong.push((term, 1)),
                    }
                }
            }
        }
        let body: Vec<&str> = article.body(blocks);
        PageContext {
            report: report_terms.len() >= 3,
            repeated: strong
                .into_iter()
                .filter(|(_, n)| *n >= 3)
                .map(|(t, _)| t)
                .collect(),
            offtopic_suffix: features::offtopic_suffix(
                &blocks.head().title,
                &body,
            ),
        }
    }
}

/// A text to judge and what was found in it.
struct Unit<'a> {
    /// The blocks it covers; `None` for the raw `<title>`.
    range: Option<std::ops::Range<usize>>,
    text: Cow<'a, str>,
    features: features::Features,
    /// The model's log-odds, when it read the text.
    model: Option<f32>,
}

struct PageContext {
    report: bool,
    /// Strong gambling or casino terms found in three or more texts.
    repeated: Vec<String>,
    /// A `<title>` suffix such as `_XX体育` on a page not about sport.
    offtopic_suffix: Option<String>,
}

impl PageContext {
    fn repeated(&self, f: &features::Features) -> Option<String> {
        f.hits().map(|(t, _, _)| t).find(|t| self.repeated.contains(t))
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
    let body: Vec<String> =
        article.body(blocks).into_iter().map(String::from).collect();
    let verdict = page_verdict(&body, &spam);
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
        verdict,
        stats,
        error: None,
        truncated: None,
        blocks: records,
    }
}

/// Injected when spam sits in the body or title, or when spam makes up a
/// quarter or more of the text kept and removed as spam.
fn page_verdict(body: &[String], spam: &[SpamBlock]) -> PageVerdict {
    if spam.is_empty() {
        return PageVerdict::Clean;
    }
    if spam.iter().any(|s| matches!(s.place, Place::Body | Place::Title)) {
        return PageVerdict::Injected;
    }
    let chars = |s: &str| s.chars().count();
    let spam_chars: usize = spam.iter().map(|s| chars(&s.text)).sum();
    let body_chars: usize = body.iter().map(|s| chars(s)).sum();
    if spam_chars * 4 >= spam_chars + body_chars {
        PageVerdict::Injected
    } else {
        PageVerdict::SpamAround
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
    model: Option<Model>,
    limits: Limits,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder with the defaults.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder {
            threshold: DEFAULT_THRESHOLD,
            lexicon: None,
            model: None,
            limits: Limits::default(),
        }
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

    /// The token model.
    ///
    /// # Defaults
    ///
    /// [`Model::embedded`]. A model without weights turns it off.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{Cleaner, Model};
    /// let off = "version\t1\nngrams\t2\t3\nbias\t0\n";
    /// let off = Model::from_reader(off.as_bytes())?;
    /// let rules_only = Cleaner::builder().model(off).build()?;
    /// assert!(rules_only.score_text("牛牛房卡批发，一元一张").spam);
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn model(&mut self, model: Model) -> &mut CleanerBuilder {
        self.model = Some(model);
        self
    }

    /// The most bytes of a page that are read; the rest is left out and
    /// the page says so in [`CleanPage::truncated`].
    ///
    /// # Defaults
    ///
    /// 32 MiB.
    pub fn max_input_bytes(&mut self, bytes: usize) -> &mut CleanerBuilder {
        self.limits.input_bytes = bytes;
        self
    }

    /// How deep elements may nest before deeper tags are dropped (their
    /// text stays). html5ever's cost grows with the square of the
    /// nesting, so this bounds it.
    ///
    /// # Defaults
    ///
    /// 512 levels (real pages stay under 100).
    pub fn max_depth(&mut self, depth: usize) -> &mut CleanerBuilder {
        self.limits.depth = depth;
        self
    }

    /// The longest tag kept whole; a longer one (tens of thousands of
    /// attributes) keeps only its name.
    ///
    /// # Defaults
    ///
    /// 64 KiB.
    pub fn max_tag_bytes(&mut self, bytes: usize) -> &mut CleanerBuilder {
        self.limits.tag_bytes = bytes;
        self
    }

    /// The most blocks read from one page.
    ///
    /// # Defaults
    ///
    /// 200,000.
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = zhclean::Cleaner::builder().max_blocks(2).build().unwrap();
    /// let page = cleaner.clean("<p>一</p><p>二</p><p>三</p>".as_bytes());
    /// assert!(page.truncated.is_some());
    /// ```
    pub fn max_blocks(&mut self, blocks: usize) -> &mut CleanerBuilder {
        self.limits.blocks = blocks;
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
        let model = match &self.model {
            Some(m) => m.clone(),
            None => Model::embedded(),
        };
        Ok(Cleaner {
            matcher: Matcher::new(&lexicon)?,
            model: std::sync::Arc::new(model),
            threshold: self.threshold,
            limits: self.limits,
        })
    }
}
