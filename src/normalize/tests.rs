//! Folds, offsets and look-alikes, case by case and as properties.

use super::*;

mod offsets {
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
