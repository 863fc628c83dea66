//! Signals to a verdict: named, weighted rules, SpamAssassin-style.
//!
//! Each rule is data: a stable name, a description and a weight. A text's
//! score is the sum of the weights of the rules that fired; it is spam at
//! or above the threshold. Every verdict lists the rules that fired, with
//! the text they matched, so a person can see why.

use serde::{Deserialize, Serialize};

use crate::features::{Features, TOPICAL_PATTERNS};
use crate::lexicon::Category;

/// The default spam threshold.
pub const DEFAULT_THRESHOLD: f32 = 5.0;

/// What the lexicon categories for spam add up to at most in a text that
/// reports on them.
const EXPLAINED_CAP: f32 = 3.0;

/// A named, weighted rule.
///
/// # Examples
///
/// ```
/// let r = zhclean::RULES.iter().find(|r| r.name == "pattern.price_per_card");
/// assert!(r.unwrap().weight > 0.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Stable name, used in reasons.
    pub name: &'static str,
    /// What it means.
    pub description: &'static str,
    /// What it adds to the score. For `lexicon.*` rules this is the cap on
    /// what the category's terms add (their own weights are in the
    /// lexicon).
    pub weight: f32,
}

/// Every rule, with its weight.
pub const RULES: &[Rule] = &[
    Rule { name: "lexicon.gambling", description: "gambling terms (sum of term weights, capped)", weight: 4.0 },
    Rule { name: "lexicon.casino", description: "casino brand and site words (capped sum)", weight: 4.0 },
    Rule { name: "lexicon.contact", description: "contact solicitation words (capped sum)", weight: 2.5 },
    Rule { name: "lexicon.selling", description: "selling-intent words (capped sum)", weight: 2.0 },
    Rule { name: "lexicon.porn", description: "pornography terms (capped sum)", weight: 4.0 },
    Rule { name: "lexicon.fraud", description: "fraud terms: invoices, cash-out, loans (capped sum)", weight: 4.0 },
    Rule { name: "lexicon.report", description: "reporting about crime or gambling (counter-evidence, capped)", weight: -6.0 },
    Rule { name: "lexicon.benign", description: "innocent contexts: hotels, game development, lottery news (capped)", weight: -4.0 },
    Rule { name: "context.gambling_selling", description: "gambling terms together with selling intent", weight: 3.0 },
    Rule { name: "context.gambling_contact", description: "gambling terms together with contact solicitation", weight: 3.0 },
    Rule { name: "context.porn_contact", description: "porn terms together with contact or selling", weight: 3.0 },
    Rule { name: "context.fraud_contact", description: "fraud terms together with contact or selling", weight: 3.0 },
    Rule { name: "context.report_page", description: "the article reports on crime or gambling", weight: -3.0 },
    Rule { name: "pattern.hype_title", description: "hype word and `!` before a gambling query (游戏指南!)", weight: 2.0 },
    Rule { name: "pattern.year_hype", description: "year, hype word and colon before a query", weight: 2.0 },
    Rule { name: "pattern.price_per_card", description: "price per card (100元300张, 一元一张)", weight: 3.0 },
    Rule { name: "pattern.wechat_id", description: "a WeChat ID after 微信 or its homophones", weight: 2.0 },
    Rule { name: "pattern.qq_number", description: "a QQ number", weight: 2.0 },
    Rule { name: "pattern.phone", description: "a mobile phone number", weight: 1.0 },
    Rule { name: "pattern.template", description: "SEO keyword templates (本文关键词, 本文摘要)", weight: 1.5 },
    Rule { name: "pattern.junk_tag", description: "a random Latin tag in 【】", weight: 2.0 },
    Rule { name: "pattern.brand_suffix", description: "a brand suffix such as `_xx官网` or `_xxapp下载`", weight: 2.5 },
    Rule { name: "pattern.junk_prefix", description: "random ASCII glued to Chinese at the start of a block or summary", weight: 1.5 },
    Rule { name: "pattern.invisible_chars", description: "invisible or control characters between words", weight: 1.5 },
    Rule { name: "pattern.obfuscated_contact", description: "contact details disguised (homophones of 微信, enclosed or look-alike digits, odd separators)", weight: 2.5 },
    Rule { name: "pattern.domain", description: "a bare domain name", weight: 1.0 },
    Rule { name: "pattern.casino_brand", description: "a casino brand form: digits in a Chinese brand name, or a brand word with 官网 / app下载 / 注册", weight: 2.5 },
        Rule { name: "model.log_odds", description: "the token model's log-odds when positive, on texts with topical evidence (this weight is the cap)", weight: 3.0 },
    Rule { name: "structure.hidden", description: "text hidden from readers (with other evidence)", weight: 1.5 },
    Rule { name: "page.repeated_term", description: "a strong gambling or casino term in three or more texts of the page", weight: 2.0 },
    Rule { name: "page.offtopic_suffix", description: "a `_XX体育` / `_XX娱乐` title suffix on a page about neither: the `_brand` suffix of casino link farms, enough on its own", weight: 5.0 },
];

pub(crate) fn rule(name: &str) -> &'static Rule {
    RULES
        .iter()
        .find(|r| r.name == name)
        .expect("every rule name used in code is in RULES")
}

/// One rule that fired.
///
/// # Examples
///
/// ```
/// let v = zhclean::Cleaner::new().score_text("牛牛房卡批发，加微信");
/// let r = &v.reasons[0];
/// assert!(!r.rule.is_empty());
/// assert!(r.weight != 0.0);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The rule's name (`lexicon.gambling`, `pattern.price_per_card`, ...).
    pub rule: String,
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
}

pub(crate) fn weigh(
    text: &str,
    f: &Features,
    sit: Situation,
    threshold: f32,
) -> Verdict {
    let mut reasons = Vec::new();
    let mut cat = [0f32; 8];
    for c in Category::ALL {
        let terms = &f.terms[c.index()];
        if terms.is_empty() {
            continue;
        }
        let name = format!("lexicon.{}", c.name());
        let cap = rule(&name).weight;
        let sum: f32 = terms.iter().map(|t| t.0).sum();
        let w = if cap >= 0.0 { sum.min(cap) } else { sum.max(cap) };
        cat[c.index()] = w;
        let detail = terms
            .iter()
            .map(|(_, r)| &text[r.clone()])
            .collect::<Vec<_>>()
            .join(",");
        reasons.push(Reason { rule: name, weight: w, detail });
    }
    // Reporting or an innocent setting (police, hotels, game studios)
    // explains spam words: they are the story, not an advert. Then the
    // words together count for little, and no combination fires; the
    // patterns (IDs, prices, disguises) still do.
    // (Not when the text also wears a spam template: recycled summaries
    // carry innocent words by chance.)
    let templated = f.patterns.iter().any(|(n, _)| {
        matches!(
            *n,
            "pattern.hype_title"
                | "pattern.year_hype"
                | "pattern.price_per_card"
                | "pattern.junk_prefix"
                | "pattern.junk_tag"
        )
    });
    let explained = !templated
        && cat[Category::Report.index()] + cat[Category::Benign.index()]
            <= -2.0;
    if explained {
        // The categories that count for spam: all but report and benign.
        let positive = &Category::ALL[..6];
        let total: f32 = positive.iter().map(|c| cat[c.index()]).sum();
        if total > EXPLAINED_CAP {
            let k = EXPLAINED_CAP / total;
            for &c in positive {
                cat[c.index()] *= k;
                let name = format!("lexicon.{}", c.name());
                for r in reasons.iter_mut().filter(|r| r.rule == name) {
                    r.weight *= k;
                }
            }
        }
    }
    let g = cat[Category::Gambling.index()] + cat[Category::Casino.index()];
    let has = |n: &str| f.has(n);
    let sell = cat[Category::Selling.index()]
        + if has("pattern.price_per_card") { 2.0 } else { 0.0 };
    let contact = cat[Category::Contact.index()]
        + if has("pattern.wechat_id") || has("pattern.qq_number") {
            2.5
        } else {
            0.0
        };
    let mut fire = |name: &'static str, detail: String| {
        reasons.push(Reason {
            rule: name.into(),
            weight: rule(name).weight,
            detail,
        });
    };
    // The detail of a combination names one term of each side.
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
    if g >= 2.0 && sell >= 2.0 && !explained {
        fire("context.gambling_selling", pair(gamble, Category::Selling));
    }
    if g >= 2.0 && contact >= 2.5 && !explained {
        fire("context.gambling_contact", pair(gamble, Category::Contact));
    }
    let porn = cat[Category::Porn.index()];
    if porn >= 2.0 && contact >= 2.5 && !explained {
        fire("context.porn_contact", pair(Category::Porn, Category::Contact));
    }
    let fraud = cat[Category::Fraud.index()];
    let reach = contact >= 2.5
        || has("pattern.phone")
        || has("pattern.wechat_id")
        || has("pattern.qq_number");
    if fraud >= 2.0 && (reach || sell >= 2.0) && !explained {
        fire(
            "context.fraud_contact",
            pair(Category::Fraud, Category::Contact),
        );
    }
    let has_contact = contact > 0.0 || has("pattern.phone");
    if f.obfuscations > 0 && has_contact {
        fire("pattern.obfuscated_contact", String::new());
    }
    for (name, range) in &f.patterns {
        // Title templates only mean something around gambling or selling.
        let needs_topic =
            matches!(*name, "pattern.hype_title" | "pattern.year_hype");
        if needs_topic && g <= 0.0 && sell < 2.0 {
            continue;
        }
        fire(name, text[range.clone()].to_string());
    }
    if sit.report_page && g > 0.0 {
        fire("context.report_page", String::new());
    }
    if let Some(t) = sit.repeated {
        fire("page.repeated_term", t);
    }
    if let Some(t) = sit.offtopic_suffix {
        fire("page.offtopic_suffix", t);
    }
    // The model adds to topical evidence (gambling, casino, porn, fraud)
    // and never takes away: its corpus is ours, and a counter-argument
    // is the rules' job (reporting and innocent contexts). Contact
    // details alone are how honest businesses write too.
    let topical_evidence = g >= 2.0
        || porn >= 2.0
        || fraud >= 2.0
        || f.patterns.iter().any(|(n, _)| TOPICAL_PATTERNS.contains(n));
    if let (Some(lo), true) = (sit.model, topical_evidence) {
        let cap = rule("model.log_odds").weight;
        let w = ((lo * 100.0).round() / 100.0).clamp(0.0, cap);
        if w != 0.0 {
            reasons.push(Reason {
                rule: "model.log_odds".into(),
                weight: w,
                detail: format!("{lo:.2}"),
            });
        }
    }
    let mut score: f32 = reasons.iter().map(|r| r.weight).sum();
    let topical = g > 0.0 || porn > 0.0 || fraud > 0.0;
    if sit.hidden && score > 0.0 && topical {
        let hidden = rule("structure.hidden");
        reasons.push(Reason {
            rule: hidden.name.into(),
            weight: hidden.weight,
            detail: String::new(),
        });
        score += hidden.weight;
    }
    reasons.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    Verdict { spam: score >= threshold, score, reasons }
}
