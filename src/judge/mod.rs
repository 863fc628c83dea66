//! Judging: a text to its verdict, and a page's blocks to spam records
//! and a page verdict.
//!
//! A page is judged in four steps: the texts to judge ([`units`]: each
//! list item joined, every other block alone, the raw `<title>`), facts
//! about the whole page ([`page_context`]: a reporting article, terms
//! that recur, an off-topic brand suffix), each text's verdict and where
//! its spam sits ([`Judge::page`]), and the page verdict ([`verdict`]).

use std::borrow::Cow;
use std::ops::Range;

use crate::blocks::{Block, Blocks};
use crate::campaign::{Fingerprint, Recurring};
use crate::extract::Article;
use crate::features::{self, Context, Features};
use crate::lexicon::{Category, Matcher};
use crate::model::Model;
use crate::normalize::Normalized;
use crate::overlay::{Labelled, Lists};
use crate::page::{PageVerdict, Place, Role, SpamBlock};
use crate::score::{self, Fired, Reason, RuleId, Situation, Verdict, Weights};

// Facts about the page as a whole.
mod page;
#[cfg(test)]
mod tests;

pub(crate) use page::verdict;
use page::*;

/// Texts up to this many characters are read by the model even when no
/// rule has a word about them.
const SHORT: usize = 64;

/// ...but not when shorter than this: a word or two on its own (体育,
/// 娱乐, a menu's links) is what every site's navigation says, and the
/// model, which learned such words from `XX体育` brand queries, would
/// call it spam on its n-grams alone.
const ALONE_MIN: usize = 4;

/// What turns a text into a verdict: the lexicon automaton, the token
/// model, the rule weights, the threshold and a moderator's lists. Built
/// once per cleaner.
#[derive(Clone, Debug)]
pub(crate) struct Judge {
    pub matcher: Matcher,
    pub model: std::sync::Arc<Model>,
    pub weights: std::sync::Arc<Weights>,
    pub threshold: f32,
    pub lists: std::sync::Arc<Lists>,
}

/// Spam found on a page, and each block's score.
pub(crate) struct Judged {
    pub spam: Vec<SpamBlock>,
    /// Blocks with topical spam evidence below the threshold.
    pub suspects: Vec<SpamBlock>,
    pub scores: Vec<f32>,
}

/// A block below the threshold that a batch compares across sites: a
/// net score for spam, a topical lexicon term or the model's word for
/// spam among its reasons (a contact or selling word alone is a share
/// bar's 微信 or a shop's 加盟), and not page furniture.
fn is_suspect(v: &Verdict, roles: &[Role]) -> bool {
    let topical = |r: &Reason| {
        r.weight > 0.0
            && (r.rule == RuleId::ModelSpam
                || Category::ALL
                    .iter()
                    .any(|c| c.is_topic() && RuleId::lexicon(*c) == r.rule))
    };
    !v.spam
        && v.score > 0.0
        && v.reasons.iter().any(topical)
        && roles.iter().any(|r| {
            matches!(
                r,
                Role::Body
                    | Role::Related
                    | Role::Comment
                    | Role::Ad
                    | Role::Other
            )
        })
}

impl Judge {
    /// A text's verdict, where it sits being `sit`.
    pub(crate) fn text(
        &self,
        text: &str,
        ctx: &Context,
        sit: Situation,
    ) -> Verdict {
        let (f, folded) = features::extract(text, &self.matcher, ctx);
        let model = self.model_for(&f, &folded);
        let label = self.lists.label(text, &folded);
        self.weigh(text, &f, Situation { model, ..sit }, label)
    }

    /// The rules a text sets off and how strongly, before weighing: what
    /// fitting the weights reads.
    pub(crate) fn fired(&self, text: &str) -> Vec<Fired> {
        let (f, folded) =
            features::extract(text, &self.matcher, &Context::default());
        let model = self.model_for(&f, &folded);
        score::fire(text, &f, &Situation { model, ..Situation::default() })
    }

    fn weigh(
        &self,
        text: &str,
        f: &Features,
        sit: Situation,
        label: Labelled,
    ) -> Verdict {
        // Nothing found and nothing the model says: score 0, nothing to
        // weigh or explain (below any positive threshold).
        if f.is_empty()
            && sit.model.is_none()
            && self.threshold > 0.0
            && !label.any()
        {
            return Verdict::default();
        }
        let mut fired = score::fire(text, f, &sit);
        // The moderator's verdict is one more rule, so the reasons still
        // show what else fired and what overruled it.
        for (on, id, why) in [
            (label.spam, RuleId::OverlaySpam, "labelled spam"),
            (label.ham, RuleId::OverlayHam, "labelled not spam"),
        ] {
            if on {
                fired.push(Fired { id, x: 1.0, detail: why.into() });
            }
        }
        score::weigh(fired, &self.weights, self.threshold)
    }

    /// The model's log-odds, for a text some rule has a word about, or a
    /// short one (a query, a title, a list item: where the rules have
    /// least to go on, and the model may decide alone). A paragraph with
    /// no spam word, contact or pattern in it is not spam whatever its
    /// n-grams say, and most of a page's text is such paragraphs: the
    /// model spares them. An empty model (rules only) reads nothing.
    fn model_for(&self, f: &Features, folded: &Normalized) -> Option<f32> {
        let text = folded.as_str();
        if self.model.is_empty() || text.is_empty() {
            return None;
        }
        if f.is_empty() && !(ALONE_MIN..=SHORT).contains(&f.chars) {
            return None;
        }
        Some(self.model.log_odds_folded(text))
    }

    /// Scores every list item, every other block and the page's own
    /// `<title>`; spam takes the role [`Role::Spam`].
    pub(crate) fn page(
        &self,
        blocks: &Blocks,
        article: &mut Article,
        recurring: Option<&Recurring>,
    ) -> Judged {
        let bs = blocks.blocks();
        let units = self.units(blocks, &article.roles);
        let page = page_context(blocks, article, &units);
        let situation = |u: &Unit| -> Situation {
            let sit = Situation {
                repeated: page.repeated(&u.features),
                model: u.model,
                ..Situation::default()
            };
            let Some(range) = u.range.clone() else {
                // The raw <title>, suffix and all.
                return Situation {
                    offtopic_suffix: page.offtopic_suffix.clone(),
                    ..sit
                };
            };
            let in_body = article.roles[range.clone()].contains(&Role::Body);
            Situation {
                hidden: bs[range].iter().all(|b| b.hidden),
                report_page: page.report && in_body,
                ..sit
            }
        };
        let mut sits: Vec<Situation> = units.iter().map(situation).collect();
        let mut verdicts: Vec<Verdict> = units
            .iter()
            .zip(&sits)
            .map(|(u, sit)| {
                self.weigh(&u.text, &u.features, sit.clone(), u.label)
            })
            .collect();
        // A second look at the article's own paragraphs, once the spam
        // around them is known: the campaign's strong terms (its brand)
        // inside the article are a brand swapped into copied news.
        let campaign = campaign_terms(&units, &verdicts, article);
        for (k, u) in units.iter().enumerate() {
            let Some(range) = u.range.clone() else { continue };
            if verdicts[k].spam || !article.roles[range].contains(&Role::Body)
            {
                continue;
            }
            let term = u
                .features
                .hits()
                .map(|(t, _, _)| t)
                .find(|t| campaign.contains(t));
            if let Some(t) = term {
                sits[k].campaign = Some(t);
                verdicts[k] =
                    self.weigh(&u.text, &u.features, sits[k].clone(), u.label);
            }
        }
        // A third look, in a batch's second pass: a suspect whose template
        // the batch saw on several sites is a campaign's.
        let mut suspect = vec![false; units.len()];
        for (k, u) in units.iter().enumerate() {
            let Some(range) = u.range.clone() else { continue };
            if !is_suspect(&verdicts[k], &article.roles[range]) {
                continue;
            }
            suspect[k] = true;
            let Some(rec) = recurring.filter(|r| !r.is_empty()) else {
                continue;
            };
            if let Some(n) = rec.sites_of(&Fingerprint::of(&u.text)) {
                sits[k].recurring = Some(n);
                verdicts[k] =
                    self.weigh(&u.text, &u.features, sits[k].clone(), u.label);
                suspect[k] = !verdicts[k].spam;
            }
        }
        let mut spam = Vec::new();
        let mut suspects = Vec::new();
        let mut scores = vec![0f32; bs.len()];
        for (k, (u, v)) in units.iter().zip(verdicts).enumerate() {
            let Some(range) = u.range.clone() else {
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
            for s in &mut scores[range.clone()] {
                *s = v.score;
            }
            if !v.spam && !suspect[k] {
                continue;
            }
            let place = place(
                &bs[range.clone()],
                &article.roles[range.clone()],
                &article.in_root[range.clone()],
            );
            if !v.spam {
                if suspect[k] {
                    suspects.push(SpamBlock {
                        text: u.text.to_string(),
                        place,
                        score: v.score,
                        reasons: v.reasons,
                    });
                }
                continue;
            }
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
        if let Some(tag) = self.title_tag(article, &spam) {
            spam.push(tag);
        }
        Judged { spam, suspects, scores }
    }

    /// A 【tag】 before the headline that names a brand the page's spam
    /// names too (【鼎泰国际】 over a bus-line story whose next-article
    /// link sells 鼎泰国际娱乐): the campaign branded the article. The tag
    /// leaves the title and becomes a spam record of its own. A column
    /// tag (【新华国际】) names nothing the page's spam names.
    fn title_tag(
        &self,
        article: &mut Article,
        spam: &[SpamBlock],
    ) -> Option<SpamBlock> {
        let title = article.title.as_deref()?.trim_start();
        let inner = title.strip_prefix('【')?;
        let end = inner.find('】')?;
        let name = &inner[..end];
        let chars = name.chars().count();
        if !(2..=12).contains(&chars) || spam.is_empty() {
            return None;
        }
        // The brand's own name, without a trade word at its end.
        let stem = ["国际", "体育", "娱乐", "棋牌", "彩票", "官网", "平台"]
            .iter()
            .find_map(|w| name.strip_suffix(w))
            .filter(|s| s.chars().count() >= 2)
            .unwrap_or(name);
        if !spam.iter().any(|s| s.text.contains(stem)) {
            return None;
        }
        let tag = format!("【{name}】");
        let stem = stem.to_string();
        let rest = inner[end + '】'.len_utf8()..].trim_start().to_string();
        article.title = (!rest.is_empty()).then_some(rest);
        let id = RuleId::TitleBrandTag;
        let weight = self.weights.get(id);
        Some(SpamBlock {
            text: tag,
            place: Place::Title,
            score: weight,
            reasons: vec![Reason { rule: id, weight, detail: stem }],
        })
    }

    /// The texts to judge: each list item as one text (its title carries
    /// the spam while its summary reads as harmless recycled text), every
    /// other block alone, and the raw `<title>`.
    fn units<'a>(&self, blocks: &'a Blocks, roles: &[Role]) -> Vec<Unit<'a>> {
        let bs = blocks.blocks();
        let mut units = Vec::new();
        let title = blocks.head().title.as_str();
        let mut own = None;
        if !title.is_empty() {
            let ctx = Context { title: true, ..Context::default() };
            let unit = self.unit(None, Cow::Borrowed(title), &ctx, false);
            own = own_name(blocks, &unit.features);
            units.push(unit);
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
            let mut ctx = Context { own, ..Context::default() };
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
            // A block with nothing in it is worth the model's time only
            // where planted spam sits: list items, related links,
            // comments, ads. Elsewhere (menus, footers, the article's own
            // paragraphs) a text no rule has a word about is not spam.
            let furniture = !bs[range.clone()].iter().any(|b| b.in_item)
                && roles[range.clone()].iter().all(|r| {
                    !matches!(r, Role::Related | Role::Comment | Role::Ad)
                });
            units.push(self.unit(Some(range), text, &ctx, furniture));
        }
        units
    }

    fn unit<'a>(
        &self,
        range: Option<Range<usize>>,
        text: Cow<'a, str>,
        ctx: &Context,
        furniture: bool,
    ) -> Unit<'a> {
        let (features, folded) = features::extract(&text, &self.matcher, ctx);
        // The folded copy and its offset map are big; keep only what the
        // model makes of them.
        let model = if furniture && features.is_empty() {
            None
        } else {
            self.model_for(&features, &folded)
        };
        let label = self.lists.label(&text, &folded);
        Unit { range, text, features, model, label }
    }
}
