//! Text to its matching form, with a map back to the original.
//!
//! Spammers write the same words many ways: full-width letters, enclosed
//! digits, homophones of 微信, separators between characters, zero-width
//! characters, traditional characters, look-alike letters of other
//! scripts. Rules and the lexicon match against one folded form; the
//! offset map lets every reason quote the original.
//!
//! Only a matching copy is folded: NFKC rewrites Chinese punctuation, so
//! the text the library returns is never normalised.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use unicode_normalization::UnicodeNormalization;
use unicode_security::mixed_script::AugmentedScriptSet;

// Which characters fold to what, and which are disguises.
mod chars;
// The passes over the folded pieces: joins, contacts.
mod passes;
#[cfg(test)]
mod tests;

use chars::*;
use passes::*;

/// A folded copy of a text with a map back to the original.
///
/// # Examples
///
/// ```
/// let n = zhclean::normalize("加 薇 信：ＡＢ１２３");
/// assert_eq!(n.as_str(), "加微信:ab123");
/// // "微信" in the folded form came from "薇 信" in the original.
/// let at = n.as_str().find("微信").unwrap();
/// assert_eq!(n.original(at..at + "微信".len()), 4..11);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    text: String,
    /// How many folds undid a deliberate disguise (see
    /// [`Normalized::obfuscations`]).
    obfuscations: u32,
    /// Zero-width and control characters dropped.
    invisibles: u32,
    /// For each char of `text`: its byte offset in `text` and the byte
    /// range in the original it came from.
    map: Vec<(u32, u32, u32)>,
}

impl Normalized {
    /// The folded text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(zhclean::normalize("Ｗх８８").as_str(), "wx88");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// How many folds undid a disguise nobody uses in honest text: a
    /// homophone of 微 (薇 溦 V 十(V)), an enclosed, mathematical or
    /// look-alike digit or letter (① ⑴ ❶ ⓦ 𝟏 𝐚, O or ろ between digits),
    /// a letter of another script inside
    /// a Latin ID (`wх8899` with a Cyrillic х, `1З8`), an odd separator
    /// between characters (乀 → ~ *), an invisible character inside a word.
    /// Look-alike letters inside words of their own script (Russian,
    /// Greek) fold but do not count.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(zhclean::normalize("加微信 abc123").obfuscations(), 0);
    /// assert!(zhclean::normalize("加溦→①③⑧乀1234").obfuscations() >= 3);
    /// assert_eq!(zhclean::normalize("加wх8899").obfuscations(), 1);
    /// assert_eq!(zhclean::normalize("Москва 2024").obfuscations(), 0);
    /// ```
    pub fn obfuscations(&self) -> u32 {
        self.obfuscations
    }

    /// How many zero-width (U+200B to U+200F, U+2060 to U+2064, U+FEFF)
    /// and control characters the text held; they were dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(zhclean::normalize("牛\u{200b}牛\u{feff}").invisibles(), 2);
    /// ```
    pub fn invisibles(&self) -> u32 {
        self.invisibles
    }

    /// The byte range in the original text that a byte range of the folded
    /// text came from.
    ///
    /// # Examples
    ///
    /// ```
    /// let src = "电话①③⑧";
    /// let n = zhclean::normalize(src);
    /// let at = n.as_str().find("138").unwrap();
    /// assert_eq!(&src[n.original(at..at + 3)], "①③⑧");
    /// ```
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        if self.map.is_empty() || range.start >= range.end {
            return 0..0;
        }
        let first = match self
            .map
            .binary_search_by_key(&(range.start as u32), |m| m.0)
        {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let last = match self
            .map
            .binary_search_by_key(&(range.end as u32 - 1), |m| m.0)
        {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        self.map[first].1 as usize..self.map[last].2 as usize
    }
}

/// One char of the folded form and the original bytes it came from.
///
/// The same size and alignment as a map entry, so the final step turns
/// the vector into the map in place.
#[derive(Clone, Copy)]
struct Piece {
    c: char,
    start: u32,
    end: u32,
}

/// Folds a text to its matching form.
///
/// The steps: drop zero-width and control characters; NFKC (full-width to
/// half-width, ① to 1); lower case; fold traditional characters and
/// homophones that spam uses (薇 溦 徴 嶶 → 微, 電 → 电); fold letters of
/// any script that imitate an ASCII letter or digit to it, from the
/// Unicode confusables (UTS #39: Cyrillic х → x, Greek ο → o, З → 3);
/// fold look-alike letters between digits to digits (O → 0, l → 1,
/// ろ → 3); drop separators put between CJK characters or between digits;
/// drop pinyin in brackets after a character (`烟(yan)台`); and fold
/// contact words (`v信`, `vx:`, `加v`) to 微信. Whitespace folds to one
/// space.
///
/// Folding is idempotent: folding the folded form changes nothing.
///
/// # Examples
///
/// ```
/// use zhclean::normalize;
/// assert_eq!(normalize("牛*牛*房*卡").as_str(), "牛牛房卡");
/// assert_eq!(normalize("①③⑧-1234-5678").as_str(), "13812345678");
/// assert_eq!(normalize("1O2l3").as_str(), "10213");
/// assert_eq!(normalize("烟(yan)台").as_str(), "烟台");
/// assert_eq!(normalize("加V：abc888").as_str(), "加微信:abc888");
/// assert_eq!(normalize("哪裡買").as_str(), "哪里买");
/// assert_eq!(normalize("加ѵх：1З8").as_str(), "加微信:138");
/// ```
pub fn normalize(text: &str) -> Normalized {
    let mut f = Folder::new(text);
    f.fold_chars(text);
    let Folder {
        mut pieces,
        mut obf,
        invisibles,
        join_from,
        contact,
        lookalikes,
    } = f;
    // The later passes only run when what they look for is there, and the
    // join pass only from where it is: most news text has little of it.
    if join_from < pieces.len() {
        join_pass(&mut pieces, join_from, text, &mut obf);
    }
    // A folded 微信 is Chinese now: separators next to it go, as they
    // would in a second folding.
    if contact && contact_pass(&mut pieces, &mut obf) {
        join_pass(&mut pieces, 0, text, &mut obf);
    }
    if lookalikes {
        obf += count_lookalikes(&pieces, text);
    }
    let mut folded = String::with_capacity(text.len());
    // Same layout, so this reuses the pieces' allocation.
    let map = pieces
        .into_iter()
        .map(|p| {
            let at = folded.len() as u32;
            folded.push(p.c);
            (at, p.start, p.end)
        })
        .collect();
    Normalized { text: folded, obfuscations: obf, invisibles, map }
}

/// Nothing for the join pass to do yet.
const NONE: usize = usize::MAX;

/// The character pass, and what it saw that the later passes look for.
struct Folder {
    pieces: Vec<Piece>,
    obf: u32,
    invisibles: u32,
    /// The first piece the join pass may change, or [`NONE`].
    join_from: usize,
    /// A char a contact word starts with.
    contact: bool,
    /// A look-alike folded by its skeleton, to count at the end.
    lookalikes: bool,
}

impl Folder {
    fn new(text: &str) -> Folder {
        Folder {
            // One piece a char but for rare expansions (㍿ → 株式会社).
            pieces: Vec::with_capacity(text.chars().count() + 8),
            obf: 0,
            invisibles: 0,
            join_from: NONE,
            contact: false,
            lookalikes: false,
        }
    }

    fn last_is_word(&self) -> bool {
        self.pieces.last().is_some_and(|p| p.c != ' ')
    }

    /// Pushes a folded char, noting what the later passes need.
    #[inline]
    fn put(&mut self, c: char, start: u32, end: u32) {
        if self.join_from == NONE {
            self.note_join(c);
        }
        if matches!(c, 'v' | 'w' | '十' | '威' | '微') {
            self.contact = true;
        }
        self.pieces.push(Piece { c, start, end });
    }

    /// Whether the join pass has work at the piece about to be pushed:
    /// a separator, a bracket, or a look-alike digit next to a digit.
    fn note_join(&mut self, c: char) {
        let last = self.pieces.last().map(|p| p.c);
        let lookalike = |c: Option<char>| c.and_then(lookalike_digit);
        let starts = is_sep(c)
            || matches!(c, '(' | '[')
            || (c.is_ascii_digit() && lookalike(last).is_some())
            || (lookalike(Some(c)).is_some()
                && last.is_some_and(|l| l.is_ascii_digit()));
        if starts {
            // From the start of a run of look-alikes before it: in `оо-1`
            // all of them fold.
            let run = self.pieces.iter().rev();
            let k = run.take_while(|p| lookalike_digit(p.c).is_some());
            self.join_from = self.pieces.len() - k.count();
        }
    }

    /// Pushes a folded char through the fold table; whitespace becomes
    /// one space.
    fn push(&mut self, c: char, start: u32, end: u32) {
        let c = fold_table(c);
        if c.is_whitespace() {
            if self.last_is_word() {
                self.put(' ', start, end);
            }
        } else {
            self.put(c, start, end);
        }
    }

    /// Pushes a non-ASCII char that NFKC kept (or produced), lower-cased
    /// and folded to the ASCII letter or digit it imitates, if any.
    fn push_other(&mut self, d: char, start: u32, end: u32) {
        // Its own skeleton first: З is 3 but its lower case з is not.
        if let Some(a) = lookalike(d) {
            self.lookalikes = true;
            return self.push(a, start, end);
        }
        for l in d.to_lowercase() {
            match lookalike(l) {
                Some(a) => {
                    self.lookalikes = true;
                    self.push(a, start, end);
                }
                None => self.push(l, start, end),
            }
        }
    }

    /// Character-level folding: drop invisibles, NFKC, case, tables.
    fn fold_chars(&mut self, text: &str) {
        let plain = plain_han();
        for (i, c) in text.char_indices() {
            let start = i as u32;
            let end = (i + c.len_utf8()) as u32;
            // The fast paths: printable ASCII and Chinese characters that
            // no table folds and no later pass looks at, nearly every
            // character of news text.
            if c.is_ascii_graphic() {
                self.put(c.to_ascii_lowercase(), start, end);
                continue;
            }
            if is_plain_han(plain, c) {
                self.pieces.push(Piece { c, start, end });
                continue;
            }
            if c == ' ' || c == '\n' {
                self.space(start, end);
                continue;
            }
            if is_invisible(c) {
                if matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
                    || (c.is_control() && !c.is_whitespace())
                {
                    self.invisibles += 1;
                }
                // Inside a word, not at its edges.
                if self.last_is_word() {
                    self.obf += 1;
                }
                continue;
            }
            // Enclosed and mathematical letters and digits: styling no
            // one types, used to get an ID past a filter.
            if matches!(c as u32, 0x2460..=0x24FF | 0x2776..=0x2793 | 0x1D400..=0x1D7FF)
                || matches!(c, '薇' | '溦' | '徴' | '嶶' | '徵')
            {
                self.obf += 1;
            }
            if c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' {
                self.space(start, end);
                continue;
            }
            if is_nfkc_stable(c) {
                self.push(lower(c), start, end);
            } else if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
                // Full-width ASCII, the common case of NFKC in Chinese text.
                let a = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
                self.push(lower(a), start, end);
            } else if let Some(n) = enclosed_digit(c) {
                if n >= 10 {
                    self.push(char::from(b'0' + (n / 10) as u8), start, end);
                }
                self.push(char::from(b'0' + (n % 10) as u8), start, end);
            } else {
                for d in std::iter::once(c).nfkc() {
                    if is_invisible(d) {
                        continue;
                    }
                    if d.is_ascii() {
                        self.push(d.to_ascii_lowercase(), start, end);
                    } else {
                        self.push_other(d, start, end);
                    }
                }
            }
        }
        if self.pieces.last().is_some_and(|p| p.c == ' ') {
            self.pieces.pop();
        }
    }

    /// A whitespace char: one space for a run, none at the start.
    fn space(&mut self, start: u32, end: u32) {
        match self.pieces.last_mut() {
            Some(p) if p.c == ' ' => p.end = end,
            Some(_) => self.put(' ', start, end),
            None => {}
        }
    }
}
