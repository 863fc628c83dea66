//! `zhclean train CORPUS`: trains the token model on labelled lines and
//! reports precision and recall on the held-out fifth.
//!
//! Lines are `{"text": ..., "label": "spam"|"ham", ...}` in every `.jsonl`
//! file of the corpus folder. The split is by a hash of the text, so it is
//! the same on every run and every machine: a line is held out when its
//! hash is 0 mod 5. Only the other four fifths train the model.

use std::error::Error;
use std::path::{Path, PathBuf};

use zhclean::{Cleaner, Model, TrainOptions};

/// A labelled line: text, whether it is spam, category.
pub type Line = (String, bool, String);

/// Labelled lines of every `.jsonl` file under `dir`, sorted by file.
pub fn read_corpus(dir: &Path) -> Result<Vec<Line>, Box<dyn Error>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let data = std::fs::read_to_string(&f)?;
        for (i, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", f.display(), i + 1))?;
            let text = v["text"].as_str().unwrap_or_default().to_string();
            let spam = match v["label"].as_str() {
                Some("spam") => true,
                Some("ham") => false,
                other => {
                    return Err(format!(
                        "{}:{}: label {other:?} is not spam or ham",
                        f.display(),
                        i + 1
                    )
                    .into())
                }
            };
            let cat = v["category"].as_str().unwrap_or("").to_string();
            out.push((text, spam, cat));
        }
    }
    Ok(out)
}

/// Whether a line is in the held-out fifth.
pub fn held_out(text: &str) -> bool {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h.is_multiple_of(5)
}

/// Floors on the held-out figures.
pub struct Gates {
    pub min_precision: Option<f64>,
    pub min_recall: Option<f64>,
}

/// Prints precision and recall on the held-out lines; returns them.
fn report(name: &str, cleaner: &Cleaner, test: &[&Line]) -> (f64, f64) {
    let (mut tp, mut fp, mut fneg, mut tn) = (0, 0, 0, 0);
    for (text, spam, _) in test {
        match (*spam, cleaner.score_text(text).spam) {
            (true, true) => tp += 1,
            (true, false) => fneg += 1,
            (false, true) => fp += 1,
            (false, false) => tn += 1,
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    println!(
        "{name:<12} precision {p:.4} recall {r:.4} false-positive rate {:.4} (tp {tp} fp {fp} fn {fneg} tn {tn})",
                fp as f64 / (fp + tn).max(1) as f64
    );
    (p, r)
}

pub fn run(
    corpus: &Path,
    out: &Path,
    check: Option<&Path>,
    gates: Gates,
) -> Result<bool, Box<dyn Error>> {
    let lines = read_corpus(corpus)?;
    let (test, train_set): (Vec<_>, Vec<_>) =
        lines.iter().partition(|(t, _, _)| held_out(t));
    let data: Vec<(String, bool)> =
        train_set.iter().map(|(t, s, _)| (t.clone(), *s)).collect();
    println!(
        "{} lines: training on {} ({} spam), holding out {} ({} spam)",
        lines.len(),
        data.len(),
        data.iter().filter(|x| x.1).count(),
        test.len(),
        test.iter().filter(|x| x.1).count()
    );
    let model = zhclean::train(&data, &TrainOptions::default());
    let mut buf = Vec::new();
    model.write(&mut buf)?;
    let mut ok = true;
    match check {
        Some(path) => {
            let same =
                std::fs::read(path).map(|old| old == buf).unwrap_or(false);
            println!(
                "{}: {}",
                path.display(),
                if same {
                    "same as the model trained now"
                } else {
                    "DIFFERS from the model trained now"
                }
            );
            ok &= same;
        }
        None => {
            std::fs::write(out, &buf)?;
            println!(
                "wrote {} ({} n-grams, {} bytes)",
                out.display(),
                model.len(),
                buf.len()
            );
        }
    }
    let off =
        Model::from_reader("version\t1\nngrams\t2\t3\nbias\t0\n".as_bytes())?;
    report("rules only", &Cleaner::builder().model(off).build()?, &test);
    let (p, r) = report(
        "rules+model",
        &Cleaner::builder().model(model).build()?,
        &test,
    );
    if gates.min_precision.is_some_and(|m| p < m)
        || gates.min_recall.is_some_and(|m| r < m)
    {
        println!("FAIL: held-out figures below the floor");
        ok = false;
    }
    Ok(ok)
}
