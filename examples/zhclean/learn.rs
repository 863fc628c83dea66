//! `zhclean learn`: a moderator's labels (the review report's "export
//! labels" lines) to an overlay folder that `clean --overlay` applies:
//!
//! - `allow.txt`, `deny.txt`: the labelled texts by fingerprint, so they
//!   get the moderator's verdict from now on;
//! - `lexicon.tsv`: terms frequent in the spam labels and absent from
//!   the ham (labels and training), with their counts, commented out
//!   until the moderator keeps them;
//! - `model.txt`, `weights.tsv`: refitted on the training data (as
//!   `zhclean train` reads it) plus the labels.
//!
//! Nothing is learned silently: this is the only command that writes an
//! overlay, and it says what changed, verdict by verdict.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use zhclean::{normalize, Cleaner, Example, Lexicon, Overlay, TextSet};

use crate::args::SourcesArgs;
use crate::data::{examples, stable_hash};

/// What `learn` reads and writes.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Label files: JSONL lines with `text` and `label` (spam|ham).
    #[arg(required = true)]
    pub labels: Vec<PathBuf>,
    /// The overlay folder to write (created if missing; its
    /// lexicon.tsv lines you uncommented are kept).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[command(flatten)]
    pub sources: SourcesArgs,
    /// How many training texts one label counts as in the refit. The
    /// lists give each labelled text its verdict at once; the model
    /// learns from labels slowly, so that a few labels move no other
    /// verdict and many that agree do.
    #[arg(long, default_value_t = 0.1, value_parser = crate::args::positive_finite)]
    pub label_weight: f32,
    /// Suggest a term only when this many spam labels hold it.
    #[arg(long, default_value_t = 2)]
    pub min_spam: usize,
    /// The most terms suggested.
    #[arg(long, default_value_t = 50)]
    pub max_terms: usize,
    /// Do not refit: the overlay keeps the shipped model and weights.
    #[arg(long)]
    pub no_model: bool,
}

/// One label line.
struct Label {
    text: String,
    spam: bool,
    /// Characters the report cut from the end: the text is a start.
    cut: u64,
    /// The lexicon categories of the rules that fired on it.
    categories: Vec<String>,
}

/// The shortest and longest suggested terms, in characters.
const TERM_CHARS: std::ops::RangeInclusive<usize> = 2..=6;

/// Training ham texts a suggested term may be in: a term in more honest
/// texts than this is a word of the language, not of a campaign.
const MAX_TRAINING_HAM: usize = 1;

/// The weight written with a suggestion: below the 3.0 of the lexicon's
/// strong terms, so a kept term adds evidence without deciding alone.
const SUGGESTED_WEIGHT: f32 = 2.0;

fn read_labels(path: &Path) -> Result<Vec<Label>, Box<dyn Error>> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 1);
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{}: {e}", at()))?;
        let text = v["text"].as_str().unwrap_or("");
        if text.trim().is_empty() {
            return Err(format!("{}: no `text`", at()).into());
        }
        let spam = match v["label"].as_str() {
            Some("spam") => true,
            Some("ham") => false,
            other => {
                return Err(format!(
                    "{}: `label` must be \"spam\" or \"ham\", not {}",
                    at(),
                    other.map_or("missing".into(), |l| format!("{l:?}"))
                )
                .into())
            }
        };
        let categories = v["rules"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str()?.strip_prefix("lexicon."))
            .map(String::from)
            .collect();
        out.push(Label {
            text: text.to_string(),
            spam,
            cut: v["cut"].as_u64().unwrap_or(0),
            categories,
        });
    }
    Ok(out)
}

/// The texts a term might come from: runs of letters and digits of the
/// folded text (punctuation and spaces split them).
fn runs(text: &str) -> Vec<Vec<char>> {
    let folded = normalize(text);
    folded
        .as_str()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|r| !r.is_empty())
        .map(|r| r.chars().collect())
        .collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Every distinct n-gram of a text that could be a term: with a Chinese
/// character, or ASCII with three letters (a brand like `hg0088`; a run
/// of digits is an ID or a number, never a term).
fn grams(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for run in runs(text) {
        for n in TERM_CHARS {
            for w in run.windows(n) {
                let letters =
                    w.iter().filter(|c| c.is_ascii_alphabetic()).count();
                if w.iter().any(|c| is_cjk(*c)) || letters >= 3 {
                    out.insert(w.iter().collect());
                }
            }
        }
    }
    out
}

/// A suggested lexicon term and its counts.
struct Suggestion {
    term: String,
    category: String,
    spam: usize,
    ham: usize,
    training_ham: usize,
}

/// Terms in at least `min_spam` spam labels, in no ham label and in at
/// most [`MAX_TRAINING_HAM`] training ham texts, not in the lexicon
/// (nor holding or held in one of its terms), and not part of a longer
/// suggestion seen as often.
fn suggest(
    labels: &[&Label],
    training_ham: &[&str],
    lexicon: &Lexicon,
    min_spam: usize,
    max_terms: usize,
) -> Vec<Suggestion> {
    let mut spam: HashMap<String, usize> = HashMap::new();
    let mut cats: HashMap<String, BTreeMap<String, usize>> = HashMap::new();
    for l in labels.iter().filter(|l| l.spam) {
        for g in grams(&l.text) {
            for c in &l.categories {
                *cats
                    .entry(g.clone())
                    .or_default()
                    .entry(c.clone())
                    .or_default() += 1;
            }
            *spam.entry(g).or_default() += 1;
        }
    }
    spam.retain(|_, n| *n >= min_spam);
    if spam.is_empty() {
        return Vec::new();
    }
    let count_in = |texts: &mut dyn Iterator<Item = &str>| {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for t in texts {
            for g in grams(t) {
                if let Some((k, _)) = spam.get_key_value(&g) {
                    *seen.entry(k.as_str()).or_default() += 1;
                }
            }
        }
        seen
    };
    let ham_labels = count_in(
        &mut labels.iter().filter(|l| !l.spam).map(|l| l.text.as_str()),
    );
    let train = count_in(&mut training_ham.iter().copied());
    let known: Vec<String> = lexicon
        .entries()
        .iter()
        .map(|e| normalize(&e.term).as_str().to_string())
        .collect();
    let kept: Vec<Suggestion> = spam
        .iter()
        .filter(|(g, _)| !ham_labels.contains_key(g.as_str()))
        .filter(|(g, _)| {
            train.get(g.as_str()).copied().unwrap_or(0) <= MAX_TRAINING_HAM
        })
        .filter(|(g, _)| {
            !known.iter().any(|k| k.contains(g.as_str()) || g.contains(k))
        })
        .map(|(g, n)| Suggestion {
            term: g.clone(),
            // The lexicon category most often seen on the spam labels
            // that hold it; gambling, the filter's main topic, else.
            category: cats
                .get(g)
                .and_then(|m| m.iter().max_by_key(|(c, n)| (**n, c.len())))
                .map(|(c, _)| c.clone())
                .filter(|c| c != "report" && c != "benign")
                .unwrap_or_else(|| "gambling".into()),
            spam: *n,
            ham: 0,
            training_ham: train.get(g.as_str()).copied().unwrap_or(0),
        })
        .collect();
    // A term inside a longer one seen as often says nothing more, nor
    // does a window of one long run shifted by a character (跟单老师带你
    // and 单老师带你飞 of 跟单老师带你飞, longer than a term may be): one
    // suggestion each. A part is in every text its whole is in, so the
    // counts are equal just when it is redundant; walking the
    // candidates' own windows keeps this linear.
    let spam_of: HashMap<String, usize> =
        kept.iter().map(|s| (s.term.clone(), s.spam)).collect();
    let mut covered: HashSet<String> = HashSet::new();
    let mut by_head: HashMap<String, Vec<String>> = HashMap::new();
    for s in &kept {
        let c: Vec<char> = s.term.chars().collect();
        if c.len() > *TERM_CHARS.start() {
            for part in [&c[1..], &c[..c.len() - 1]] {
                let part: String = part.iter().collect();
                if spam_of.get(&part) == Some(&s.spam) {
                    covered.insert(part);
                }
            }
        }
        if c.len() == *TERM_CHARS.end() {
            let head: String = c[..c.len() - 1].iter().collect();
            by_head.entry(head).or_default().push(s.term.clone());
        }
    }
    // Each window covers the next one of its run, so only a run's
    // first window stays, whatever the order of the walk.
    for s in &kept {
        let tail: String = s.term.chars().skip(1).collect();
        for next in by_head.get(&tail).into_iter().flatten() {
            if spam_of.get(next) == Some(&s.spam) && *next != s.term {
                covered.insert(next.clone());
            }
        }
    }
    let mut out: Vec<Suggestion> =
        kept.into_iter().filter(|s| !covered.contains(&s.term)).collect();
    out.sort_by(|a, b| {
        b.spam
            .cmp(&a.spam)
            .then(a.training_ham.cmp(&b.training_ham))
            .then(b.term.chars().count().cmp(&a.term.chars().count()))
    });
    out.truncate(max_terms);
    out
}

/// The active lines of an existing overlay lexicon: the moderator's
/// edits, which learning again must not undo.
fn kept_lexicon(path: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let Ok(data) = std::fs::read_to_string(path) else {
        return Ok(Vec::new());
    };
    Lexicon::from_reader(data.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(data
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(String::from)
        .collect())
}

fn lexicon_file(
    kept: &[String],
    suggestions: &[Suggestion],
    labels: usize,
    training_ham: usize,
) -> String {
    let mut s = String::new();
    s.push_str(
        "# zhclean overlay lexicon: term<TAB>category<TAB>weight, as src/data/lexicon.tsv.\n",
    );
    let _ = writeln!(
        s,
        "# Written by `zhclean learn` from {labels} labels. Suggested terms are commented out:"
    );
    s.push_str(
        "# none applies until you delete the `# ` before it (check its category and weight\n\
         # first). Counts: texts holding the term among the spam labels, the ham labels, and\n\
         # the training ham. Lines you keep are kept when you learn again.\n",
    );
    if !kept.is_empty() {
        s.push_str("\n# kept from before\n");
        for l in kept {
            s.push_str(l);
            s.push('\n');
        }
    }
    if !suggestions.is_empty() {
        s.push_str("\n# suggested\n");
    }
    for t in suggestions {
        let _ = writeln!(
            s,
            "# {}\t{}\t{SUGGESTED_WEIGHT}\t# seen in {} spam, {} ham; {} of {training_ham} training ham",
            t.term, t.category, t.spam, t.ham, t.training_ham
        );
    }
    s
}

fn short(text: &str) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = t.chars().take(40).collect();
    if t.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Box<dyn Error>> {
    std::fs::write(path, bytes)
        .map_err(|e| format!("{}: {e}", path.display()).into())
}

pub fn run(a: &Args) -> Result<(), Box<dyn Error>> {
    let mut all = Vec::new();
    for p in &a.labels {
        all.extend(read_labels(p)?);
    }
    if all.is_empty() {
        return Err("learn: the label files hold no labels".into());
    }
    // One verdict per text: the last label given wins, as a moderator
    // who changed their mind would expect.
    let mut by_text: HashMap<(u64, bool), usize> = HashMap::new();
    let mut conflicts = 0;
    for (i, l) in all.iter().enumerate() {
        let key = (TextSet::fingerprint(&l.text), l.cut > 0);
        if let Some(old) = by_text.insert(key, i) {
            conflicts += usize::from(all[old].spam != l.spam);
        }
    }
    let mut last: Vec<usize> = by_text.into_values().collect();
    last.sort_unstable();
    let labels: Vec<&Label> = last.iter().map(|&i| &all[i]).collect();
    let n_spam = all.iter().filter(|l| l.spam).count();
    println!(
        "learn: {} labels from {} file(s) ({n_spam} spam, {} ham): {} texts, {conflicts} labelled both ways (the last label kept)",
        all.len(),
        a.labels.len(),
        all.len() - n_spam,
        labels.len()
    );

    let mut overlay = Overlay::new();
    for l in &labels {
        let set = if l.spam { &mut overlay.deny } else { &mut overlay.allow };
        if l.cut > 0 {
            set.insert_prefix(&l.text);
        } else {
            set.insert(&l.text);
        }
    }
    std::fs::create_dir_all(&a.out)
        .map_err(|e| format!("{}: {e}", a.out.display()))?;
    for (name, set) in
        [("allow.txt", &overlay.allow), ("deny.txt", &overlay.deny)]
    {
        let mut buf = Vec::new();
        set.write(&mut buf)?;
        write(&a.out.join(name), &buf)?;
    }
    println!(
        "  deny.txt:  {} texts that are spam from now on",
        overlay.deny.len()
    );
    println!(
        "  allow.txt: {} texts that are never spam again",
        overlay.allow.len()
    );

    let has_shared = a.sources.has_shared();
    let items = a.sources.sources().read()?;
    let training = examples(&items);
    let training_ham: Vec<&str> =
        training.iter().filter(|e| !e.spam).map(|e| e.text.as_str()).collect();

    let lex_path = a.out.join("lexicon.tsv");
    let kept = kept_lexicon(&lex_path)?;
    let mut known = Lexicon::embedded();
    if !kept.is_empty() {
        known.extend(Lexicon::from_reader(kept.join("\n").as_bytes())?);
    }
    let suggestions =
        suggest(&labels, &training_ham, &known, a.min_spam, a.max_terms);
    write(
        &lex_path,
        lexicon_file(&kept, &suggestions, labels.len(), training_ham.len())
            .as_bytes(),
    )?;
    println!(
        "  lexicon.tsv: {} suggested terms, commented out (uncomment to apply){}",
        suggestions.len(),
        if kept.is_empty() {
            String::new()
        } else {
            format!("; {} line(s) of yours kept", kept.len())
        }
    );
    for t in suggestions.iter().take(10) {
        println!(
            "      {}\t{}\tseen in {} spam, {} ham; {} of {} training ham",
            t.term,
            t.category,
            t.spam,
            t.ham,
            t.training_ham,
            training_ham.len()
        );
    }

    let (model_path, weights_path) =
        (a.out.join("model.txt"), a.out.join("weights.tsv"));
    if a.no_model || !has_shared {
        if a.no_model {
            println!("  model.txt, weights.tsv: none (--no-model): the shipped ones apply");
        } else {
            println!(
                "NOTICE: {} has no data/spam: a model fitted on our snippets alone would be worse than the shipped one, so the overlay keeps the shipped model",
                a.sources.shared.display()
            );
        }
        // A model left from an earlier run would no longer match.
        for p in [&model_path, &weights_path] {
            if p.exists() {
                std::fs::remove_file(p)
                    .map_err(|e| format!("{}: {e}", p.display()))?;
                println!(
                    "  removed {} (the shipped one applies)",
                    p.display()
                );
            }
        }
    } else {
        // The labels are one more source, each worth `label_weight`
        // training texts; their spam is one group (one campaign the
        // weights must not over-trust the model on).
        let mut data = training.clone();
        data.extend(labels.iter().map(|l| Example {
            weight: a.label_weight,
            group: if l.spam {
                stable_hash("moderator labels")
            } else {
                stable_hash(&l.text)
            },
            ..Example::new(l.text.clone(), l.spam)
        }));
        let words = zhclean::Model::embedded().uses_words();
        let opts = zhclean::TrainOptions {
            words,
            appended: labels.len(),
            ..Default::default()
        };
        let start = std::time::Instant::now();
        let (model, weights) = zhclean::fit(&data, &opts);
        let (mut m, mut w) = (Vec::new(), Vec::new());
        model.write(&mut m)?;
        weights.write(&mut w)?;
        write(&model_path, &m)?;
        write(&weights_path, &w)?;
        println!(
            "  model.txt, weights.tsv: refitted on {} training texts and the {} labels (each worth {}) in {:.1}s",
            training.len(),
            labels.len(),
            a.label_weight,
            start.elapsed().as_secs_f64()
        );
    }

    // What changed, judged as `score` judges: the shipped cleaner and
    // the overlay as written (read back, so a bad file shows here).
    let before = Cleaner::new();
    let after =
        Cleaner::builder().overlay(Overlay::from_dir(&a.out)?).build()?;
    let (mut flipped, mut agreed, mut wrong) = (Vec::new(), 0, Vec::new());
    for l in &labels {
        let (b, f) =
            (before.score_text(&l.text).spam, after.score_text(&l.text).spam);
        if f != l.spam {
            wrong.push(l);
        } else if b != l.spam {
            flipped.push(l);
        } else {
            agreed += 1;
        }
    }
    let to_spam = flipped.iter().filter(|l| l.spam).count();
    println!("verdicts on the labelled texts (shipped -> overlay):");
    println!(
        "  flipped to the moderator's verdict: {} ({to_spam} ham -> spam, {} spam -> ham)",
        flipped.len(),
        flipped.len() - to_spam
    );
    for l in flipped.iter().take(10) {
        let v = if l.spam { "spam" } else { "ham " };
        println!("      -> {v} {}", short(&l.text));
    }
    println!("  the moderator's verdict already, out of its page: {agreed}");
    println!("  still not the moderator's verdict: {}", wrong.len());
    for l in &wrong {
        println!("      {}", short(&l.text));
    }
    // Texts nobody labelled that change with the refitted model: what
    // the overlay costs or gains beyond the labels.
    let labelled: HashSet<u64> =
        labels.iter().map(|l| TextSet::fingerprint(&l.text)).collect();
    let changed: Vec<(&str, bool)> = training
        .par_iter()
        .filter(|e| !labelled.contains(&TextSet::fingerprint(&e.text)))
        .filter_map(|e| {
            let (b, f) = (
                before.score_text(&e.text).spam,
                after.score_text(&e.text).spam,
            );
            (b != f).then_some((e.text.as_str(), f))
        })
        .collect();
    println!(
        "verdicts on the {} training texts not labelled: {} changed",
        training.len(),
        changed.len()
    );
    for (t, f) in changed.iter().take(10) {
        println!("      -> {} {}", if *f { "spam" } else { "ham " }, short(t));
    }
    println!("wrote {}", a.out.display());
    if !wrong.is_empty() {
        return Err(format!(
            "learn: {} labelled texts still get the other verdict",
            wrong.len()
        )
        .into());
    }
    Ok(())
}
