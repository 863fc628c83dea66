//! The one printer of what `eval` and `train` measured: the measuring
//! code returns results and never prints, so a test or another front end
//! can read the figures without parsing text.

use std::collections::BTreeMap;

use crate::cv::By;
use crate::eval::{
    AblationRun, CvRun, EvalResult, ExtractResult, LeaveOutRun, Miss,
    PageResult, RuleRow, ShippedRun, SpamResult,
};
use crate::train::{Files, TrainResult};

/// Prints an `eval` result on stdout.
pub fn eval(r: &EvalResult) {
    match r {
        EvalResult::Extract(r) => extract(r),
        EvalResult::Spam(r) => spam(r),
    }
}

fn extract(x: &ExtractResult) {
    let mut by_site: BTreeMap<&str, Vec<&PageResult>> = BTreeMap::new();
    for r in &x.pages {
        by_site.entry(&r.site).or_default().push(r);
    }
    let mean = |v: &[&PageResult], f: fn(&PageResult) -> f64| {
        v.iter().map(|r| f(r)).sum::<f64>() / v.len().max(1) as f64
    };
    println!(
        "character {}-gram F1 (NFKC, whitespace dropped), {} pages, {} skipped (empty truth)",
        x.n,
        x.pages.len(),
        x.skipped
    );
    println!(
        "{:<16} {:>5} {:>7} {:>7} {:>7} {:>7} {:>6}",
        "site", "pages", "P", "R", "F1", ">=0.9", "<0.5"
    );
    let all: Vec<&PageResult> = x.pages.iter().collect();
    for (site, v) in by_site.iter().chain(std::iter::once((&"ALL", &all))) {
        let good = v.iter().filter(|r| r.f1 >= 0.9).count();
        let bad = v.iter().filter(|r| r.f1 < 0.5).count();
        println!(
            "{:<16} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>6.1}% {:>6}",
            site,
            v.len(),
            mean(v, |r| r.p),
            mean(v, |r| r.r),
            mean(v, |r| r.f1),
            100.0 * good as f64 / v.len().max(1) as f64,
            bad
        );
    }
    let share = |what: &str, known: Vec<bool>| {
        if !known.is_empty() {
            let right = known.iter().filter(|x| **x).count();
            println!(
                "{what} right: {right}/{} ({:.1}%) of pages with a known {}",
                known.len(),
                100.0 * right as f64 / known.len() as f64,
                if what == "author" { "author" } else { "date" }
            );
        }
    };
    share("published time", x.pages.iter().filter_map(|r| r.date).collect());
    share("author", x.pages.iter().filter_map(|r| r.author).collect());
    if x.worst > 0 {
        let mut sorted = all.clone();
        sorted.sort_by(|a, b| a.f1.total_cmp(&b.f1));
        println!("worst pages:");
        for r in sorted.iter().take(x.worst) {
            println!(
                "  {:.3} (P {:.3} R {:.3}) {}",
                r.f1,
                r.p,
                r.r,
                r.path.display()
            );
        }
    }
    println!("elapsed {:.2}s", x.elapsed.as_secs_f64());
    if let Some(min) = x.min_f1 {
        let overall = x.mean_f1();
        if x.passed() {
            println!("ok: mean F1 {overall:.4} >= floor {min}");
        } else {
            println!("FAIL: mean F1 {overall:.4} is below the floor {min}");
        }
    }
}

fn fails(v: &[String]) {
    for f in v {
        println!("FAIL: {f}");
    }
}

fn spam(s: &SpamResult) {
    for r in &s.shipped {
        shipped(r);
    }
    if let Some(c) = &s.cv {
        cv(c);
    }
    for l in &s.leave_out {
        leave_out(l);
    }
    if let Some(a) = &s.ablation {
        ablation(a);
    }
    if let Some(e) = s.elapsed {
        println!("elapsed {e:.1}s");
    }
    for g in &s.unused_gates {
        println!(
            "FAIL: --gate {g}: no source or family of that name was measured"
        );
    }
}

fn shipped(r: &ShippedRun) {
    println!(
        "{} (shipped cleaner{}; in-sample if this file is training data):",
        r.file.display(),
        r.with
    );
    for (k, t) in &r.by_kind {
        println!("  {k:<48} {}", t.line());
    }
    println!("  all: {}", r.all.tally.line());
    misses(&r.misses);
    rules(&r.rules);
    fails(&r.all.fails);
}

fn cv(c: &CvRun) {
    println!(
        "cross-validated, {} folds by group ({}): each item judged by a cleaner fitted without it",
        c.k, c.setup
    );
    println!("  by source:");
    for row in &c.by_source {
        let tag = if row.ours { " (ours)" } else { "" };
        println!(
            "    {:<22} {}",
            format!("{}{tag}", row.name),
            row.checked.tally.line()
        );
        fails(&row.checked.fails);
    }
    println!("  spam by family:");
    for (fam, t) in &c.by_family {
        println!("    {fam:<22} {}", t.line());
    }
    misses(&c.misses);
    rules(&c.rules);
}

fn leave_out(l: &LeaveOutRun) {
    let (what, ham) = match l.by {
        By::Family => ("family", " and a fifth of the ham"),
        By::Source => ("source", " and ham"),
    };
    println!(
        "leave one {what} out ({}): train without its spam{ham}, test on it",
        l.setup
    );
    for run in &l.runs {
        println!("  {:<20} {}", run.name, run.all.tally.line());
        if let Some((r, o)) = &run.split {
            println!("  {:<20}   real {}   ours {}", "", r.line(), o.line());
        }
        misses(&run.misses);
        fails(&run.all.fails);
    }
}

fn ablation(a: &AblationRun) {
    println!("ablation ({}-fold cross-validation over text items; real sources; then leave-one-family-out mean recall):", a.k);
    for r in &a.rows {
        println!("  {:<32} real: {}", r.setup, r.real.line());
        println!("  {:<32} ours: {}", "", r.ours.line());
        println!(
            "  {:<32} held-out families: mean recall {:.3}, worst {:.3}",
            "", r.mean, r.worst
        );
    }
}

fn misses(v: &Option<Vec<Miss>>) {
    for m in v.iter().flatten() {
        println!(
            "      {} {:.2} {}/{}: {} {:?}",
            if m.fp { "FP" } else { "FN" },
            m.score,
            m.source,
            m.family,
            m.shown,
            m.rules
        );
    }
}

fn rules(v: &Option<Vec<RuleRow>>) {
    let Some(rows) = v else { return };
    println!("  rules (cross-validated hits; weight as shipped):");
    println!(
        "    {:<30} {:>7} {:>6} {:>6} {:>6} {:>7}",
        "rule", "weight", "spam", "ham", "S/O", "alone"
    );
    for r in rows {
        println!(
            "    {:<30} {:>7.2} {:>6} {:>6} {:>6.3} {:>7}",
            r.name, r.weight, r.spam, r.ham, r.so, r.alone
        );
    }
}

/// Prints a `train` result on stdout.
pub fn train(t: &TrainResult) {
    if let Some(shared) = &t.no_shared {
        println!(
            "NOTICE: {} has no data/spam: training on our snippets only",
            shared.display()
        );
    }
    for (src, s, h) in &t.by_source {
        println!("  {src:<20} {s:>6} spam {h:>6} ham");
    }
    println!(
        "{} items give {} training texts ({} spam)",
        t.items, t.texts, t.spam_texts
    );
    println!(
        "fitted in {:.1}s: {} model features (words: {}), weights for {} rules",
        t.seconds,
        t.features,
        t.words,
        t.rules.len()
    );
    println!("  {:<30} {:>7} {:>7} {:>7}", "rule", "weight", "spam", "ham");
    for (name, w, s, h) in &t.rules {
        println!("  {name:<30} {w:>7.2} {s:>7} {h:>7}");
    }
    match &t.files {
        Files::Wrote { model, weights } => {
            println!("wrote {} and {}", model.display(), weights.display())
        }
        Files::CheckSkipped => {
            println!("NOTICE: without the real data the check is skipped")
        }
        Files::Checked(v) => {
            for (path, same) in v {
                println!(
                    "{}: {}",
                    path.display(),
                    if *same {
                        "same as trained now"
                    } else {
                        "DIFFERS from what training gives now (run `zhclean train`)"
                    }
                );
            }
        }
    }
}
