//! The example CLI, run as a user would (`cargo test` builds examples).

use serde_json::Value;

use crate::{example, root, run, run_example, Run, TempDir};

#[test]
fn clean_files_folder_and_stdin() {
    let Run { code, stdout: out, .. } = run(
        &["clean", "corpus/pages/hijacked_01_renovation.html", "-"],
        b"<p>stdin page</p>",
    );
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"], "corpus/pages/hijacked_01_renovation.html");
    assert!(lines[0]["spam"].as_array().unwrap().len() >= 5);
    assert_eq!(lines[1]["source"], "-");
    assert_eq!(lines[1]["body"][0], "stdin page");
    // A folder is walked: one record per page, in sorted order.
    let Run { code, stdout: out, .. } = run(&["clean", "corpus/pages"], b"");
    assert_eq!(code, 0);
    let n_pages = std::fs::read_dir(root().join("corpus/pages"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .count();
    let sources: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(sources.len(), n_pages);
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
}

#[test]
fn missing_file_gives_error_record_and_exit_1() {
    let Run { code, stdout: out, .. } = run(
        &["clean", "no/such/file.html", "corpus/pages/sina_01_economy.html"],
        b"",
    );
    assert_eq!(code, 1);
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].as_str().unwrap().contains("No such file"));
    assert!(lines[1]["error"].is_null());
    // A page that could not be read has no verdict; one that was read has.
    assert!(lines[0].get("verdict").is_none(), "{}", lines[0]);
    assert_eq!(lines[1]["verdict"], "clean");
}

#[test]
fn threshold_must_be_positive_and_finite() {
    let page = "corpus/pages/sina_01_economy.html";
    for bad in ["0", "-1", "NaN", "inf", "abc"] {
        let r = run(&["clean", "--threshold", bad, page], b"");
        assert_eq!(r.code, 2, "--threshold {bad}");
        assert!(r.stdout.is_empty(), "--threshold {bad}");
        assert!(r.stderr.contains("--threshold"), "{bad}: {}", r.stderr);
    }
    // -1 reads as the value it is, not as an unknown flag.
    let r = run(&["clean", "--threshold", "-1", page], b"");
    assert!(r.stderr.contains("greater than 0"), "{}", r.stderr);
    let r = run(&["clean", "-q", "--threshold", "4.5", page], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn missing_eval_input_is_an_error() {
    for args in [
        &["eval", "extract", "no/such/folder"][..],
        &["eval", "spam", "no/such/file.jsonl", "--min-recall", "0.9"][..],
    ] {
        let r = run(args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(r.stderr.contains("no/such/"), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn summary_counts_in_words() {
    let r = run(
        &["clean", "corpus/pages/sina_01_economy.html", "-o", "/dev/null"],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.starts_with("zhclean: 1 page in "), "{}", r.stderr);
}

#[test]
fn text_and_blocks_modes() {
    let Run { code, stdout: out, .. } =
        run(&["clean", "--text", "corpus/pages/sina_01_economy.html"], b"");
    assert_eq!(code, 0);
    assert!(!out.trim_start().starts_with('{'));
    assert!(out.lines().count() >= 4);
    let Run { stdout: out, .. } =
        run(&["clean", "--blocks", "corpus/pages/sina_01_economy.html"], b"");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["role"] == "navigation"));
}

#[test]
fn score_keeps_count_and_order() {
    let input = "游戏指南!牛牛房卡怎么购买\n\n今天天气晴朗\n\u{ff}bad\n";
    let mut bytes = input.as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    let Run { code, stdout: out, .. } = run(&["score"], &bytes);
    assert_eq!(code, 0);
    let v: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(v.len(), 5);
    assert_eq!(v[0]["spam"], true);
    assert_eq!(v[1]["text"], "");
    assert_eq!(v[2]["spam"], false);
}

/// The smallest example: one file in, the library's record out as JSON,
/// the same as the CLI's record without `source` and `error`.
#[test]
fn clean_file_example_prints_the_page() {
    let bin = example("clean_file");
    let page = "corpus/pages/hijacked_01_renovation.html";
    let by_default = run_example(&bin, &[], b"");
    assert_eq!(by_default.code, 0, "{}", by_default.stderr);
    let given = run_example(&bin, &[page], b"");
    assert_eq!(given.stdout, by_default.stdout, "the default is {page}");
    let mine: Value = serde_json::from_str(&given.stdout).unwrap();
    assert!(mine.get("source").is_none() && mine.get("error").is_none());
    let mut cli: Value =
        serde_json::from_str(run(&["clean", "-q", page], b"").stdout.trim())
            .unwrap();
    let record = cli.as_object_mut().unwrap();
    assert_eq!(record.remove("source").unwrap(), page);
    assert_eq!(record.remove("error").unwrap(), Value::Null);
    assert_eq!(Value::Object(record.clone()), mine);
    assert!(
        given.stderr.contains("5 spam blocks removed"),
        "{}",
        given.stderr
    );
    let missing = run_example(&bin, &["no/such/page.html"], b"");
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("no/such/page.html"),
        "{}",
        missing.stderr
    );
    assert!(missing.stdout.is_empty());
}

/// `--lexicon`, `--model` and `--weights` read the files given: the
/// shipped files give the shipped output, an added term adds spam, and a
/// bad file is bad usage naming the file.
#[test]
fn data_files_instead_of_the_embedded_ones() {
    let page = "corpus/pages/sina_01_economy.html";
    let plain = run(&["clean", "-q", page], b"");
    let shipped = run(
        &[
            "clean",
            "-q",
            page,
            "--lexicon",
            "src/data/lexicon.tsv",
            "--model",
            "src/data/model.txt",
            "--weights",
            "src/data/weights.tsv",
        ],
        b"",
    );
    assert_eq!(shipped.code, 0, "{}", shipped.stderr);
    assert_eq!(shipped.stdout, plain.stdout);
    let tmp = TempDir::new("cli-lexicon");
    let lex = tmp.0.join("lexicon.tsv");
    let text = "鸿运娱乐现金网，注册送彩金";
    let mut terms =
        std::fs::read_to_string(root().join("src/data/lexicon.tsv")).unwrap();
    terms.push_str("鸿运娱乐\tcasino\t3.0\n");
    std::fs::write(&lex, terms).unwrap();
    let score = |args: &[&str]| -> Value {
        let mut all = vec!["score"];
        all.extend(args);
        let r = run(&all, format!("{text}\n").as_bytes());
        assert_eq!(r.code, 0, "{}", r.stderr);
        serde_json::from_str(r.stdout.trim()).unwrap()
    };
    let before = score(&[]);
    let after = score(&["--lexicon", lex.to_str().unwrap()]);
    assert!(
        after["score"].as_f64().unwrap() > before["score"].as_f64().unwrap(),
        "{before} -> {after}"
    );
    assert!(after["reasons"].to_string().contains("鸿运娱乐"), "{after}");
    let bad = tmp.0.join("bad.tsv");
    std::fs::write(&bad, "only one field\n").unwrap();
    for flag in ["--lexicon", "--model", "--weights"] {
        let r = run(&["clean", page, flag, bad.to_str().unwrap()], b"");
        assert_eq!(r.code, 2, "{flag}: {}", r.stderr);
        assert!(r.stderr.contains("bad.tsv"), "{flag}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

/// `-j N`: the same records in the same order whatever N is.
#[test]
fn threads_do_not_change_the_records() {
    let one = run(&["clean", "-q", "-j", "1", "corpus/pages"], b"");
    let two = run(&["clean", "-q", "-j", "2", "corpus/pages"], b"");
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(one.stdout.lines().count() > 10);
    assert_eq!(one.stdout, two.stdout);
    let zero = run(&["clean", "-j", "0", "corpus/pages"], b"");
    assert_eq!(zero.code, 2);
}

/// `clean --help` says PATHS are needed, and clean without any is bad
/// usage.
#[test]
fn clean_needs_paths() {
    let r = run(&["clean", "--help"], b"");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("<PATHS>..."), "{}", r.stdout);
    assert!(!r.stdout.contains("[PATHS]"), "{}", r.stdout);
    let r = run(&["clean"], b"");
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// A folder of our own pages with their truth, laid out as
/// `../shared/data/extract`: the corpus page's truth body as `.txt`.
fn extract_fixture(tmp: &TempDir) -> std::path::PathBuf {
    let dir = tmp.0.join("extract").join("site");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["163_01_police", "sina_01_economy"] {
        let from = root().join("corpus/pages");
        std::fs::copy(
            from.join(format!("{name}.html")),
            dir.join(format!("{name}.html")),
        )
        .unwrap();
        let truth: Value = serde_json::from_str(
            &std::fs::read_to_string(from.join(format!("{name}.json")))
                .unwrap(),
        )
        .unwrap();
        let body: Vec<&str> = truth["body"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}.json has a body: {truth}"))
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        std::fs::write(dir.join(format!("{name}.txt")), body.join("\n"))
            .unwrap();
    }
    tmp.0.join("extract")
}

/// `eval extract`: per-site figures, `--worst`, `--ngram`, and
/// `--min-f1` failing (exit 1) below the floor.
#[test]
fn eval_extract_scores_and_gates() {
    let tmp = TempDir::new("cli-eval-extract");
    let dir = extract_fixture(&tmp);
    let d = dir.to_str().unwrap();
    let r =
        run(&["eval", "extract", d, "--worst", "1", "--min-f1", "0.5"], b"");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("character 5-gram F1"), "{}", r.stdout);
    assert!(r.stdout.contains("2 pages, 0 skipped"), "{}", r.stdout);
    assert!(
        r.stdout.lines().any(|l| l.starts_with("site ") && l.contains(" 2 ")),
        "{}",
        r.stdout
    );
    let worst = r.stdout.split("worst pages:\n").nth(1).unwrap();
    assert_eq!(
        worst.lines().filter(|l| l.contains(".html")).count(),
        1,
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("ok: mean F1"), "{}", r.stdout);
    let mean: f64 = r
        .stdout
        .lines()
        .find(|l| l.starts_with("ALL"))
        .and_then(|l| l.split_whitespace().nth(4))
        .and_then(|f| f.parse().ok())
        .expect("an ALL line with F1");
    assert!(mean > 0.9, "our own pages extract well: {}", r.stdout);
    let r = run(&["eval", "extract", d, "--min-f1", "1.01"], b"");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL: mean F1"), "{}", r.stdout);
    let r = run(
        &[
            "eval",
            "extract",
            d,
            "--ngram",
            "1",
            "--with-title",
            "--worst",
            "0",
        ],
        b"",
    );
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("character 1-gram F1"), "{}", r.stdout);
    assert!(!r.stdout.contains("worst pages"), "{}", r.stdout);
}

/// Tiny training sources of our own: snippets in two families and a
/// "real" file, as the real data is laid out.
fn tiny_sources(tmp: &TempDir) -> (String, String) {
    let corpus = tmp.0.join("snippets");
    let spam_dir = tmp.0.join("shared").join("data").join("spam");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::create_dir_all(&spam_dir).unwrap();
    let line = |text: String, label: &str, family: &str| {
        serde_json::json!({"text": text, "label": label, "family": family,
                           "kind": "sentence", "hard_negative": false})
        .to_string()
            + "\n"
    };
    let mut snippets = String::new();
    let mut real = String::new();
    for i in 0..8 {
        snippets += &line(
            format!("牛牛房卡批发{i}元一张，加微信abc{i}{i}"),
            "spam",
            "fangka",
        );
        snippets += &line(
            format!("日赚{i}00元兼职打字员，扣扣{i}12345{i}"),
            "spam",
            "fraud",
        );
        snippets += &line(
            format!("本市第{i}届春季运动会今天开幕，市民踊跃参加"),
            "ham",
            "news",
        );
        snippets += &line(
            format!("第{i}季度本地经济平稳增长，就业形势稳定"),
            "ham",
            "news",
        );
        real +=
            &line(format!("金花房卡{i}0张一百元，诚招代理"), "spam", "fangka");
        real +=
            &line(format!("警方破获第{i}起利用房卡组织赌博案"), "ham", "news");
    }
    std::fs::write(corpus.join("mini.jsonl"), snippets).unwrap();
    std::fs::write(spam_dir.join("mini_real.jsonl"), real).unwrap();
    (
        corpus.to_str().unwrap().to_string(),
        tmp.0.join("shared").to_str().unwrap().to_string(),
    )
}

/// `eval spam FILE` with `--errors`, `--rules` and gates; a gate whose
/// name matches nothing fails.
#[test]
fn eval_spam_on_files_with_gates() {
    let tmp = TempDir::new("cli-eval-files");
    let (_, shared) = tiny_sources(&tmp);
    let file = format!("{shared}/data/spam/mini_real.jsonl");
    let r = run(&["eval", "spam", &file, "--errors", "--rules"], b"");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("(shipped cleaner; in-sample"), "{}", r.stdout);
    assert!(r.stdout.contains("  all: recall "), "{}", r.stdout);
    assert!(r.stdout.contains("rules (cross-validated hits"), "{}", r.stdout);
    assert!(r.stdout.contains("lexicon.gambling"), "{}", r.stdout);
    let r = run(&["eval", "spam", &file, "--gate", "mini_real:recall=0"], b"");
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = run(
        &["eval", "spam", &file, "--gate", "mini_real:fp=0:recall=1.01"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL: "), "{}", r.stdout);
    let r = run(
        &["eval", "spam", &file, "--gate", "no_such_source:recall=0"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL: --gate no_such_source"), "{}", r.stdout);
    let r = run(&["eval", "spam"], b"");
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// The experiments on tiny sources: `--cv`, `--by-family`, `--by-source`,
/// `--ablation` and `--setup` each print their section, and gates apply
/// to held-out groups.
#[test]
fn eval_spam_experiments() {
    let tmp = TempDir::new("cli-eval-experiments");
    let (corpus, shared) = tiny_sources(&tmp);
    let src = ["--corpus", corpus.as_str(), "--shared", shared.as_str()];
    let mut args = vec![
        "eval",
        "spam",
        "--cv",
        "2",
        "--by-family",
        "--by-source",
        "--rules",
    ];
    args.extend(src);
    let r = run(&args, b"");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    for says in [
        "cross-validated, 2 folds by group",
        "  by source:",
        "mini_real",
        "snippets (ours)",
        "  spam by family:",
        "leave one family out",
        "  fangka",
        "  fraud",
        "leave one source out",
        "rules (cross-validated hits",
        "elapsed ",
    ] {
        assert!(r.stdout.contains(says), "{says:?} in:\n{}", r.stdout);
    }
    let mut args =
        vec!["eval", "spam", "--by-family", "--gate", "fraud:recall=1.01"];
    args.extend(src);
    let r = run(&args, b"");
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("FAIL: held-out family fraud: recall"),
        "{}",
        r.stdout
    );
    let mut args =
        vec!["eval", "spam", "--ablation", "--cv", "2", "--setup", "rules"];
    args.extend(src);
    let r = run(&args, b"");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("ablation (2-fold"), "{}", r.stdout);
    assert!(r.stdout.contains("rules, hand weights"), "{}", r.stdout);
    let mut args = vec!["eval", "spam", "--cv", "2", "--setup", "nonsense"];
    args.extend(src);
    assert_eq!(run(&args, b"").code, 2);
    // Without the real data the experiments refuse to run.
    let r =
        run(&["eval", "spam", "--cv", "2", "--shared", "no/such/shared"], b"");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no/such/shared"), "{}", r.stderr);
}

/// `train` writes the model and weights it fits; `train --check` passes
/// on what it wrote and fails (exit 1) once a file differs.
#[test]
fn train_and_check() {
    let tmp = TempDir::new("cli-train");
    let (corpus, shared) = tiny_sources(&tmp);
    let model = tmp.0.join("model.txt");
    let weights = tmp.0.join("weights.tsv");
    let args = |check: bool| {
        let mut a = vec![
            "train".to_string(),
            "--corpus".into(),
            corpus.clone(),
            "--shared".into(),
            shared.clone(),
            "--model".into(),
            model.to_str().unwrap().into(),
            "--weights".into(),
            weights.to_str().unwrap().into(),
            "--words".into(),
            "0".into(),
        ];
        if check {
            a.push("--check".into());
        }
        a
    };
    let go = |check: bool| {
        let a = args(check);
        run(&a.iter().map(String::as_str).collect::<Vec<_>>(), b"")
    };
    let r = go(false);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("48 items give"), "{}", r.stdout);
    assert!(r.stdout.contains("wrote "), "{}", r.stdout);
    assert!(zhclean::Model::from_reader(
        std::fs::read(&model).unwrap().as_slice()
    )
    .is_ok());
    let r = go(true);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(
        r.stdout.matches("same as trained now").count(),
        2,
        "{}",
        r.stdout
    );
    let mut w = std::fs::read_to_string(&weights).unwrap();
    w.push_str("# changed\n");
    std::fs::write(&weights, w).unwrap();
    let r = go(true);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("DIFFERS"), "{}", r.stdout);
    // Outside the repository the default corpus is not there: the error
    // names the path.
    let r = run(&["train", "--corpus", "no/such/corpus", "--check"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no/such/corpus"), "{}", r.stderr);
}

/// `learn`'s own flags: `--no-model` keeps the shipped model,
/// `--max-terms 0` suggests nothing, `--label-weight` must be positive.
#[test]
fn learn_flags() {
    let tmp = TempDir::new("cli-learn-flags");
    let (corpus, shared) = tiny_sources(&tmp);
    let labels = tmp.0.join("labels.jsonl");
    let mut lines = String::new();
    for i in 0..3 {
        lines += &serde_json::json!({"text": format!("星耀国际第{i}期，注册就送"), "label": "spam"}).to_string();
        lines += "\n";
    }
    std::fs::write(&labels, lines).unwrap();
    let out = tmp.0.join("overlay");
    let base = [
        "learn",
        labels.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--corpus",
        &corpus,
        "--shared",
        &shared,
    ];
    let with = |extra: &[&str]| {
        let mut a = base.to_vec();
        a.extend(extra);
        run(&a, b"")
    };
    let r = with(&["--no-model", "--max-terms", "0", "--min-spam", "2"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("lexicon.tsv: 0 suggested terms"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("none (--no-model)"), "{}", r.stdout);
    assert!(!out.join("model.txt").exists());
    let r = with(&["--no-model", "--min-spam", "2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("lexicon.tsv: 0 suggested"), "{}", r.stdout);
    let r = with(&["--label-weight", "0"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--label-weight"), "{}", r.stderr);
}

/// An output that cannot be written is exit 2, before any work.
#[test]
fn unwritable_outputs_are_exit_2() {
    let page = "corpus/pages/sina_01_economy.html";
    for flag in ["--out", "--report", "--summary-json"] {
        let r = run(&["clean", "-q", page, flag, "no/such/dir/file"], b"");
        assert_eq!(r.code, 2, "{flag}: {}", r.stderr);
        assert!(r.stderr.contains("no/such/dir/file"), "{flag}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{flag}: no record written");
    }
}
