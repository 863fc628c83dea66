//! Never panic, never hang, never lose a page (issue 6): pathological
//! pages against documented bounds, the limits at their extremes, the
//! fuzz crash replays, and one cleaner shared by threads.
//!
//! The pathological pages are built at test time. A release build runs
//! them at full size (`cargo test --release --test integration --
//! robust --nocapture --test-threads=1` prints each one's time); a debug
//! build runs them at a twentieth of the size, which still crosses every
//! limit, so `cargo test` stays fast. Every run goes through a watchdog
//! thread: a hang fails the test instead of stalling CI.

use std::panic;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use zhclean::{CleanPage, Cleaner};

use crate::root;

/// Full size in release builds.
const FULL: bool = !cfg!(debug_assertions);

fn scaled(n: usize) -> usize {
    if FULL {
        n
    } else {
        (n / 20).max(1)
    }
}

/// The time a page of `bytes` may take. The target is 2 s per 10 MB in
/// a release build; the bound allows three times that (at least 2 s) for
/// a machine shared with other jobs, so it fails on a hang or quadratic
/// time, not on noise. Debug builds are 10 to 30 times slower.
fn bound(bytes: usize) -> Duration {
    let target = 2.0 * bytes as f64 / 10e6;
    let release = (3.0 * target).max(2.0);
    Duration::from_secs_f64(if FULL { release } else { 30.0 * release })
}

/// Runs `f` on its own thread (2 MiB of stack, the Rust default, so deep
/// recursion would show) and fails if it takes longer than `limit`. A
/// panic inside is passed on.
fn within<T: Send + 'static>(
    what: &str,
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> (T, Duration) {
    let (tx, rx) = mpsc::channel();
    let handle = thread::Builder::new()
        .name(what.to_string())
        .stack_size(2 << 20)
        .spawn(move || {
            let start = Instant::now();
            let out = f();
            let _ = tx.send((out, start.elapsed()));
        })
        .expect("a thread");
    match rx.recv_timeout(limit) {
        Ok(done) => done,
        // The thread is left running: nothing can stop it, and the test
        // binary's exit ends it.
        Err(RecvTimeoutError::Timeout) => {
            panic!("{what}: no result within {limit:?} (a hang, or quadratic time)")
        }
        Err(RecvTimeoutError::Disconnected) => match handle.join() {
            Err(payload) => panic::resume_unwind(payload),
            Ok(()) => unreachable!("the thread sends before it ends"),
        },
    }
}

/// Cleans `page` with `cleaner` under the watchdog, prints a line for
/// the README table, and returns the page.
fn run(what: &str, cleaner: Cleaner, page: Vec<u8>) -> CleanPage {
    let size = page.len();
    let (out, took) = within(what, bound(size), move || cleaner.clean(&page));
    eprintln!(
        "{what}: {:.1} MiB in {:.2} s ({} build), {} blocks, truncated: {:?}",
        size as f64 / f64::from(1 << 20),
        took.as_secs_f64(),
        if FULL { "release" } else { "debug, scaled" },
        out.stats.blocks,
        out.truncated
    );
    out
}

/// Deterministic bytes (xorshift), so a failure can be rerun.
fn noise(seed: u64, len: usize) -> impl Iterator<Item = u64> {
    let mut x = seed;
    (0..len).map(move |_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    })
}

const PARAGRAPH: &str =
    "市交通运输局今天上午召开新闻发布会，介绍了春运期间的保障措施。\
    据了解，今年全市共安排临时客运班次一千二百余个，比去年增加一成。";

/// A plain article with `bytes` of paragraphs.
fn long_page(bytes: usize) -> Vec<u8> {
    let mut s = String::from(
        "<html><head><title>长页面_某某网</title></head><body>\
         <h1>长页面</h1><div class=content>",
    );
    let p = format!("<p>{PARAGRAPH}</p>\n");
    while s.len() < bytes {
        s.push_str(&p);
    }
    s.push_str("</div></body></html>");
    s.into_bytes()
}

fn truncated_with(page: &CleanPage, what: &str) -> bool {
    page.truncated.as_deref().is_some_and(|t| t.contains(what))
}

// --- pathological pages ------------------------------------------------------

#[test]
fn nested_200k_elements() {
    let n = scaled(200_000);
    let page = "<div>".repeat(n) + "嵌套的文字" + &"</div>".repeat(n);
    let out = run("200,000 nested elements", Cleaner::new(), page.into());
    assert!(truncated_with(&out, "nesting past 512"), "{:?}", out.truncated);
    assert_eq!(out.body, ["嵌套的文字"]);
}

#[test]
fn unclosed_inline_60k() {
    // Ten inline tags, each with its own class, so html5ever's limit of
    // three identical formatting elements does not fold them.
    let tags =
        ["b", "i", "u", "em", "strong", "font", "span", "a", "small", "big"];
    let page: String = (0..scaled(60_000))
        .map(|k| format!("<{} class=c{k}>字", tags[k % tags.len()]))
        .collect();
    let out = run("60,000 unclosed inline tags", Cleaner::new(), page.into());
    assert!(truncated_with(&out, "nesting past 512"), "{:?}", out.truncated);
    // The text stays when the tags go.
    let chars: usize = out.body.iter().map(|p| p.matches('字').count()).sum();
    assert_eq!(chars, scaled(60_000));
}

#[test]
fn page_30mb() {
    let out = run("30 MB page", Cleaner::new(), long_page(scaled(30 << 20)));
    // Within every default limit: nothing cut, every paragraph kept.
    assert_eq!(out.truncated, None);
    assert!(out.body.len() > scaled(30 << 20) / 200, "{}", out.body.len());
    assert!(out.body.iter().all(|p| p == PARAGRAPH));
}

#[test]
fn page_over_the_input_limit() {
    // 40 MB against the 32 MiB default (scaled in debug): the head of
    // the page is cleaned and the page says it was cut.
    let limit = scaled(32 << 20);
    let cleaner = Cleaner::builder().max_input_bytes(limit).build().unwrap();
    let out = run("40 MB page", cleaner, long_page(scaled(40 << 20)));
    assert!(truncated_with(&out, &format!("input cut at {limit} bytes")));
    assert_eq!(out.title.as_deref(), Some("长页面"));
    assert!(out.body.len() > limit / 200);
}

#[test]
fn text_node_8mb() {
    let mut page = String::from("<html><body><div class=content><p>");
    while page.len() < scaled(8 << 20) {
        page.push_str(PARAGRAPH);
    }
    page.push_str("</p></div></body></html>");
    let out = run("8 MB text node", Cleaner::new(), page.into());
    assert_eq!(out.truncated, None);
    assert_eq!(out.body.len(), 1);
    assert!(out.body[0].len() >= scaled(8 << 20) - 200);
}

#[test]
fn attributes_300k() {
    let mut page = String::from("<html><body><div");
    for k in 0..scaled(300_000) {
        page.push_str(&format!(" a{k}=\"x\""));
    }
    page.push_str("><p>属性很多的元素里的文字。</p></div></body></html>");
    let out = run("300,000 attributes", Cleaner::new(), page.into());
    assert!(
        truncated_with(&out, "tags over 65536 bytes"),
        "{:?}",
        out.truncated
    );
    assert_eq!(out.body, ["属性很多的元素里的文字。"]);
}

#[test]
fn random_bytes_3mb() {
    let page: Vec<u8> = noise(42, scaled(3 << 20)).map(|x| x as u8).collect();
    let out = run("3 MB random bytes", Cleaner::new(), page);
    crate::soundness(&out, Cleaner::new().threshold()).unwrap();
}

#[test]
fn nul_and_lone_surrogates_in_utf8() {
    // A surrogate half (`ED A0 80`) and a NUL in every paragraph of a
    // page declared UTF-8: the declaration holds, each bad sequence is
    // U+FFFD, the NUL is dropped.
    let mut page = b"<meta charset=utf-8><div class=content>".to_vec();
    while page.len() < scaled(3 << 20) {
        page.extend_from_slice(b"<p>\xED\xA0\x80");
        page.extend_from_slice(PARAGRAPH.as_bytes());
        page.extend_from_slice(b"\0</p>");
    }
    let out = run("NUL and lone surrogates (UTF-8)", Cleaner::new(), page);
    assert_eq!(out.encoding, "utf-8");
    assert!(out.body.len() > 100);
    for p in &out.body {
        assert!(p.contains("\u{fffd}") && p.contains(PARAGRAPH), "{p}");
        assert!(!p.contains('\0'), "a NUL reached the body");
    }
    // Mostly bad sequences (surrogates, overlong NUL, NUL): the page is
    // no UTF-8 whatever it says, and is decoded as detection guesses.
    let unit: &[u8] = b"\xED\xA0\x80\xE4\xB8\xAD\0\xED\xBF\xBF\xC0\x80<p>";
    let mut page = b"<meta charset=utf-8><p>".to_vec();
    while page.len() < scaled(3 << 20) {
        page.extend_from_slice(unit);
    }
    let out = run("dense bad UTF-8 with NUL", Cleaner::new(), page);
    assert!(out.body.iter().all(|p| !p.contains('\0')));
}

#[test]
fn gbk_and_big5_byte_soup() {
    // Lead bytes and trail bytes at random, NUL now and then: every
    // pair that is no character decodes to U+FFFD.
    for (charset, encoding) in [("gbk", "gb18030"), ("big5", "big5")] {
        let mut page = format!("<meta charset={charset}><p>").into_bytes();
        page.extend(noise(43, scaled(3 << 20)).map(|x| {
            if x % 50 == 0 {
                0
            } else {
                0x81 + (x % 0x7e) as u8
            }
        }));
        let what = format!("{charset} byte soup with NUL");
        let out = run(&what, Cleaner::new(), page);
        assert_eq!(out.encoding, encoding);
        assert!(out.body.iter().all(|p| !p.contains('\0')));
    }
}

#[test]
fn table_of_a_million_cells() {
    let (rows, cols) = if FULL { (1000, 1000) } else { (100, 500) };
    let mut page = String::from("<html><body><table>");
    for _ in 0..rows {
        page.push_str("<tr>");
        for _ in 0..cols {
            page.push_str("<td>格</td>");
        }
        page.push_str("</tr>");
    }
    page.push_str("</table></body></html>");
    // In debug, 50,000 cells against a limit scaled to 10,000 blocks.
    let cleaner =
        Cleaner::builder().max_blocks(scaled(200_000)).build().unwrap();
    let out = run("table of a million cells", cleaner, page.into());
    assert!(
        truncated_with(
            &out,
            &format!("only the first {} blocks", scaled(200_000))
        ),
        "{:?}",
        out.truncated
    );
    assert_eq!(out.stats.blocks, scaled(200_000));
}

// Guards against quadratic time in `parse::bound`: each end tag that
// matches no open element searched the whole stack of open elements (it
// only uses the top 64). 200,000 `<div>` then 200,000 `</span>` (2.3 MB)
// took 23 s in a release build (59 s on a loaded machine). See: issue 6.
#[test]
fn unmatched_end_tags_under_deep_nesting() {
    let n = scaled(200_000);
    let page = "<div>".repeat(n) + "文字" + &"</span>".repeat(n);
    let out = run("200,000 unmatched end tags", Cleaner::new(), page.into());
    assert!(truncated_with(&out, "nesting past 512"));
}

// Guards against html5ever's reconstruction of formatting elements: 500
// open `<b>` (each with its own id, so none are folded), then 20,000
// `<p>`: every paragraph reopens all 500, 10 million elements from 0.3
// MB of input (4.5 s and 1.7 GB in a release build; with 60,000 `<p>`,
// 33 s and 5.2 GB on a loaded machine). Nesting stays under 512, so
// `max_depth` misses it. See: issue 6.
#[test]
fn misnested_formatting_elements() {
    let mut page = String::from("<p>");
    for k in 0..500 {
        page.push_str(&format!("<b id=b{k}>"));
    }
    for _ in 0..20_000 {
        page.push_str("<p>段落文字");
    }
    // Not scaled: the blow-up needs the full count.
    let out = run(
        "500 formatting elements x 20,000 <p>",
        Cleaner::new(),
        page.into(),
    );
    assert!(!out.body.is_empty());
}

// Guards the property that spam never costs the article a paragraph
// (found by properties::a_spam_item_never_costs_a_body_paragraph): in an
// article `div class=TRS_Editor` (the TRS CMS that Chinese government
// sites run), one spam item added to the 热门资讯 list turns both article
// paragraphs into `editor` lines: the body goes from 2 paragraphs to
// none, and the verdict from `clean` to `injected`. The class splits into
// `trs` + `editor`, an EDITOR hint, which applies once the spam item
// moves the content root off that div. See: issue 6.
#[test]
fn spam_item_turns_trs_editor_article_into_editor_lines() {
    let page = |spam: &str| {
        format!(
            "<html><head><meta charset=utf-8><title>本市地铁新线今日开通运营_某某新闻网</title></head>\
             <body><h1>本市地铁新线今日开通运营</h1>\
             <div class=\"info\">2024年03月05日 14:22 来源：某某日报</div>\
             <div class=\"TRS_Editor\">\
             <p>区卫生健康委员会表示，社区卫生服务中心周末照常开放接种门诊。这所学校的图书馆藏书超过十万册，每天放学后向周边居民开放。\
             据了解，今年全市共安排临时客运班次一千二百余个，比去年增加一成。</p>\
             <p>据了解，今年全市共安排临时客运班次一千二百余个，比去年增加一成。</p>\
             </div><div class=\"xgwz\"><h3>热门资讯</h3><ul>{spam}\
             <li><a href=\"/0.html\">全市春季植树活动启动</a><p>市场监管部门对辖区内的农贸市场开展了食品安全专项检查。</p></li>\
             <li><a href=\"/1.html\">县城新增两所公办幼儿园</a><p>他说：“我们会继续做好服务，让群众办事少跑腿。”</p></li>\
             <li><a href=\"/2.html\">老旧小区改造惠及三千余户</a>\
             <p>区卫生健康委员会表示，社区卫生服务中心周末照常开放接种门诊。</p></li>\
             </ul></div></body></html>"
        )
    };
    let cleaner = Cleaner::new();
    let before = cleaner.clean(page("").as_bytes());
    assert_eq!(before.body.len(), 2, "{:?}", before.body);
    let after = cleaner.clean(
        page(
            "<li><a href=\"/9.html\">游戏指南!牛牛房卡怎么购买</a>\
             <p>x7Q这款手机续航不错。</p></li>",
        )
        .as_bytes(),
    );
    assert_eq!(after.spam.len(), 1);
    assert_eq!(after.body, before.body);
}

// Guards against text lost from the DOM (found by properties::body_
// paragraphs_come_from_token_soup with other seeds): for a formatting
// end tag misnested across a block (`<b><div>..<p></b>`), html5ever moves
// the block's children under a new `<b>` with scraper's
// `reparent_children`, which calls ego-tree 0.10's
// `reparent_from_id_append`; that sets the new parent on the first and
// last child only (ego-tree issue 44, fixed in ego-tree 0.11, which
// scraper 0.29 uses). The tree's links disagree, the walk skips the
// `<p>`, and `四` is lost while `三` and `五` run together. See: issue 6.
#[test]
fn misnested_formatting_end_tag_keeps_text() {
    let page = Cleaner::new().clean_with_blocks(
        "<b><div>一<span>二</span>三<p></b>四</div>五".as_bytes(),
    );
    let blocks: Vec<String> =
        page.blocks.unwrap().into_iter().map(|b| b.text).collect();
    assert!(blocks.iter().any(|b| b.contains('四')), "{blocks:?}");
    assert!(!blocks.iter().any(|b| b.contains("三五")), "{blocks:?}");
}

// --- limits --------------------------------------------------------------

fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("corpus/pages");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/pages")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    pages.sort();
    assert!(pages.len() >= 20, "corpus/pages has its pages");
    pages
}

#[test]
fn corpus_pages_cross_no_default_limit() {
    let cleaner = Cleaner::new();
    for (name, html) in corpus_pages() {
        let page = cleaner.clean(&html);
        assert_eq!(page.truncated, None, "{name}");
    }
}

#[test]
fn limits_of_zero_still_give_a_page() {
    let (name, html) = corpus_pages().swap_remove(0);
    let set = |f: fn(&mut zhclean::CleanerBuilder)| {
        let mut b = Cleaner::builder();
        f(&mut b);
        b.build().unwrap().clean(&html)
    };
    let empty = set(|b| {
        b.max_input_bytes(0);
    });
    assert!(truncated_with(&empty, "input cut at 0 bytes"), "{name}");
    assert!(empty.body.is_empty() && empty.title.is_none());
    for (what, page) in [
        (
            "depth",
            set(|b| {
                b.max_depth(0);
            }),
        ),
        (
            "tag",
            set(|b| {
                b.max_tag_bytes(0);
            }),
        ),
    ] {
        assert!(truncated_with(&page, "markup bounded"), "{name}: {what}");
        // The message names the bound that was crossed, and only it.
        let (named, other) = match what {
            "depth" => ("nesting past 0 levels", "tags over"),
            _ => ("tags over 0 bytes", "nesting past"),
        };
        assert!(
            truncated_with(&page, named),
            "{name}: {what}: {:?}",
            page.truncated
        );
        assert!(
            !truncated_with(&page, other),
            "{name}: {what}: {:?}",
            page.truncated
        );
        // Flat elements (`p`, `li`) survive both: the article is read.
        assert!(!page.body.is_empty(), "{name}: {what}");
    }
    let none = set(|b| {
        b.max_blocks(0);
    });
    assert!(truncated_with(&none, "only the first 0 blocks"), "{name}");
    assert!(none.body.is_empty() && none.stats.blocks == 0);
}

#[test]
fn limits_off_change_nothing_on_real_pages() {
    let off = Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .max_depth(usize::MAX)
        .max_tag_bytes(usize::MAX)
        .max_blocks(usize::MAX)
        .build()
        .unwrap();
    let on = Cleaner::new();
    for (name, html) in corpus_pages() {
        assert_eq!(on.clean(&html), off.clean(&html), "{name}");
    }
}

#[test]
fn input_cut_inside_a_character() {
    // Cut at every byte of a UTF-8 and a GBK page: a half character
    // decodes to U+FFFD, never a panic, and the flag is set exactly when
    // bytes were left out.
    let utf8 =
        "<meta charset=utf-8><h1>标题</h1><p>正文第一段，讲述事情的经过。</p>";
    let gbk =
        encoding_rs::GBK.encode(&utf8.replace("utf-8", "gbk")).0.into_owned();
    for page in [utf8.as_bytes().to_vec(), gbk] {
        for n in 0..=page.len() + 1 {
            let cleaner =
                Cleaner::builder().max_input_bytes(n).build().unwrap();
            let out = cleaner.clean(&page);
            assert_eq!(out.truncated.is_some(), n < page.len(), "cut at {n}");
        }
    }
}

// --- score_text ----------------------------------------------------------

// Guards the property that surrounding whitespace never moves a score:
// `pattern.junk_prefix` looks for junk at byte 0 of the text (and allows
// a junk token to end the text), so `score_text` on a line with leading
// or trailing whitespace misses it. `clean` is unaffected: block texts
// are trimmed. See: issue 6 (found by properties::score_text_ignores_
// surrounding_whitespace).
#[test]
fn score_text_whitespace_keeps_junk_prefix() {
    let cleaner = Cleaner::new();
    for (text, padded) in [
        ("x7Q这款手机续航不错。", "  x7Q这款手机续航不错。"),
        ("x7Q这款手机续航不错。", "\u{3000}x7Q这款手机续航不错。\n"),
        ("A.", "A.\n "),
    ] {
        let (a, b) = (cleaner.score_text(text), cleaner.score_text(padded));
        assert_eq!(
            a.score, b.score,
            "{text:?} {:?} vs {padded:?} {:?}",
            a.reasons, b.reasons
        );
    }
}

// --- fuzz crash replays ------------------------------------------------------

/// The cleaner a fuzz target used for an input whose first five bytes are
/// the knobs (threshold, input, depth, tag, blocks), each taken modulo
/// its list: these lists must stay in step with
/// `fuzz/fuzz_targets/common.rs`. `None` for a threshold `build` refuses.
fn fuzz_cleaner(knobs: &[u8]) -> Option<Cleaner> {
    const THRESHOLDS: &[f32] = &[5.0, 0.5, 50.0, f32::NAN];
    let k = |i: usize| usize::from(knobs.get(i).copied().unwrap_or(0));
    let mut b = Cleaner::builder();
    b.threshold(THRESHOLDS[k(0) % THRESHOLDS.len()]);
    if k(1) % 2 == 1 {
        b.max_input_bytes(300);
    }
    if k(2) % 2 == 1 {
        b.max_depth(3);
    }
    if k(3) % 2 == 1 {
        b.max_tag_bytes(16);
    }
    if k(4) % 2 == 1 {
        b.max_blocks(3);
    }
    b.build().ok()
}

/// Replays an input of the `clean` target: five knob bytes, a byte whose
/// low bit asks for blocks, then the page (what `arbitrary` reads).
fn replay_clean(input: &[u8]) {
    let Some(cleaner) = fuzz_cleaner(input) else { return };
    let with_blocks = input.get(5).is_some_and(|b| b & 1 == 1);
    let page = input.get(6..).unwrap_or_default();
    let out = if with_blocks {
        cleaner.clean_with_blocks(page)
    } else {
        cleaner.clean(page)
    };
    serde_json::to_string(&out).expect("a CleanPage always serializes");
    // Whatever the limits cut, what is left keeps the page's promises.
    crate::soundness(&out, cleaner.threshold()).unwrap();
}

/// Replays an input of the `score_text` target: five knob bytes, then
/// the longest UTF-8 prefix of the rest (what `arbitrary` reads).
fn replay_score_text(input: &[u8]) -> Option<(Cleaner, String)> {
    let cleaner = fuzz_cleaner(input)?;
    let rest = input.get(5..).unwrap_or_default();
    let text = match std::str::from_utf8(rest) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap(),
    };
    let v = cleaner.score_text(text);
    assert!(!v.score.is_nan());
    Some((cleaner, text.to_string()))
}

#[test]
fn fuzz_knobs_on_corpus_pages() {
    // Every knob setting the fuzz targets use (4 thresholds x 2^4 limit
    // choices; blocks asked for on half), each on a page of the corpus in
    // turn: the limits alone and together, and the replay path that crash
    // files take.
    let pages = corpus_pages();
    assert!(!pages.is_empty(), "the corpus pages are there");
    for (k, (_, html)) in (0..64u8).zip(pages.iter().cycle()) {
        let bits = |at: u8| k >> at & 1;
        let knobs = [k % 4, bits(2), bits(3), bits(4), bits(5)];
        let blocks = (k.count_ones() % 2) as u8;
        replay_clean(&[&knobs[..], &[blocks], html].concat());
    }
}

// Guards the whitespace property on the input the score_text fuzz target
// stopped on (`10M2权威发布 : 麙虎斗房卡怎么买`, when it still asserted
// it): a leading space hides its junk prefix `10M2`. See: issue 6.
#[test]
fn fuzz_score_text_whitespace_junk_prefix() {
    let input = include_bytes!(
        "fuzz_regressions/score_text_whitespace_junk_prefix.bin"
    );
    let (cleaner, text) = replay_score_text(input).expect("default knobs");
    let padded = cleaner.score_text(&format!("  {text}\n "));
    assert_eq!(cleaner.score_text(&text).score, padded.score, "{text:?}");
}

// The score_text target's verdict-vs-score check on a text whose score
// met the threshold while the verdict said not spam (found by the first
// 60-second fuzz run in CI).
#[test]
fn fuzz_score_text_verdict_agrees_with_score() {
    let input =
        include_bytes!("fuzz_regressions/score_text_verdict_vs_score.bin");
    let (cleaner, text) = replay_score_text(input).expect("default knobs");
    let v = cleaner.score_text(&text);
    assert_eq!(v.spam, v.score >= cleaner.threshold(), "{text:?}: {v:?}");
}

/// Replays an input of the `model` target: a model that loads writes
/// back to a file that loads to the same model.
fn replay_model(input: &[u8]) {
    let Ok(model) = zhclean::Model::from_reader(input) else { return };
    let text = String::from_utf8_lossy(input);
    let mut out = Vec::new();
    model.write(&mut out).unwrap();
    let back = zhclean::Model::from_reader(out.as_slice()).unwrap();
    assert_eq!(back.len(), model.len());
    assert_eq!(
        back.log_odds(&text).to_bits(),
        model.log_odds(&text).to_bits(),
        "the round trip changed the model"
    );
}

// Guards the model file round trip (found by the model fuzz target in
// 72,000 runs): `Model::write` walks the n-grams with `str::lines`,
// which drops a `\r` at the end of each, so the n-gram `微信「\r` (a
// line `微信「\r<TAB>5.251`, from a file with stray carriage returns)
// is written as `微信「` and loads back as a different, live n-gram.
// Smallest case: `房卡\r<TAB>2.5` gives log-odds 0 for 房卡 before the
// round trip and 2.5 after. See: issue 6.
#[test]
fn fuzz_model_round_trip_cr() {
    replay_model(include_bytes!("fuzz_regressions/model_round_trip_cr.bin"));
    replay_model(
        "version\t1\nngrams\t2\t3\nbias\t0\n房卡\r\t2.5\n".as_bytes(),
    );
}

// --- threads ---------------------------------------------------------------

#[test]
fn one_cleaner_shared_by_four_threads() {
    let pages = corpus_pages();
    let cleaner = Cleaner::new();
    let json = |c: &Cleaner, html: &[u8]| {
        serde_json::to_string(&c.clean_with_blocks(html)).unwrap()
    };
    let alone: Vec<String> =
        pages.iter().map(|(_, html)| json(&cleaner, html)).collect();
    // Each thread takes every fourth page, from its own offset and in its
    // own order, three times over, so different pages are in flight at
    // once.
    let together: Vec<Vec<(usize, String)>> = thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (pages, cleaner) = (&pages, &cleaner);
                s.spawn(move || {
                    let mut out = Vec::new();
                    for round in 0..3 {
                        let mut mine: Vec<usize> =
                            (t..pages.len()).step_by(4).collect();
                        if (round + t) % 2 == 1 {
                            mine.reverse();
                        }
                        for i in mine {
                            out.push((i, json(cleaner, &pages[i].1)));
                        }
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut seen = vec![0; pages.len()];
    for (i, got) in together.into_iter().flatten() {
        assert_eq!(got, alone[i], "{} differs across threads", pages[i].0);
        seen[i] += 1;
    }
    assert!(seen.iter().all(|&n| n == 3), "every page three times");
}
