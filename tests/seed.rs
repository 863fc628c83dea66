//! The page that started the project, rebuilt at test time from the seed
//! text in `../shared/seeds/` (never committed): our own portal-like HTML
//! around its article and its 热门资讯 list.
//!
//! The labels are the data README's (its row for the seed file names the
//! term a spam item's title sells and how many items are spam), read by
//! the same code the CLI trains with. Nothing here feeds the library.

use zhclean::{Cleaner, Place};

#[path = "../examples/zhclean/seed_labels.rs"]
#[allow(dead_code)]
mod seed_labels;

use crate::{shared, squash};
use seed_labels::SeedLabels;

struct Seed {
    title: String,
    meta: Vec<String>,
    date: String,
    paragraphs: Vec<String>,
    editor: String,
    headings: Vec<String>,
    /// (title, summary)
    items: Vec<(String, String)>,
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 19
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
}

fn parse_seed(text: &str) -> Option<Seed> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let title = lines.first()?.to_string();
    let date_at = lines.iter().position(|l| is_date(l))?;
    let meta = lines[1..date_at]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|s| s.to_string())
        .collect();
    let editor_at = lines.iter().position(|l| l.starts_with("编辑"))?;
    let paragraphs = lines[date_at + 1..editor_at]
        .iter()
        .filter(|l| l.chars().count() > 8)
        .map(|s| s.to_string())
        .collect();
    let mut headings = Vec::new();
    let mut items = Vec::new();
    for l in &lines[editor_at + 1..] {
        if l.is_empty() {
            continue;
        }
        match l.find("...") {
            Some(i) if i > 0 => {
                let t = l[..i].trim().to_string();
                let s = l[i + 3..].trim().to_string();
                items.push((t, s));
            }
            _ => headings.push(l.to_string()),
        }
    }
    Some(Seed {
        title,
        meta,
        date: lines[date_at].to_string(),
        paragraphs,
        editor: lines[editor_at].to_string(),
        headings,
        items,
    })
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A small portal template of our own, like the hijacked sites.
fn build_html(s: &Seed, charset: &str) -> String {
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{}_科技资讯网</title>\
         <script>var _hmt=[];</script><style>.nav a{{margin:4px}}</style></head><body>\
         <div class=\"top\"><div class=\"nav\"><a href=\"/\">首页</a><a href=\"/tech\">科技</a>\
         <a href=\"/ai\">人工智能</a><a href=\"/chip\">芯片</a><a href=\"/phone\">手机</a></div></div>\
         <div class=\"crumb\"><a href=\"/\">首页</a> &gt; <a href=\"/tech\">科技</a> &gt; 正文</div>\
         <div class=\"main\"><div class=\"article\"><h1 class=\"title\">{}</h1>",
        esc(&s.title),
        esc(&s.title)
    ));
    h.push_str("<div class=\"info\">");
    for m in &s.meta {
        h.push_str(&format!("<span class=\"author\">{}</span> ", esc(m)));
    }
    h.push_str(&format!(
        "<span class=\"time\">{}</span></div><div class=\"content\">",
        esc(&s.date)
    ));
    for p in &s.paragraphs {
        h.push_str(&format!("<p>{}</p>", esc(p)));
    }
    h.push_str(&format!(
        "<p class=\"editor\">{}</p></div><div class=\"share\">分享到：<a href=\"#\">微博</a>\
         <a href=\"#\">微信</a></div></div>",
        esc(&s.editor)
    ));
    h.push_str("<div class=\"side\">");
    for hd in &s.headings {
        h.push_str(&format!("<div class=\"hd\"><h3>{}</h3></div>", esc(hd)));
    }
    h.push_str("<ul class=\"list\">");
    for (i, (t, sum)) in s.items.iter().enumerate() {
        h.push_str(&format!(
            "<li><a href=\"/news/{i}.html\" title=\"{}\">{}...</a><p>{}...</p></li>",
            esc(t),
            esc(t),
            esc(sum)
        ));
    }
    h.push_str("</ul></div></div><div class=\"footer\"><p>Copyright © 2025 科技资讯网 版权所有</p>\
                <p>京ICP备00000000号</p></div></body></html>");
    h
}

fn check(label: &str, html: &[u8], s: &Seed, labels: &SeedLabels) {
    let page = Cleaner::new().clean(html);
    assert_eq!(
        page.title.as_deref(),
        Some(s.title.as_str()),
        "{label}: title"
    );
    assert_eq!(
        page.published.as_deref(),
        Some(s.date.as_str()),
        "{label}: time"
    );
    let (spam_items, ham_items): (Vec<_>, Vec<_>) =
        s.items.iter().partition(|(t, _)| labels.is_spam(t));
    labels
        .check(spam_items.len(), s.items.len())
        .unwrap_or_else(|e| panic!("{label}: {e}"));
    let listed: Vec<String> = page
        .spam
        .iter()
        .filter(|b| b.place == Place::List)
        .map(|b| squash(&b.text))
        .collect();
    for (t, _) in &spam_items {
        assert!(
            listed.iter().any(|b| b.starts_with(&squash(t))),
            "{label}: spam item not found: {t}"
        );
    }
    for (t, _) in &ham_items {
        let t = squash(t);
        assert!(
            !page.spam.iter().any(|b| squash(&b.text).contains(&t)),
            "{label}: ham item flagged: {t}"
        );
    }
    assert_eq!(
        page.spam.len(),
        spam_items.len(),
        "{label}: spam blocks: {:#?}",
        page.spam
    );
    // Spam only in the list, around a clean article.
    assert_eq!(
        page.verdict,
        Some(zhclean::PageVerdict::SpamAround),
        "{label}"
    );
    assert_eq!(page.stats.spam_blocks, page.spam.len(), "{label}");
    let body: Vec<String> = page.body.iter().map(|p| squash(p)).collect();
    for p in &s.paragraphs {
        assert!(
            body.contains(&squash(p)),
            "{label}: article paragraph missing: {p:.30}"
        );
    }
    let joined = body.join("");
    for (t, sum) in &s.items {
        assert!(
            !joined.contains(&squash(t)),
            "{label}: list title in body: {t}"
        );
        assert!(
            !joined.contains(&squash(sum)),
            "{label}: list summary in body: {sum:.30}"
        );
    }
}

#[test]
fn seed_page_utf8_and_gbk() {
    let Some(dir) = shared("seeds") else { return };
    // The folder without its seed text is the input missing too: under
    // ZHCLEAN_REQUIRE_SHARED=1 that fails like a missing folder.
    let Some(path) = std::fs::read_dir(&dir).ok().and_then(|rd| {
        rd.flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "txt"))
    }) else {
        crate::missing(&format!("a seed text in {}", dir.display()));
        return;
    };
    let labels = SeedLabels::of(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let seed = parse_seed(&text)
        .expect("seed text has a title, a date, an editor line and items");
    assert!(seed.paragraphs.len() >= 10);
    let utf8 = build_html(&seed, "utf-8");
    check("utf-8", utf8.as_bytes(), &seed, &labels);
    let gbk_html = build_html(&seed, "gbk");
    let (gbk, _, _) = encoding_rs::GBK.encode(&gbk_html);
    let page = Cleaner::new().clean(&gbk);
    assert_eq!(page.encoding, "gb18030");
    check("gbk", &gbk, &seed, &labels);
}
