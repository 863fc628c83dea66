//! A moderator's corrections, learned by `zhclean learn` and applied on
//! top of the shipped data.
//!
//! An overlay is a folder of plain files, each optional:
//!
//! - `allow.txt`: texts labelled not spam, by fingerprint; the rule
//!   `overlay.ham` (-100) fires on them;
//! - `deny.txt`: texts labelled spam, likewise; `overlay.spam` (+100);
//! - `lexicon.tsv`: terms to add to the lexicon (as
//!   [`Lexicon::from_reader`] reads; `learn` writes its suggestions
//!   commented out);
//! - `model.txt`, `weights.tsv`: a token model and rule weights, as
//!   `zhclean train` writes them, replacing the shipped ones.
//!
//! The two lists work as SpamAssassin's `welcomelist_from` and
//! `blocklist_from` do: a rule with a weight no other evidence outweighs,
//! so the moderator's verdict stands and the reasons still say what else
//! fired.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;

use crate::{normalize, Error, Lexicon, Model, Normalized, Weights};

/// The text list format this crate reads and writes.
const LIST_VERSION: u32 = 1;

/// Characters of a text kept as a comment after its fingerprint, so a
/// moderator can tell which line to delete.
const NOTE_CHARS: usize = 24;

/// A set of texts, kept as fingerprints of their normalised form: the
/// [`normalize`] fold with all whitespace dropped, hashed with 64-bit
/// FNV-1a. Two texts that differ only in the ways spam disguises words
/// (full-width letters, separators, homophones of 微信, layout) are the
/// same text here.
///
/// A text can also be kept by its start only ([`TextSet::insert_prefix`]):
/// the review report exports the first 1,000 characters of a longer text.
///
/// # Examples
///
/// ```
/// let mut set = zhclean::TextSet::new();
/// set.insert("加微信 ABC123，牛牛房卡");
/// assert!(set.contains("加 薇 信ａｂｃ123，牛牛房卡"));
/// assert!(!set.contains("牛牛房卡"));
/// let mut file = Vec::new();
/// set.write(&mut file)?;
/// let back = zhclean::TextSet::from_reader(file.as_slice())?;
/// assert!(back.contains("加微信abc123,牛牛房卡"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextSet {
    /// Whole texts: fingerprint to a note (the text's start).
    whole: HashMap<u64, String>,
    /// Texts kept by their first N characters, by N.
    prefixes: BTreeMap<usize, HashMap<u64, String>>,
}

impl TextSet {
    /// An empty set.
    pub fn new() -> TextSet {
        TextSet::default()
    }

    /// A text's fingerprint: FNV-1a (64-bit) of its normalised form
    /// without whitespace. Stable across runs, machines and versions of
    /// this crate that fold alike.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::TextSet;
    /// assert_eq!(TextSet::fingerprint("牛 牛 房 卡"), TextSet::fingerprint("牛牛房卡"));
    /// assert_ne!(TextSet::fingerprint("牛牛房卡"), TextSet::fingerprint("金花房卡"));
    /// ```
    pub fn fingerprint(text: &str) -> u64 {
        folded_fingerprint(&normalize(text))
    }

    /// Adds a text; false when it was there already.
    pub fn insert(&mut self, text: &str) -> bool {
        self.whole.insert(Self::fingerprint(text), note(text)).is_none()
    }

    /// Adds the start of a longer text: every text that begins with
    /// `prefix` (compared as fingerprints of as many characters) is in
    /// the set. False when it was there already.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut set = zhclean::TextSet::new();
    /// set.insert_prefix("牛牛房卡批发，");
    /// assert!(set.contains("牛牛房卡批发，一元一张，诚招代理"));
    /// assert!(!set.contains("金花房卡批发，一元一张"));
    /// ```
    pub fn insert_prefix(&mut self, prefix: &str) -> bool {
        let prefix = prefix.trim_start();
        let n = prefix.chars().count();
        self.prefixes
            .entry(n)
            .or_default()
            .insert(Self::fingerprint(prefix), note(prefix))
            .is_none()
    }

    /// Whether the set holds the text (or the start of it).
    pub fn contains(&self, text: &str) -> bool {
        self.contains_folded(text, &normalize(text))
    }

    /// [`TextSet::contains`] with the text's folded form at hand (the
    /// judge has it already).
    pub(crate) fn contains_folded(
        &self,
        text: &str,
        folded: &Normalized,
    ) -> bool {
        if self.whole.contains_key(&folded_fingerprint(folded)) {
            return true;
        }
        if self.prefixes.is_empty() {
            return false;
        }
        let text = text.trim_start();
        // Where each character ends, walked once for all lengths,
        // shortest first.
        let mut ends = text.char_indices().map(|(i, c)| i + c.len_utf8());
        let (mut taken, mut end) = (0, 0);
        for (&n, set) in &self.prefixes {
            while taken < n {
                match ends.next() {
                    Some(e) => (taken, end) = (taken + 1, e),
                    None => return false,
                }
            }
            if set.contains_key(&Self::fingerprint(&text[..end])) {
                return true;
            }
        }
        false
    }

    /// How many texts (and starts of texts).
    pub fn len(&self) -> usize {
        self.whole.len()
            + self.prefixes.values().map(HashMap::len).sum::<usize>()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads a text list: `#` comments (also after an entry), a
    /// `version<TAB>1` line, then one fingerprint per line: 16 hex digits,
    /// optionally followed by a tab and N when only the text's first N
    /// characters were fingerprinted.
    ///
    /// # Errors
    ///
    /// A missing or unknown version, or a line that is not a fingerprint,
    /// gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::TextSet;
    /// let hex = format!("{:016x}", TextSet::fingerprint("牛牛房卡"));
    /// let file = format!("# mine\nversion\t1\n{hex}\t# 牛牛房卡\n");
    /// let set = TextSet::from_reader(file.as_bytes())?;
    /// assert!(set.contains("牛牛房卡"));
    /// let err = TextSet::from_reader("version\t1\n12ab\n".as_bytes()).unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<TextSet, Error> {
        let mut set = TextSet::new();
        let mut version = false;
        for (i, line) in rdr.lines().enumerate() {
            let no = i + 1;
            let line = line.map_err(Error::io)?;
            let bad = |msg: String| Error::data("text list", no, msg);
            let (entry, comment) = match line.split_once('#') {
                Some((e, c)) => (e.trim(), c.trim()),
                None => (line.trim(), ""),
            };
            if entry.is_empty() {
                continue;
            }
            let f: Vec<&str> = entry.split_whitespace().collect();
            if f[0] == "version" {
                let v: u32 = f
                    .get(1)
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| bad("version needs a number".into()))?;
                if v != LIST_VERSION {
                    return Err(bad(format!(
                        "text list version {v} is not supported (this crate reads version {LIST_VERSION})"
                    )));
                }
                version = true;
                continue;
            }
            if !version {
                return Err(bad(
                    "the first line must be `version<TAB>N`".into()
                ));
            }
            let fp = match f[0] {
                h if h.len() == 16 => u64::from_str_radix(h, 16).ok(),
                _ => None,
            }
            .ok_or_else(|| {
                bad(format!("`{}`: want a fingerprint of 16 hex digits", f[0]))
            })?;
            if f.len() > 2 {
                return Err(bad(format!(
                    "`{entry}`: want FINGERPRINT[<TAB>N], found {} fields",
                    f.len()
                )));
            }
            let note = comment.to_string();
            match f.get(1) {
                None => {
                    set.whole.insert(fp, note);
                }
                Some(n) => {
                    let n: usize =
                        n.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                            bad(format!(
                                "`{n}`: want a count of characters (or nothing)"
                            ))
                        })?;
                    set.prefixes.entry(n).or_default().insert(fp, note);
                }
            }
        }
        Ok(set)
    }

    /// Writes the set in the format [`TextSet::from_reader`] reads, sorted,
    /// each fingerprint with the start of its text as a comment.
    pub fn write<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        writeln!(w, "# zhclean text list: fingerprints of texts (FNV-1a 64 of the normalised text without")?;
        writeln!(w, "# whitespace); `HEX<TAB>N`: the first N characters only. Delete a line to forget a text.")?;
        writeln!(w, "version\t{LIST_VERSION}")?;
        let mut rows: Vec<(u64, Option<usize>, &str)> =
            self.whole.iter().map(|(f, n)| (*f, None, n.as_str())).collect();
        for (len, set) in &self.prefixes {
            rows.extend(set.iter().map(|(f, n)| (*f, Some(*len), n.as_str())));
        }
        rows.sort();
        for (fp, len, note) in rows {
            let len = len.map(|n| format!("\t{n}")).unwrap_or_default();
            let note = if note.is_empty() {
                String::new()
            } else {
                format!("\t# {note}")
            };
            writeln!(w, "{fp:016x}{len}{note}")?;
        }
        Ok(())
    }
}

/// FNV-1a over the folded text's bytes, whitespace left out.
fn folded_fingerprint(folded: &Normalized) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buf = [0u8; 4];
    for c in folded.as_str().chars().filter(|c| !c.is_whitespace()) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A text's start on one line, for the comment after its fingerprint.
fn note(text: &str) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = t.chars().take(NOTE_CHARS).collect();
    if t.chars().count() > NOTE_CHARS {
        out.push('…');
    }
    out
}

/// What a moderator taught the filter: texts that are never spam and
/// texts that always are, lexicon terms, and a retrained model and
/// weights. Apply it with
/// [`CleanerBuilder::overlay`](crate::CleanerBuilder::overlay).
///
/// `zhclean learn LABELS.jsonl --out DIR` writes one from the review
/// report's exported labels; [`Overlay::from_dir`] reads it back.
///
/// # Examples
///
/// ```
/// use zhclean::{Cleaner, Overlay};
/// let fp = "酒店门锁房卡定制批发，价格优惠，加微信";
/// let missed = "星耀国际欢迎您，首存即享豪礼";
/// assert!(!Cleaner::new().score_text(missed).spam);
/// assert!(Cleaner::new().score_text(fp).spam);
/// let mut overlay = Overlay::new();
/// overlay.allow.insert(fp);
/// overlay.deny.insert(missed);
/// let cleaner = Cleaner::builder().overlay(overlay).build()?;
/// assert!(!cleaner.score_text(fp).spam);
/// let v = cleaner.score_text(missed);
/// assert!(v.spam);
/// assert_eq!(v.reasons[0].rule, zhclean::RuleId::OverlaySpam);
/// # Ok::<(), zhclean::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Overlay {
    /// Texts that are not spam, whatever else fires (`allow.txt`).
    pub allow: TextSet,
    /// Texts that are spam, whatever else fires (`deny.txt`).
    pub deny: TextSet,
    /// Terms added to the lexicon (`lexicon.tsv`).
    pub lexicon: Option<Lexicon>,
    /// A token model used instead of the builder's (`model.txt`).
    pub model: Option<Model>,
    /// Rule weights used instead of the builder's (`weights.tsv`).
    pub weights: Option<Weights>,
}

/// The files of an overlay folder.
pub(crate) const FILES: [&str; 5] =
    ["allow.txt", "deny.txt", "lexicon.tsv", "model.txt", "weights.tsv"];

impl Overlay {
    /// An overlay that changes nothing.
    pub fn new() -> Overlay {
        Overlay::default()
    }

    /// Reads an overlay folder: whichever of `allow.txt`, `deny.txt`,
    /// `lexicon.tsv`, `model.txt` and `weights.tsv` it holds.
    ///
    /// # Errors
    ///
    /// A folder that cannot be read or holds none of those files, or a
    /// file with a bad line: the error names the file
    /// ([`Error::path`]) and the line ([`Error::line`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("zhclean-doc-overlay");
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("lexicon.tsv"), "鸿运娱乐\tcasino\t4\n")?;
    /// let overlay = zhclean::Overlay::from_dir(&dir)?;
    /// assert_eq!(overlay.lexicon.unwrap().len(), 1);
    /// assert!(overlay.allow.is_empty() && overlay.model.is_none());
    /// std::fs::write(dir.join("lexicon.tsv"), "# mine\n鸿运娱乐\tcasino\n")?;
    /// let err = zhclean::Overlay::from_dir(&dir).unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// assert!(err.to_string().contains("lexicon.tsv: lexicon: line 2"));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Overlay, Error> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(Error::config("not a folder").in_file(dir));
        }
        let mut o = Overlay::new();
        let mut found = false;
        for name in FILES {
            let path = dir.join(name);
            let f = match std::fs::File::open(&path) {
                Ok(f) => std::io::BufReader::new(f),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::io(e).in_file(&path)),
            };
            found = true;
            let named = |e: Error| e.in_file(&path);
            match name {
                "allow.txt" => {
                    o.allow = TextSet::from_reader(f).map_err(named)?
                }
                "deny.txt" => {
                    o.deny = TextSet::from_reader(f).map_err(named)?
                }
                "lexicon.tsv" => {
                    o.lexicon = Some(Lexicon::from_reader(f).map_err(named)?);
                }
                "model.txt" => {
                    o.model = Some(Model::from_reader(f).map_err(named)?);
                }
                _ => o.weights = Some(Weights::from_reader(f).map_err(named)?),
            }
        }
        if !found {
            return Err(Error::config(format!(
                "no overlay files here (want any of {})",
                FILES.join(", ")
            ))
            .in_file(dir));
        }
        Ok(o)
    }

    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.allow.is_empty()
            && self.deny.is_empty()
            && self.lexicon.as_ref().is_none_or(Lexicon::is_empty)
            && self.model.is_none()
            && self.weights.is_none()
    }
}

/// The two lists as the judge reads them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lists {
    pub allow: TextSet,
    pub deny: TextSet,
}

/// What the moderator said of a text: spam, not spam, or (on both lists)
/// both, which cancel out.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Labelled {
    pub spam: bool,
    pub ham: bool,
}

impl Labelled {
    pub(crate) fn any(self) -> bool {
        self.spam || self.ham
    }
}

impl Lists {
    pub(crate) fn is_empty(&self) -> bool {
        self.allow.is_empty() && self.deny.is_empty()
    }

    pub(crate) fn label(&self, text: &str, folded: &Normalized) -> Labelled {
        if self.is_empty() {
            return Labelled::default();
        }
        Labelled {
            spam: self.deny.contains_folded(text, folded),
            ham: self.allow.contains_folded(text, folded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(body: &str) -> Result<TextSet, Error> {
        TextSet::from_reader(body.as_bytes())
    }

    #[test]
    fn bad_lines_name_the_line() {
        for (body, line, says) in [
            ("version\t1\nxyz\n", 2, "16 hex digits"),
            ("# c\n\nversion\t1\n0123456789abcdeg\n", 4, "16 hex digits"),
            ("version\t1\n0123456789abcdef\t0\n", 2, "count of characters"),
            ("version\t1\n0123456789abcdef\tx\n", 2, "count of characters"),
            ("version\t1\n0123456789abcdef\t3\t4\n", 2, "found 3 fields"),
            ("version\t2\n", 1, "version 2 is not supported"),
            ("version\n", 1, "version needs a number"),
            ("0123456789abcdef\n", 1, "first line must be `version"),
        ] {
            let err = list(body).unwrap_err();
            assert_eq!(err.line(), Some(line), "{body:?}: {err}");
            assert!(err.to_string().contains(says), "{body:?}: {err}");
            assert!(err.to_string().contains(&format!("line {line}")));
        }
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let fp = TextSet::fingerprint("牛牛房卡");
        let set = list(&format!(
            "# head\n\nversion\t1  # v\n{fp:016x}\t# 牛牛房卡\n  \n"
        ))
        .unwrap();
        assert_eq!(set.len(), 1);
        assert!(set.contains("牛 牛 房 卡"));
        assert!(list("# nothing yet\n").unwrap().is_empty());
    }

    #[test]
    fn write_read_round_trip() {
        let mut set = TextSet::new();
        set.insert("加微信abc123 # 牛牛房卡\t批发");
        set.insert("本市地铁新线今日开通");
        set.insert_prefix("十大信誉平台，");
        let mut out = Vec::new();
        set.write(&mut out).unwrap();
        let back = list(std::str::from_utf8(&out).unwrap()).unwrap();
        assert_eq!(back, set);
        assert!(back.contains("十大信誉平台，注册送彩金"));
        assert!(!back.contains("十大信誉"));
    }

    #[test]
    fn fingerprints_fold_disguises_and_layout() {
        let fp = TextSet::fingerprint;
        assert_eq!(fp("加 薇 信：ＡＢ１２３"), fp("加微信:ab123"));
        assert_eq!(fp("  牛牛\n房卡 "), fp("牛牛房卡"));
        assert_ne!(fp("牛牛房卡"), fp("牛牛房卡。"));
        // FNV-1a of the empty string: the hash is the documented one.
        assert_eq!(fp(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fp("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn prefixes_of_several_lengths() {
        let mut set = TextSet::new();
        set.insert_prefix("一二三");
        set.insert_prefix("甲乙丙丁戊");
        assert!(set.contains("一二三四五六"));
        assert!(set.contains("甲乙丙丁戊己庚"));
        assert!(set.contains("  甲乙丙丁戊"));
        assert!(!set.contains("甲乙丙丁"));
        assert!(!set.contains("一二"));
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn a_folder_without_overlay_files_is_an_error() {
        let dir = std::env::temp_dir()
            .join(format!("zhclean-overlay-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = Overlay::from_dir(&dir).unwrap_err();
        assert_eq!(err.path(), Some(dir.as_path()));
        assert!(err.to_string().contains("no overlay files"), "{err}");
        std::fs::write(dir.join("deny.txt"), "version\t1\n\nbad\n").unwrap();
        let err = Overlay::from_dir(&dir).unwrap_err();
        assert_eq!(err.path(), Some(dir.join("deny.txt").as_path()));
        assert_eq!(err.line(), Some(3));
        assert!(err.to_string().contains("deny.txt: text list: line 3"));
        std::fs::remove_dir_all(&dir).unwrap();
        let err = Overlay::from_dir(&dir).unwrap_err();
        assert!(err.to_string().contains("not a folder"), "{err}");
    }
}
