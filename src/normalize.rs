//! Text to its matching form, with a map back to the original.
//!
//! Spammers write the same words many ways: full-width letters, enclosed
//! digits, homophones of 微信, separators between characters, zero-width
//! characters, traditional characters. Rules and the lexicon match against
//! one folded form; the offset map lets every reason quote the original.
//!
//! Only a matching copy is folded: NFKC rewrites Chinese punctuation, so
//! the text the library returns is never normalised.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

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
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// How many folds undid a disguise nobody uses in honest text: a
    /// homophone of 微 (薇 溦 V 十(V)), an enclosed or look-alike digit
    /// (① ⑴ ❶, O or ろ between digits), an odd separator between
    /// characters (乀 → ~ *), an invisible character inside a word.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(zhclean::normalize("加微信 abc123").obfuscations(), 0);
    /// assert!(zhclean::normalize("加溦→①③⑧乀1234").obfuscations() >= 3);
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
/// homophones that spam uses (薇 溦 徴 嶶 → 微, 電 → 电); fold look-alike
/// letters between digits to digits (O → 0, l → 1, б → 6); drop separators
/// put between CJK characters or between digits; drop pinyin in brackets
/// after a character (`烟(yan)台`); and fold contact words (`v信`, `vx:`,
/// `加v`) to 微信. Whitespace folds to one space.
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
/// ```
pub fn normalize(text: &str) -> Normalized {
    let mut obf = 0;
    let mut invisibles = 0;
    let mut pieces = fold_chars(text, &mut obf, &mut invisibles);
    // The later passes only matter when what they look for is there;
    // most news text has neither.
    if pieces.iter().any(|p| is_sep(p.c) || matches!(p.c, '(' | '['))
        || has_lookalike_near_digit(&pieces)
    {
        pieces = join_pass(&pieces, &mut obf);
    }
    if pieces.iter().any(|p| matches!(p.c, 'v' | 'w' | '十' | '威' | '微'))
    {
        let before = obf;
        pieces = contact_pass(&pieces, &mut obf);
        // A folded 微信 is Chinese now: separators next to it go, as
        // they would in a second folding.
        if obf != before {
            pieces = join_pass(&pieces, &mut obf);
        }
    }
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        obfuscations: obf,
        invisibles,
        map: Vec::with_capacity(pieces.len()),
    };
    for p in pieces {
        out.map.push((out.text.len() as u32, p.start, p.end));
        out.text.push(p.c);
    }
    out
}

fn has_lookalike_near_digit(p: &[Piece]) -> bool {
    p.windows(2).any(|w| {
        (w[0].c.is_ascii_digit() && lookalike_digit(w[1].c).is_some())
            || (w[1].c.is_ascii_digit() && lookalike_digit(w[0].c).is_some())
    })
}

/// Character-level folding: drop invisibles, NFKC, case, tables.
fn fold_chars(text: &str, obf: &mut u32, invisibles: &mut u32) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(text.len() / 2);
    for (i, c) in text.char_indices() {
        let start = i as u32;
        let end = (i + c.len_utf8()) as u32;
        // The fast path: printable ASCII and Chinese characters that no
        // table folds, nearly every character of news text.
        if (' '..='~').contains(&c) && c != ' ' {
            out.push(Piece { c: c.to_ascii_lowercase(), start, end });
            continue;
        }
        if ('\u{4E00}'..='\u{9FFF}').contains(&c) && !in_fold_table(c) {
            out.push(Piece { c, start, end });
            continue;
        }
        if is_invisible(c) {
            if matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
                || (c.is_control() && !c.is_whitespace())
            {
                *invisibles += 1;
            }
            // Inside a word, not at its edges.
            if out.last().is_some_and(|p| p.c != ' ') {
                *obf += 1;
            }
            continue;
        }
        if matches!(c as u32, 0x2460..=0x24FF | 0x2776..=0x2793)
            || matches!(c, '薇' | '溦' | '徴' | '嶶' | '徵')
        {
            *obf += 1;
        }
        if c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' {
            match out.last_mut() {
                Some(p) if p.c == ' ' => p.end = end,
                Some(_) => out.push(Piece { c: ' ', start, end }),
                None => {}
            }
            continue;
        }
        let mut push = |c: char| {
            let c = fold_table(c);
            if c.is_whitespace() {
                if out.last().is_some_and(|p| p.c != ' ') {
                    out.push(Piece { c: ' ', start, end });
                }
            } else {
                out.push(Piece { c, start, end });
            }
        };
        if is_nfkc_stable(c) {
            push(lower(c));
        } else if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
            // Full-width ASCII, the common case of NFKC in Chinese text.
            let a = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            push(lower(a));
        } else if let Some(d) = enclosed_digit(c) {
            for d in d.chars() {
                push(d);
            }
        } else {
            for d in std::iter::once(c).nfkc() {
                if is_invisible(d) {
                    continue;
                }
                for l in d.to_lowercase() {
                    push(l);
                }
            }
        }
    }
    if out.last().is_some_and(|p| p.c == ' ') {
        out.pop();
    }
    out
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c
    }
}

/// ASCII and the main CJK blocks do not change under NFKC; skipping the
/// normaliser for them is the fast path.
fn is_nfkc_stable(c: char) -> bool {
    c.is_ascii()
        || matches!(c as u32,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x3001..=0x303F
            | 0x2010 | 0x2013..=0x2016 | 0x2018..=0x201F | 0x2020..=0x2023
            | 0x2030 | 0x2032..=0x2033 | 0x00B7)
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}'
        | '\u{180E}' | '\u{FE00}'..='\u{FE0F}')
        || (c.is_control() && !c.is_whitespace())
}

/// Dingbat digits that NFKC leaves alone (❶ ➀ ➊ ⓵).
fn enclosed_digit(c: char) -> Option<String> {
    let n = match c as u32 {
        0x2776..=0x277F => c as u32 - 0x2776 + 1,
        0x2780..=0x2789 => c as u32 - 0x2780 + 1,
        0x278A..=0x2793 => c as u32 - 0x278A + 1,
        0x24F5..=0x24FE => c as u32 - 0x24F5 + 1,
        0x24EB..=0x24F4 => c as u32 - 0x24EB + 11,
        0x24FF => 0,
        0x2474..=0x2487 => c as u32 - 0x2474 + 1,
        0x2488..=0x249B => c as u32 - 0x2488 + 1,
        _ => return None,
    };
    Some(n.to_string())
}

/// Whether `c` is one the table folds: one bit per character of the main
/// CJK block, so the common case costs a load, not a search.
fn in_fold_table(c: char) -> bool {
    static BITS: std::sync::LazyLock<Vec<u64>> =
        std::sync::LazyLock::new(|| {
            let mut bits = vec![0u64; (0x9FFF - 0x4E00 + 64) / 64];
            for &(from, _) in fold_pairs() {
                if let Some(k) = (from as u32).checked_sub(0x4E00) {
                    if let Some(w) = bits.get_mut(k as usize / 64) {
                        *w |= 1 << (k % 64);
                    }
                }
            }
            bits
        });
    let k = (c as u32).wrapping_sub(0x4E00) as usize;
    BITS.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

/// Traditional to simplified for the characters that carry spam, and the
/// homophones of 微 that spammers use.
/// The table as sorted pairs.
fn fold_pairs() -> &'static [(char, char)] {
    const PAIRS: &str = "薇微溦微徴微嶶微徵微電电話话裡里買买賣卖東东號号碼码網网購购價价錢钱\
        張张場场遊游戲戏進进線线與与門门們们廣广際际國国開开發发體体點点單单雙双間间\
        現现註注冊册優优應应會会員员帳账戶户財财貴贵賓宾娛娱樂乐紅红資资訊讯聯联繫系\
        係系絡络問问題题麼么這这個个來来時时對对後后從从頁页載载裝装機机動动獎奖勵励\
        贏赢輸输籌筹賭赌莊庄閑闲鬥斗搶抢將将撲扑寶宝魚鱼獵猎漁渔幣币區区塊块鏈链錄录\
        說说認认證证協协議议總总統统臺台灣湾鬧闹蘋苹無无專专業业務务處处視视頻频圖图\
        書书車车門门長长現现實实陸陆馬马鳥鸟龍龙萬万億亿擊击槍枪彈弹級级蘭兰亞亚歐欧\
        葡葡蔔卜澳澳門门贊赞佔占儲储値值熱热門门夥伙傳传滿满獲获麗丽謝谢兌兑換换紙纸\
        幾几億亿輕轻鬆松親亲愛爱約约聊聊視视裸裸騙骗貸贷款款額额卡卡刷刷單单兼兼職职\
        稅税票票據据辦办證证測测評评類类標标準准達达險险環环夠够鐘钟團团隊队種种費费讓让\
        邊边還还過过給给請请詢询諮咨訂订愛爱誠诚聽听說说體体驗验預预測测專专屬属獨独\
        廳厅遊游戲戏隨随時时線线條条務务權权紅红贏赢輸输錢钱爭争鬥斗擁拥搶抢寶宝";
    // A sorted table and a binary search: cheaper per character than
    // hashing, and the bitmap above spares most characters even that.
    static TABLE: std::sync::LazyLock<Vec<(char, char)>> =
        std::sync::LazyLock::new(|| {
            let cs: Vec<char> =
                PAIRS.chars().filter(|c| !c.is_whitespace()).collect();
            let mut t: Vec<(char, char)> =
                cs.chunks_exact(2).map(|p| (p[0], p[1])).collect();
            t.sort_unstable();
            t.dedup_by_key(|p| p.0);
            t
        });
    &TABLE
}

fn fold_table(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let table = fold_pairs();
    match table.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => table[i].1,
        Err(_) => c,
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

fn is_sep(c: char) -> bool {
    is_odd_sep(c)
        || matches!(
            c,
            ' ' | '-' | '_' | '.' | '·' | '|' | '/' | '+' | '—' | '、' | '\\'
        )
}

/// Separators that only disguise: nobody writes them between letters or
/// digits of a real word or number.
fn is_odd_sep(c: char) -> bool {
    matches!(
        c,
        '*' | '乀'
            | '→'
            | '丶'
            | '~'
            | '^'
            | '#'
            | '='
            | '•'
            | '‧'
            | '❤'
            | '♥'
            | '★'
            | '☆'
            | '✿'
            | '❀'
            | '♡'
            | '✨'
            | '♪'
            | '\\'
    )
}

/// A letter that stands for a digit when it sits between digits.
fn lookalike_digit(c: char) -> Option<char> {
    Some(match c {
        'o' | '〇' | 'о' | 'ο' => '0',
        'i' | 'l' | '|' | 'і' | '丨' => '1',
        'z' => '2',
        'ろ' | 'з' => '3',
        'ㄐ' => '4',
        's' => '5',
        'б' => '6',
        'b' => '8',
        'q' | 'g' => '9',
        _ => return None,
    })
}

/// Drops separators between CJK characters and between digits, folds
/// look-alike letters between digits, and drops pinyin in brackets.
fn join_pass(p: &[Piece], obf: &mut u32) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        let c = p[i].c;
        let prev = out.last().map(|x| x.c);
        // Pinyin in brackets right after a Han character: 烟(yan)台,
        // 三[san].
        if matches!(c, '(' | '[') && prev.is_some_and(is_han) {
            let close = if c == '(' { ')' } else { ']' };
            // Odd separators inside count as nothing, as they will once
            // joined, so that folding twice changes nothing.
            let mut j = i + 1;
            let mut letters = 0;
            while j < p.len() && j - i <= 12 {
                if p[j].c.is_ascii_lowercase() {
                    letters += 1;
                } else if !is_odd_sep(p[j].c) {
                    break;
                }
                j += 1;
            }
            if (2..=6).contains(&letters) && j < p.len() && p[j].c == close {
                if let Some(last) = out.last_mut() {
                    last.end = p[j].end;
                }
                i = j + 1;
                continue;
            }
        }
        if is_sep(c) {
            // Look past the whole run of separators.
            let mut j = i;
            while j < p.len() && is_sep(p[j].c) {
                j += 1;
            }
            let next = p.get(j).map(|x| x.c);
            let joins_han =
                prev.is_some_and(is_han) && next.is_some_and(is_han);
            let joins_digits = prev.is_some_and(|c| c.is_ascii_digit())
                && digit_ahead(p, j)
                && !p[i..j].iter().any(|x| matches!(x.c, '.' | '/'));
            // Separators no one types between letters (`a·u·k`), only
            // to break an ID apart.
            // (An arrow points at an ID rather than splitting one.)
            let odd = p[i..j].iter().all(|x| is_odd_sep(x.c) && x.c != '→');
            // A middle dot splits IDs too (`a·u·k`), but between Chinese
            // names it is honest (约翰·史密斯).
            let dotted = p[i..j].iter().all(|x| x.c == '·');
            // (A kana look-alike before a digit is about to be a digit.)
            let next_alnum = next.is_some_and(|c| {
                c.is_ascii_alphanumeric()
                    || (!c.is_ascii()
                        && lookalike_digit(c).is_some()
                        && digit_ahead(p, j + 1))
            });
            let joins_letters = (odd || dotted)
                && prev.is_some_and(|c| c.is_ascii_alphanumeric())
                && next_alnum;
            if joins_han || joins_digits || joins_letters {
                if odd || (dotted && joins_letters) {
                    *obf += 1;
                }
                i = j;
                continue;
            }
        }
        if let Some(d) = lookalike_digit(c) {
            // Latin look-alikes only between digits (`1O2`); kana and
            // Cyrillic ones also at the start of a number (`ろ002`).
            let prev_digit = prev.is_some_and(|c| c.is_ascii_digit());
            let foreign = !c.is_ascii();
            if (prev_digit || foreign) && digit_ahead(p, i + 1) {
                *obf += 1;
                out.push(Piece { c: d, ..p[i] });
                i += 1;
                continue;
            }
        }
        out.push(p[i]);
        i += 1;
    }
    out
}

/// What may stand between a contact word and its ID: a colon, 号, a
/// space, a bracket or an arrow.
fn is_id_lead(c: char) -> bool {
    (is_odd_sep(c) && c != '*')
        || matches!(
            c,
            ':' | '号'
                | ' '
                | '['
                | ']'
                | '('
                | ')'
                | '【'
                | '】'
                | '→'
                | '-'
                | '~'
                | '<'
                | '>'
                | '「'
                | '」'
        )
}

/// Whether a digit comes next, past separators and look-alike letters.
fn digit_ahead(p: &[Piece], from: usize) -> bool {
    for x in &p[from.min(p.len())..] {
        if x.c.is_ascii_digit() {
            return true;
        }
        if !(is_sep(x.c) && x.c != '.' && x.c != '/')
            && lookalike_digit(x.c).is_none()
        {
            return false;
        }
    }
    false
}

/// Folds the ways of writing 微信 before an ID to 微信.
fn contact_pass(p: &[Piece], obf: &mut u32) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        let plain =
            p[i].c == '微' && p.get(i + 1).is_some_and(|x| x.c == '信');
        // `Win加V` and `Ctrl+V` are keys, not contacts: a letter before
        // the 加 or + means no contact word.
        let prev = out.last().map(|x| x.c);
        let keys = matches!(prev, Some('加' | '+' | '嘉' | '家'))
            && out.len() >= 2
            && out[out.len() - 2].c.is_ascii_alphanumeric();
        let folded =
            if plain || keys { None } else { contact_word(&p[i..], prev) };
        if plain || folded.is_some() {
            let n = folded.unwrap_or(2);
            let start = p[i].start;
            let end = p[i + n - 1].end;
            if plain {
                out.extend_from_slice(&p[i..i + 2]);
            } else {
                *obf += 1;
                out.push(Piece { c: '微', start, end });
                out.push(Piece { c: '信', start, end });
            }
            i += n;
            // The ID that follows is copied as it is: `wx` inside it is
            // not another contact word.
            while i < p.len()
                && (is_id_lead(p[i].c)
                    || p[i].c.is_ascii_alphanumeric()
                    || p[i].c == '_')
            {
                out.push(p[i]);
                i += 1;
            }
            continue;
        }
        out.push(p[i]);
        i += 1;
    }
    out
}

/// Length of a way of writing 微信 at the start of `p`, if one is there.
///
/// `v信`, `vx`, `wx`, `十(v)` and a lone `v` count when an ID follows (a
/// colon, space or 号 and then five or more letters or digits, or digits
/// right away) or when they follow 加. `威信` (prestige) is a real word,
/// so it counts only before an ID.
fn contact_word(p: &[Piece], prev: Option<char>) -> Option<usize> {
    #[derive(PartialEq)]
    enum Kind {
        Strong,
        IdOnly,
        Weak,
    }
    // Letters glued before the word make it part of another word (`nvx`).
    if prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let at = |k: usize| p.get(k).map(|x| x.c);
    let (word, kind) = match (at(0)?, at(1)) {
        // 微 or 威 before an ID (薇 and 溦 fold to 微 first).
        ('微' | '威', Some(c)) if c != '信' => (1, Kind::IdOnly),
        // The pinyin: wei信, weixin.
        ('w', Some('e')) if at(2) == Some('i') && at(3) == Some('信') => {
            (4, Kind::Strong)
        }
        ('w', Some('e'))
            if (2..6).map(at).collect::<Option<String>>().as_deref()
                == Some("ixin") =>
        {
            (6, Kind::Strong)
        }
        ('v', Some('信')) => (2, Kind::Strong),
        ('v' | 'w', Some('x')) => (2, Kind::Strong),
        ('威', Some('信')) => (2, Kind::IdOnly),
        ('十', Some('(')) if at(2) == Some('v') && at(3) == Some(')') => {
            (4, Kind::Strong)
        }
        ('v', _) => (1, Kind::Weak),
        _ => return None,
    };
    let rest = &p[word..];
    let mut k = 0;
    while k < 4 && rest.get(k).is_some_and(|x| is_id_lead(x.c)) {
        k += 1;
    }
    let lead = &rest[..k.min(rest.len())];
    // A colon, a bracket or an arrow marks what follows as an ID; a space
    // or a dash may just be the next word (`V-Motion`, `卑微 02-28`).
    let marked = lead.iter().any(|x| !matches!(x.c, ' ' | '-'));
    // The ID, with dashes inside it skipped (`sfci-jt5-617`), and spaces
    // too once it is marked (`（q l h d 8 7）`).
    let mut id: Vec<char> = Vec::new();
    for x in &rest[k.min(rest.len())..] {
        if x.c.is_ascii_alphanumeric() || x.c == '_' {
            id.push(x.c);
        } else if (x.c == '-' || (x.c == ' ' && marked)) && !id.is_empty() {
            continue;
        } else {
            break;
        }
    }
    // 嘉 and 家 sound like 加.
    let after_add = matches!(prev, Some('加' | '+' | '嘉' | '家'));
    let digits = id.iter().filter(|c| c.is_ascii_digit()).count();
    // `vxworks` and `v2.21` are words, but `v信abc123`, `十(v)abc123` and
    // `加微abc123` are not. A lone `v`, 微 or 威 needs a marked ID or a 加
    // before it, and an ID with digits in it.
    let has_id = match kind {
        Kind::Strong => {
            id.len() >= 5
                && (marked
                    || word >= 2 && at(1) != Some('x')
                    || digits == id.len())
        }
        Kind::IdOnly | Kind::Weak => {
            id.len() >= 5 && digits >= 2 && (marked || after_add)
        }
    };
    let next_letter = rest.first().is_some_and(|x| x.c.is_ascii_alphabetic());
    let ok = has_id || (after_add && kind != Kind::IdOnly && !next_letter);
    ok.then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($name:ident: $input:expr => $want:expr,)*) => {$(
            #[test]
            fn $name() {
                let got = normalize($input);
                assert_eq!(got.as_str(), $want, "input {:?}", $input);
                // Idempotent.
                assert_eq!(normalize(got.as_str()).as_str(), $want);
            }
        )*};
    }

    t! {
        fullwidth: "ＡＢＣ１２３" => "abc123",
        zero_width: "牛\u{200b}牛\u{2060}房卡" => "牛牛房卡",
        separators_han: "金 花 房 卡" => "金花房卡",
        separators_arrows: "牛→牛乀房_卡" => "牛牛房卡",
        keeps_ascii_spaces: "iPhone 15 Pro" => "iphone 15 pro",
        enclosed: "❶❷③⑷⒌" => "12345",
        lookalike_digits: "13O-l23ろ-ㄐб78" => "13012334678",
        no_lookalike_in_words: "Hello Oil" => "hello oil",
        pinyin: "烟(yan)台苹(ping)果" => "烟台苹果",
        vx: "vx: abc12345" => "微信: abc12345",
        add_v: "加v了解" => "加微信了解",
        not_a_word: "vxworks vacation" => "vxworks vacation",
        add_vx: "加vx了解" => "加微信了解",
        v_xin: "v信 abc999" => "微信 abc999",
        ten_v: "十(V)abc12345" => "微信abc12345",
        homophone: "加溦信" => "加微信",
        weixin_prestige: "树立威信" => "树立威信",
        traditional: "牛牛房卡哪裡買" => "牛牛房卡哪里买",
        parenthesized: "⑴⑷⑴-⑹⑴⑺⑴" => "1416171",
        dotted_letters: "a·u·k·f·z" => "aukfz",
        add_wei_id: "加溦ufzd9472989" => "加微信ufzd9472989",
        arrow_id: "加V→wx4434925" => "加微信→wx4434925",
        weibo_is_not_wechat: "加微博好友" => "加微博好友",
                keyboard: "按Win加V粘贴" => "按win加v粘贴",
        pinyin_square: "拼[pin]三[san] 张" => "拼三张",
        wei_pinyin: "wei信：（srlpg2547）" => "微信:(srlpg2547)",
        wei_id: "加威「hnsd_5B3B」" => "加微信「hnsd_583b」",
        heart: "威❤信" => "威信",
                more_lookalikes: "3Zlq4O〇2" => "32194002",
        kana_first: "加威：【hnsろ００2】" => "加微信:【hns3002】",
        wei_alone: "树立威信，微创手术" => "树立威信,微创手术",
        dates_keep_dot: "2024.5.21" => "2024.5.21",
    }

    #[test]
    fn offsets_point_at_original() {
        let src = "请加 溦 信：①②③４５";
        let n = normalize(src);
        let at = n.as_str().find("123").unwrap();
        let r = n.original(at..at + 3);
        assert_eq!(&src[r], "①②③");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::normalize;

    /// Plain texts of the kind spam is made of: Chinese words, digits,
    /// ASCII IDs, punctuation.
    fn plain() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "牛牛",
            "房卡",
            "批发",
            "加微信",
            "金花",
            "一元一张",
            "哪里买",
            "新闻",
            "发布会",
            "记者",
            "今天",
            "市场",
            "，",
            "。",
            "：",
            "abc",
            "vip8",
            "2024",
            "138",
            "5678",
            "微信",
            "客服",
        ]);
        prop::collection::vec(words, 1..12).prop_map(|w| w.concat())
    }

    /// Disguises the way spammers do, in ways the folding must undo.
    fn disguise(s: &str, seed: u64) -> String {
        let mut out = String::new();
        let mut r = seed | 1;
        let mut next = || {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            r
        };
        let cs: Vec<char> = s.chars().collect();
        for (i, &c) in cs.iter().enumerate() {
            let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            match c {
                '微' if next() % 2 == 0 => out.push('薇'),
                '1'..='9' if next() % 3 == 0 => {
                    // ① .. ⑨
                    out.push(
                        char::from_u32(0x2460 + (c as u32 - '1' as u32))
                            .unwrap(),
                    )
                }
                '0'..='9' | 'a'..='z' if next() % 3 == 0 => {
                    // Full width.
                    out.push(char::from_u32(c as u32 + 0xFEE0).unwrap())
                }
                _ => out.push(c),
            }
            if let Some(&n) = cs.get(i + 1) {
                if han(c) && han(n) {
                    match next() % 6 {
                        0 => out.push(' '),
                        1 => out.push('*'),
                        2 => out.push('乀'),
                        3 => out.push('\u{200b}'),
                        _ => {}
                    }
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn disguised_folds_like_plain(s in plain(), seed in any::<u64>()) {
            let d = disguise(&s, seed);
            let (a, b) = (normalize(&d), normalize(&s));
            prop_assert_eq!(a.as_str(), b.as_str(), "disguised {:?}", d);
        }

        #[test]
        fn folding_twice_changes_nothing(s in "[牛房卡微信加薇溦 *乀→_.\\-0-9a-zA-Z①⑴❶〇lOろ:：()（）\\[\\]【】，。]{0,40}") {
            let once = normalize(&s);
            let twice = normalize(once.as_str());
            prop_assert_eq!(twice.as_str(), once.as_str());
        }

        #[test]
        fn offsets_stay_in_bounds(s in "\\PC{0,60}") {
            let n = normalize(&s);
            let len = n.as_str().len();
            let r = n.original(0..len);
            prop_assert!(r.end <= s.len());
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
        }
    }
}
