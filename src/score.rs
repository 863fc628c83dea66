//! Signals to a verdict: named, weighted rules, SpamAssassin-style.
//!
//! Each rule is data: a typed id, a stable name, a description and a
//! weight. Matching ([`features`](crate::features)) says what a text
//! holds; [`fire`] turns that into the rules that apply, each with an
//! activation (1 for a pattern, the share of its cap for a lexicon
//! category, the log-odds for the model); [`weigh`] multiplies each
//! activation by its rule's weight and sums. A text is spam at or above
//! the threshold. Every verdict lists the rules that fired, with the text
//! they matched, so a person can see why.
//!
//! The weights are fitted on labelled data by `zhclean train` (as
//! SpamAssassin fits its scores on hand-checked mail) and ship in
//! `src/data/weights.tsv`; [`Rule::prior`] is the hand-set weight that
//! fitting starts from and that a rule keeps when the data never shows
//! it.

use std::io::BufRead;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::features::Features;
use crate::lexicon::Category;
use crate::Error;

/// The default spam threshold. Fitted weights are scaled so that the
/// fitted threshold falls here.
pub const DEFAULT_THRESHOLD: f32 = 5.0;

/// The weights file format this crate reads and writes.
pub const WEIGHTS_VERSION: u32 = 1;

/// The fitted weights the crate ships (`src/data/weights.tsv`).
pub const EMBEDDED_WEIGHTS: &str = include_str!("data/weights.tsv");

/// How much of its weight a spam category keeps in a text whose
/// reporting or innocent words explain it (police news about 房卡).
const EXPLAINED: f32 = 0.35;

/// A text this long (in characters) is prose, not a query or a title.
const LONG: usize = 80;

/// The most log-odds the model brings either way: past this a text is as
/// sure as it gets, and one very long text must not swamp the rules.
const MODEL_CAP: f32 = 12.0;

macro_rules! rules {
    ($($id:ident $name:literal $prior:literal $desc:literal;)*) => {
        /// A rule's identity: an index into [`RULES`].
        ///
        /// # Examples
        ///
        /// ```
        /// use zhclean::RuleId;
        /// let id = RuleId::from_name("pattern.price_per_card").unwrap();
        /// assert_eq!(id, RuleId::PricePerCard);
        /// assert_eq!(id.rule().name, "pattern.price_per_card");
        /// ```
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
        )]
        #[non_exhaustive]
        pub enum RuleId {
            $(
                #[doc = $desc]
                $id,
            )*
        }

        impl RuleId {
            /// Every rule id, in the order of [`RULES`].
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id,)*];
        }

        /// Every rule: id, name, description and hand-set weight, in the
        /// order of [`RuleId`].
        ///
        /// # Examples
        ///
        /// ```
        /// for (i, r) in zhclean::RULES.iter().enumerate() {
        ///     assert_eq!(r.id as usize, i);
        /// }
        /// ```
        pub const RULES: &[Rule] = &[$(
            Rule {
                id: RuleId::$id,
                name: $name,
                description: $desc,
                prior: $prior,
            },
        )*];
    };
}

rules! {
    LexGambling "lexicon.gambling" 4.0 "gambling terms (their weights summed, as a share of the category's cap)";
    LexCasino "lexicon.casino" 4.0 "casino and betting-platform brands and site words";
    LexContact "lexicon.contact" 2.5 "contact solicitation words";
    LexSelling "lexicon.selling" 2.0 "selling-intent words";
    LexPorn "lexicon.porn" 4.0 "pornography and adult terms";
    LexFraud "lexicon.fraud" 4.0 "fraud terms: invoices, cash-out, loans";
    LexCheating "lexicon.cheating" 4.0 "cheating devices and cheat apps for card games";
    LexSeo "lexicon.seo" 4.0 "black-hat SEO services";
    LexOperator "lexicon.operator" 2.5 "a gambling operator's own copy: deposits, bonuses, wagering, payouts";
    LexReport "lexicon.report" -6.0 "reporting about crime or gambling (counter-evidence)";
    LexBenign "lexicon.benign" -4.0 "innocent contexts: hotels, game development, lottery news, exams, medicine";
    GamblingSelling "context.gambling_selling" 3.0 "gambling terms together with selling intent";
    GamblingContact "context.gambling_contact" 3.0 "gambling terms together with contact solicitation";
    GamblingOperator "context.gambling_operator" 2.0 "gambling terms together with an operator's terms (deposits, bonuses)";
    PornContact "context.porn_contact" 3.0 "porn terms together with contact or selling";
    FraudContact "context.fraud_contact" 3.0 "fraud terms together with contact or selling";
    CheatingContact "context.cheating_contact" 3.0 "cheating devices together with contact or selling";
    SeoContact "context.seo_contact" 3.0 "SEO services together with a contact or a domain";
    ReportPage "context.report_page" -3.0 "the article reports on crime or gambling";
    HypeTitle "pattern.hype_title" 2.0 "hype word and `!` before a query (游戏指南!)";
    YearHype "pattern.year_hype" 2.0 "year, hype word and colon before a query";
    PricePerCard "pattern.price_per_card" 3.0 "price per card (100元300张, 一元一张)";
    WechatId "pattern.wechat_id" 2.0 "a WeChat ID after 微信 or its homophones";
    QqNumber "pattern.qq_number" 2.0 "a QQ number";
    Phone "pattern.phone" 1.0 "a mobile phone number";
    Template "pattern.template" 1.5 "SEO keyword templates (本文关键词, 本文摘要)";
    JunkTag "pattern.junk_tag" 2.0 "a random Latin tag in 【】";
    BrandSuffix "pattern.brand_suffix" 2.5 "a brand suffix such as `_xx官网` or `_xxapp下载`";
    JunkPrefix "pattern.junk_prefix" 1.5 "random ASCII glued to Chinese at the start of a block or summary";
    InvisibleChars "pattern.invisible_chars" 1.5 "invisible or control characters between words";
    ObfuscatedContact "pattern.obfuscated_contact" 2.5 "contact details disguised (homophones of 微信, enclosed or look-alike digits from any script, odd separators)";
    Domain "pattern.domain" 1.0 "a bare domain name";
    CasinoBrand "pattern.casino_brand" 2.5 "a casino brand form: digits in a Chinese brand name, or a brand word with 官网 / app下载 / 注册";
    BrandTag "pattern.brand_tag" 2.5 "a platform brand in 【】 (【XX体育】, 【XX娱乐】)";
    TopicQuery "pattern.topic_query" 2.0 "a short query of a topic and a way in (十大信誉赌博官网, 捕鱼app下载): the keywords SEO campaigns target";
    RepeatedContact "pattern.repeated_contact" 1.5 "the same domain, ID or number written twice or more";
    Stuffing "pattern.stuffing" 2.0 "keyword salad: a long run of short terms with no sentences, around spam words";
    LinkFarm "pattern.link_farm" 2.5 "many download or site links in one block (ed2k, magnet, thunder, domains)";
    ModelSpam "model.spam" 0.5 "the token model's log-odds of spam, when above zero (weight per unit)";
    ModelHam "model.ham" 0.25 "the token model's log-odds, when below zero (weight per unit)";
    LongText "structure.long_text" -1.0 "a long text: its topic words count for less (per unit of their activation)";
    Hidden "structure.hidden" 1.5 "text hidden from readers, with topical evidence";
    HiddenStuffing "structure.hidden_stuffing" 5.0 "a hidden block of keyword salad: what hijacked sites stuff for search engines, enough on its own";
    RepeatedTerm "page.repeated_term" 2.0 "a strong gambling or casino term in three or more texts around the article (lists, sidebars, links)";
    BatchCampaign "batch.campaign" 5.0 "the block's template (its fingerprint, with digits, IDs, brands and places masked) is on several sites of the batch, and the block has topical spam evidence of its own: a campaign, even in words never seen before (never in training data, so the prior stands)";
    CampaignTerm "page.campaign_term" 5.0 "an article paragraph holds a strong casino or gambling term of the spam around it, and does not report on it: the campaign's brand swapped into copied news, enough on its own";
    TitleBrandTag "page.title_brand_tag" 5.0 "a 【tag】 before the headline naming a brand the page's spam names too: the campaign branded the article, enough on its own";
    OfftopicSuffix "page.offtopic_suffix" 5.0 "a `_XX体育` / `_XX娱乐` title suffix on a page about neither: the `_brand` suffix of casino link farms, enough on its own";
    OverlaySpam "overlay.spam" 100.0 "a moderator labelled this text spam (the overlay's denylist): their verdict, whatever else fired";
    OverlayHam "overlay.ham" -100.0 "a moderator labelled this text not spam (the overlay's allowlist): their verdict, whatever else fired";
}

impl RuleId {
    /// The rule's row in [`RULES`].
    pub fn rule(self) -> &'static Rule {
        &RULES[self as usize]
    }

    /// The rule's stable name (`lexicon.gambling`, ...).
    pub fn name(self) -> &'static str {
        self.rule().name
    }

    /// The rule of that name, if there is one.
    pub fn from_name(name: &str) -> Option<RuleId> {
        RULES.iter().find(|r| r.name == name).map(|r| r.id)
    }

    /// The rule that weighs a lexicon category's terms.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{Category, RuleId};
    /// assert_eq!(RuleId::lexicon(Category::Casino).name(), "lexicon.casino");
    /// ```
    pub fn lexicon(c: Category) -> RuleId {
        match c {
            Category::Gambling => RuleId::LexGambling,
            Category::Casino => RuleId::LexCasino,
            Category::Contact => RuleId::LexContact,
            Category::Selling => RuleId::LexSelling,
            Category::Porn => RuleId::LexPorn,
            Category::Fraud => RuleId::LexFraud,
            Category::Cheating => RuleId::LexCheating,
            Category::Seo => RuleId::LexSeo,
            Category::Operator => RuleId::LexOperator,
            Category::Report => RuleId::LexReport,
            Category::Benign => RuleId::LexBenign,
        }
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RuleId, D::Error> {
        let name = String::deserialize(d)?;
        RuleId::from_name(&name).ok_or_else(|| {
            serde::de::Error::custom(format!("unknown rule `{name}`"))
        })
    }
}

/// A named rule with its hand-set weight.
///
/// # Examples
///
/// ```
/// let r = zhclean::RuleId::PricePerCard.rule();
/// assert!(r.prior > 0.0);
/// assert!(!r.description.is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Its id: its index in [`RULES`].
    pub id: RuleId,
    /// Stable name, used in reasons and in the weights file.
    pub name: &'static str,
    /// What it means.
    pub description: &'static str,
    /// The hand-set weight: where fitting starts, and what the rule keeps
    /// when the training data never shows it (page-level rules).
    pub prior: f32,
}

/// One rule that fired.
///
/// # Examples
///
/// ```
/// let v = zhclean::Cleaner::new().score_text("牛牛房卡批发，加微信");
/// let r = &v.reasons[0];
/// assert!(!r.rule.name().is_empty());
/// assert!(r.weight != 0.0);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The rule (serialised as its name: `lexicon.gambling`, ...).
    pub rule: RuleId,
    /// What it added to the score.
    pub weight: f32,
    /// The text it matched, from the original.
    pub detail: String,
}

/// A text's verdict.
///
/// # Examples
///
/// ```
/// let cleaner = zhclean::Cleaner::new();
/// let v = cleaner.score_text("游戏指南!牛牛房卡怎么获得，微信同步");
/// assert!(v.spam);
/// let v = cleaner.score_text("警方破获一起利用房卡组织牛牛赌博案，抓获嫌疑人12名");
/// assert!(!v.spam);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Whether the score reached the threshold.
    pub spam: bool,
    /// The sum of the weights of the rules that fired.
    pub score: f32,
    /// The rules that fired, strongest first.
    pub reasons: Vec<Reason>,
}

/// The weight of every rule: fitted by `zhclean train`, or the hand-set
/// priors.
///
/// # Examples
///
/// ```
/// use zhclean::{RuleId, Weights};
/// let w = Weights::embedded();
/// assert_eq!(w.threshold(), zhclean::DEFAULT_THRESHOLD);
/// let mut out = Vec::new();
/// w.write(&mut out).unwrap();
/// let back = Weights::from_reader(out.as_slice()).unwrap();
/// assert_eq!(back.get(RuleId::LexGambling), w.get(RuleId::LexGambling));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    weights: Vec<f32>,
    /// Per rule: texts it fired on in the training data, spam and ham
    /// (what SmokeDetector shows before a keyword is approved).
    hits: Vec<(u32, u32)>,
    threshold: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::priors()
    }
}

impl Weights {
    /// The hand-set weights ([`Rule::prior`]) and [`DEFAULT_THRESHOLD`].
    pub fn priors() -> Weights {
        Weights {
            weights: RULES.iter().map(|r| r.prior).collect(),
            hits: vec![(0, 0); RULES.len()],
            threshold: DEFAULT_THRESHOLD,
        }
    }

    /// The weights the crate ships, parsed by [`Weights::from_reader`].
    pub fn embedded() -> Weights {
        static W: std::sync::LazyLock<Weights> =
            std::sync::LazyLock::new(|| {
                Weights::from_reader(EMBEDDED_WEIGHTS.as_bytes())
                    .expect("the embedded weights are tested to parse")
            });
        W.clone()
    }

    /// Reads a weights file: `#` comments, `version<TAB>1`,
    /// `threshold<TAB>T`, then `rule<TAB>weight[<TAB>spam<TAB>ham]`
    /// lines. A rule the file does not name keeps its prior.
    ///
    /// # Errors
    ///
    /// An unknown version or rule name, or a number that does not parse,
    /// gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{RuleId, Weights};
    /// let w = Weights::from_reader(
    ///     "version\t1\nthreshold\t5\nlexicon.gambling\t3.5\n".as_bytes(),
    /// )?;
    /// assert_eq!(w.get(RuleId::LexGambling), 3.5);
    /// assert_eq!(w.get(RuleId::PricePerCard), RuleId::PricePerCard.rule().prior);
    /// let err = Weights::from_reader("version\t1\nno.such\t1\n".as_bytes());
    /// assert_eq!(err.unwrap_err().line(), Some(2));
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<Weights, Error> {
        let mut w = Weights::priors();
        let mut version = false;
        for (i, line) in rdr.lines().enumerate() {
            let no = i + 1;
            let line = line.map_err(Error::io)?;
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let bad = |msg: String| Error::data("weights", no, msg);
            let num = |s: Option<&&str>| -> Result<f32, Error> {
                let s = s.copied().unwrap_or("");
                s.parse::<f32>().ok().filter(|x| x.is_finite()).ok_or_else(
                    || bad(format!("`{s}` is not a finite number")),
                )
            };
            match f[0] {
                "version" => {
                    let v: u32 = f
                        .get(1)
                        .and_then(|v| v.parse().ok())
                        .ok_or_else(|| bad("version needs a number".into()))?;
                    if v != WEIGHTS_VERSION {
                        return Err(bad(format!(
                            "weights file version {v} is not supported (this crate reads version {WEIGHTS_VERSION})"
                        )));
                    }
                    version = true;
                }
                _ if !version => {
                    return Err(bad(
                        "the first line must be `version<TAB>N`".into()
                    ));
                }
                "threshold" => w.threshold = num(f.get(1))?,
                name => {
                    let id = RuleId::from_name(name).ok_or_else(|| {
                        bad(format!("unknown rule `{name}`"))
                    })?;
                    w.weights[id as usize] = num(f.get(1))?;
                    if f.len() >= 4 {
                        let count = |s: &str| {
                            s.parse::<u32>().map_err(|_| {
                                bad(format!("`{s}` is not a count"))
                            })
                        };
                        w.hits[id as usize] = (count(f[2])?, count(f[3])?);
                    }
                }
            }
        }
        if !version {
            return Err(Error::data("weights", 0, "missing `version` line"));
        }
        Ok(w)
    }

    /// Writes the weights in the format [`Weights::from_reader`] reads.
    pub fn write<W: std::io::Write>(&self, mut out: W) -> std::io::Result<()> {
        writeln!(out, "# zhclean rule weights, fitted by `zhclean train` (see examples/zhclean/train.rs).")?;
        writeln!(out, "# rule<TAB>weight<TAB>texts it fired on in the training data: spam<TAB>ham.")?;
        writeln!(
            out,
            "# A rule never seen in training keeps its hand-set prior (0 0)."
        )?;
        writeln!(out, "version\t{WEIGHTS_VERSION}")?;
        writeln!(out, "threshold\t{}", self.threshold)?;
        for r in RULES {
            let (s, h) = self.hits[r.id as usize];
            writeln!(
                out,
                "{}\t{}\t{s}\t{h}",
                r.name, self.weights[r.id as usize]
            )?;
        }
        Ok(())
    }

    /// A rule's weight.
    pub fn get(&self, id: RuleId) -> f32 {
        self.weights[id as usize]
    }

    /// Sets a rule's weight.
    pub fn set(&mut self, id: RuleId, weight: f32) {
        self.weights[id as usize] = weight;
    }

    /// The texts a rule fired on in the training data: spam, ham.
    pub fn hits(&self, id: RuleId) -> (u32, u32) {
        self.hits[id as usize]
    }

    pub(crate) fn set_hits(&mut self, id: RuleId, spam: u32, ham: u32) {
        self.hits[id as usize] = (spam, ham);
    }

    /// The threshold these weights were fitted for.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub(crate) fn set_threshold(&mut self, t: f32) {
        self.threshold = t;
    }
}

/// Extra facts about where a text sits.
#[derive(Clone, Debug, Default)]
pub(crate) struct Situation {
    pub hidden: bool,
    pub report_page: bool,
    /// A strong term of this text that recurs across the page.
    pub repeated: Option<String>,
    /// The title's off-topic site suffix, for the title.
    pub offtopic_suffix: Option<String>,
    /// The token model's log-odds, when it read the text.
    pub model: Option<f32>,
    /// A strong term of the page's spam that this article paragraph
    /// holds too.
    pub campaign: Option<String>,
    /// The block's template is on this many sites of the batch.
    pub recurring: Option<u64>,
}

/// A rule that applies to a text, before weighing: how strongly
/// (`x`: 1 for a pattern, a share of the cap for a lexicon category, the
/// log-odds for the model) and on what.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Fired {
    pub id: RuleId,
    pub x: f32,
    pub detail: String,
}

impl Fired {
    fn new(id: RuleId, detail: impl Into<String>) -> Fired {
        Fired { id, x: 1.0, detail: detail.into() }
    }
}

/// Each category's terms summed and capped (what the combinations
/// read), before any weight.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sums([f32; Category::ALL.len()]);

impl Sums {
    pub(crate) fn of(&self, c: Category) -> f32 {
        self.0[c.index()]
    }

    /// Gambling and casino together: what the gambling combinations need.
    fn gambling(&self) -> f32 {
        self.of(Category::Gambling) + self.of(Category::Casino)
    }

    /// Whether any topic (gambling, casino, porn, fraud, cheating, SEO)
    /// has a term.
    fn any_topic(&self) -> bool {
        Category::ALL.iter().any(|c| c.is_topic() && self.of(*c) > 0.0)
    }
}

/// Every rule that applies to a text, in the order of the steps below.
pub(crate) fn fire(text: &str, f: &Features, sit: &Situation) -> Vec<Fired> {
    let sums = lexicon_sums(f);
    let mut out = lexicon(text, f, &sums);
    let explained = is_explained(f, &sums);
    if explained {
        for x in out.iter_mut().filter(|x| is_topic_rule(x.id)) {
            x.x *= EXPLAINED;
        }
    }
    out.extend(long_text(f, &out));
    out.extend(combinations(text, f, &sums, explained));
    out.extend(patterns(text, f, &sums));
    out.extend(situation(f, sit, &sums, explained));
    out.extend(model(sit.model));
    out
}

/// Weighs the rules that fired into a verdict.
pub(crate) fn weigh(
    fired: Vec<Fired>,
    weights: &Weights,
    threshold: f32,
) -> Verdict {
    let mut reasons: Vec<Reason> = fired
        .into_iter()
        .map(|x| Reason {
            rule: x.id,
            weight: round2(weights.get(x.id) * x.x),
            detail: x.detail,
        })
        .filter(|r| r.weight != 0.0)
        .collect();
    // The verdict is read off the score as shown: a sum of rounded
    // weights can land a hair under the threshold (4.9999995) and show as
    // 5.0, and a reader must not see 5.0 called not spam at threshold 5.
    let score = round2(reasons.iter().map(|r| r.weight).sum::<f32>());
    reasons.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    Verdict { spam: score >= threshold, score, reasons }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

fn is_topic_rule(id: RuleId) -> bool {
    Category::ALL.iter().any(|c| c.is_topic() && RuleId::lexicon(*c) == id)
}

/// Step 1: each category's term weights summed, capped at the category's
/// cap (in absolute value).
pub(crate) fn lexicon_sums(f: &Features) -> Sums {
    let mut s = Sums::default();
    for c in Category::ALL {
        let sum: f32 = f.terms[c.index()].iter().map(|t| t.0).sum();
        s.0[c.index()] = sum.clamp(-c.cap(), c.cap());
    }
    s
}

/// Step 1, as rules: one per category with terms, its activation the
/// share of the cap reached, its detail the terms as written.
fn lexicon(text: &str, f: &Features, sums: &Sums) -> Vec<Fired> {
    let mut out = Vec::new();
    for c in Category::ALL {
        let terms = &f.terms[c.index()];
        if terms.is_empty() || sums.of(c) == 0.0 {
            continue;
        }
        let detail = terms
            .iter()
            .map(|(_, r)| &text[r.clone()])
            .collect::<Vec<_>>()
            .join(",");
        out.push(Fired {
            id: RuleId::lexicon(c),
            x: sums.of(c).abs() / c.cap(),
            detail,
        });
    }
    out
}

/// Step 2: reporting or an innocent setting (police, hotels, game
/// studios) explains spam words: they are the story, not an advert. Then
/// the words count for less and no combination fires; the patterns (IDs,
/// prices, disguises) still do. Not when the text also wears a spam
/// template: recycled summaries carry innocent words by chance.
fn is_explained(f: &Features, sums: &Sums) -> bool {
    let templated = f.patterns.iter().any(|(id, _)| {
        matches!(
            id,
            RuleId::HypeTitle
                | RuleId::YearHype
                | RuleId::PricePerCard
                | RuleId::JunkPrefix
                | RuleId::JunkTag
        )
    });
    !templated && sums.of(Category::Report) + sums.of(Category::Benign) <= -2.0
}

/// How much contact evidence a text holds: words, plus an ID written out.
fn contact(f: &Features, sums: &Sums) -> f32 {
    let id = f.has(RuleId::WechatId) || f.has(RuleId::QqNumber);
    sums.of(Category::Contact) + if id { 2.5 } else { 0.0 }
}

/// How much selling evidence: words, plus a price per card.
fn selling(f: &Features, sums: &Sums) -> f32 {
    let price = f.has(RuleId::PricePerCard);
    sums.of(Category::Selling) + if price { 2.0 } else { 0.0 }
}

/// Step 2b: a topic's words in a long text count for less: an advert
/// is dense with them, an article that mentions gambling is not. The
/// activation is the topic words' own, so the fitted weight says how
/// much of them a long text loses.
fn long_text(f: &Features, lexicon: &[Fired]) -> Option<Fired> {
    if f.chars < LONG {
        return None;
    }
    let x: f32 =
        lexicon.iter().filter(|x| is_topic_rule(x.id)).map(|x| x.x).sum();
    (x > 0.0).then(|| Fired {
        id: RuleId::LongText,
        x,
        detail: format!("{} characters", f.chars),
    })
}

/// Step 3: a topic together with a way to buy or reach it.
fn combinations(
    text: &str,
    f: &Features,
    sums: &Sums,
    explained: bool,
) -> Vec<Fired> {
    let mut out = Vec::new();
    if explained {
        return out;
    }
    // The detail names one term of each side.
    let first = |c: Category| {
        f.terms[c.index()].first().map_or("", |(_, r)| &text[r.clone()])
    };
    let pair = |a: Category, b: Category| {
        let (x, y) = (first(a), first(b));
        match (x.is_empty(), y.is_empty()) {
            (false, false) => format!("{x} + {y}"),
            _ => format!("{x}{y}"),
        }
    };
    let gamble = if first(Category::Gambling).is_empty() {
        Category::Casino
    } else {
        Category::Gambling
    };
    let (sell, reach) = (selling(f, sums), contact(f, sums));
    // A phone number or an ID reaches a reader as well as 加微信 does.
    let reachable = reach >= 2.5
        || f.has(RuleId::Phone)
        || f.has(RuleId::WechatId)
        || f.has(RuleId::QqNumber);
    let g = sums.gambling();
    if g >= 2.0 && sell >= 2.0 {
        out.push(Fired::new(
            RuleId::GamblingSelling,
            pair(gamble, Category::Selling),
        ));
    }
    if g >= 2.0 && reach >= 2.5 {
        out.push(Fired::new(
            RuleId::GamblingContact,
            pair(gamble, Category::Contact),
        ));
    }
    if g >= 2.0 && sums.of(Category::Operator) >= 2.0 {
        out.push(Fired::new(
            RuleId::GamblingOperator,
            pair(gamble, Category::Operator),
        ));
    }
    if sums.of(Category::Porn) >= 2.0 && reach >= 2.5 {
        out.push(Fired::new(
            RuleId::PornContact,
            pair(Category::Porn, Category::Contact),
        ));
    }
    if sums.of(Category::Fraud) >= 2.0 && (reachable || sell >= 2.0) {
        out.push(Fired::new(
            RuleId::FraudContact,
            pair(Category::Fraud, Category::Contact),
        ));
    }
    if sums.of(Category::Cheating) >= 2.0 && (reachable || sell >= 2.0) {
        out.push(Fired::new(
            RuleId::CheatingContact,
            pair(Category::Cheating, Category::Contact),
        ));
    }
    if sums.of(Category::Seo) >= 2.0 && (reachable || f.has(RuleId::Domain)) {
        out.push(Fired::new(
            RuleId::SeoContact,
            pair(Category::Seo, Category::Contact),
        ));
    }
    out
}

/// Step 4: the patterns found, and a disguised contact. Title templates
/// only mean something around a topic or selling; keyword salad only
/// around a topic.
fn patterns(text: &str, f: &Features, sums: &Sums) -> Vec<Fired> {
    let mut out = Vec::new();
    let has_contact = sums.of(Category::Contact) > 0.0
        || f.has(RuleId::Phone)
        || f.has(RuleId::WechatId)
        || f.has(RuleId::QqNumber);
    if f.obfuscations > 0 && has_contact {
        out.push(Fired::new(RuleId::ObfuscatedContact, ""));
    }
    let topical = sums.any_topic();
    for (id, range) in &f.patterns {
        let skip = match id {
            RuleId::HypeTitle | RuleId::YearHype => {
                sums.gambling() <= 0.0 && selling(f, sums) < 2.0 && !topical
            }
            RuleId::Stuffing => !topical,
            _ => false,
        };
        if !skip {
            out.push(Fired::new(*id, &text[range.clone()]));
        }
    }
    out
}

/// Step 5: where the text sits: hidden, on a page that reports on
/// gambling, beside the page's recurring spam terms, under an off-topic
/// brand suffix.
fn situation(
    f: &Features,
    sit: &Situation,
    sums: &Sums,
    explained: bool,
) -> Vec<Fired> {
    let mut out = Vec::new();
    if sit.report_page && sums.gambling() > 0.0 {
        out.push(Fired::new(RuleId::ReportPage, ""));
    }
    if let Some(t) = &sit.repeated {
        out.push(Fired::new(RuleId::RepeatedTerm, t.clone()));
    }
    if let Some(t) = &sit.offtopic_suffix {
        out.push(Fired::new(RuleId::OfftopicSuffix, t.clone()));
    }
    // A paragraph that reports on its own gambling words is the story.
    if let (Some(t), false) = (&sit.campaign, explained || sit.report_page) {
        out.push(Fired::new(RuleId::CampaignTerm, t.clone()));
    }
    if let Some(n) = sit.recurring {
        out.push(Fired::new(RuleId::BatchCampaign, format!("on {n} sites")));
    }
    if sit.hidden && f.has(RuleId::Stuffing) && f.chars >= 500 {
        out.push(Fired::new(RuleId::HiddenStuffing, ""));
    } else if sit.hidden && sums.any_topic() {
        out.push(Fired::new(RuleId::Hidden, ""));
    }
    out
}

/// Step 6: the token model's log-odds, capped either way; spam and ham
/// sides weigh apart, since the model is surer of what it knows than of
/// what it has not seen.
fn model(log_odds: Option<f32>) -> Vec<Fired> {
    let Some(lo) = log_odds else { return Vec::new() };
    let lo = lo.clamp(-MODEL_CAP, MODEL_CAP);
    let (id, x) = if lo >= 0.0 {
        (RuleId::ModelSpam, lo)
    } else {
        (RuleId::ModelHam, lo)
    };
    if x == 0.0 {
        return Vec::new();
    }
    vec![Fired { id, x, detail: format!("{lo:.2}") }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{self, Context};
    use crate::lexicon::{Lexicon, Matcher};

    fn fired(text: &str, sit: Situation) -> Vec<RuleId> {
        let lex = Lexicon::embedded();
        let m = Matcher::new(&lex).unwrap();
        let (f, _) = features::extract(text, &m, &Context::default());
        fire(text, &f, &sit).into_iter().map(|x| x.id).collect()
    }

    /// `t!(text, fires, does not fire)`: which rules a text sets off.
    macro_rules! t {
        ($text:expr, [$($yes:ident),*], [$($no:ident),*]) => {
            t!($text, Situation::default(), [$($yes),*], [$($no),*])
        };
        ($text:expr, $sit:expr, [$($yes:ident),*], [$($no:ident),*]) => {{
            let got = fired($text, $sit);
            $(assert!(got.contains(&RuleId::$yes),
                "{}: {} did not fire ({got:?})", $text, RuleId::$yes);)*
            $(assert!(!got.contains(&RuleId::$no),
                "{}: {} fired ({got:?})", $text, RuleId::$no);)*
        }};
    }

    #[test]
    fn rules_are_in_id_order() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(r.id as usize, i, "{}", r.name);
            assert_eq!(RuleId::from_name(r.name), Some(r.id));
        }
        for c in Category::ALL {
            assert_eq!(
                RuleId::lexicon(c).name(),
                format!("lexicon.{}", c.name())
            );
        }
    }

    #[test]
    fn step_lexicon() {
        t!("牛牛房卡批发", [LexGambling, LexSelling], [LexContact]);
        t!("今天天气晴朗，适合出行", [], [LexGambling, LexSelling]);
        t!("酒店前台提醒退房时归还房卡", [LexBenign], [GamblingSelling]);
    }

    #[test]
    fn step_explained() {
        // Police news: the words are the story; no combination fires.
        t!(
            "警方破获一起利用微信群组织牛牛赌博案，抓获犯罪嫌疑人12名",
            [LexReport, LexGambling],
            [GamblingContact, GamblingSelling]
        );
        // A spam template wins over innocent words.
        t!("游戏指南!酒店牛牛房卡怎么买", [HypeTitle, GamblingSelling], []);
    }

    #[test]
    fn step_long_text() {
        // A long text's topic words count for less; a short one's do not.
        let long = "本报讯 记者从市公安局获悉，近日警方在一次专项行动中查处了一个利用网络组织赌博的团伙，\
                    该团伙以棋牌游戏为幌子招揽参赌人员，目前案件正在进一步审理之中，相关人员已被依法处理。";
        t!(long, [LongText], []);
        t!("牛牛房卡批发", [], [LongText]);
    }

    #[test]
    fn step_combinations() {
        t!("牛牛房卡批发，加微信", [GamblingSelling, GamblingContact], []);
        t!("约炮同城，加微信", [PornContact], []);
        t!("代开发票，联系电话13812345678", [FraudContact], []);
        t!("麻将作弊器，透视眼镜，联系电话13812345678", [CheatingContact], []);
        t!("专业泛目录站群蜘蛛池出租 seo8.example.vip", [SeoContact], []);
        t!("百家乐首存送彩金，打码量低", [GamblingOperator], []);
        t!(
            "联系电话13812345678，欢迎来电",
            [],
            [FraudContact, CheatingContact]
        );
    }

    #[test]
    fn step_patterns() {
        t!("100元300张房卡", [PricePerCard], []);
        // A hype title only counts around a topic.
        t!("游戏指南!今天去哪玩", [], [HypeTitle]);
        t!("加溦①③⑧①②③④⑤⑥⑦⑧", [ObfuscatedContact], []);
    }

    #[test]
    fn step_situation() {
        let hidden = Situation { hidden: true, ..Situation::default() };
        t!("牛牛房卡", hidden.clone(), [Hidden], []);
        t!("今天天气晴朗", hidden, [], [Hidden]);
        let report = Situation { report_page: true, ..Situation::default() };
        t!("牛牛房卡", report, [ReportPage], []);
        // The page's campaign brand inside the article; not in a report.
        let campaign = |report_page| Situation {
            campaign: Some("贵宾会".into()),
            report_page,
            ..Situation::default()
        };
        t!(
            "由鸿盛贵宾会捐资建设的少年宫投入使用",
            campaign(false),
            [CampaignTerm],
            []
        );
        t!("警方查处鸿盛贵宾会赌博窝点", campaign(true), [], [CampaignTerm]);
        // The batch saw the template on several sites.
        let recurring =
            Situation { recurring: Some(4), ..Situation::default() };
        t!("棋牌新玩法上线", recurring, [BatchCampaign], []);
        t!("棋牌新玩法上线", Situation::default(), [], [BatchCampaign]);
    }

    #[test]
    fn step_model() {
        let sit = |lo| Situation { model: Some(lo), ..Situation::default() };
        t!("今天天气晴朗", sit(3.0), [ModelSpam], [ModelHam]);
        t!("今天天气晴朗", sit(-3.0), [ModelHam], [ModelSpam]);
        let x = model(Some(100.0));
        assert_eq!(x[0].x, MODEL_CAP);
    }

    #[test]
    fn weighing_sums_weight_times_activation() {
        let mut w = Weights::priors();
        w.set(RuleId::PricePerCard, 4.0);
        w.set(RuleId::ModelSpam, 0.5);
        let fired = vec![
            Fired::new(RuleId::PricePerCard, "100元300张"),
            Fired { id: RuleId::ModelSpam, x: 3.0, detail: String::new() },
        ];
        let v = weigh(fired, &w, 5.0);
        assert_eq!(v.score, 5.5);
        assert!(v.spam);
        assert_eq!(v.reasons[0].rule, RuleId::PricePerCard);
    }

    #[test]
    fn bad_weight_files_name_the_line() {
        for (text, line) in [
            ("threshold\t5\n", 1),
            ("version\t2\n", 1),
            ("version\t1\nthreshold\tx\n", 2),
            ("version\t1\nlexicon.gambling\t1\t2\n", 0),
            ("version\t1\nlexicon.gambling\tinf\n", 2),
            ("version\t1\nlexicon.gambling\t1\tx\t0\n", 2),
        ] {
            match Weights::from_reader(text.as_bytes()) {
                Err(err) => {
                    assert_eq!(err.line(), Some(line), "{text:?}: {err}")
                }
                // A line with a weight and one count is read as weight
                // only.
                Ok(_) => assert_eq!(line, 0, "{text:?} parsed"),
            }
        }
    }
}
