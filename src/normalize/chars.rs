//! Single characters: what they fold to, and which are disguises.

use super::*;

pub(super) fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c
    }
}

/// ASCII and the main CJK blocks do not change under NFKC; skipping the
/// normaliser for them is the fast path.
pub(super) fn is_nfkc_stable(c: char) -> bool {
    c.is_ascii()
        || matches!(c as u32,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x3001..=0x303F
            | 0x2010 | 0x2013..=0x2016 | 0x2018..=0x201F | 0x2020..=0x2023
            | 0x2030 | 0x2032..=0x2033 | 0x00B7)
}

pub(super) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}'
        | '\u{180E}' | '\u{FE00}'..='\u{FE0F}')
        || (c.is_control() && !c.is_whitespace())
}

/// Dingbat digits that NFKC leaves alone (❶ ➀ ➊ ⓵), and the
/// parenthesised and dotted ones NFKC would bracket or dot (⑴ ⒈).
pub(super) fn enclosed_digit(c: char) -> Option<u32> {
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
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0x20000..=0x3FFFF)
}

/// The ASCII letter or digit (lower case) that `c` imitates: its UTS #39
/// skeleton, when that is one ASCII letter or digit. Never for ASCII or
/// CJK.
pub(super) fn lookalike(c: char) -> Option<char> {
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

pub(super) fn skeleton_ascii(c: char) -> Option<char> {
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
pub(super) fn lookalike_source(text: &str, p: &Piece) -> Option<char> {
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

pub(super) fn is_latin(c: char) -> bool {
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
pub(super) fn count_lookalikes(p: &[Piece], text: &str) -> u32 {
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
pub(super) fn plain_han() -> &'static [u64] {
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

pub(super) fn is_plain_han(bits: &[u64], c: char) -> bool {
    let k = (c as u32).wrapping_sub(0x4E00) as usize;
    k <= 0x9FFF - 0x4E00
        && bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

/// Traditional to simplified for the characters that carry spam, and the
/// homophones of 微 that spammers use.
/// The table as sorted pairs.
pub(super) fn fold_pairs() -> &'static [(char, char)] {
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

pub(super) fn fold_table(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let table = fold_pairs();
    match table.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => table[i].1,
        Err(_) => c,
    }
}

pub(super) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

pub(super) fn is_sep(c: char) -> bool {
    is_odd_sep(c)
        || matches!(
            c,
            ' ' | '-' | '_' | '.' | '·' | '|' | '/' | '+' | '—' | '、' | '\\'
        )
}

/// Separators that only disguise: nobody writes them between letters or
/// digits of a real word or number.
pub(super) fn is_odd_sep(c: char) -> bool {
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
pub(super) fn lookalike_digit(c: char) -> Option<char> {
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
