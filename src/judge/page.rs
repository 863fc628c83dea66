//! Facts about a page as a whole: the units judged, the page context,
//! the campaign's terms, the site's own name, where spam sits.

use super::*;

/// The strong casino and gambling terms of the spam found outside the
/// article (its title, lists, sidebars, hidden blocks): the campaign's
/// brand and trade words.
pub(super) fn campaign_terms(
    units: &[Unit],
    verdicts: &[Verdict],
    article: &Article,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (u, v) in units.iter().zip(verdicts) {
        let outside = u
            .range
            .as_ref()
            .is_none_or(|r| !article.roles[r.clone()].contains(&Role::Body));
        if !v.spam || !outside {
            continue;
        }
        for (t, c, w) in u.features.hits() {
            if w >= 3.0
                && matches!(c, Category::Casino | Category::Gambling)
                && !out.contains(&t)
            {
                out.push(t);
            }
        }
    }
    out
}

/// The site's own name, from its `<title>` suffix (`…_青川体育`) or
/// `og:site_name`, unless the title's words say the suffix is a planted
/// brand (a casino term or brand form there: `…_华体会`).
pub(super) fn own_name<'a>(
    blocks: &'a Blocks,
    title: &Features,
) -> Option<&'a str> {
    let head = blocks.head();
    let planted = title.has(RuleId::BrandSuffix)
        || title.has(RuleId::CasinoBrand)
        || !title.terms[Category::Casino.index()].is_empty();
    if planted {
        return None;
    }
    let suffix =
        head.title.rsplit(['_', '|', '-', '–']).next().map(str::trim).filter(
            |s| {
                (2..=12).contains(&s.chars().count())
                    && *s != head.title.trim()
            },
        );
    suffix.or_else(|| head.meta("og:site_name").filter(|s| !s.is_empty()))
}

/// Where a spam text sits: in the title, in the article (a hidden block
/// inside the article's root is in it too), hidden around it, in a list,
/// or elsewhere beside it.
pub(super) fn place(bs: &[Block], roles: &[Role], in_root: &[bool]) -> Place {
    let hidden = bs.iter().all(|b| b.hidden);
    if roles.contains(&Role::Title) {
        Place::Title
    } else if roles.contains(&Role::Body)
        || bs.iter().zip(in_root).any(|(b, r)| *r && b.hidden)
    {
        Place::Body
    } else if hidden {
        Place::Hidden
    } else if bs.iter().any(|b| b.in_item) || roles.contains(&Role::Related) {
        Place::List
    } else {
        Place::Aside
    }
}

/// The page verdict: [`PageVerdict::Injected`] when spam sits in the
/// article (its body or its title), [`PageVerdict::SpamAround`] when spam
/// sits only around it (lists, sidebars, hidden blocks), else
/// [`PageVerdict::Clean`].
pub(crate) fn verdict(spam: &[SpamBlock]) -> PageVerdict {
    if spam.iter().any(|s| matches!(s.place, Place::Body | Place::Title)) {
        PageVerdict::Injected
    } else if spam.is_empty() {
        PageVerdict::Clean
    } else {
        PageVerdict::SpamAround
    }
}

/// A text to judge and what was found in it.
pub(super) struct Unit<'a> {
    /// The blocks it covers; `None` for the raw `<title>`.
    pub(super) range: Option<Range<usize>>,
    pub(super) text: Cow<'a, str>,
    pub(super) features: Features,
    /// The model's log-odds, when it read the text.
    pub(super) model: Option<f32>,
    /// What a moderator said of it (an overlay's lists).
    pub(super) label: Labelled,
}

/// Facts about the whole page that change how its blocks read.
pub(super) struct PageContext {
    pub(super) report: bool,
    /// Strong gambling or casino terms found in three or more texts
    /// around the article.
    pub(super) repeated: Vec<String>,
    /// A `<title>` suffix such as `_XX体育` on a page not about sport.
    pub(super) offtopic_suffix: Option<String>,
}

impl PageContext {
    pub(super) fn repeated(&self, f: &Features) -> Option<String> {
        f.hits().map(|(t, _, _)| t).find(|t| self.repeated.contains(t))
    }
}

pub(super) fn page_context(
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
    // Three or more reporting terms in the article: gambling words in its
    // paragraphs are the story (police news), not an advert.
    let mut report_terms: Vec<String> = Vec::new();
    // Strong gambling or casino terms, and in how many texts outside the
    // article each is: a link farm repeats its brand in lists and
    // sidebars; an article about gambling repeats its subject, which is
    // no sign of anything.
    let mut strong: Vec<(String, usize)> = Vec::new();
    for u in units {
        let inside = in_body(u) || u.range.is_none();
        for (term, cat, w) in u.features.hits() {
            if in_body(u)
                && cat == Category::Report
                && !report_terms.contains(&term)
            {
                report_terms.push(term.clone());
            }
            if !inside
                && w >= 3.0
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
