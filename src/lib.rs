//! `zhclean` cleans Chinese news pages.
//!
//! Given the raw bytes of a page, it returns the real article (title,
//! time, source, body paragraphs in order) and separates out what was
//! injected or is boilerplate: above all the SEO gambling spam (房卡, 牛牛,
//! 加微信) that hijacked sites slip into related lists and article bodies,
//! and the navigation, share bars, disclaimers and footers around every
//! article. Every removed spam block carries a score and the named rules
//! that fired.
//!
//! ```
//! let cleaner = zhclean::Cleaner::new();
//! let page = cleaner.clean(
//!     "<h1>标题</h1><div class=content><p>正文第一段，讲述事情的经过。</p></div>\
//!      <div class=box><h3>热门资讯</h3><ul>\
//!      <li><a href=/1>游戏指南!牛牛房卡怎么购买</a><p>d5D苹果公司计划推出新品。</p></li>\
//!      <li><a href=/2>本市地铁新线今日开通</a><p>市民乘车更加便利。</p></li>\
//!      </ul></div>"
//!         .as_bytes(),
//! );
//! assert_eq!(page.body, ["正文第一段，讲述事情的经过。"]);
//! assert_eq!(page.spam.len(), 1);
//! assert!(page.spam[0].text.starts_with("游戏指南!牛牛房卡怎么购买"));
//! ```
//!
//! The pipeline, one module per stage: decode → parse → blocks →
//! extract → (for each block) [`normalize`] → lexicon and patterns →
//! score. The first four are public in [`stages`] for tools that look
//! between them.
//!
//! # The public items
//!
//! Each named once (a test in `src/lib.rs` holds the same list, so a
//! change to the API shows in review):
//!
//! ```
//! // Cleaning and its output.
//! use zhclean::{Cleaner, CleanerBuilder, Error};
//! use zhclean::{BlockRecord, CleanPage, PageKind, PageVerdict, Place, Role};
//! use zhclean::{SpamBlock, Stats};
//! // Scoring: verdicts, reasons, rules and their weights.
//! use zhclean::{Reason, Rule, RuleId, Verdict, Weights, RULES};
//! use zhclean::{DEFAULT_THRESHOLD, WEIGHTS_VERSION};
//! // The lexicon, the token model and its training, the folded text.
//! use zhclean::{Category, Entry, Lexicon, Model, MODEL_VERSION};
//! use zhclean::{fit, train, Example, TrainOptions};
//! use zhclean::{normalize, Normalized};
//! // A moderator's labels.
//! use zhclean::{Overlay, TextSet};
//! // The shipped data (feature `embedded-data`, on by default).
//! use zhclean::{EMBEDDED_LEXICON, EMBEDDED_MODEL, EMBEDDED_WEIGHTS};
//! // Spam templates across sites.
//! use zhclean::campaign::{host, site_of, Campaign, Campaigns};
//! use zhclean::campaign::{Fingerprint, Recurring, SAME_TEMPLATE};
//! // The stages, one by one.
//! use zhclean::stages::{bound, decode, extract, parse, Article, Block};
//! use zhclean::stages::{Blocks, Decoded, Dom, Elem, EncodingSource, Head};
//! ```

#![forbid(unsafe_code)]

/// A regex compiled once per process, on first use: `Regex` is `Sync`
/// and cheap to share. (Defined before the modules that use it.)
macro_rules! re {
    ($vis:vis $name:ident, $pat:expr) => {
        $vis static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| {
                regex::Regex::new($pat).expect("pattern compiles")
            });
    };
}

// bytes -> UTF-8 text (BOM, meta prescan, detection)
mod decode;
// UTF-8 text -> DOM
mod parse;
// DOM -> ordered text blocks
mod blocks;
// blocks -> article and block roles
mod extract;
// text -> matching form with an offset map
mod normalize;
// weighted terms -> one automaton
mod lexicon;
// folded text -> words (jieba), built on first use
mod segment;
// text -> named signals
mod features;
// the token model: train, load, log-odds
mod model;
// signals -> verdict with reasons
mod score;
// texts and pages -> verdicts, spam records, page verdict
mod judge;
// a moderator's labels: lists, terms, a retrained model
mod overlay;
// the cleaner that runs the stages
mod cleaner;
// the output and its JSON form
mod page;
// the one error type
mod error;
// spam blocks -> templates seen across sites
pub mod campaign;
// the stage functions, for tools that look between them
pub mod stages;

pub use crate::cleaner::{Cleaner, CleanerBuilder};
pub use crate::error::Error;
#[cfg(feature = "embedded-data")]
pub use crate::lexicon::EMBEDDED_LEXICON;
pub use crate::lexicon::{Category, Entry, Lexicon};
#[cfg(feature = "embedded-data")]
pub use crate::model::EMBEDDED_MODEL;
pub use crate::model::{
    fit, train, Example, Model, TrainOptions, MODEL_VERSION,
};
pub use crate::normalize::{normalize, Normalized};
pub use crate::overlay::{Overlay, TextSet};
pub use crate::page::{
    BlockRecord, CleanPage, PageKind, PageVerdict, Place, Role, SpamBlock,
    Stats,
};
#[cfg(feature = "embedded-data")]
pub use crate::score::EMBEDDED_WEIGHTS;
pub use crate::score::{
    Reason, Rule, RuleId, Verdict, Weights, DEFAULT_THRESHOLD, RULES,
    WEIGHTS_VERSION,
};

// The crate's own short paths to the stages (its tests use them).
pub(crate) use crate::blocks::Block;
#[cfg(test)]
pub(crate) use crate::{blocks::Blocks, extract::extract, parse::parse};

#[cfg(doctest)]
doc_comment::doctest!("../README.md");

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + std::panic::UnwindSafe>() {}
    fn assert_send_sync_only<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<Cleaner>();
        assert_send_sync::<CleanPage>();
        assert_send_sync::<Lexicon>();
        assert_send_sync::<Verdict>();
        assert_send_sync::<Overlay>();
        assert_send_sync_only::<Error>();
    }

    /// The names a module makes public: its `pub use` lists and its
    /// `pub` items (read from the source, so that an item added shows up
    /// here as well as one removed).
    fn public_names(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = src;
        while let Some(at) = rest.find("\npub ") {
            rest = &rest[at + 5..];
            let word = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or("")
                    .to_string()
            };
            if let Some(list) = rest.strip_prefix("use ") {
                let list = &list[..list.find(';').unwrap_or(list.len())];
                let names = match (list.find('{'), list.rfind("::")) {
                    (Some(b), _) => &list[b + 1..list.len() - 1],
                    (None, Some(c)) => &list[c + 2..],
                    (None, None) => list,
                };
                out.extend(names.split(',').map(str::trim).map(word));
            } else {
                for kw in
                    ["fn ", "struct ", "enum ", "const ", "mod ", "static "]
                {
                    if let Some(item) = rest.strip_prefix(kw) {
                        out.push(word(item));
                    }
                }
            }
        }
        out.retain(|n| !n.is_empty());
        out.sort();
        out
    }

    #[test]
    fn public_items() {
        let top = public_names(include_str!("lib.rs"));
        assert_eq!(
            top,
            [
                "BlockRecord",
                "Category",
                "CleanPage",
                "Cleaner",
                "CleanerBuilder",
                "DEFAULT_THRESHOLD",
                "EMBEDDED_LEXICON",
                "EMBEDDED_MODEL",
                "EMBEDDED_WEIGHTS",
                "Entry",
                "Error",
                "Example",
                "Lexicon",
                "MODEL_VERSION",
                "Model",
                "Normalized",
                "Overlay",
                "PageKind",
                "PageVerdict",
                "Place",
                "RULES",
                "Reason",
                "Role",
                "Rule",
                "RuleId",
                "SpamBlock",
                "Stats",
                "TextSet",
                "TrainOptions",
                "Verdict",
                "WEIGHTS_VERSION",
                "Weights",
                "campaign",
                "fit",
                "normalize",
                "stages",
                "train",
            ]
        );
        let stages = public_names(include_str!("stages.rs"));
        assert_eq!(
            stages,
            [
                "Article",
                "Block",
                "Blocks",
                "Decoded",
                "Dom",
                "Elem",
                "EncodingSource",
                "Head",
                "bound",
                "decode",
                "extract",
                "parse",
            ]
        );
        let mut campaign = public_names(include_str!("campaign/mod.rs"));
        campaign.retain(|n| n != "Fingerprint" && n != "SAME_TEMPLATE");
        campaign.extend(public_names(include_str!("campaign/fingerprint.rs")));
        campaign.sort();
        assert_eq!(
            campaign,
            [
                "Campaign",
                "Campaigns",
                "Fingerprint",
                "Recurring",
                "SAME_TEMPLATE",
                "host",
                "site_of",
            ]
        );
    }

    /// A cleaner's Debug line is a summary, not the megabytes of its
    /// automaton and model.
    #[test]
    #[cfg(feature = "embedded-data")]
    fn debug_is_short() {
        let d = format!("{:?}", Cleaner::new());
        assert!(d.len() < 300, "{d}");
        assert!(d.contains("threshold: 5.0"), "{d}");
        assert!(d.contains("lexicon_terms"), "{d}");
    }
}
