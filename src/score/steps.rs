use super::*;

pub(super) fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

pub(super) fn is_topic_rule(id: RuleId) -> bool {
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
pub(super) fn lexicon(text: &str, f: &Features, sums: &Sums) -> Vec<Fired> {
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
pub(super) fn is_explained(f: &Features, sums: &Sums) -> bool {
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
pub(super) fn contact(f: &Features, sums: &Sums) -> f32 {
    let id = f.has(RuleId::WechatId) || f.has(RuleId::QqNumber);
    sums.of(Category::Contact) + if id { 2.5 } else { 0.0 }
}

/// How much selling evidence: words, plus a price per card.
pub(super) fn selling(f: &Features, sums: &Sums) -> f32 {
    let price = f.has(RuleId::PricePerCard);
    sums.of(Category::Selling) + if price { 2.0 } else { 0.0 }
}

/// Step 2b: a topic's words in a long text count for less: an advert
/// is dense with them, an article that mentions gambling is not. The
/// activation is the topic words' own, so the fitted weight says how
/// much of them a long text loses.
pub(super) fn long_text(f: &Features, lexicon: &[Fired]) -> Option<Fired> {
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
pub(super) fn combinations(
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
pub(super) fn patterns(text: &str, f: &Features, sums: &Sums) -> Vec<Fired> {
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
pub(super) fn situation(
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
pub(super) fn model(log_odds: Option<f32>) -> Vec<Fired> {
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
