//! Every page in `corpus/pages/<case>.html` against its `<case>.json`.
//! A failure names the case and what was wrong, and all cases run before
//! the test fails.

use serde::Deserialize;
use zhclean::Cleaner;

use crate::{fold, root, squash};

#[derive(Deserialize)]
struct Truth {
    template: String,
    encoding: String,
    title: String,
    published: Option<String>,
    origin: Option<String>,
    author: Option<String>,
    body: Vec<String>,
    spam: Vec<String>,
    ham_items: Vec<String>,
    verdict: zhclean::PageVerdict,
}

fn check(
    case: &str,
    html: &[u8],
    t: &Truth,
    cleaner: &Cleaner,
) -> Vec<String> {
    let mut errs = Vec::new();
    let page = cleaner.clean(html);
    if page.verdict != Some(t.verdict) {
        let places: Vec<_> = page
            .spam
            .iter()
            .map(|s| format!("{:?} {:.30}", s.place, s.text))
            .collect();
        errs.push(format!(
            "verdict {:?} != {:?} (spam: {places:?})",
            page.verdict, t.verdict
        ));
    }
    let want_enc = if t.encoding == "gbk" { "gb18030" } else { "utf-8" };
    if page.encoding != want_enc {
        errs.push(format!("encoding {} != {want_enc}", page.encoding));
    }
    if page.title.as_deref().map(fold) != Some(fold(&t.title)) {
        errs.push(format!("title {:?} != {:?}", page.title, t.title));
    }
    if page.published != t.published {
        errs.push(format!(
            "published {:?} != {:?}",
            page.published, t.published
        ));
    }
    if t.origin.is_some() && page.origin != t.origin {
        errs.push(format!("origin {:?} != {:?}", page.origin, t.origin));
    }
    if t.author.is_some() && page.author != t.author {
        errs.push(format!("author {:?} != {:?}", page.author, t.author));
    }
    // Every truth paragraph, in order.
    let got: Vec<String> = page.body.iter().map(|p| squash(p)).collect();
    let mut at = 0;
    for p in &t.body {
        let p = squash(p);
        match got[at..].iter().position(|g| *g == p) {
            Some(k) => at += k + 1,
            None => errs.push(format!(
                "body paragraph missing or out of order: {p:.40}"
            )),
        }
    }
    // Little else: captions are allowed, whole extra sections are not.
    let truth_chars: usize =
        t.body.iter().map(|p| squash(p).chars().count()).sum();
    let extra: usize = got
        .iter()
        .filter(|g| !t.body.iter().any(|p| squash(p) == **g))
        .map(|g| g.chars().count())
        .sum();
    if extra * 100 > truth_chars * 15 {
        let extras: Vec<&String> = got
            .iter()
            .filter(|g| !t.body.iter().any(|p| squash(p) == **g))
            .collect();
        errs.push(format!("{extra} extra body chars: {extras:?}"));
    }
    let body_text = got.join("");
    for s in &t.spam {
        let s = squash(s);
        if body_text.contains(&s) {
            errs.push(format!("spam in body: {s}"));
        }
        if !page.spam.iter().any(|b| squash(&b.text).contains(&s)) {
            errs.push(format!("spam not reported: {s}"));
        }
    }
    for h in &t.ham_items {
        let h = squash(h);
        if let Some(b) =
            page.spam.iter().find(|b| squash(&b.text).contains(&h))
        {
            errs.push(format!(
                "ham item flagged: {h} (score {}, {:?})",
                b.score, b.reasons
            ));
        }
    }
    for p in &t.body {
        let p = squash(p);
        if page.spam.iter().any(|b| squash(&b.text).contains(&p)) {
            errs.push(format!("article paragraph flagged: {p:.40}"));
        }
    }
    errs.into_iter()
        .map(|e| format!("corpus/pages/{case}.html: {e}"))
        .collect()
}

#[test]
fn corpus_pages() {
    let dir = root().join("corpus").join("pages");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/pages exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} pages", cases.len());
    let cleaner = Cleaner::new();
    let mut templates = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for html_path in &cases {
        let case =
            html_path.file_stem().unwrap().to_string_lossy().into_owned();
        let json = std::fs::read_to_string(html_path.with_extension("json"))
            .unwrap_or_else(|e| panic!("{case}.json: {e}"));
        let truth: Truth = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{case}.json: {e}"));
        templates.insert(truth.template.clone());
        let html = std::fs::read(html_path).unwrap();
        failures.extend(check(&case, &html, &truth, &cleaner));
    }
    assert!(templates.len() >= 6, "templates: {templates:?}");
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
