//! Real pages from `../shared/data`, read at test time when present.

use zhclean::{Cleaner, PageVerdict, Place};

use crate::shared;

#[test]
fn gne_pages_give_title_and_body() {
    let Some(dir) = shared("data/extract/gne_pages") else { return };
    let cleaner = Cleaner::new();
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 60);
    let mut bad = Vec::new();
    for p in &pages {
        let page = cleaner.clean(&std::fs::read(p).unwrap());
        if page.title.as_deref().is_none_or(str::is_empty)
            || page.body.is_empty()
        {
            bad.push(p.display().to_string());
        }
    }
    assert!(bad.is_empty(), "no title or body: {bad:?}");
}

/// Every page under a folder of `../shared/data/extract`, or `None`.
fn pages(sub: &str) -> Option<Vec<std::path::PathBuf>> {
    let dir = shared(&format!("data/extract/{sub}"))?;
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).ok()?.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    Some(out)
}

/// A real hijacked page: a 174 KB hidden block of keyword stuffing and
/// casino links around a police story. The hidden block is reported, and
/// the article is kept.
#[test]
fn hijacked_page_with_hidden_stuffing() {
    let Some(dir) = shared("data/extract/gne_pages") else { return };
    let path = dir.join("njxfhn_1.html");
    let page = Cleaner::new().clean(&std::fs::read(&path).unwrap());
    assert!(matches!(page.verdict, Some(v) if v != PageVerdict::Clean));
    let hidden: Vec<_> =
        page.spam.iter().filter(|s| s.place == Place::Hidden).collect();
    assert!(
        hidden.iter().any(|s| s.text.chars().count() > 10_000),
        "the stuffing block: {:?}",
        page.spam
            .iter()
            .map(|s| (s.place, s.text.chars().count()))
            .collect::<Vec<_>>()
    );
    assert!(page.body.iter().any(|p| p.contains("阿婆")), "{:?}", page.body);
    assert_eq!(page.stats.spam_blocks, page.spam.len());
}

/// No spam block inside an article body on the real news pages (the xmu
/// and cwced pages' furniture is in the training data as ham; gne_pages
/// is not, and njxfhn_1 there has its spam around the article).
#[test]
fn real_pages_have_no_spam_in_the_body() {
    let Some(all) = ["xmu", "cwced", "gne_pages"]
        .iter()
        .map(|s| pages(s))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    let cleaner = Cleaner::new();
    let mut bad = Vec::new();
    let mut n = 0;
    for p in all.iter().flatten() {
        n += 1;
        let page = cleaner.clean(&std::fs::read(p).unwrap());
        for s in page.spam.iter().filter(|s| s.place == Place::Body) {
            bad.push(format!("{}: {:.40}", p.display(), s.text));
        }
    }
    assert!(n >= 375, "{n} pages");
    assert!(bad.is_empty(), "spam in an article body: {bad:#?}");
}
