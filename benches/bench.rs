//! Throughput of each stage and of `clean` end to end.
//!
//! Run with `cargo bench --bench bench`. Fixtures are read once, outside
//! the timed loops: the pages in `corpus/pages`, and the real pages of
//! `../shared/data/extract/gne_pages` when that folder exists (skipped
//! with a notice otherwise).

// criterion's macros generate undocumented items.
#![allow(missing_docs)]

use std::path::Path;
use std::sync::LazyLock;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use zhclean::campaign::{Campaigns, Fingerprint};
use zhclean::stages::{decode, extract, parse, Blocks};
use zhclean::{normalize, CleanPage, Cleaner, Place, SpamBlock};

fn read_pages(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(rd) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

static CORPUS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    read_pages(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pages"))
});

static REAL: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/extract/gne_pages");
    let pages = read_pages(&dir);
    if pages.is_empty() {
        eprintln!(
            "NOTICE: {} is missing: real-page benches skipped",
            dir.display()
        );
    }
    pages
});

static SNIPPETS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/snippets/ham.jsonl");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .take(2000)
        .collect()
});

fn stages(c: &mut Criterion, name: &str, pages: &[Vec<u8>]) {
    if pages.is_empty() {
        return;
    }
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();
    let texts: Vec<String> = pages.iter().map(|p| decode(p).text).collect();
    let doms: Vec<Blocks> =
        texts.iter().map(|t| Blocks::from_dom(&parse(t))).collect();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("decode", |b| {
        b.iter(|| pages.iter().map(|p| decode(p).text.len()).sum::<usize>())
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(parse(t));
            }
        })
    });
    g.bench_function("blocks", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| Blocks::from_dom(&parse(t)).blocks().len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| doms.iter().map(|d| extract(d).roles.len()).sum::<usize>())
    });
    g.bench_function("clean", |b| {
        b.iter(|| {
            pages.iter().map(|p| cleaner.clean(p).body.len()).sum::<usize>()
        })
    });
    g.finish();
}

fn pages(c: &mut Criterion) {
    stages(c, "corpus", &CORPUS);
    stages(c, "real", &REAL);
}

fn text(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let bytes: u64 = SNIPPETS.iter().map(|s| s.len() as u64).sum();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            SNIPPETS.iter().map(|s| normalize(s).as_str().len()).sum::<usize>()
        })
    });
    g.bench_function("score_text", |b| {
        b.iter(|| {
            SNIPPETS.iter().filter(|s| cleaner.score_text(s).spam).count()
        })
    });
    g.finish();
}

/// A page of about `size` bytes: a portal layout around an article of
/// corpus paragraphs, with related lists, repeated until it is that big.
fn page_of(size: usize) -> Vec<u8> {
    let para = "<p>今天上午，市政府召开新闻发布会，介绍了全市经济运行情况。前三季度，全市地区生产总值同比增长百分之五点二，\
                消费市场稳步恢复，重点项目建设有序推进。</p>";
    let item = "<li><a href=/n>本市地铁新线今日开通运营</a><p>沿线市民出行更加便利。</p></li>";
    let mut body = String::new();
    while body.len() < size {
        body.push_str("<div class=article><h2>小标题</h2>");
        for _ in 0..8 {
            body.push_str(para);
        }
        body.push_str("</div><ul class=related>");
        for _ in 0..6 {
            body.push_str(item);
        }
        body.push_str("</ul>");
    }
    format!(
        "<html><head><meta charset=utf-8><title>标题_某某网</title></head>\
         <body><div class=nav><a href=/>首页</a></div><h1>标题</h1>{body}</body></html>"
    )
    .into_bytes()
}

/// Cost per MB at 10 KB, 100 KB, 1 MB and 10 MB: it should stay flat.
fn sizes(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("size");
    g.sample_size(10);
    for (name, size) in [
        ("10KB", 10 << 10),
        ("100KB", 100 << 10),
        ("1MB", 1 << 20),
        ("10MB", 10 << 20),
    ] {
        let page = page_of(size);
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_function(name, |b| b.iter(|| cleaner.clean(&page).body.len()));
    }
    g.finish();
}

/// `n` Chinese characters drawn from seed `k`: the fixed text of a
/// template (or, for a unique block, of the block).
fn han(k: u64, n: usize) -> String {
    let mut x = k.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from_u32(0x4e00 + (x % 3000) as u32).unwrap_or('中')
        })
        .collect()
}

/// A page of one synthetic spam block: template `t`'s text filled with
/// copy `n`'s brand, city and contact, on one of 50 sites (its address
/// comes first).
fn spam_page(t: usize, n: usize) -> (String, CleanPage) {
    const BRANDS: [&str; 4] = ["鸿运", "金沙", "永利", "大发"];
    const CITIES: [&str; 4] = ["杭州", "成都", "青岛", "厦门"];
    let text = format!(
        "{}娱乐{}：{}地区{}，添加客服微信v{n:05}，{}",
        BRANDS[n % 4],
        han(t as u64, 12),
        CITIES[n / 4 % 4],
        han(t as u64 + 1_000_000, 20),
        han(t as u64 + 2_000_000, 12),
    );
    let page = CleanPage {
        spam: vec![SpamBlock {
            text,
            place: Place::List,
            score: 9.0,
            reasons: Vec::new(),
        }],
        ..CleanPage::default()
    };
    (format!("https://s{}.example.cn/{t}/{n}.html", n % 50), page)
}

/// Resident memory in KiB (Linux), for the grouping's footprint.
fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Fingerprinting one block, and grouping: 100,000 blocks of 1,000
/// templates into a fresh accumulator, with the memory it took printed
/// (the figure to extrapolate to a million blocks).
fn campaigns(c: &mut Criterion) {
    let pages: Vec<(String, CleanPage)> =
        (0..100_000).map(|i| spam_page(i % 1000, i / 1000)).collect();
    // The worst case for memory: every block a template of its own.
    let unique: Vec<(String, CleanPage)> = (0..100_000)
        .map(|i| {
            let (source, mut p) = spam_page(0, i);
            p.spam[0].text = han(i as u64 + 5_000_000, 44);
            (source, p)
        })
        .collect();
    for (name, set) in [("1,000 templates", &pages), ("all unique", &unique)] {
        let before = rss_kib();
        let acc = Campaigns::new();
        for (source, p) in set.iter() {
            acc.add(source, p);
        }
        if let (Some(a), Some(b)) = (before, rss_kib()) {
            eprintln!(
                "campaigns ({name}): {} blocks in {} campaigns, resident memory +{} KiB",
                set.len(),
                acc.len(),
                b.saturating_sub(a)
            );
        }
    }
    drop(unique);
    let acc = Campaigns::new();
    drop(acc);
    let mut g = c.benchmark_group("campaigns");
    g.sample_size(10);
    let text = &pages[0].1.spam[0].text;
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("fingerprint", |b| b.iter(|| Fingerprint::of(text)));
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function("group_100k", |b| {
        b.iter(|| {
            let acc = Campaigns::new();
            for (source, p) in &pages {
                acc.add(source, p);
            }
            acc.len()
        })
    });
    g.finish();
}

criterion_group!(benches, pages, text, sizes, campaigns);
criterion_main!(benches);
