//! Weighted terms by category, and the automaton that finds them.
//!
//! The lexicon is plain data (`src/data/lexicon.tsv`, embedded) in the
//! same format users write: one `term<TAB>category<TAB>weight` per line,
//! `#` comments. The embedded copy goes through the public loader, so what
//! the crate ships is what users can read, extend or replace.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::{Deserialize, Serialize};

use crate::{normalize, Error};

/// The lexicon the crate ships (`src/data/lexicon.tsv`; feature
/// `embedded-data`).
#[cfg(feature = "embedded-data")]
pub const EMBEDDED_LEXICON: &str = include_str!("data/lexicon.tsv");

/// The lexicon settings fall back to: the embedded one, or none without
/// the feature `embedded-data`.
pub(crate) fn default_lexicon() -> Lexicon {
    #[cfg(feature = "embedded-data")]
    return Lexicon::embedded();
    #[cfg(not(feature = "embedded-data"))]
    return Lexicon::new();
}

/// What a lexicon term is evidence of.
///
/// # Examples
///
/// ```
/// use zhclean::Category;
/// assert_eq!("gambling".parse::<Category>().unwrap(), Category::Gambling);
/// assert_eq!(Category::Report.name(), "report");
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Category {
    /// Gambling games and terms (房卡, 牛牛, 百家乐, 时时彩).
    Gambling,
    /// Casino and betting platform brands and site words (现金网, 登录器,
    /// 娱乐城, 华体会).
    Casino,
    /// Contact solicitation (加微信, 联系客服).
    Contact,
    /// Selling intent (怎么买, 批发, 多少钱一张).
    Selling,
    /// Pornography and adult stuffing.
    Porn,
    /// Fraud: fake invoices, cash-out, loans, click farming.
    Fraud,
    /// Cheating devices and cheat apps for card games (作弊器, 透视眼镜,
    /// 听牌器, 开挂).
    Cheating,
    /// Black-hat SEO services (泛目录, 站群, 蜘蛛池, 谷歌霸屏).
    Seo,
    /// A gambling operator's own copy (首存送, 打码量, 注单, 派彩): how a
    /// platform pays and is paid.
    Operator,
    /// Reporting about crime and gambling (警方, 破获, 判处): evidence
    /// against spam, so its weights are negative.
    Report,
    /// Innocent contexts for spam words (酒店 for 房卡, 源码 for 棋牌):
    /// negative weights.
    Benign,
}

impl Category {
    /// Every category, in order.
    pub const ALL: [Category; 11] = [
        Category::Gambling,
        Category::Casino,
        Category::Contact,
        Category::Selling,
        Category::Porn,
        Category::Fraud,
        Category::Cheating,
        Category::Seo,
        Category::Operator,
        Category::Report,
        Category::Benign,
    ];

    /// The name used in lexicon files and rule names.
    pub fn name(self) -> &'static str {
        match self {
            Category::Gambling => "gambling",
            Category::Casino => "casino",
            Category::Contact => "contact",
            Category::Selling => "selling",
            Category::Porn => "porn",
            Category::Fraud => "fraud",
            Category::Cheating => "cheating",
            Category::Seo => "seo",
            Category::Operator => "operator",
            Category::Report => "report",
            Category::Benign => "benign",
        }
    }

    /// Whether the category is evidence against spam (its terms weigh
    /// less than zero): reporting and innocent contexts.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::Category;
    /// assert!(Category::Report.is_counter());
    /// assert!(!Category::Contact.is_counter());
    /// ```
    pub fn is_counter(self) -> bool {
        matches!(self, Category::Report | Category::Benign)
    }

    /// Whether the category says what a text is about (gambling, casinos,
    /// porn, fraud, cheating, SEO), as opposed to how spam reaches its
    /// reader (contact, selling, an operator's terms) or evidence against.
    /// Honest businesses write contact details and prices too; only a
    /// topic makes them spam.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::Category;
    /// assert!(Category::Cheating.is_topic());
    /// assert!(!Category::Selling.is_topic());
    /// ```
    pub fn is_topic(self) -> bool {
        matches!(
            self,
            Category::Gambling
                | Category::Casino
                | Category::Porn
                | Category::Fraud
                | Category::Cheating
                | Category::Seo
        )
    }

    /// What the category's terms in one text add up to at most (in
    /// absolute value): a second and third synonym says little more than
    /// the first two.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(zhclean::Category::Gambling.cap(), 4.0);
    /// ```
    pub fn cap(self) -> f32 {
        match self {
            Category::Gambling
            | Category::Casino
            | Category::Porn
            | Category::Fraud
            | Category::Cheating
            | Category::Seo => 4.0,
            Category::Contact | Category::Operator => 2.5,
            Category::Selling => 2.0,
            Category::Report => 6.0,
            Category::Benign => 4.0,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl std::str::FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Category, String> {
        Category::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or_else(|| format!("unknown category `{s}`"))
    }
}

/// One weighted term.
///
/// # Examples
///
/// ```
/// let e = zhclean::Entry::new("房卡", zhclean::Category::Gambling, 2.0);
/// assert_eq!(e.term, "房卡");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The term as written.
    pub term: String,
    /// What it is evidence of.
    pub category: Category,
    /// How much it adds to a block's score (negative for counter-evidence).
    pub weight: f32,
}

impl Entry {
    /// A term with its category and weight.
    pub fn new(term: &str, category: Category, weight: f32) -> Entry {
        Entry { term: term.to_string(), category, weight }
    }
}

/// A list of weighted terms.
///
/// # Examples
///
/// ```
/// use zhclean::{Category, Lexicon};
/// let mut lex = Lexicon::embedded();
/// let n = lex.len();
/// lex.extend(Lexicon::from_reader("鸿运娱乐\tcasino\t3.0\n".as_bytes()).unwrap());
/// assert_eq!(lex.len(), n + 1);
/// assert!(lex.entries().iter().any(|e| e.term == "房卡"
///     && e.category == Category::Gambling));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Each entry's folded form (what the automaton matches), and where
    /// each folded form is: two terms that fold alike are one term.
    folded: Vec<String>,
    index: HashMap<String, usize>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The lexicon the crate ships, parsed by [`Lexicon::from_reader`]
    /// (feature `embedded-data`).
    #[cfg(feature = "embedded-data")]
    pub fn embedded() -> Lexicon {
        static LEX: std::sync::LazyLock<Lexicon> =
            std::sync::LazyLock::new(|| {
                Lexicon::from_reader(EMBEDDED_LEXICON.as_bytes())
                    .expect("the embedded lexicon is tested to parse")
            });
        LEX.clone()
    }

    /// Reads `term<TAB>category<TAB>weight` lines; blank lines and lines
    /// starting with `#` are skipped.
    ///
    /// # Errors
    ///
    /// A line with too few fields, an unknown category or a weight that is
    /// not a finite number gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// let data = "# my terms\n鸿运娱乐\tcasino\t3.0\n";
    /// let lex = zhclean::Lexicon::from_reader(data.as_bytes()).unwrap();
    /// assert_eq!(lex.len(), 1);
    /// let err = zhclean::Lexicon::from_reader("x\tcasino\n".as_bytes());
    /// assert!(err.unwrap_err().to_string().contains("line 1"));
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::new();
        // The line each folded term came from, to name both in an error.
        let mut lines: Vec<usize> = Vec::new();
        for (i, line) in rdr.lines().enumerate() {
            let line_no = i + 1;
            let line = line.map_err(Error::io)?;
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 {
                return Err(Error::data(
                    "lexicon",
                    line_no,
                    format!(
                        "`{line}`: want term<TAB>category<TAB>weight, \
                         found {} field(s)",
                        fields.len()
                    ),
                ));
            }
            let term = fields[0].trim();
            let key = normalize(term).as_str().to_string();
            if key.is_empty() {
                return Err(Error::data("lexicon", line_no, "empty term"));
            }
            let category: Category = fields[1]
                .trim()
                .parse()
                .map_err(|e: String| Error::data("lexicon", line_no, e))?;
            let weight: f32 = fields[2].trim().parse().map_err(|_| {
                Error::data(
                    "lexicon",
                    line_no,
                    format!("weight `{}` is not a number", fields[2].trim()),
                )
            })?;
            if !weight.is_finite() || weight.abs() > 100.0 {
                return Err(Error::data(
                    "lexicon",
                    line_no,
                    format!("weight {weight} is out of range (-100 to 100)"),
                ));
            }
            // One file naming a term twice (in two spellings that fold
            // alike) would leave one of the two dead behind the other.
            if let Some(&k) = lex.index.get(&key) {
                return Err(Error::data(
                    "lexicon",
                    line_no,
                    format!(
                        "`{term}` matches the same text as `{}` on line {} \
                         (terms are folded before matching); keep one",
                        lex.entries[k].term, lines[k]
                    ),
                ));
            }
            lines.push(line_no);
            lex.insert(Entry::new(term, category, weight), key);
        }
        Ok(lex)
    }

    /// Adds the entries of another lexicon; a term already present (or
    /// one that folds to the same form) takes the newer category and
    /// weight.
    pub fn extend(&mut self, other: Lexicon) {
        for (e, key) in other.entries.into_iter().zip(other.folded) {
            self.insert(e, key);
        }
    }

    /// Adds one entry, replacing an entry that matches the same text
    /// (the same term, or one that folds to the same form: `薇信` and
    /// `微信`).
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{Category, Entry, Lexicon};
    /// let mut lex = Lexicon::new();
    /// lex.push(Entry::new("薇信", Category::Contact, 2.0));
    /// lex.push(Entry::new("微信", Category::Contact, 1.0));
    /// assert_eq!(lex.len(), 1);
    /// assert_eq!(lex.entries()[0].weight, 1.0);
    /// ```
    pub fn push(&mut self, entry: Entry) {
        let key = normalize(&entry.term).as_str().to_string();
        self.insert(entry, key);
    }

    fn insert(&mut self, entry: Entry, key: String) {
        match self.index.get(&key) {
            Some(&k) => self.entries[k] = entry,
            None => {
                self.index.insert(key.clone(), self.entries.len());
                self.entries.push(entry);
                self.folded.push(key);
            }
        }
    }

    /// The entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A lexicon compiled into one automaton over the folded form.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    /// Per pattern: category and weight.
    meta: Arc<Vec<(Category, f32)>>,
    /// Every folded term, to tell a word that is itself a term.
    terms: Arc<HashSet<String>>,
}

/// One term found in a text.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub category: Category,
    pub weight: f32,
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
}

impl Matcher {
    pub(crate) fn new(lex: &Lexicon) -> Result<Matcher, Error> {
        // Terms are folded like the text they are matched against, so a
        // term written in traditional or full-width form still hits.
        let pats = &lex.folded;
        let meta: Vec<(Category, f32)> =
            lex.entries().iter().map(|e| (e.category, e.weight)).collect();
        // Leftmost-longest: 炸金花 wins over the 金花 inside it, so one
        // phrase is not counted twice.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(pats)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(pats)
            })
            .map_err(|e| Error::config(format!("lexicon automaton: {e}")))?;
        let terms = pats.iter().cloned().collect();
        Ok(Matcher { ac, meta: Arc::new(meta), terms: Arc::new(terms) })
    }

    /// Whether a folded word is one of the lexicon's terms.
    /// How many terms the automaton matches.
    pub(crate) fn len(&self) -> usize {
        self.meta.len()
    }

    pub(crate) fn is_term(&self, folded: &str) -> bool {
        self.terms.contains(folded)
    }

    pub(crate) fn find(&self, folded: &str) -> Vec<Hit> {
        self.ac
            .find_iter(folded)
            .map(|m| {
                let (category, weight) = self.meta[m.pattern().as_usize()];
                Hit { category, weight, start: m.start(), end: m.end() }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "embedded-data")]
    fn embedded_parses_and_has_every_category() {
        let lex = Lexicon::embedded();
        assert!(lex.len() > 200, "{}", lex.len());
        for c in Category::ALL {
            assert!(
                lex.entries().iter().any(|e| e.category == c),
                "no {c:?} terms"
            );
        }
    }

    #[test]
    fn bad_lines_name_the_line() {
        for (data, line) in [
            ("a\tgambling\t1\nb\tgambling\n", 2),
            ("a\tnope\t1\n", 1),
            ("# c\n\na\tgambling\tx\n", 3),
            ("a\tgambling\tNaN\n", 1),
            // Two spellings that fold alike: the second is dead.
            ("薇信\tcontact\t2\n房卡\tgambling\t2\n微信\tcontact\t1\n", 3),
            ("ＡＢＣ\tcasino\t2\nabc\tcasino\t1\n", 2),
        ] {
            let err = Lexicon::from_reader(data.as_bytes()).unwrap_err();
            assert_eq!(err.line(), Some(line), "{data:?}: {err}");
        }
    }

    #[test]
    fn collisions_name_both_lines() {
        let data = "薇信\tcontact\t2\n微信\tcontact\t1\n";
        let err = Lexicon::from_reader(data.as_bytes()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("`薇信` on line 1"), "{msg}");
    }

    #[test]
    fn matcher_finds_folded_terms() {
        let lex = Lexicon::from_reader(
            "房卡\tgambling\t2\n炸金花\tgambling\t3\n金花\tgambling\t1\n"
                .as_bytes(),
        )
        .unwrap();
        let m = Matcher::new(&lex).unwrap();
        let hits = m.find(normalize("炸 金 花房卡").as_str());
        let w: Vec<f32> = hits.iter().map(|h| h.weight).collect();
        assert_eq!(w, [3.0, 2.0]);
    }
}
