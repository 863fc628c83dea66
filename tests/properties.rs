//! Properties over generated input (issue 6): `clean` never panics on any
//! bytes, HTML-like token soup or mix of encodings; every body paragraph
//! comes from the page; cleaning is deterministic; a spam item added to a
//! related list never costs the article a paragraph; `score_text` never
//! panics (and, once the library trims, ignores surrounding whitespace).
//!
//! Case counts are small (128 or 256) so the whole file stays well under
//! 30 s in a debug build; the fuzz targets in `fuzz/` search far longer.

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::RngSeed;
use zhclean::Cleaner;

/// `cases` per property from a fixed seed, so a CI failure always means
/// the code changed. For a longer search by hand, `PROPTEST_CASES=N`
/// sets the count and `PROPTEST_RNG_SEED=N` another seed:
/// `PROPTEST_RNG_SEED=$RANDOM PROPTEST_CASES=5000 cargo test --release
/// --test integration -- properties`.
fn config(default: u32) -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok();
    let cases = env("PROPTEST_CASES").and_then(|n| n.parse().ok());
    let seed = env("PROPTEST_RNG_SEED").and_then(|n| n.parse().ok());
    // No regression file: a failure found here becomes a named test in
    // tests/robust.rs instead, with a comment saying what it guards.
    ProptestConfig {
        cases: cases.unwrap_or(default),
        rng_seed: RngSeed::Fixed(seed.unwrap_or(0x007a_6863_6c65_616e)),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Sentences of our own writing, in the register of local news, for
/// paragraphs, headlines and list items.
const SENTENCES: &[&str] = &[
    "市交通运输局今天上午召开新闻发布会，介绍了春运期间的保障措施。",
    "据了解，今年全市共安排临时客运班次一千二百余个，比去年增加一成。",
    "新建的城市公园占地约八十亩，园内设有步道、儿童游乐区和休息亭。",
    "气象部门提醒，未来三天本地将有一次明显降温过程，请市民注意添衣。",
    "区卫生健康委员会表示，社区卫生服务中心周末照常开放接种门诊。",
    "记者在现场看到，工人们正在对老旧管网进行更换，预计月底完工。",
    "这所学校的图书馆藏书超过十万册，每天放学后向周边居民开放。",
    "市场监管部门对辖区内的农贸市场开展了食品安全专项检查。",
    "活动现场，志愿者为老人们测量血压，并讲解冬季养生知识。",
    "该项目总投资约三点五亿元，建成后将新增停车位六百余个。",
    "专家建议，家长应合理安排孩子的假期作息，避免长时间使用电子产品。",
    "截至目前，全县已完成秋粮收购任务的百分之九十五。",
    "他说：“我们会继续做好服务，让群众办事少跑腿。”",
    "比赛吸引了来自十二个省份的三百多名选手参加。",
    "图书馆将于下月起延长开放时间，周五至周日开放到晚上九点。",
    "消防部门提示，电动自行车严禁在楼道内停放和充电。",
];

const HEADLINES: &[&str] = &[
    "本市地铁新线今日开通运营",
    "全市春季植树活动启动",
    "老旧小区改造惠及三千余户",
    "冬季流感高发 专家支招预防",
    "县城新增两所公办幼儿园",
    "夜间经济带动消费回暖",
];

/// Class names that steer extraction: content roots, lists, boilerplate.
const CLASSES: &[&str] = &[
    "content",
    "article",
    "TRS_Editor",
    "post_body",
    "nav",
    "xgwz",
    "rmzx",
    "related",
    "footer",
    "share",
    "info",
    "side",
    "crumb",
    "editor",
    "comment",
];

/// Entities the check below can decode; the ill-formed ones only ever
/// give ASCII or U+FFFD, which end a CJK run on both sides.
const ENTITIES: &[&str] = &[
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&nbsp;",
    "&copy;",
    "&#20013;",
    "&#x6587;",
    "&#12288;",
    "&#x3000;",
    "&amp",
    "&#0;",
    "&#xD800;",
    "&#99999999;",
    "&bogus;",
    "&#;",
    "&#x;",
];

fn cjk_text() -> impl Strategy<Value = String> {
    prop_oneof![
        select(SENTENCES).prop_map(String::from),
        select(HEADLINES).prop_map(String::from),
        "[\u{4e00}-\u{9fa5}，。、！？“”：]{1,24}",
        "[a-zA-Z0-9 .,!?]{1,12}",
    ]
}

fn whitespace() -> impl Strategy<Value = String> {
    select(
        &[" ", "\n", "\t", "\r\n", "\u{3000}\u{3000}", "\u{a0}", "  \n  "][..],
    )
    .prop_map(String::from)
}

fn attrs() -> impl Strategy<Value = String> {
    let one = prop_oneof![
        select(CLASSES).prop_map(|c| format!(" class=\"{c}\"")),
        select(CLASSES).prop_map(|c| format!(" id={c}")),
        Just(" style=\"display:none\"".to_string()),
        Just(" hidden".to_string()),
        Just(" href=\"/news/1.html\"".to_string()),
        Just(" title='标题'".to_string()),
        "[a-z]{1,6}=\"[a-z0-9 ]{0,8}\"".prop_map(|a| format!(" {a}")),
    ];
    proptest::collection::vec(one, 0..3).prop_map(|v| v.concat())
}

/// Tags for soup. `table` reorders text (foster parenting) and skipped
/// containers (`button`, `select`, `svg`...) drop their text, and either
/// joins text that was never adjacent in the source: the soup for the
/// origin check below uses `SAFE_TAGS` only, so that check stays sound.
const SAFE_TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "li",
    "ul",
    "ol",
    "b",
    "i",
    "em",
    "strong",
    "h1",
    "h2",
    "h3",
    "br",
    "img",
    "font",
    "center",
    "pre",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "aside",
    "nav",
    "footer",
    "header",
    "form",
    "blockquote",
    "marquee",
    "html",
    "body",
];
const WILD_TAGS: &[&str] = &[
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "caption",
    "button",
    "select",
    "option",
    "svg",
    "math",
    "template",
    "object",
    "textarea",
    "frameset",
    "frame",
    "plaintext",
    "xmp",
    "iframe",
    "noscript",
    "head",
    "meta",
    "title",
    "style",
    "script",
    "image",
    "isindex",
    "keygen",
    "foreignObject",
];

fn soup_token(tags: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => cjk_text(),
        2 => whitespace(),
        3 => (select(tags), attrs()).prop_map(|(t, a)| format!("<{t}{a}>")),
        2 => select(tags).prop_map(|t| format!("</{t}>")),
        1 => select(ENTITIES).prop_map(String::from),
        1 => select(SOUP_BITS).prop_map(String::from),
    ]
}

/// Comments, doctypes, stray brackets and quotes, whole raw-text
/// elements whose content looks like markup, and a charset declaration.
const SOUP_BITS: &[&str] = &[
    "<!-- 注释 -->",
    "<!---->",
    "<![CDATA[数据]]>",
    "<!DOCTYPE html>",
    "<?xml version=\"1.0\"?>",
    "<!-- <p>注释里的段落</p> -->",
    "< ",
    "<<",
    "<3",
    " > ",
    "\"",
    "'",
    "=",
    "&",
    "<script>var s = \"<p>脚本</p>\"; if (a < b) {}</script>",
    "<style>p > a { color: red }</style>",
    "<title>页面标题</title>",
    "<meta charset=\"gbk\">",
];

fn soup(
    tags: &'static [&'static str],
    len: usize,
) -> impl Strategy<Value = String> {
    proptest::collection::vec(soup_token(tags), 0..len)
        .prop_map(|v| v.concat())
}

/// Any tag at all, unclosed comments and scripts included.
fn wild_soup() -> impl Strategy<Value = String> {
    static ALL: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| SAFE_TAGS.iter().chain(WILD_TAGS).copied().collect());
    let tail = select(
        &[
            "",
            "<!-- 没有结束的注释",
            "<script>没有结束的脚本",
            "<div class=\"未闭合",
            "<title>没有结束的标题",
            "<textarea>",
            "<plaintext>",
            "&#x4e2d",
        ][..],
    );
    (soup(ALL.as_slice(), 120), tail).prop_map(|(s, t)| s + t)
}

/// Byte-order marks, surrogates and overlong or cut sequences in UTF-8,
/// NUL, lone GBK and Big5 lead bytes, and bare markup.
const ODD_BYTES: &[&[u8]] = &[
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\xED\xA0\x80",
    b"\xED\xBF\xBF",
    b"\xC0\x80",
    b"\xE4\xB8",
    b"\xF4\x90\x80\x80",
    b"\0",
    b"\x81\x30",
    b"\xA4",
    b"\xFE\xFE\xFE",
    b"<p>",
    b"</p>",
    b"<div class=content>",
];

/// Charsets to declare: right, wrong, unknown to encoding_rs, or broken.
const CHARSETS: &[&str] = &[
    "utf-8",
    "gbk",
    "gb2312",
    "big5",
    "utf-16",
    "utf-16be",
    "x-user-defined",
    "iso-8859-1",
    "shift_jis",
    "replacement",
    "",
    "bogus",
    "gb18030",
    "UTF8",
    "\"gbk",
];

/// Fragments in several encodings, with byte-order marks and charset
/// declarations that may lie about the bytes around them.
fn encoding_mix() -> impl Strategy<Value = Vec<u8>> {
    let frag = prop_oneof![
        cjk_text().prop_map(|t| t.into_bytes()),
        cjk_text().prop_map(|t| encoding_rs::GBK.encode(&t).0.into_owned()),
        cjk_text().prop_map(|t| encoding_rs::BIG5.encode(&t).0.into_owned()),
        cjk_text()
            .prop_map(|t| encoding_rs::SHIFT_JIS.encode(&t).0.into_owned()),
        cjk_text().prop_map(|t| {
            t.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()
        }),
        select(CHARSETS)
            .prop_map(|c| format!("<meta charset=\"{c}\">").into_bytes()),
        select(&["gbk", "big5", "utf-8"][..]).prop_map(|c| {
            format!(
                "<meta http-equiv=\"Content-Type\" \
                 content=\"text/html; charset={c}\">"
            )
            .into_bytes()
        }),
        select(ODD_BYTES).prop_map(<[u8]>::to_vec),
        proptest::collection::vec(any::<u8>(), 0..32),
    ];
    proptest::collection::vec(frag, 0..24).prop_map(|v| v.concat())
}

/// A news page of the kind the crate is for: a nav bar, the article with
/// inline markup, entities and indentation, a related list and a footer.
#[derive(Clone, Debug)]
struct Page {
    title: String,
    nav: bool,
    content_class: &'static str,
    paragraphs: Vec<String>,
    list_class: &'static str,
    items: Vec<(String, String)>,
    footer: bool,
}

fn paragraph() -> impl Strategy<Value = String> {
    // Two to four sentences, some indented, some with inline markup or an
    // entity between sentences.
    let piece = prop_oneof![
        6 => select(SENTENCES).prop_map(String::from),
        1 => select(SENTENCES).prop_map(|s| format!("<strong>{s}</strong>")),
        1 => select(SENTENCES).prop_map(|s| format!("<a href=\"/x\">{s}</a>")),
        1 => select(ENTITIES).prop_map(String::from),
        1 => Just("<!-- 编辑注 -->".to_string()),
        1 => Just("<span style=\"display:none\">隐藏的字</span>".to_string()),
    ];
    (
        select(&["", "\u{3000}\u{3000}", "&nbsp;&nbsp;", "\n  "][..]),
        proptest::collection::vec(piece, 2..5),
    )
        .prop_map(|(indent, v)| format!("{indent}{}", v.concat()))
}

fn page() -> impl Strategy<Value = Page> {
    (
        select(HEADLINES),
        any::<bool>(),
        select(CONTENT_CLASSES),
        proptest::collection::vec(paragraph(), 1..8),
        select(&["xgwz", "rmzx", "related", "hot_list"][..]),
        proptest::collection::vec(
            (select(HEADLINES), select(SENTENCES))
                .prop_map(|(t, s)| (t.to_string(), s.to_string())),
            1..6,
        ),
        any::<bool>(),
    )
        .prop_map(|(title, nav, cc, paragraphs, lc, items, footer)| {
            Page {
                title: title.to_string(),
                nav,
                content_class: cc,
                paragraphs,
                list_class: lc,
                items,
                footer,
            }
        })
}

/// Classes of the article's `div`. `TRS_Editor` (the TRS CMS of Chinese
/// government sites) is left out until the library stops reading its
/// `editor` as an editor line: with it, adding a spam list item can turn
/// the whole article into editor lines (pinned by
/// robust::spam_item_turns_trs_editor_article_into_editor_lines).
const CONTENT_CLASSES: &[&str] = &[
    "content",
    "article",
    "post_body",
    "main-text",
    "artibody",
    "TRS_Editor",
];

/// The list item from the hijacked sites: a hype title selling 房卡 with a
/// recycled summary behind a junk prefix.
const SPAM_ITEM: &str =
    "<li><a href=\"/9.html\">游戏指南!牛牛房卡怎么购买</a><p>x7Q这款手机续航不错。</p></li>";

impl Page {
    /// The page's HTML, with the spam item before list item `spam_at`
    /// when given.
    fn render(&self, spam_at: Option<usize>) -> String {
        let mut h = format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
             <title>{t}_某某新闻网</title><script>var a = 1 < 2;</script></head><body>",
            t = self.title
        );
        if self.nav {
            h.push_str(
                "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/n\">新闻</a>\
                 <a href=\"/s\">体育</a></div>",
            );
        }
        h.push_str(&format!(
            "<h1>{}</h1><div class=\"info\">2024年03月05日 14:22 来源：某某日报</div>\
             <div class=\"{}\">",
            self.title, self.content_class
        ));
        for p in &self.paragraphs {
            h.push_str(&format!("<p>{p}</p>\n"));
        }
        h.push_str(&format!(
            "</div><div class=\"{}\"><h3>热门资讯</h3><ul>",
            self.list_class
        ));
        for (i, (t, s)) in self.items.iter().enumerate() {
            if spam_at == Some(i) {
                h.push_str(SPAM_ITEM);
            }
            h.push_str(&format!(
                "<li><a href=\"/{i}.html\">{t}</a><p>{s}</p></li>"
            ));
        }
        if spam_at.is_some_and(|k| k >= self.items.len()) {
            h.push_str(SPAM_ITEM);
        }
        h.push_str("</ul></div>");
        if self.footer {
            h.push_str(
                "<div class=\"footer\"><p>Copyright © 2024 某某新闻网 版权所有</p></div>",
            );
        }
        h.push_str("</body></html>");
        h
    }
}

// --- the origin check -----------------------------------------------------

/// Characters that make up a run of Chinese text: ideographs, CJK and
/// full-width punctuation. U+3000 is whitespace here, as in the crate.
fn is_run_char(c: char) -> bool {
    matches!(c as u32,
        0x3001..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

/// Elements whose content the crate never reads as text: raw text and
/// RCDATA elements that the generators above use.
const RAW: &[&str] =
    &["script", "style", "title", "textarea", "xmp", "iframe", "noscript"];

/// The page's text as a reader could find it: tags, comments and raw
/// text elements removed, the entities above decoded, whitespace, NUL and
/// U+FEFF dropped (html5ever drops those two from text, so `。\0蜀` reads
/// `。蜀`).
/// Every CJK run of a body paragraph must occur in it.
fn page_text(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let skip_to = if rest.starts_with("<!--") {
            rest.get(4..)
                .and_then(|r| {
                    // `<!-->` and `<!--->` are empty comments.
                    if r.starts_with('>') {
                        Some(5)
                    } else if r.starts_with("->") {
                        Some(6)
                    } else {
                        r.find("-->").map(|e| 4 + e + 3)
                    }
                })
                .unwrap_or(rest.len())
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            rest.find('>').map_or(rest.len(), |e| e + 1)
        } else if rest.len() > 1
            && (rest.as_bytes()[1].is_ascii_alphabetic()
                || (rest.as_bytes()[1] == b'/'
                    && rest
                        .as_bytes()
                        .get(2)
                        .is_some_and(u8::is_ascii_alphabetic)))
        {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let name: String = rest[1..]
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            if !rest.starts_with("</") && RAW.contains(&name.as_str()) {
                // Up to the end tag: raw text holds no markup.
                let close = format!("</{name}");
                rest[end..]
                    .to_ascii_lowercase()
                    .find(&close)
                    .map_or(rest.len(), |e| end + e)
            } else {
                end
            }
        } else {
            i += 1;
            continue;
        };
        out.push_str(&html[text_start..i]);
        i += skip_to;
        text_start = i;
    }
    out.push_str(&html[text_start.min(html.len())..]);
    let decoded = decode_entities(&out);
    decoded
        .chars()
        .filter(|c| !is_ws(*c) && !matches!(c, '\0' | '\u{feff}'))
        .collect()
}

fn decode_entities(s: &str) -> String {
    let named = [
        ("&nbsp;", "\u{a0}"),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&copy;", "©"),
        // html5ever also takes these two without the semicolon.
        ("&amp", "&"),
        ("&nbsp", "\u{a0}"),
    ];
    let mut out = String::new();
    let mut rest = s;
    'outer: while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        for (e, c) in named {
            if rest.starts_with(e) {
                out.push_str(c);
                rest = &rest[e.len()..];
                continue 'outer;
            }
        }
        if let Some(num) = rest.strip_prefix("&#") {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
                .count();
            if len > 0 {
                let v = u32::from_str_radix(
                    &digits[..len],
                    if hex { 16 } else { 10 },
                );
                let c = v.ok().and_then(char::from_u32).filter(|&c| c != '\0');
                out.push(c.unwrap_or('\u{fffd}'));
                let used = rest.len() - digits.len() + len;
                rest = &rest[used..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        }
        out.push('&');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// The CJK runs of two or more characters in a paragraph that are not in
/// the page text.
fn foreign_runs(paragraph: &str, text: &str) -> Vec<String> {
    let squashed: String = paragraph.chars().filter(|c| !is_ws(*c)).collect();
    let mut bad = Vec::new();
    for run in squashed.split(|c: char| !is_run_char(c)) {
        if run.chars().count() >= 2 && !text.contains(run) {
            bad.push(run.to_string());
        }
    }
    bad
}

fn assert_body_from_page(html: &[u8]) -> Result<(), TestCaseError> {
    let page = Cleaner::new().clean(html);
    let text = page_text(&zhclean::stages::decode(html).text);
    for p in &page.body {
        let bad = foreign_runs(p, &text);
        prop_assert!(
            bad.is_empty(),
            "runs {bad:?} of body paragraph {p:?} not in the page"
        );
    }
    Ok(())
}

#[test]
fn page_text_strips_markup_and_decodes() {
    let t = page_text(
        "<p class=\"a\">中<b>文</b>&#20013;<!-- 注 -->&nbsp;国\
         <script>var x = \"<p>脚本</p>\";</script>人</p>",
    );
    assert_eq!(t, "中文中国人");
    assert_eq!(foreign_runs("中文 中国人", &t), Vec::<String>::new());
    assert_eq!(foreign_runs("中文 a 外国", &t), ["外国"]);
}

/// Texts for `score_text`: anything, news text, and news text around a
/// spam term or an invisible character.
fn score_input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        cjk_text(),
        "[a-zA-Z0-9]{1,8}[.]?[\u{4e00}-\u{9fa5}]{0,12}",
        (
            cjk_text(),
            select(
                &[
                    "牛牛房卡",
                    "加微信abc12345",
                    "一元一张",
                    "金花房卡批发",
                    "游戏指南!",
                    "2026最新指南：",
                    "真人娱乐",
                    "\u{200b}",
                ][..]
            ),
            cjk_text()
        )
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
}

// --- the properties ---------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn clean_never_panics_on_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let cleaner = Cleaner::new();
        let page = cleaner.clean(&bytes);
        let sound = crate::soundness(&page, cleaner.threshold());
        prop_assert!(sound.is_ok(), "{}", sound.unwrap_err());
    }

    #[test]
    fn clean_never_panics_on_token_soup(html in wild_soup()) {
        let cleaner = Cleaner::new();
        let page = cleaner.clean_with_blocks(html.as_bytes());
        let sound = crate::soundness(&page, cleaner.threshold());
        prop_assert!(sound.is_ok(), "{}", sound.unwrap_err());
        // Every block of the page is listed, and the counts are of them.
        let blocks = page.blocks.as_ref().map_or(0, Vec::len);
        prop_assert_eq!(blocks, page.stats.blocks);
    }

    #[test]
    fn clean_never_panics_on_mixed_encodings(bytes in encoding_mix()) {
        let page = Cleaner::new().clean(&bytes);
        prop_assert!(!page.encoding.is_empty());
    }

    #[test]
    fn score_text_never_panics(s in score_input()) {
        let cleaner = Cleaner::new();
        let v = cleaner.score_text(&s);
        prop_assert!(!v.score.is_nan());
        prop_assert_eq!(v.spam, v.score >= cleaner.threshold());
    }

    // Ignored until the library trims what it scores: see
    // robust::score_text_whitespace_keeps_junk_prefix.
    #[test]
        fn score_text_ignores_surrounding_whitespace(s in score_input()) {
        let cleaner = Cleaner::new();
        let v = cleaner.score_text(&s);
        let padded = cleaner.score_text(&format!("  {s}\n "));
        prop_assert_eq!(v.score, padded.score, "padded: {:?}", padded);
        prop_assert_eq!(v.spam, padded.spam);
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn body_paragraphs_come_from_generated_pages(
        p in page(),
        spam in any::<bool>(),
    ) {
        let html = p.render(spam.then_some(0));
        assert_body_from_page(html.as_bytes())?;
    }

    // Other seeds find a misnested `</b>` that loses text and joins its
    // neighbours: robust::misnested_formatting_end_tag_keeps_text.
    #[test]
    fn body_paragraphs_come_from_token_soup(html in soup(SAFE_TAGS, 120)) {
        assert_body_from_page(html.as_bytes())?;
    }

    #[test]
    fn body_paragraphs_come_from_mixed_encodings(bytes in encoding_mix()) {
        assert_body_from_page(&bytes)?;
    }

    #[test]
    fn cleaning_is_deterministic(
        bytes in prop_oneof![
            page().prop_map(|p| p.render(Some(1)).into_bytes()),
            wild_soup().prop_map(String::into_bytes),
            encoding_mix(),
        ],
    ) {
        // A second cleaner from the builder: its own automaton, and so no
        // state shared with the first.
        static OTHER: LazyLock<Cleaner> =
            LazyLock::new(|| Cleaner::builder().build().unwrap());
        let cleaner = Cleaner::new();
        let json = |c: &Cleaner| {
            serde_json::to_string(&c.clean_with_blocks(&bytes)).unwrap()
        };
        let first = json(&cleaner);
        prop_assert_eq!(&first, &json(&cleaner));
        prop_assert_eq!(&first, &json(&OTHER));
    }

    #[test]
    fn a_spam_item_never_costs_a_body_paragraph(
        p in page(),
        at in 0usize..8,
    ) {
        let cleaner = Cleaner::new();
        let before = cleaner.clean(p.render(None).as_bytes());
        let after = cleaner.clean(p.render(Some(at)).as_bytes());
        for para in &before.body {
            prop_assert!(
                after.body.contains(para),
                "lost {:?} after adding spam at {}; before {:?}, after {:?}",
                para, at, before.body, after.body
            );
        }
        prop_assert!(
            after.spam.iter().any(|s| s.text.contains("牛牛房卡")),
            "spam item not caught: {:?}", after.spam
        );
    }
}
