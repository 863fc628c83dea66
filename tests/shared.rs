//! Real pages from `../shared/data`, read at test time when present.

use zhclean::Cleaner;

use crate::shared;

#[test]
fn gne_pages_give_title_and_body() {
    let Some(dir) = shared().map(|s| s.join("data/extract/gne_pages")) else {
        eprintln!(
            "NOTICE: ../shared/data/extract/gne_pages is missing: skipped"
        );
        return;
    };
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
