//! The example CLI, run as a user would (`cargo test` builds examples).

use crate::{root, run, Run};

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
