//! The README cannot drift from the program: its output sample is
//! compared with what the CLI prints for the sample's `source`, and its
//! rules table with `zhclean::RULES`. On a mismatch the test prints what
//! the README should say.

use serde_json::Value;

use crate::{root, run};

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

/// The fenced block of `lang` that follows the line holding `after`.
fn block_after(text: &str, after: &str, lang: &str) -> String {
    let start =
        text.find(after).unwrap_or_else(|| panic!("README: no {after:?}"));
    let rest = &text[start..];
    let open = format!("```{lang}\n");
    let from = rest.find(&open).expect("a fenced block") + open.len();
    let to = rest[from..].find("```").expect("its end") + from;
    rest[from..to].to_string()
}

/// A shown string that ends in `……` is the start of the program's.
fn same_text(shown: &str, got: &str) -> bool {
    match shown.strip_suffix("……") {
        Some(start) => got.starts_with(start),
        None => shown == got,
    }
}

/// Numbers as the README shows them: two decimals.
fn same_number(shown: &Value, got: &Value) -> bool {
    match (shown.as_f64(), got.as_f64()) {
        (Some(a), Some(b)) => format!("{a:.2}") == format!("{b:.2}"),
        _ => false,
    }
}

#[test]
fn readme_output_sample_is_what_the_cli_prints() {
    let text = readme();
    let shown: Value = serde_json::from_str(&block_after(
        &text,
        "its JSON form (what the CLI prints",
        "json",
    ))
    .expect("the README's sample is JSON");
    let source =
        shown["source"].as_str().expect("the sample names its source");
    // The command the README gives for it (Set-up) is this one.
    assert!(
        text.contains(&format!("--example zhclean -- clean {source}")),
        "README: the set-up command cleans {source}"
    );
    let r = run(&["clean", "-q", source], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let keys = |v: &Value| -> Vec<String> {
        v.as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(
        keys(&shown),
        keys(&got),
        "README: the record's keys, in order"
    );
    let mut wrong = Vec::new();
    for (k, want) in shown.as_object().unwrap() {
        let have = &got[k];
        let ok = match k.as_str() {
            "body" => {
                let (w, h) =
                    (want.as_array().unwrap(), have.as_array().unwrap());
                // A last `……` stands for the paragraphs not shown.
                let w: Vec<&Value> = w.iter().filter(|p| *p != "……").collect();
                w.len() <= h.len()
                    && w.iter().zip(h).all(|(a, b)| {
                        same_text(a.as_str().unwrap(), b.as_str().unwrap())
                    })
            }
            "spam" => {
                let (w, h) =
                    (want.as_array().unwrap(), have.as_array().unwrap());
                w.len() <= h.len()
                    && w.iter().zip(h).all(|(a, b)| {
                        same_text(
                            a["text"].as_str().unwrap(),
                            b["text"].as_str().unwrap(),
                        ) && a["where"] == b["where"]
                            && same_number(&a["score"], &b["score"])
                            && a["reasons"].as_array().unwrap().len()
                                <= b["reasons"].as_array().unwrap().len()
                            && a["reasons"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .zip(b["reasons"].as_array().unwrap())
                                .all(|(x, y)| {
                                    x["rule"] == y["rule"]
                                        && x["detail"] == y["detail"]
                                        && same_number(
                                            &x["weight"],
                                            &y["weight"],
                                        )
                                })
                    })
            }
            _ => want == have,
        };
        if !ok {
            wrong.push(format!("{k}: README {want}\n    program {have}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "README.md's output sample differs from `zhclean clean {source}`:\n  {}",
        wrong.join("\n  ")
    );
}

/// The README's rules table, generated from `RULES`.
fn rules_table() -> String {
    let mut t =
        String::from("| rule | prior | what it means |\n|---|---|---|\n");
    for r in zhclean::RULES {
        t.push_str(&format!(
            "| `{}` | {} | {} |\n",
            r.name, r.prior, r.description
        ));
    }
    t
}

#[test]
fn readme_rules_table_is_rules() {
    let text = readme();
    let want = rules_table();
    let header = want.lines().next().unwrap();
    let start = text.find(header).expect("README: the rules table");
    let table: String = text[start..]
        .lines()
        .take_while(|l| l.starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        table == want,
        "README.md's rules table differs from zhclean::RULES; it should read:\n{want}"
    );
}
