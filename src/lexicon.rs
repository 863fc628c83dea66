//! Weighted terms by category, and the automaton that finds them.
//!
//! The lexicon is plain data (`src/data/lexicon.tsv`, embedded) in the
//! same format users write: one `term<TAB>category<TAB>weight` per line,
//! `#` comments. The embedded copy goes through the public loader, so what
//! the crate ships is what users can read, extend or replace.

use std::io::BufRead;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::{Deserialize, Serialize};

use crate::{normalize, Error};

/// The lexicon the crate ships (`src/data/lexicon.tsv`).
pub const EMBEDDED_LEXICON: &str = include_str!("data/lexicon.tsv");

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
    /// Gambling games and terms (房卡, 牛牛, 百家乐).
    Gambling,
    /// Casino brand and site words (现金网, 登录器, 娱乐城).
    Casino,
    /// Contact solicitation (加微信, 联系客服).
    Contact,
    /// Selling intent (怎么买, 批发, 多少钱一张).
    Selling,
    /// Pornography.
    Porn,
    /// Fraud: fake invoices, cash-out, loans, click farming.
    Fraud,
    /// Reporting about crime and gambling (警方, 破获, 判处): evidence
    /// against spam, so its weights are negative.
    Report,
    /// Innocent contexts for spam words (酒店 for 房卡, 源码 for 棋牌):
    /// negative weights.
    Benign,
}

impl Category {
    /// Every category, in order.
    pub const ALL: [Category; 8] = [
        Category::Gambling,
        Category::Casino,
        Category::Contact,
        Category::Selling,
        Category::Porn,
        Category::Fraud,
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
            Category::Report => "report",
            Category::Benign => "benign",
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
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The lexicon the crate ships, parsed by [`Lexicon::from_reader`].
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
        let mut entries = Vec::new();
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
            if term.is_empty() || normalize(term).as_str().is_empty() {
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
            entries.push(Entry::new(term, category, weight));
        }
        Ok(Lexicon { entries })
    }

    /// Adds the entries of another lexicon; a term already present takes
    /// the newer category and weight.
    pub fn extend(&mut self, other: Lexicon) {
        for e in other.entries {
            self.push(e);
        }
    }

    /// Adds one entry, replacing an entry with the same term.
    pub fn push(&mut self, entry: Entry) {
        if let Some(old) =
            self.entries.iter_mut().find(|e| e.term == entry.term)
        {
            *old = entry;
        } else {
            self.entries.push(entry);
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
    meta: Vec<(Category, f32)>,
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
        let mut pats = Vec::with_capacity(lex.len());
        let mut meta = Vec::with_capacity(lex.len());
        for e in lex.entries() {
            // Terms are folded like the text they are matched against, so
            // a term written in traditional or full-width form still hits.
            pats.push(normalize(&e.term).as_str().to_string());
            meta.push((e.category, e.weight));
        }
        // Leftmost-longest: 炸金花 wins over the 金花 inside it, so one
        // phrase is not counted twice.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&pats)
            })
            .map_err(|e| Error::config(format!("lexicon automaton: {e}")))?;
        Ok(Matcher { ac, meta })
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
        ] {
            let err = Lexicon::from_reader(data.as_bytes()).unwrap_err();
            assert_eq!(err.line(), Some(line), "{data:?}: {err}");
        }
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
