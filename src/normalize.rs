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

/// Dingbat digits that NFKC leaves alone (❶ ➀ ➊ ⓵), and the
/// parenthesised and dotted ones NFKC would bracket or dot (⑴ ⒈).
fn enclosed_digit(c: char) -> Option<u32> {
    Some(match c as u32 {
        0x2776..=0x277F => c as u32 - 0x2776 + 1,
        0x2780..=0x2789 => c as u32 - 0x2780 + 1,
        0x278A..=0x2793 => c as u32 - 0x278A + 1,
        0x24F5..=0x24FE => c as u32 - 0x24F5 + 1,
        0x24EB..=0x24F4 => c as u32 - 0x24EB + 11,
        0x24FF => 0,
        0x2474..=0x2487 => c as u32 - 0x2474 + 1,
        0x2488..=0x249B => c as u32 - 0x2488 + 1,
        _ => return None,
    })
}

/// CJK ideographs, radicals and punctuation: never folded by skeleton
/// (丫 is not y, 〇 is not o but for the digit rule).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0x20000..=0x3FFFF)
}

/// The ASCII letter or digit (lower case) that `c` imitates: its UTS #39
/// skeleton, when that is one ASCII letter or digit. Never for ASCII or
/// CJK.
fn lookalike(c: char) -> Option<char> {
    // Skeletons are computed a block of 256 at a time, on first use: a
    // lookup is then one load, and a process that never meets Cyrillic
    // never computes it. Plane 2 and up are CJK and unassigned.
    const BLOCKS: usize = 0x20000 >> 8;
    static TABLE: [OnceLock<Box<[u8; 256]>>; BLOCKS] =
        [const { OnceLock::new() }; BLOCKS];
    let u = c as u32;
    if u < 0x80 || is_cjk(c) {
        return None;
    }
    let block = TABLE.get((u >> 8) as usize)?.get_or_init(|| {
        let mut b = Box::new([0u8; 256]);
        for (k, slot) in b.iter_mut().enumerate() {
            let x = char::from_u32(u & !0xFF | k as u32);
            if let Some(a) = x.and_then(skeleton_ascii) {
                *slot = a as u8;
            }
        }
        b
    });
    match block[(u & 0xFF) as usize] {
        0 => None,
        a => Some(char::from(a)),
    }
}

fn skeleton_ascii(c: char) -> Option<char> {
    if c.is_ascii() || is_cjk(c) {
        return None;
    }
    let mut buf = [0; 4];
    let mut s = unicode_security::skeleton(c.encode_utf8(&mut buf));
    match (s.next(), s.next()) {
        (Some(a), None) if a.is_ascii_alphanumeric() => {
            Some(a.to_ascii_lowercase())
        }
        _ => None,
    }
}

/// The original char of a piece if the piece is a look-alike folded by
/// its skeleton (the pieces do not carry it: rare, so it is recomputed).
fn lookalike_source(text: &str, p: &Piece) -> Option<char> {
    if !p.c.is_ascii_alphanumeric() || p.end - p.start < 2 {
        return None;
    }
    let s = text.get(p.start as usize..)?.chars().next()?;
    let stable = is_nfkc_stable(s) || ('\u{FF01}'..='\u{FF5E}').contains(&s);
    if stable || enclosed_digit(s).is_some() {
        return None;
    }
    std::iter::once(s)
        .nfkc()
        .any(|d| {
            !d.is_ascii()
                && (lookalike(d).is_some()
                    || d.to_lowercase().any(|l| lookalike(l).is_some()))
        })
        .then_some(s)
}

fn is_latin(c: char) -> bool {
    let s = AugmentedScriptSet::for_char(c);
    if s.is_all() {
        return false;
    }
    let mut latin = s;
    latin.intersect_with(AugmentedScriptSet::for_char('a'));
    !latin.is_empty()
}

/// How many skeleton folds disguised an ID rather than spelled a word of
/// their own script: one that is a digit now next to a real ASCII letter
/// or digit (`1З8`, `о` in `1о8`); a letter right before a real digit,
/// starting a number (`х8899`); a letter of a script other than Latin
/// next to a real ASCII letter (`wх`, `gооgle`). Not a letter after a
/// digit (Russian `10см`, `2024г`, `3×4`), nor a Latin-script one inside
/// a Latin word (Turkish ı).
fn count_lookalikes(p: &[Piece], text: &str) -> u32 {
    let real = |k: Option<usize>| {
        let x = p.get(k?)?;
        let ok =
            x.c.is_ascii_alphanumeric() && lookalike_source(text, x).is_none();
        ok.then_some(x.c)
    };
    let mut n = 0;
    for (i, x) in p.iter().enumerate() {
        let Some(s) = lookalike_source(text, x) else { continue };
        let (before, after) = (real(i.checked_sub(1)), real(Some(i + 1)));
        let disguise = if x.c.is_ascii_digit() {
            before.is_some() || after.is_some()
        } else {
            let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
            // At the start of a number, not inside one (`3×4`).
            let inside = i > 0 && p[i - 1].c.is_ascii_digit();
            (after.is_some_and(|c| c.is_ascii_digit()) && !inside)
                || (!is_latin(s) && (letter(before) || letter(after)))
        };
        n += u32::from(disguise);
    }
    n
}

/// One bit for each Chinese character of the main block that no table
/// folds and no later pass looks at, so the common case costs a load,
/// not a search.
fn plain_han() -> &'static [u64] {
    static BITS: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut bits = vec![!0u64; (0x9FFF - 0x4E00 + 64) / 64];
        let mut clear = |c: char| {
            if let Some(k) = (c as u32).checked_sub(0x4E00) {
                if let Some(w) = bits.get_mut(k as usize / 64) {
                    *w &= !(1 << (k % 64));
                }
            }
        };
        for &(from, _) in fold_pairs() {
            clear(from);
        }
        let special = |c: &char| {
            is_sep(*c)
                || lookalike_digit(*c).is_some()
                || matches!(c, '十' | '威' | '微')
        };
        ('\u{4E00}'..='\u{9FFF}').filter(special).for_each(clear);
        bits
    });
    &BITS
}

fn is_plain_han(bits: &[u64], c: char) -> bool {
    let k = (c as u32).wrapping_sub(0x4E00) as usize;
    k <= 0x9FFF - 0x4E00
        && bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
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
        廳厅遊游戲戏隨随時时線线條条務务權权紅红贏赢輸输錢钱爭争鬥斗擁拥搶抢寶宝\
        掛挂輔辅鏡镜頭头藥药遙遥術术詐诈賽赛盤盘賠赔競竞運运氣气紀纪觀观軟软傷伤\
        癮瘾補补償偿館馆維维護护舉举報报縣县鄉乡鎮镇廠厂檢检質质變变態态誘诱蕩荡\
        婦妇絲丝襪袜腳脚顏颜藝艺攝摄節节頂顶緣缘壓压閱阅讀读擇择韓韩鄰邻慶庆陽阳\
        勞劳獻献齊齐濟济煩烦燈灯營营嚴严靈灵賺赚筆笔鑽钻礦矿輪轮驅驱騎骑駕驾雞鸡\
        飛飞計计劃划範范圍围幫帮託托經经週周尋寻極极貼贴論论壇坛備备選选顯显藏藏\
        掃扫描描鏢镖輛辆較较輩辈陣阵頓顿顆颗顧顾領领頻频額额風风飄飘餘余館馆駐驻\
        驗验體体髮发鬧闹鹽盐黃黄齒齿倉仓備备傑杰傘伞創创劇剧勝胜勢势厲厉參参嗎吗\
        嘗尝噸吨壞坏奪夺奮奋媽妈孫孙審审寫写尋寻導导層层歲岁島岛帥帅廢废彌弥徑径\
        徹彻態态懷怀戰战擔担據据攜携敗败數数殺杀氫氢決决況况滅灭潔洁濕湿災灾燒烧\
        獄狱產产畫画畢毕疊叠盡尽礙碍禮礼穩稳窮穷競竞筍笋築筑簡简糧粮純纯組组細细\
        終终結结絕绝給给統统綁绑綠绿緊紧編编縮缩織织罰罚羅罗義义習习聲声膚肤艱艰\
        莊庄華华萬万葉叶蓋盖蘇苏虛虚蟲虫衛卫裝装製制複复覺觉規规親亲設设訪访許许\
        診诊詞词試试詳详誤误調调談谈諾诺謀谋貨货販贩貿贸賀贺賞赏質质趕赶跡迹蹤踪\
        軍军輯辑農农迴回逕迳運运達达違违遠远適适遲迟遷迁鄭郑醫医釋释鋼钢錯错鍵键\
        鎖锁長长閃闪閉闭閘闸隱隐雜杂難难霧雾響响頗颇頒颁飯饭飲饮飽饱馬马騷骚驚惊";
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

/// A letter that stands for a digit when it sits between digits. Other
/// scripts' letters reach here folded by their skeleton (Cyrillic о is
/// `o`, б is `6`); these are the ones it leaves alone (з's is ɜ).
fn lookalike_digit(c: char) -> Option<char> {
    Some(match c {
        'o' | '〇' => '0',
        'i' | 'l' | '|' | '丨' => '1',
        'z' => '2',
        'ろ' | 'з' => '3',
        'ㄐ' => '4',
        's' => '5',
        'b' => '8',
        'q' | 'g' => '9',
        _ => return None,
    })
}

/// Drops separators between CJK characters and between digits, folds
/// look-alike letters between digits, and drops pinyin in brackets.
///
/// In place from `from` (the pieces before it stay as they are): it
/// never writes more pieces than it has read, so `p[..w]` is the output
/// so far and `p[i..]` the input still to read.
fn join_pass(p: &mut Vec<Piece>, from: usize, text: &str, obf: &mut u32) {
    let (mut w, mut i) = (from, from);
    while i < p.len() {
        let c = p[i].c;
        let prev = w.checked_sub(1).map(|k| p[k].c);
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
                p[w - 1].end = p[j].end;
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
            let seps = &p[i..j];
            let joins_han =
                prev.is_some_and(is_han) && next.is_some_and(is_han);
            let joins_digits = prev.is_some_and(|c| c.is_ascii_digit())
                && digit_ahead(p, j)
                && !seps.iter().any(|x| matches!(x.c, '.' | '/'));
            // Separators no one types between letters (`a·u·k`), only
            // to break an ID apart.
            // (An arrow points at an ID rather than splitting one.)
            let odd = seps.iter().all(|x| is_odd_sep(x.c) && x.c != '→');
            // A middle dot splits IDs too (`a·u·k`), but between Chinese
            // names it is honest (约翰·史密斯).
            let dotted = seps.iter().all(|x| x.c == '·');
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
            // Latin look-alikes only between digits (`1O2`); those of
            // other scripts also at the start of a number (`ろ002`,
            // Cyrillic `о02`, which reaches here folded to `o`).
            let prev_digit = prev.is_some_and(|c| c.is_ascii_digit());
            let skeleton = lookalike_source(text, &p[i]).is_some();
            let foreign = !c.is_ascii() || skeleton;
            if (prev_digit || foreign) && digit_ahead(p, i + 1) {
                // Skeleton folds are counted at the end, once.
                if !skeleton {
                    *obf += 1;
                }
                p[w] = Piece { c: d, ..p[i] };
                w += 1;
                i += 1;
                continue;
            }
        }
        p[w] = p[i];
        w += 1;
        i += 1;
    }
    p.truncate(w);
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

/// Folds the ways of writing 微信 before an ID to 微信; whether it
/// folded any.
///
/// Nearly always there is none: the output is `p[..i]` itself until the
/// first fold, and only then copied out.
fn contact_pass(p: &mut Vec<Piece>, obf: &mut u32) -> bool {
    let mut out: Option<Vec<Piece>> = None;
    let mut i = 0;
    while i < p.len() {
        if !matches!(p[i].c, 'v' | 'w' | '十' | '威' | '微') {
            if let Some(o) = &mut out {
                o.push(p[i]);
            }
            i += 1;
            continue;
        }
        let done = out.as_deref().unwrap_or(&p[..i]);
        let plain =
            p[i].c == '微' && p.get(i + 1).is_some_and(|x| x.c == '信');
        // `Win加V` and `Ctrl+V` are keys, not contacts: a letter before
        // the 加 or + means no contact word.
        let prev = done.last().map(|x| x.c);
        let keys = matches!(prev, Some('加' | '+' | '嘉' | '家'))
            && done.len() >= 2
            && done[done.len() - 2].c.is_ascii_alphanumeric();
        let folded =
            if plain || keys { None } else { contact_word(&p[i..], prev) };
        if plain || folded.is_some() {
            let n = folded.unwrap_or(2);
            // The ID that follows is copied as it is: `wx` inside it is
            // not another contact word.
            let mut end = i + n;
            while end < p.len()
                && (is_id_lead(p[end].c)
                    || p[end].c.is_ascii_alphanumeric()
                    || p[end].c == '_')
            {
                end += 1;
            }
            if plain {
                if let Some(o) = &mut out {
                    o.extend_from_slice(&p[i..end]);
                }
            } else {
                *obf += 1;
                let o = out.get_or_insert_with(|| {
                    let mut o = Vec::with_capacity(p.len() + 8);
                    o.extend_from_slice(&p[..i]);
                    o
                });
                let (start, last) = (p[i].start, p[i + n - 1].end);
                o.push(Piece { c: '微', start, end: last });
                o.push(Piece { c: '信', start, end: last });
                o.extend_from_slice(&p[i + n..end]);
            }
            i = end;
            continue;
        }
        if let Some(o) = &mut out {
            o.push(p[i]);
        }
        i += 1;
    }
    match out {
        Some(o) => {
            *p = o;
            true
        }
        None => false,
    }
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
mod lookalikes {
    use super::*;

    /// `input => (folded, obfuscations)`: the fold, its idempotence, and
    /// whether it counted as a disguise.
    macro_rules! t {
        ($($name:ident: $input:expr => ($want:expr, $obf:expr),)*) => {$(
            #[test]
            fn $name() {
                let got = normalize($input);
                assert_eq!(got.as_str(), $want, "input {:?}", $input);
                assert_eq!(got.obfuscations(), $obf, "input {:?}", $input);
                assert_eq!(normalize(got.as_str()).as_str(), $want);
            }
        )*};
    }

    t! {
        // Cyrillic: х З б о in IDs and domains; Russian words and units.
        cyrillic_in_id: "wх8899" => ("wx8899", 1),
        cyrillic_digit: "1З8" => ("138", 1),
        cyrillic_o_between_digits: "1о8" => ("108", 1),
        cyrillic_o_starts_number: "о02" => ("002", 1),
        cyrillic_b: "微信irft3бbb" => ("微信irft36bb", 1),
        cyrillic_domain: "gооgle.com" => ("google.com", 2),
        cyrillic_prefix: "ѕех8899" => ("sex8899", 1),
        cyrillic_contact: "加ѵх：1З8" => ("加微信:138", 2),
        russian_words: "Москва и Сочи" => ("mocквa и coчи", 0),
        russian_units: "в 2024г. 10см" => ("в 2024r. 10cм", 0),
        russian_ze: "Зона" => ("3oнa", 0),
        // Greek: ο ι ν in IDs; Greek words and letters in science news.
        greek_in_domain: "gοοgle" => ("google", 2),
        greek_digit: "1ο8" => ("108", 1),
        greek_v: "加ν：abc12345" => ("加微信:abc12345", 1),
        greek_word: "Αθήνα" => ("aθήva", 0),
        greek_science: "α粒子、γ射线和HIF-1α" => ("a粒子、y射线和hif-1a", 0),
        // Georgian, Armenian, Cherokee.
        georgian_in_id: "qqყ123" => ("qqy123", 1),
        georgian_word: "ყველა" => ("yველა", 0),
        armenian_in_domain: "gօօgle" => ("google", 2),
        armenian_digit: "1օ8" => ("108", 1),
        armenian_word: "հայերեն" => ("hwjերեն", 0),
        cherokee_in_id: "abᏟ123" => ("abc123", 1),
        cherokee_digit: "1Ꮾ8" => ("168", 1),
        cherokee_word: "ᏣᎳᎩ" => ("ꮳwy", 0),
        // Hangul: a compatibility ieung is an o; syllables never fold.
        hangul_digit: "1ㅇ8" => ("108", 1),
        hangul_words: "안녕하세요 ㅇㅇ" => ("안녕하세요 oo", 0),
        // Kana and bopomofo: the old digit rule, and honest words.
        kana_digit: "13ろ8" => ("1338", 1),
        kana_word: "ところ" => ("ところ", 0),
        bopomofo_digit: "1ㄐ8" => ("148", 1),
        bopomofo_t: "wㄒ8899" => ("wt8899", 1),
        bopomofo_word: "ㄅㄆㄇㄈ" => ("ㄅㄆㄇㄈ", 0),
        // Mathematical alphanumerics and enclosed forms are disguises.
        math_digits: "𝟏𝟑𝟖" => ("138", 3),
        math_letters: "加𝐯𝐱" => ("加微信", 3),
        enclosed_letters: "ⓦⓧ" => ("wx", 2),
        enclosed_digits: "①③⑧" => ("138", 3),
        // Full width is how Chinese keyboards type: folded, not counted.
        fullwidth_honest: "ＩＰｈｏｎｅ１５" => ("iphone15", 0),
        // Latin-script letters inside Latin words are spelling.
        turkish: "Kırmızı" => ("kirmizi", 0),
        // Symbols that imitate letters.
        // (Inside a folded contact word only the contact word counts.)
        times_as_x: "v×：abc12345" => ("微信:abc12345", 1),
        times_in_id: "qq×12345" => ("qqx12345", 1),
        times_in_size: "3×4米" => ("3x4米", 0),
        // Never CJK ideographs or punctuation, never ASCII.
        cjk_kept: "丫头〇〇七号" => ("丫头〇〇七号", 0),
        ascii_kept: "Hello 0l" => ("hello 0l", 0),
    }

    #[test]
    fn offsets_point_at_lookalike() {
        let src = "wх8899";
        let n = normalize(src);
        let at = n.as_str().find('x').unwrap();
        assert_eq!(&src[n.original(at..at + 1)], "х");
    }

    /// Only single chars whose skeleton is one ASCII letter or digit,
    /// never ASCII or CJK, and the fold of every char is idempotent in
    /// the contexts the passes look at.
    #[test]
    fn every_char() {
        for c in (0x80..0x20000).filter_map(char::from_u32) {
            if let Some(a) = lookalike(c) {
                assert!(a.is_ascii_lowercase() || a.is_ascii_digit());
                assert!(!is_cjk(c) && !is_han(c), "{c:?}");
                assert_eq!(skeleton_ascii(c), Some(a));
            }
            for s in [format!("{c}"), format!("1{c}2"), format!("a{c}1")] {
                let once = normalize(&s);
                let twice = normalize(once.as_str());
                assert_eq!(once.as_str(), twice.as_str(), "{c:?} in {s:?}");
            }
        }
        assert!((0..0x80)
            .filter_map(char::from_u32)
            .all(|c| lookalike(c).is_none()));
        assert!(('\u{4E00}'..='\u{9FFF}').all(|c| lookalike(c).is_none()));
        assert!(('\u{3000}'..='\u{303F}').all(|c| lookalike(c).is_none()));
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
        fn folding_twice_changes_nothing_lookalikes(s in "[微信加v薇 *乀→_.\\-0-9a-zA-ZO①𝟏ろ〇ㄐ丨:()\\[\\]оοіхѕеаЗзбБΣσνꮃᏴօყㅇ×∨│ıΙІ]{0,40}") {
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
