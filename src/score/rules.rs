use super::*;

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
