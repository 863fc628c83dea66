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

// The rules: their table, ids, and the reasons and verdicts they give.
mod rules;
// The rule weights and their file.
mod weights;
// The steps that fire rules on a text's features.
mod steps;
// The step tests read the embedded lexicon.
#[cfg(all(test, feature = "embedded-data"))]
mod tests;

pub use rules::{Reason, Rule, RuleId, Verdict, RULES};
use steps::*;
pub use weights::Weights;

/// The default spam threshold. Fitted weights are scaled so that the
/// fitted threshold falls here.
pub const DEFAULT_THRESHOLD: f32 = 5.0;

/// The weights file format this crate reads and writes.
pub const WEIGHTS_VERSION: u32 = 1;

/// The fitted weights the crate ships (`src/data/weights.tsv`; feature
/// `embedded-data`).
#[cfg(feature = "embedded-data")]
pub const EMBEDDED_WEIGHTS: &str = include_str!("../data/weights.tsv");

/// How much of its weight a spam category keeps in a text whose
/// reporting or innocent words explain it (police news about 房卡).
const EXPLAINED: f32 = 0.35;

/// A text this long (in characters) is prose, not a query or a title.
const LONG: usize = 80;

/// The most log-odds the model brings either way: past this a text is as
/// sure as it gets, and one very long text must not swamp the rules.
const MODEL_CAP: f32 = 12.0;

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
