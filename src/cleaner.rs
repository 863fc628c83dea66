//! The cleaner: built once, shared across threads, runs every stage.

use std::sync::Arc;

use crate::blocks::Blocks;
use crate::decode::decode;
use crate::extract::{extract, Article};
use crate::features::Context;
use crate::judge::{self, Judge, Judged};
use crate::lexicon::{Lexicon, Matcher};
use crate::model::Model;
use crate::overlay::{Lists, Overlay};
use crate::page::{BlockRecord, CleanPage, Role, Stats};
use crate::parse::{bound, parse};
use crate::score::{Situation, Verdict, Weights};
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
#[derive(Clone)]
pub struct Cleaner {
    judge: Judge,
    limits: Limits,
}

impl std::fmt::Debug for Cleaner {
    // The automaton and the model run to megabytes: a Debug line says
    // what they are, not what they hold.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleaner")
            .field("threshold", &self.judge.threshold)
            .field("lexicon_terms", &self.judge.matcher.len())
            .field("model_features", &self.judge.model.len())
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
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

#[cfg(feature = "embedded-data")]
impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with the embedded lexicon, model and weights, and the
    /// default threshold ([`DEFAULT_THRESHOLD`](crate::DEFAULT_THRESHOLD)).
    ///
    /// Only with the feature `embedded-data` (on by default); without it
    /// there is nothing to build a default from, so a cleaner comes from
    /// [`Cleaner::builder`] with the user's own lexicon, model and
    /// weights.
    #[cfg(feature = "embedded-data")]
    pub fn new() -> Cleaner {
        // The automaton is reference counted inside, so handing out clones
        // of one default is cheap and builds it once per process.
        static DEFAULT: std::sync::LazyLock<Cleaner> =
            std::sync::LazyLock::new(|| {
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
        self.judge.threshold
    }

    /// Cleans one page. Never fails and never panics: undecodable bytes
    /// become U+FFFD and broken markup still parses.
    pub fn clean(&self, page: &[u8]) -> CleanPage {
        self.run(page, false, None)
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
        self.run(page, true, None)
    }

    /// Cleans a page again in a batch's second pass: its suspects (see
    /// [`CleanPage::suspects`]) whose template `recurring` holds earn the
    /// rule `batch.campaign`. With `keep_blocks`, as
    /// [`Cleaner::clean_with_blocks`].
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{campaign::Campaigns, Cleaner};
    /// let cleaner = Cleaner::new();
    /// // A weak item (game words, no contact, no price): below the threshold.
    /// let item = "掌上棋牌新玩法，好友组局一键开房，周末约起来";
    /// let html = format!(
    ///     "<div class=content><p>本市今天举行春季招聘会，两百多家企业提供了五千多个岗位，吸引了大批求职者。</p></div>\
    ///      <div class=related><ul><li><a href=/1>{item}</a></li></ul></div>"
    /// );
    /// let seen = Campaigns::new();
    /// for site in ["a", "b", "c"] {
    ///     let page = cleaner.clean(html.as_bytes());
    ///     assert!(page.spam.is_empty());
    ///     seen.add(&format!("https://{site}.example.cn/1.html"), &page);
    /// }
    /// let again = cleaner.clean_recurring(html.as_bytes(), &seen.recurring(3), false);
    /// let rule = &again.spam[0].reasons.iter().find(|r| r.rule.name() == "batch.campaign");
    /// assert!(rule.is_some());
    /// ```
    pub fn clean_recurring(
        &self,
        page: &[u8],
        recurring: &crate::campaign::Recurring,
        keep_blocks: bool,
    ) -> CleanPage {
        self.run(page, keep_blocks, Some(recurring))
    }

    /// Scores a text on its own (a headline, a list item, a paragraph).
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = zhclean::Cleaner::new();
    /// let v = cleaner.score_text("100元300张房卡，微信同步");
    /// assert!(v.spam);
    /// assert!(v.reasons.iter().any(|r| r.rule == zhclean::RuleId::PricePerCard));
    /// assert!(!cleaner.score_text("酒店前台提醒：退房时请归还房卡").spam);
    /// ```
    pub fn score_text(&self, text: &str) -> Verdict {
        // Whitespace around a text is not part of it.
        let text = text.trim();
        self.judge.text(text, &Context::default(), Situation::default())
    }

    /// The rules a text sets off, each with its activation (1 for a
    /// pattern, the share of its cap for a lexicon category, the model's
    /// log-odds), before any weight: what fitting the weights reads.
    pub(crate) fn activations(&self, text: &str) -> Vec<(crate::RuleId, f32)> {
        self.judge
            .fired(text.trim())
            .into_iter()
            .map(|f| (f.id, f.x))
            .collect()
    }

    fn run(
        &self,
        page: &[u8],
        keep_blocks: bool,
        recurring: Option<&crate::campaign::Recurring>,
    ) -> CleanPage {
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
            // Which bound was crossed: two more scans, only on the rare
            // page that crossed one.
            let mut what = Vec::new();
            if bound(&decoded.text, lim.depth, usize::MAX).is_some() {
                what.push(format!(
                    "nesting past {} levels flattened",
                    lim.depth
                ));
            }
            if bound(&decoded.text, usize::MAX, lim.tag_bytes).is_some() {
                what.push(format!(
                    "tags over {} bytes cut to their name",
                    lim.tag_bytes
                ));
            }
            cut.push(format!("markup bounded: {}", what.join(", ")));
        }
        let dom = parse(bounded.as_deref().unwrap_or(&decoded.text));
        // The DOM holds its own copy of the text; on a big page the two
        // copies are the peak of memory, so each goes as soon as it can.
        drop(bounded);
        let encoding = decoded.encoding;
        drop(decoded);
        let blocks = Blocks::from_dom_limited(&dom, lim.blocks);
        drop(dom);
        if blocks.truncated() {
            cut.push(format!("only the first {} blocks read", lim.blocks));
        }
        let mut article = extract(&blocks);
        let judged = self.judge.page(&blocks, &mut article, recurring);
        let mut page =
            assemble(encoding, &blocks, article, judged, keep_blocks);
        page.truncated = (!cut.is_empty()).then(|| cut.join("; "));
        page
    }
}

fn assemble(
    encoding: &str,
    blocks: &Blocks,
    article: Article,
    Judged { spam, suspects, scores }: Judged,
    keep_blocks: bool,
) -> CleanPage {
    let bs = blocks.blocks();
    // Spam records, not blocks: a list item of three blocks is one
    // record.
    let mut stats = Stats {
        blocks: bs.len(),
        spam_blocks: spam.len(),
        ..Stats::default()
    };
    for r in &article.roles {
        match r {
            Role::Body => stats.body_blocks += 1,
            r if r.is_boilerplate() => stats.boilerplate_blocks += 1,
            _ => {}
        }
    }
    let body: Vec<String> =
        article.body(blocks).into_iter().map(String::from).collect();
    let verdict = Some(judge::verdict(&spam));
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
    let head = blocks.head();
    let canonical = ["canonical", "og:url"]
        .iter()
        .filter_map(|k| head.meta(k))
        .find(|u| crate::campaign::host(u).is_some())
        .map(String::from);
    CleanPage {
        encoding: encoding.to_string(),
        kind: article.kind,
        title: article.title,
        published: article.published,
        author: article.author,
        origin: article.origin,
        canonical,
        body,
        spam,
        suspects,
        verdict,
        stats,
        truncated: None,
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
    threshold: Option<f32>,
    lexicon: Option<Lexicon>,
    model: Option<Model>,
    weights: Option<Weights>,
    overlay: Option<Overlay>,
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
            threshold: None,
            lexicon: None,
            model: None,
            weights: None,
            overlay: None,
            limits: Limits::default(),
        }
    }

    /// The score at which a block is spam.
    ///
    /// # Defaults
    ///
    /// The threshold the weights were fitted for
    /// ([`Weights::threshold`]: [`DEFAULT_THRESHOLD`](crate::DEFAULT_THRESHOLD),
    /// 5.0, for the embedded weights). A threshold that is not a finite
    /// number greater than 0 makes [`build`](CleanerBuilder::build) fail:
    /// at 0 a block no rule touched (score 0) would be spam.
    pub fn threshold(&mut self, threshold: f32) -> &mut CleanerBuilder {
        self.threshold = Some(threshold);
        self
    }

    /// The rule weights.
    ///
    /// # Defaults
    ///
    /// [`Weights::embedded`], fitted by `zhclean train`; without the
    /// feature `embedded-data`, [`Weights::priors`].
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{Cleaner, RuleId, Weights};
    /// let mut w = Weights::embedded();
    /// w.set(RuleId::PricePerCard, 0.0);
    /// let cleaner = Cleaner::builder().weights(w).build()?;
    /// let v = cleaner.score_text("100元300张房卡");
    /// assert!(v.reasons.iter().all(|r| r.rule != RuleId::PricePerCard));
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn weights(&mut self, weights: Weights) -> &mut CleanerBuilder {
        self.weights = Some(weights);
        self
    }

    /// The lexicon to match.
    ///
    /// # Defaults
    ///
    /// [`Lexicon::embedded`]. To add terms, extend the embedded lexicon
    /// and pass it here. Without the feature `embedded-data`, an empty
    /// lexicon.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut CleanerBuilder {
        self.lexicon = Some(lexicon);
        self
    }

    /// The token model.
    ///
    /// # Defaults
    ///
    /// [`Model::embedded`]. A model without weights turns it off, and
    /// is the default without the feature `embedded-data`.
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

    /// A moderator's overlay ([`Overlay`], as `zhclean learn` writes
    /// it), applied on top of the other settings: its lexicon extends the
    /// lexicon, its model and weights (when it has them) replace the
    /// model and weights, and its lists give the texts on them the
    /// moderator's verdict (the rules `overlay.spam` and `overlay.ham`).
    ///
    /// # Defaults
    ///
    /// None.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{Cleaner, Overlay};
    /// let item = "游戏指南!牛牛房卡怎么购买";
    /// let page = format!("<ul><li><a href=/1>{item}</a></li></ul>");
    /// assert_eq!(Cleaner::new().clean(page.as_bytes()).spam.len(), 1);
    /// let mut overlay = Overlay::new();
    /// overlay.allow.insert(item);
    /// let cleaner = Cleaner::builder().overlay(overlay).build()?;
    /// assert!(cleaner.clean(page.as_bytes()).spam.is_empty());
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn overlay(&mut self, overlay: Overlay) -> &mut CleanerBuilder {
        self.overlay = Some(overlay);
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
    /// A threshold that is not a finite number greater than 0, or a
    /// lexicon the automaton cannot be built from.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = zhclean::Cleaner::builder().threshold(f32::NAN).build();
    /// assert!(err.is_err());
    /// assert!(zhclean::Cleaner::builder().threshold(0.0).build().is_err());
    /// ```
    pub fn build(&self) -> Result<Cleaner, Error> {
        let overlay = self.overlay.as_ref();
        let weights =
            match (overlay.and_then(|o| o.weights.as_ref()), &self.weights) {
                (Some(w), _) | (None, Some(w)) => w.clone(),
                (None, None) => default_weights(),
            };
        let threshold = self.threshold.unwrap_or(weights.threshold());
        if !(threshold.is_finite() && threshold > 0.0) {
            return Err(Error::config(format!(
                "threshold must be a finite number greater than 0, not \
                 {threshold}"
            )));
        }
        let mut lexicon = match &self.lexicon {
            Some(l) => l.clone(),
            None => crate::lexicon::default_lexicon(),
        };
        if let Some(extra) = overlay.and_then(|o| o.lexicon.as_ref()) {
            lexicon.extend(extra.clone());
        }
        let model = match (overlay.and_then(|o| o.model.as_ref()), &self.model)
        {
            (Some(m), _) | (None, Some(m)) => m.clone(),
            (None, None) => default_model(),
        };
        let lists = overlay.map_or_else(Lists::default, |o| Lists {
            allow: o.allow.clone(),
            deny: o.deny.clone(),
        });
        Ok(Cleaner {
            judge: Judge {
                matcher: Matcher::new(&lexicon)?,
                model: Arc::new(model),
                weights: Arc::new(weights),
                threshold,
                lists: Arc::new(lists),
            },
            limits: self.limits,
        })
    }
}

/// The weights a builder falls back to: the embedded ones, or the hand-set
/// priors without the feature `embedded-data`.
fn default_weights() -> Weights {
    #[cfg(feature = "embedded-data")]
    return Weights::embedded();
    #[cfg(not(feature = "embedded-data"))]
    return Weights::priors();
}

/// The model a builder falls back to: the embedded one, or none (the
/// rules alone) without the feature `embedded-data`.
fn default_model() -> Model {
    #[cfg(feature = "embedded-data")]
    return Model::embedded();
    #[cfg(not(feature = "embedded-data"))]
    return Model::default();
}
