//! The numbers at the end of a batch: pages, pages with spam, spam blocks
//! by category, the rules that fired most, errors and speed. Printed on
//! stderr, written as JSON with `--summary-json`, and put at the top of
//! the review report.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::time::Instant;

use serde::Serialize;
use zhclean::campaign::{Campaign, Campaigns};
use zhclean::SpamBlock;

use crate::record::Record;

/// Lexicon categories that name what a spam block is about. `contact` and
/// `selling` say how it sells, not what, so they name a block only when
/// no topic does: 牛牛房卡 + 加微信 is gambling spam, not contact spam.
const TOPICS: [&str; 4] = ["gambling", "casino", "porn", "fraud"];
const MANNERS: [&str; 2] = ["contact", "selling"];

/// Campaigns listed in `--summary-json` and the report; the summary on
/// stderr shows the first few.
pub const LISTED: usize = 100;
const SHOWN: usize = 5;

/// The category of a spam block: its strongest topical `lexicon.*` rule,
/// else its strongest contact or selling rule, else `other` (a block that
/// only patterns caught, such as junk prefixes).
pub fn category(block: &SpamBlock) -> &'static str {
    let best = |names: &[&'static str]| {
        block
            .reasons
            .iter()
            .filter(|r| r.weight > 0.0)
            .filter_map(|r| {
                let cat = r.rule.name().strip_prefix("lexicon.")?;
                let name = names.iter().find(|n| **n == cat)?;
                Some((*name, r.weight))
            })
            // Reasons come strongest first; on a tie the first wins.
            .fold(None, |best: Option<(&'static str, f32)>, (n, w)| match best
            {
                Some((_, bw)) if bw >= w => best,
                _ => Some((n, w)),
            })
            .map(|(n, _)| n)
    };
    best(&TOPICS).or_else(|| best(&MANNERS)).unwrap_or("other")
}

/// Running totals over the records, in the order they are written.
pub struct Summary {
    started: Instant,
    pub pages: u64,
    pub errors: u64,
    pub pages_with_spam: u64,
    pub spam_blocks: u64,
    pub categories: BTreeMap<&'static str, u64>,
    rules: HashMap<String, u64>,
    /// The first few errors, to show without scrolling back.
    pub first_errors: Vec<(String, String)>,
    pub interrupted: bool,
    /// Spam blocks grouped by template, to tell a campaign across sites.
    pub campaigns: Campaigns,
    /// Pages cleaned again in the second pass (`batch.campaign`).
    pub recleaned: u64,
}

/// The JSON form, for `--summary-json`.
#[derive(Serialize)]
pub struct Totals<'a> {
    pub pages: u64,
    pub errors: u64,
    pub pages_with_spam: u64,
    pub spam_blocks: u64,
    pub spam_by_category: &'a BTreeMap<&'static str, u64>,
    pub top_rules: Vec<RuleCount<'a>>,
    /// Templates seen on more than one page, most sites first (at most
    /// [`LISTED`]).
    pub campaigns: Vec<Campaign>,
    /// Pages cleaned again because a template of theirs was on several
    /// sites (the rule `batch.campaign`).
    pub recleaned: u64,
    pub seconds: f64,
    pub pages_per_second: f64,
    pub interrupted: bool,
}

#[derive(Serialize)]
pub struct RuleCount<'a> {
    pub rule: &'a str,
    /// Spam blocks the rule fired on.
    pub blocks: u64,
}

impl Summary {
    pub fn new() -> Summary {
        Summary::starting(Instant::now())
    }

    /// A summary whose clock started at `started`.
    pub fn starting(started: Instant) -> Summary {
        Summary {
            started,
            pages: 0,
            errors: 0,
            pages_with_spam: 0,
            spam_blocks: 0,
            categories: BTreeMap::new(),
            rules: HashMap::new(),
            first_errors: Vec::new(),
            interrupted: false,
            campaigns: Campaigns::new(),
            recleaned: 0,
        }
    }

    pub fn add(&mut self, record: &Record) {
        self.pages += 1;
        if let Some(e) = &record.error {
            self.errors += 1;
            if self.first_errors.len() < 5 {
                let source = record.source.clone().unwrap_or_default();
                self.first_errors.push((source, e.clone()));
            }
            return;
        }
        let page = &record.page;
        if page.spam.is_empty() {
            return;
        }
        self.pages_with_spam += 1;
        self.campaigns.add(record.source.as_deref().unwrap_or(""), page);
        for block in &page.spam {
            self.spam_blocks += 1;
            *self.categories.entry(category(block)).or_default() += 1;
            for r in block.reasons.iter().filter(|r| r.weight > 0.0) {
                *self.rules.entry(r.rule.name().to_string()).or_default() += 1;
            }
        }
    }

    pub fn started(&self) -> Instant {
        self.started
    }

    pub fn seconds(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    pub fn pages_per_second(&self) -> f64 {
        let s = self.seconds();
        if s > 0.0 {
            self.pages as f64 / s
        } else {
            0.0
        }
    }

    /// Rules by the number of spam blocks they fired on, most first.
    pub fn top_rules(&self) -> Vec<RuleCount<'_>> {
        let mut v: Vec<RuleCount<'_>> = self
            .rules
            .iter()
            .map(|(rule, &blocks)| RuleCount { rule, blocks })
            .collect();
        v.sort_by(|a, b| b.blocks.cmp(&a.blocks).then(a.rule.cmp(b.rule)));
        v
    }

    pub fn totals(&self) -> Totals<'_> {
        Totals {
            pages: self.pages,
            errors: self.errors,
            pages_with_spam: self.pages_with_spam,
            spam_blocks: self.spam_blocks,
            spam_by_category: &self.categories,
            top_rules: self.top_rules(),
            campaigns: self.recurring(),
            recleaned: self.recleaned,
            seconds: (self.seconds() * 1000.0).round() / 1000.0,
            pages_per_second: (self.pages_per_second() * 10.0).round() / 10.0,
            interrupted: self.interrupted,
        }
    }

    /// Campaigns whose template was on more than one page, most sites
    /// first.
    pub fn recurring(&self) -> Vec<Campaign> {
        let mut v = self.campaigns.campaigns();
        v.retain(|c| c.pages > 1);
        v.truncate(LISTED);
        v
    }

    /// `gambling 40, contact 10, other 2`, most first.
    pub fn categories_line(&self) -> String {
        let mut v: Vec<_> = self.categories.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// The summary printed on stderr at the end of a batch.
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cleaned = self.pages - self.errors;
        writeln!(
            f,
            "zhclean: {} page{} in {:.2} s ({:.1} pages/s){}",
            self.pages,
            if self.pages == 1 { "" } else { "s" },
            self.seconds(),
            self.pages_per_second(),
            if self.interrupted { ", interrupted" } else { "" }
        )?;
        writeln!(
            f,
            "  pages with spam  {} of {cleaned} cleaned ({:.1}%)",
            self.pages_with_spam,
            percent(self.pages_with_spam, cleaned)
        )?;
        write!(f, "  spam blocks      {}", self.spam_blocks)?;
        if self.spam_blocks > 0 {
            write!(f, ": {}", self.categories_line())?;
        }
        writeln!(f)?;
        let top = self.top_rules();
        if !top.is_empty() {
            writeln!(f, "  top rules        (spam blocks each fired on)")?;
            for r in top.iter().take(8) {
                writeln!(f, "    {:<28} {}", r.rule, r.blocks)?;
            }
        }
        let recurring = self.recurring();
        if !recurring.is_empty() {
            writeln!(
                f,
                "  campaigns        {} templates on more than one page",
                recurring.len()
            )?;
            for c in recurring.iter().take(SHOWN) {
                let sample: String = c.sample.chars().take(30).collect();
                writeln!(
                    f,
                    "    {} sites, {} pages, {} blocks: {sample}",
                    c.sites, c.pages, c.blocks
                )?;
            }
        }
        if self.recleaned > 0 {
            writeln!(
                f,
                "  cleaned again    {} pages (a template on several sites: batch.campaign)",
                self.recleaned
            )?;
        }
        write!(f, "  errors           {}", self.errors)?;
        for (source, e) in &self.first_errors {
            write!(f, "\n    {source}: {e}")?;
        }
        if self.errors > self.first_errors.len() as u64 {
            write!(
                f,
                "\n    ... and {} more (records with \"error\" set)",
                self.errors - self.first_errors.len() as u64
            )?;
        }
        Ok(())
    }
}
