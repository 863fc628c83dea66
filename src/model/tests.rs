//! Training order, the embedded file, bad files, hashing, determinism.

use super::*;

/// Appended examples leave the others' training order alone: one
/// that teaches nothing (weight 0) leaves the model as it was, where
/// a fresh shuffle of the same data moves it.
#[test]
fn appended_examples_keep_the_training_order() {
    let mut data = Vec::new();
    for i in 0..40 {
        data.push(Example::new(format!("牛牛房卡批发{i}，加微信"), true));
        data.push(Example::new(format!("本市第{i}届运动会开幕"), false));
    }
    let opts = TrainOptions { min_count: 1, ..TrainOptions::default() };
    let old = train(&data, &opts);
    let mut more = data.clone();
    more.push(Example {
        weight: 0.0, ..Example::new("十大信誉平台", true)
    });
    let kept = train(&more, &TrainOptions { appended: 1, ..opts.clone() });
    let shuffled = train(&more, &opts);
    let moved = |m: &Model| {
        data.iter()
            .map(|e| (m.log_odds(&e.text) - old.log_odds(&e.text)).abs())
            .fold(0f32, f32::max)
    };
    assert!(moved(&kept) < 1e-3, "{}", moved(&kept));
    assert!(moved(&shuffled) > 1e-2, "{}", moved(&shuffled));
}

#[test]
#[cfg(feature = "embedded-data")]
fn embedded_parses() {
    let m = Model::embedded();
    assert!(m.len() > 1000, "{}", m.len());
}

#[test]
fn bad_files_name_the_line() {
    for (text, line) in [
        ("ngrams\t2\t3\n", 1),
        ("version\t2\nngrams\t2\n", 2),
        ("version\t2\nngrams\t2\t3\nbias\tx\n", 3),
        ("version\t2\nngrams\t2\t3\nbias\t0\n房卡\tinf\n", 4),
        ("version\t2\n房卡\t1\n", 2),
        ("version\t2\nngrams\t2\t3\nwords\tyes\n", 3),
    ] {
        let err = Model::from_reader(text.as_bytes()).unwrap_err();
        assert_eq!(err.line(), Some(line), "{text:?}: {err}");
    }
}

#[test]
fn hashing_matches_the_strings() {
    // Inference hashes features incrementally; training writes them
    // as strings. Both must name the same features.
    let spec = Spec { min_n: 1, max_n: 3, words: true };
    let text = "加微信 牛牛房卡abc";
    let mut n = 0;
    spec.features(text, |_, h, name| {
        assert_eq!(h, hash(&name.text()), "{}", name.text());
        n += 1;
    });
    assert!(n > 20);
}

#[test]
fn training_is_deterministic() {
    let data: Vec<Example> = (0..40)
        .map(|i| {
            if i % 2 == 0 {
                Example::new(format!("牛牛房卡批发{i}号，加微信"), true)
            } else {
                Example::new(format!("本市第{i}届运动会开幕"), false)
            }
        })
        .collect();
    let opts = TrainOptions::default();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    train(&data, &opts).write(&mut a).unwrap();
    train(&data, &opts).write(&mut b).unwrap();
    assert_eq!(a, b);
}

#[test]
fn cholesky_solves() {
    let a = [4.0, 2.0, 2.0, 3.0];
    let x = solve(&a, &[2.0, 1.0], 2);
    assert!((4.0 * x[0] + 2.0 * x[1] - 2.0).abs() < 1e-9);
    assert!((2.0 * x[0] + 3.0 * x[1] - 1.0).abs() < 1e-9);
}
