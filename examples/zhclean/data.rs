//! Labelled data for training and evaluation, read from where it lives,
//! each source in its own format:
//!
//! - `corpus/snippets/*.jsonl` (ours): `text`, `label`, `category`,
//!   `family`, `hard_negative`;
//! - `../shared/data/spam/*.jsonl` (real): texts with `text` and
//!   `label` spam/ham (`real_mix`, `seo_queries`, `headlines_ham`, and any
//!   file of that shape), and pages with `title`, `text` and a page label
//!   (`cc_pages`);
//! - `../shared/seeds/*.txt`: a page's `title... summary...` list items.
//!
//! Nothing is copied: texts are read when training or evaluating runs.
//! Each item carries a family (the campaign it belongs to, for
//! leave-one-family-out), its source, and a group (the unit that folds
//! split on: a text, or a whole page).

use std::error::Error;
use std::path::{Path, PathBuf};

use zhclean::Example;

use crate::seed_labels::SeedLabels;

/// One labelled item.
#[derive(Clone, Debug)]
pub struct Item {
    /// The text, or for a page its body text (lines).
    pub text: String,
    /// A page's title: the item is judged as a page.
    pub title: Option<String>,
    /// Spam, ham, or neither (labels such as LOW_QUALITY are reported
    /// apart and never trained on).
    pub spam: Option<bool>,
    /// The label as the source writes it.
    pub label: String,
    /// The campaign family of a spam item; for ham, `news` or the family
    /// whose words a hard negative borrows.
    pub family: String,
    /// Where it comes from: `snippets`, `real_mix`, `seo_queries`, ...
    pub source: String,
    /// The source's own kind or category.
    pub kind: String,
    pub hard_negative: bool,
    /// Folds split on this: a text's hash, or a page's.
    pub group: u64,
    /// Real data (from ../shared), not ours.
    pub real: bool,
}

impl Item {
    /// Whether the item is a page (judged by `clean`, not `score_text`).
    pub fn is_page(&self) -> bool {
        self.title.is_some()
    }

    /// What the item gives the trainer: a text item itself; a ham page
    /// its title and lines; a spam page its title (the rest of an
    /// injected page is mostly the copied text the spam hides in).
    pub fn examples(&self) -> Vec<Example> {
        let Some(spam) = self.spam else { return Vec::new() };
        let mut out = self.texts(spam);
        // The spam of one family shares a fold when the weights read
        // the model out of fold: they learn how far to trust it on a
        // campaign it has not seen.
        if spam {
            for e in &mut out {
                e.group = stable_hash(&self.family);
            }
        }
        out
    }

    fn texts(&self, spam: bool) -> Vec<Example> {
        match &self.title {
            None => vec![Example::new(self.text.clone(), spam)],
            Some(title) if spam => vec![Example::new(title.clone(), true)],
            Some(title) => std::iter::once(title.as_str())
                .chain(self.text.lines())
                .map(str::trim)
                .filter(|l| l.chars().count() >= 4)
                .map(|l| Example::new(l.to_string(), false))
                .collect(),
        }
    }
}

/// FNV-1a: the same on every run and machine.
pub fn stable_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The family of a real spam text that the source does not name: a
/// lottery platform when its words are a lottery's, else a casino or
/// betting platform.
fn platform_family(text: &str) -> &'static str {
    let t = text.to_lowercase();
    let lottery = [
        "彩", "快三", "快3", "时时", "赛车", "飞艇", "pk10", "pk拾", "11选5",
        "六合", "开奖", "幸运28", "分分",
    ];
    if lottery.iter().any(|w| t.contains(w)) {
        "lottery_platform"
    } else {
        "casino_platform"
    }
}

/// A real text's family from its source's kind.
fn real_family(kind: &str, text: &str, spam: bool) -> String {
    if !spam {
        return "news".into();
    }
    match kind {
        "seo-spam-title" => "blackhat_seo".into(),
        "gambling-site-promo" | "gambling-site-terms" => {
            "operator_copy".into()
        }
        "casino-site-copy" => "casino_platform".into(),
        "seed_item" => "fangka".into(),
        _ => platform_family(text).into(),
    }
}

/// Our snippets' family when a line has none (older lines): from its
/// category.
fn snippet_family(category: &str, spam: bool) -> String {
    match (category, spam) {
        ("gambling", true) => "fangka".into(),
        ("casino_brand", true) => "casino_platform".into(),
        (c, true) => c.into(),
        (_, false) => "news".into(),
    }
}

fn jsonl_files(dir: &Path) -> Result<Vec<PathBuf>, Box<dyn Error>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

fn spam_of(label: &str) -> Option<bool> {
    match label {
        "spam" | "GAMBLING_INJECTED" => Some(true),
        "ham" | "HAM_NEWS" | "HAM_OTHER" => Some(false),
        _ => None,
    }
}

/// Reads one JSONL file of texts or pages. `real` says whether it is
/// real data.
pub fn read_jsonl(
    path: &Path,
    real: bool,
) -> Result<Vec<Item>, Box<dyn Error>> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let source = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        let label = s("label");
        let spam = spam_of(&label);
        if label.is_empty() {
            return Err(
                format!("{}:{}: no label", path.display(), i + 1).into()
            );
        }
        let text = s("text");
        let title = v["title"].as_str().map(String::from);
        let kind = [s("kind"), s("category")]
            .into_iter()
            .find(|k| !k.is_empty())
            .unwrap_or_else(|| label.clone());
        let family = match v["family"].as_str() {
            Some(f) => f.to_string(),
            None if real => {
                let t = title.as_deref().unwrap_or(&text);
                real_family(&kind, t, spam == Some(true))
            }
            None => snippet_family(&kind, spam == Some(true)),
        };
        let group = stable_hash(&format!(
            "{source}\u{1}{}\u{1}{text}",
            title.as_deref().unwrap_or("")
        ));
        out.push(Item {
            text,
            title,
            spam,
            label,
            family,
            source: source.clone(),
            kind,
            hard_negative: v["hard_negative"].as_bool() == Some(true),
            group,
            real,
        });
    }
    Ok(out)
}

/// The list items of a page saved as text, one per line as `title...
/// summary...`. The labels are the data README's ([`SeedLabels`]), and
/// their count must be the README's.
pub fn read_seed(path: &Path) -> Result<Vec<Item>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let labels = SeedLabels::of(path)?;
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(i) = line.find("...") else { continue };
        // List titles are short; a long run before `...` is prose.
        if i == 0
            || line[..i].chars().count() > 30
            || line[i + 3..].trim().is_empty()
        {
            continue;
        }
        let spam = labels.is_spam(&line[..i]);
        let text = line.trim().to_string();
        out.push(Item {
            group: stable_hash(&text),
            text,
            title: None,
            spam: Some(spam),
            label: if spam { "spam" } else { "ham" }.into(),
            family: if spam { "fangka" } else { "news" }.into(),
            source: "seed".into(),
            kind: "seed_item".into(),
            hard_negative: false,
            real: true,
        });
    }
    let spam = out.iter().filter(|it| it.spam == Some(true)).count();
    labels
        .check(spam, out.len())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(out)
}

/// Every distinct block text of the real news pages under `dir` (an
/// extraction set), as ham: navigation, footers, bylines, captions
/// and paragraphs of mainstream sites. The spam data is texts without
/// their pages; without these the model never sees what honest page
/// furniture (登录 注册, 广告热线, 版权所有) looks like.
pub fn page_blocks(
    dir: &Path,
    source: &str,
) -> Result<Vec<Item>, Box<dyn Error>> {
    let mut pages = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .map_err(|e| format!("{}: {e}", d.display()))?
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                pages.push(p);
            }
        }
    }
    pages.sort();
    let cleaner = zhclean::Cleaner::new();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for p in pages {
        let html =
            std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let page = cleaner.clean_with_blocks(&html);
        for b in page.blocks.unwrap_or_default() {
            let text = b.text.trim().to_string();
            if text.chars().count() < 2 || !seen.insert(text.clone()) {
                continue;
            }
            out.push(Item {
                group: stable_hash(&text),
                text,
                title: None,
                spam: Some(false),
                label: "ham".into(),
                family: "news".into(),
                source: source.into(),
                kind: "page_block".into(),
                hard_negative: false,
                real: true,
            });
        }
    }
    Ok(out)
}

/// Where the training data lives.
pub struct Sources {
    /// Our snippets (corpus/snippets).
    pub snippets: PathBuf,
    /// The real data's folder (../shared/data), when it is there.
    pub shared: Option<PathBuf>,
}

impl Sources {
    /// Every item of every source, in a fixed order.
    pub fn read(&self) -> Result<Vec<Item>, Box<dyn Error>> {
        if !self.snippets.is_dir() {
            return Err(format!(
                "{}: no such folder (run from the repository root, or pass --corpus)",
                self.snippets.display()
            )
            .into());
        }
        let mut items = Vec::new();
        for f in jsonl_files(&self.snippets)? {
            let mut v = read_jsonl(&f, false)?;
            for it in &mut v {
                it.source = "snippets".into();
            }
            items.extend(v);
        }
        if let Some(shared) = &self.shared {
            let spam = shared.join("data").join("spam");
            if spam.is_dir() {
                for f in jsonl_files(&spam)? {
                    items.extend(read_jsonl(&f, true)?);
                }
            }
            // The pages of gne_pages stay out: they are where the
            // shipped cleaner is checked on pages it never saw.
            for set in ["xmu", "cwced"] {
                let dir = shared.join("data").join("extract").join(set);
                if dir.is_dir() {
                    items.extend(page_blocks(&dir, &format!("{set}_blocks"))?);
                }
            }
            let seeds = shared.join("seeds");
            if let Ok(rd) = std::fs::read_dir(&seeds) {
                let mut files: Vec<PathBuf> = rd
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
                files.sort();
                for f in files {
                    items.extend(read_seed(&f)?);
                }
            }
        }
        Ok(items)
    }
}

/// The training examples of a set of items.
pub fn examples<'a>(
    items: impl IntoIterator<Item = &'a Item>,
) -> Vec<Example> {
    items.into_iter().flat_map(Item::examples).collect()
}
