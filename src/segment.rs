//! Words: jieba-rs over the folded text, built once per process on the
//! first text that needs it.
//!
//! Two uses:
//!
//! - the word-boundary check on lexicon hits ([`cuts_through`]): a term
//!   that cuts through a word, as 真人 in 真人秀, is not that term;
//! - the token model's word features ([`words`]), which the shipped model
//!   does not use (the ablation found no gain over character n-grams).
//!
//! The dictionary is the part of jieba's that the check needs
//! (`src/data/words.txt`, written by `src/data/words.py`: the words that
//! hold or overlap a lexicon term, and their characters), plus the
//! lexicon's own terms, so spam words segment as units. It loads in a
//! millisecond where jieba's whole dictionary takes a tenth of a second;
//! the `full-dict` feature loads the whole one instead.

use std::sync::LazyLock;

use jieba_rs::Jieba;

/// The words the boundary check reads (`src/data/words.txt`).
#[cfg(not(feature = "full-dict"))]
const WORDS: &str = include_str!("data/words.txt");

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut j = dictionary();
    for e in crate::lexicon::default_lexicon().entries() {
        let term = crate::normalize(&e.term);
        let term = term.as_str();
        // ASCII terms are matched whole-word already, and counter terms
        // (警方, 酒店) are in jieba's dictionary.
        if e.weight > 0.0 && !term.is_ascii() && !j.has_word(term) {
            j.add_word(term, None, None);
        }
    }
    j
});

#[cfg(feature = "full-dict")]
fn dictionary() -> Jieba {
    Jieba::new()
}

#[cfg(not(feature = "full-dict"))]
fn dictionary() -> Jieba {
    let lines: String = WORDS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    Jieba::with_dict(&mut lines.as_bytes())
        .expect("the embedded word list is tested to load")
}

/// The words of a folded text, as byte ranges, in order. No HMM: unknown
/// runs fall apart into characters, which the character n-grams cover.
pub(crate) fn words(folded: &str) -> Vec<(usize, usize)> {
    JIEBA
        .cut(folded, false)
        .into_iter()
        .map(|t| (t.byte_start, t.byte_end))
        .collect()
}

/// How many characters on each side of a hit the check reads: enough for
/// the longest dictionary word that could straddle it.
const WINDOW: usize = 6;

/// Whether the term at `start..end` of a folded text cuts through a
/// word: a word that starts before the term and ends inside it, or starts
/// inside it and ends after (真人 in 真人秀, 开户 in 开户行). `is_term`
/// says whether a word is itself a lexicon term, which is no cut (微信 in
/// 加微信号 is the term 微信号).
pub(crate) fn cuts_through(
    folded: &str,
    start: usize,
    end: usize,
    is_term: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let from = back(folded, start, WINDOW);
    let to = ahead(folded, end, WINDOW);
    if from == start && to == end {
        return None;
    }
    let window = &folded[from..to];
    for t in JIEBA.cut(window, false) {
        let (s, e) = (from + t.byte_start, from + t.byte_end);
        let crosses = (s < start && e > start) || (s < end && e > end);
        if crosses && !is_term(&folded[s..e]) {
            return Some((s, e));
        }
    }
    None
}

fn back(s: &str, at: usize, chars: usize) -> usize {
    s[..at].char_indices().rev().nth(chars - 1).map_or(0, |(i, _)| i)
}

fn ahead(s: &str, at: usize, chars: usize) -> usize {
    s[at..].char_indices().nth(chars).map_or(s.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, term: &str) -> Option<String> {
        let at = text.find(term).unwrap();
        // As the lexicon would say: a crossing word that is a term is no
        // cut.
        let terms = ["真人荷官", "牛牛房卡"];
        cuts_through(text, at, at + term.len(), |w| terms.contains(&w))
            .map(|(s, e)| text[s..e].to_string())
    }

    #[test]
    fn terms_that_cut_through_words() {
        assert_eq!(
            cut("真人秀节目收视率创新高", "真人").as_deref(),
            Some("真人秀")
        );
        assert_eq!(
            cut("在银行开户行办理业务", "开户").as_deref(),
            Some("开户行")
        );
        assert_eq!(cut("真人荷官在线发牌", "真人"), None);
        assert_eq!(cut("牛牛房卡怎么买", "房卡"), None);
    }

    #[test]
    #[cfg(feature = "embedded-data")]
    fn lexicon_terms_segment_as_units() {
        let w = |t: &str| -> Vec<String> {
            words(t).into_iter().map(|(s, e)| t[s..e].to_string()).collect()
        };
        assert!(w("微信牛牛房卡怎么买").contains(&"微信".to_string()));
    }
}
