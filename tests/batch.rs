//! Batch cleaning as moderators and crawl-dump users run it: a mixed
//! folder built at test time, order across thread counts, the streaming
//! mode, and the review report rendered in headless Chromium.
//! See: issue 5 (batch cleaning) and issue 7 point 3 (`--jsonl-in`).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;

use crate::{bin, chromium, root, run, TempDir, HEADLESS};

/// A child process killed when the test ends, pass or fail, so a stuck
/// CLI fails its test instead of hanging the whole run.
struct Guard(std::process::Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Guard {
    /// Waits at most `limit` for the child to exit.
    fn wait(&mut self, limit: Duration) -> std::process::ExitStatus {
        let start = std::time::Instant::now();
        loop {
            if let Some(status) = self.0.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < limit,
                "the CLI did not exit in {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Reads a pipe to the end on its own thread.
fn drain(
    mut r: impl std::io::Read + Send + 'static,
) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = r.read_to_string(&mut s);
        let _ = tx.send(s);
    });
    rx
}

fn page(name: &str) -> Vec<u8> {
    std::fs::read(root().join("corpus/pages").join(name)).unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// One WARC record, written by hand from the spec (WARC/1.0, section 4)
/// so that the reader is tested against the format, not against itself.
fn warc_record(
    kind: &str,
    uri: &str,
    content_type: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-03-12T08:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() ^ uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

/// A crawl as a WARC.gz, one gzip member per record as crawlers write it:
/// warcinfo, a request, two HTML responses (one chunked and gzipped on the
/// wire) and an image response that is no page.
fn warc_gz() -> Vec<u8> {
    let html = page("hijacked_03_school.html");
    let chunked = {
        let gz = gzip(&page("qq_01_game.html"));
        let mut c = Vec::new();
        for piece in gz.chunks(700) {
            c.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
            c.extend_from_slice(piece);
            c.extend_from_slice(b"\r\n");
        }
        c.extend_from_slice(b"0\r\n\r\n");
        c
    };
    let records = [
        warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "http://news.example.cn/school",
            "application/http; msgtype=request",
            b"GET /school HTTP/1.1\r\nHost: news.example.cn\r\n\r\n",
        ),
        warc_record(
            "response",
            "http://news.example.cn/school",
            "application/http; msgtype=response",
            &http("Content-Type: text/html; charset=utf-8\r\n", &html),
        ),
        warc_record(
            "response",
            "http://news.example.cn/logo.png",
            "application/http; msgtype=response",
            &http("Content-Type: image/png\r\n", b"\x89PNG\r\n\x1a\n\0\0"),
        ),
        warc_record(
            "response",
            "http://tech.example.cn/ai",
            "application/http; msgtype=response",
            &http(
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n\
                 Content-Encoding: gzip\r\n",
                &chunked,
            ),
        ),
    ];
    records.iter().flat_map(|r| gzip(r)).collect()
}

fn jsonl_dump() -> String {
    let line = |k: &str, url: &str, name: &str| {
        let html = String::from_utf8(page(name)).unwrap();
        serde_json::json!({ "url": url, k: html }).to_string()
    };
    [
        line("html", "http://a.example.cn/1", "163_02_weather.html"),
        line("content", "http://a.example.cn/2", "hijacked_06_police.html"),
        // Cut off in the middle, as a crashed crawler leaves a line.
        r#"{"url": "http://a.example.cn/3", "html": "<p>半截"#.to_string(),
        String::new(),
        line("body", "http://a.example.cn/4", "gov_02_insurance.html"),
    ]
    .join("\n")
        + "\n"
}

/// The mixed folder of issue 5, built fresh in `dir`.
fn mixed_folder(dir: &Path) {
    let w = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    };
    w("a_utf8.html", &page("hijacked_01_renovation.html"));
    w("b_gbk.html", &page("hijacked_02_gbk_jobs.html"));
    w("c_dump.jsonl", jsonl_dump().as_bytes());
    w("d_crawl.warc.gz", &warc_gz());
    let warc = warc_gz();
    // Cut inside the last record: the records before it still count.
    w("e_cut.warc.gz", &warc[..warc.len() - 300]);
    let gz = gzip(&page("sina_01_economy.html"));
    w("f_cut.html.gz", &gz[..gz.len() / 2]);
    w("g_empty.html", b"");
    // An image saved under a page's name.
    let mut garbage = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    garbage.extend(
        (0u32..4000).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8),
    );
    w("h_garbage.html", &garbage);
    w("notes.txt", b"not a page: the walk skips it");
    w("sub/page.html.gz", &gzip(&page("sina_01_economy.html")));
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.join("no-such-target.html"),
        dir.join("i_gone.html"),
    )
    .unwrap();
}

fn records(stdout: &str) -> Vec<Value> {
    stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn by_source<'a>(recs: &'a [Value], source: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["source"] == source)
        .unwrap_or_else(|| panic!("no record for {source}"))
}

fn error_of<'a>(recs: &'a [Value], source: &str) -> &'a str {
    by_source(recs, source)["error"]
        .as_str()
        .unwrap_or_else(|| panic!("{source}: expected an error record"))
}

// The dangling link needs Unix symlinks.
#[cfg(unix)]
#[test]
fn mixed_folder_gives_one_record_per_page() {
    let tmp = TempDir::new("mixed");
    let dir = tmp.0.join("in");
    mixed_folder(&dir);
    let report = tmp.0.join("report.html");
    let summary = tmp.0.join("summary.json");
    let r = run(
        &[
            "clean",
            "-j",
            "2",
            dir.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--summary-json",
            summary.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.code, 1, "an input failed, so exit 1; stderr: {}", r.stderr);
    let recs = records(&r.stdout);
    let d = |name: &str| dir.join(name).display().to_string();
    let sources: Vec<&str> =
        recs.iter().map(|r| r["source"].as_str().unwrap()).collect();
    let expected = [
        d("a_utf8.html"),
        d("b_gbk.html"),
        format!("{}#1", d("c_dump.jsonl")),
        format!("{}#2", d("c_dump.jsonl")),
        format!("{}#3", d("c_dump.jsonl")),
        // Line 4 is blank: no page, no record.
        format!("{}#5", d("c_dump.jsonl")),
        "http://news.example.cn/school".into(),
        "http://tech.example.cn/ai".into(),
        "http://news.example.cn/school".into(),
        d("e_cut.warc.gz"),
        d("f_cut.html.gz"),
        d("g_empty.html"),
        d("h_garbage.html"),
        d("i_gone.html"),
        d("sub/page.html.gz"),
    ];
    assert_eq!(sources, expected);

    // The good pages, each from its own kind of input.
    for (i, rec) in recs.iter().enumerate() {
        let ok = ![4, 9, 10, 11, 12, 13].contains(&i);
        assert_eq!(rec["error"].is_null(), ok, "record {i}: {rec}");
        if ok {
            assert!(
                !rec["body"].as_array().unwrap().is_empty(),
                "record {i} has a body"
            );
        }
    }
    assert!(
        by_source(&recs, &d("a_utf8.html"))["spam"].as_array().unwrap().len()
            >= 5
    );
    let gbk = by_source(&recs, &d("b_gbk.html"));
    assert_eq!(gbk["encoding"], "gb18030");
    assert!(gbk["title"].as_str().unwrap().chars().any(|c| c > '\u{4e00}'));
    // The chunked, gzipped WARC response reads as the page itself.
    let direct = run(&["clean", "corpus/pages/qq_01_game.html"], b"");
    assert_eq!(recs[7]["title"], records(&direct.stdout)[0]["title"]);
    assert!(!recs[7]["title"].is_null());

    // Each failure says what went wrong.
    assert!(error_of(&recs, &format!("{}#3", d("c_dump.jsonl")))
        .contains("bad JSON line"));
    let cut_warc = error_of(&recs, &d("e_cut.warc.gz"));
    assert!(cut_warc.contains("truncated or corrupt WARC"), "{cut_warc}");
    assert!(error_of(&recs, &d("f_cut.html.gz")).contains("truncated gzip"));
    assert!(error_of(&recs, &d("g_empty.html")).contains("empty"));
    assert!(error_of(&recs, &d("h_garbage.html")).contains("binary"));
    assert!(
        error_of(&recs, &d("i_gone.html")).contains("dangling symbolic link")
    );

    // The summary, on stderr and as JSON, counts the same records.
    let s: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap())
            .unwrap();
    assert_eq!(s["pages"], 15);
    assert_eq!(s["errors"], 6);
    let spam_pages = recs
        .iter()
        .filter(|r| r["spam"].as_array().is_some_and(|s| !s.is_empty()))
        .count();
    assert_eq!(s["pages_with_spam"], spam_pages);
    assert!(s["spam_by_category"]["gambling"].as_u64().unwrap() >= 5);
    assert!(r.stderr.contains("zhclean: 15 pages"), "{}", r.stderr);
    assert!(r.stderr.contains("errors           6"), "{}", r.stderr);

    // The report exists and is self-contained.
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<td id=\"n-pages\">15</td>"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    assert!(!tmp.0.join("report.html.part").exists());
}

#[test]
fn order_is_the_same_with_one_and_two_threads() {
    let tmp = TempDir::new("order");
    let dir = tmp.0.join("in");
    mixed_folder(&dir);
    let args = |j: &'static str| {
        vec!["clean", "-q", "-j", j, "corpus/pages", dir.to_str().unwrap()]
    };
    let one = run(&args("1"), b"");
    let two = run(&args("2"), b"");
    assert_eq!(one.code, 1);
    assert_eq!(two.code, 1);
    assert!(one.stdout.lines().count() > 40);
    assert!(one.stdout == two.stdout, "records differ between -j 1 and -j 2");
    assert!(one.stderr.is_empty(), "-q prints nothing: {}", one.stderr);
}

fn stream_line(url: Option<&str>, key: &str, name: &str) -> String {
    let html = String::from_utf8(page(name)).unwrap();
    let mut v = serde_json::json!({ key: html });
    if let Some(u) = url {
        v["url"] = u.into();
    }
    v.to_string()
}

#[test]
fn streaming_keeps_count_and_order() {
    let lines = [
        stream_line(
            Some("http://s.example.cn/1"),
            "html",
            "hijacked_01_renovation.html",
        ),
        "{\"url\": \"http://s.example.cn/2\", \"html\": ".to_string(),
        stream_line(None, "content", "sina_01_economy.html"),
        String::new(),
        "{\"url\": \"http://s.example.cn/5\", \"html\": null}".to_string(),
        "[1, 2, 3]".to_string(),
        stream_line(
            Some("http://s.example.cn/7"),
            "body",
            "gov_02_insurance.html",
        ),
    ];
    let mut input = lines.join("\n").into_bytes();
    input.extend_from_slice(b"\n{\"html\": \"\xff\xfe\"}\n");
    input.extend_from_slice(
        stream_line(Some("http://s.example.cn/9"), "html", "qq_01_game.html")
            .as_bytes(),
    );
    // The last line has no newline, as `printf` leaves it.
    let r = run(&["clean", "--jsonl-in", "-j", "2"], &input);
    assert_eq!(r.code, 0, "bad lines do not fail the run: {}", r.stderr);
    assert!(r.stderr.is_empty(), "a filter keeps stderr quiet: {}", r.stderr);
    let recs = records(&r.stdout);
    let sources: Vec<&str> =
        recs.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        [
            "http://s.example.cn/1",
            "-#2",
            "-#3",
            "-#4",
            "http://s.example.cn/5",
            "-#6",
            "http://s.example.cn/7",
            "-#8",
            "http://s.example.cn/9",
        ]
    );
    let errors: Vec<bool> =
        recs.iter().map(|r| !r["error"].is_null()).collect();
    assert_eq!(
        errors,
        [false, true, false, true, true, true, false, true, false]
    );
    assert!(recs[0]["spam"].as_array().unwrap().len() >= 5);
    assert!(recs[4]["error"].as_str().unwrap().contains("no \"html\""));
}

/// `rdd.pipe` and interactive callers write a line and wait for its
/// record: each record must leave before the next line arrives.
#[test]
fn streaming_answers_each_line_before_the_next() {
    let mut child = Guard(
        Command::new(bin())
            .args(["clean", "--jsonl-in"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut stdin = child.0.stdin.take().unwrap();
    let stdout = BufReader::new(child.0.stdout.take().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in stdout.lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    for (i, name) in ["163_02_weather.html", "hijacked_01_renovation.html"]
        .iter()
        .enumerate()
    {
        let url = format!("http://p.example.cn/{i}");
        writeln!(stdin, "{}", stream_line(Some(&url), "html", name)).unwrap();
        stdin.flush().unwrap();
        let got = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("a record for the line, before the next line is sent");
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["source"], url);
    }
    drop(stdin);
    assert!(child.wait(Duration::from_secs(30)).success());
}

/// Renders the report as a browser does (scripts run, the CSP applies)
/// and returns the DOM a person would then see.
fn render(browser: &Path, file: &Path, profile: &Path) -> String {
    let mut child = Command::new(browser)
        .args(HEADLESS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
        let _ = tx.send(s);
    });
    let dom = rx.recv_timeout(Duration::from_secs(90));
    let _ = child.kill();
    let _ = child.wait();
    dom.expect("chromium dumps the DOM within 90 s")
}

/// A page whose title, heading and spam items carry markup and script,
/// beside a hijacked page, a clean one and an input that fails.
fn hostile_folder(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let evil = "<html><head><meta charset=\"utf-8\"><title>&lt;script&gt;\
        document.title='pwned'&lt;/script&gt;市民服务中心正式启用_某某新闻网</title>\
        </head><body><h1>&lt;script&gt;document.title='pwned'&lt;/script&gt;\
        市民服务中心正式启用</h1><div class=content>\
        <p>今天上午，本市新建的市民服务中心正式启用，一百多项政务服务事项可以在这里一站式办理，市民办事更加方便。</p>\
        <p>据介绍，服务中心设有综合受理窗口六十个，并配备自助服务终端，节假日也安排工作人员值班。</p>\
        <p>市民也可以拨打服务热线&lt;script&gt;document.body.setAttribute('data-pwned','3')\
        &lt;/script&gt;查询办理进度，工作人员会在两个工作日内回复“办结”情况。</p></div>\
        <div class=rmzx><h3>热门资讯</h3><ul>\
        <li><a href=/1>游戏指南!牛牛房卡怎么购买&lt;img src=x \
        onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;</a></li>\
        <li><a href=/2>金花房卡批发&lt;/p&gt;&lt;script&gt;document.body.\
        setAttribute('data-pwned','2')&lt;/script&gt;加微信abc12345</a></li>\
        <li><a href=/3>全市春季植树活动启动</a></li></ul></div></body></html>";
    std::fs::write(dir.join("evil.html"), evil).unwrap();
    for name in ["hijacked_01_renovation.html", "sina_01_economy.html"] {
        std::fs::write(dir.join(name), page(name)).unwrap();
    }
    std::fs::write(dir.join("zz_missing.html.gz"), b"\x1f\x8b\x08").unwrap();
}

#[test]
fn report_renders_in_chromium_and_runs_no_page_script() {
    let Some(browser) = chromium("the report rendering test") else {
        return;
    };
    let tmp = TempDir::new("report");
    let dir = tmp.0.join("in");
    hostile_folder(&dir);
    let report = tmp.0.join("report.html");
    let r = run(
        &[
            "clean",
            "-q",
            dir.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.code, 1);
    let recs = records(&r.stdout);
    let spam_pages = recs
        .iter()
        .filter(|r| r["spam"].as_array().is_some_and(|s| !s.is_empty()))
        .count();
    let blocks: usize =
        recs.iter().filter_map(|r| r["spam"].as_array()).map(Vec::len).sum();

    let dom = render(&browser, &report, &tmp.0.join("profile"));
    // Our script ran under the CSP (it marks the body when done)...
    assert!(
        dom.contains("data-ready=\"1\""),
        "the report's script ran:\n{dom}"
    );
    // ...and no page script or handler did.
    assert!(!dom.contains("data-pwned=\""), "a page's markup ran:\n{dom}");
    assert!(dom.contains("<title>zhclean review"), "title untouched");
    assert!(!dom.contains("<img"), "a page's <img> became an element");
    // The injected markup shows as text.
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;市民服务中心正式启用"));
    assert!(dom.contains("&lt;img src=x onerror="));
    // The summary a moderator reads first.
    assert!(dom.contains(&format!("<td id=\"n-pages\">{}</td>", recs.len())));
    assert!(
        dom.contains(&format!("<td id=\"n-spam-pages\">{spam_pages}</td>"))
    );
    assert!(dom.contains(&format!("<td id=\"n-blocks\">{blocks}</td>")));
    assert!(dom.contains("<td id=\"n-errors\">1</td>"));
    // Every spam text is there, highlighted where the rules matched.
    for rec in &recs {
        for block in rec["spam"].as_array().into_iter().flatten() {
            let text = block["text"].as_str().unwrap();
            let start: String = text.chars().take(4).collect();
            assert!(
                dom.contains(&start)
                    || dom.contains(&start.replace('<', "&lt;")),
                "{text}"
            );
        }
    }
    assert!(dom.contains("<mark>") && dom.contains("房卡</mark>"));
    // Each page's body is there, escaped and folded.
    assert!(dom.contains(
        "<span class=\"t\">市民也可以拨打服务热线&lt;script&gt;document.body"
    ));
    assert_eq!(
        dom.matches("<details class=\"body\">").count(),
        spam_pages,
        "one closed fold per page"
    );
    // Sorted by score, highest first, by the script.
    let scores: Vec<f32> = dom
        .match_indices("<article class=\"page\"")
        .map(|(i, _)| {
            let rest = &dom[i..];
            let at = rest.find("data-score=\"").unwrap() + 12;
            rest[at..at + rest[at..].find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert_eq!(scores.len(), spam_pages);
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

/// Ctrl-C while the reader waits on a slow input: the pages read so far
/// are written, the report is completed, and the exit code is 130.
#[cfg(unix)]
#[test]
fn ctrl_c_stops_after_writing_what_was_read() {
    let tmp = TempDir::new("sigint");
    let fifo = tmp.0.join("slow.jsonl");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("NOTICE: mkfifo failed: the Ctrl-C test is skipped");
        return;
    }
    let report = tmp.0.join("report.html");
    let mut child = Guard(
        Command::new(bin())
            .args([
                "clean",
                fifo.to_str().unwrap(),
                "--report",
                report.to_str().unwrap(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stdout = drain(child.0.stdout.take().unwrap());
    let stderr = drain(child.0.stderr.take().unwrap());
    // Opening a FIFO to write blocks until the batch opens it to read, so
    // it happens on a thread: a CLI that never opens it fails the test
    // below instead of hanging it. The writer then stays open until the
    // test ends: the batch must not wait for more lines.
    let (opened, wait_opened) = mpsc::channel();
    let (done, wait_done) = mpsc::channel::<()>();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let mut w =
            std::fs::OpenOptions::new().write(true).open(path).unwrap();
        for (i, name) in [
            "hijacked_01_renovation.html",
            "163_02_weather.html",
            "gov_02_insurance.html",
        ]
        .iter()
        .enumerate()
        {
            let url = format!("http://c.example.cn/{i}");
            writeln!(w, "{}", stream_line(Some(&url), "html", name)).unwrap();
        }
        w.flush().unwrap();
        let _ = opened.send(());
        let _ = wait_done.recv();
    });
    wait_opened
        .recv_timeout(Duration::from_secs(30))
        .expect("the batch opens its input");
    std::thread::sleep(Duration::from_millis(1500));
    let killed = Command::new("kill")
        .args(["-INT", &child.0.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait(Duration::from_secs(30));
    drop(done);
    let stderr = stderr.recv().unwrap();
    let stdout = stdout.recv().unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    let recs = records(&stdout);
    assert_eq!(recs.len(), 3, "the three lines read were written");
    assert!(recs.iter().all(|r| r["error"].is_null()));
    assert!(stderr.contains("interrupted"), "{stderr}");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        html.contains("run interrupted")
            && html.trim_end().ends_with("</html>")
    );
}

/// A moderator's decisions in the report, clicked with the mouse in
/// Chromium: "not spam" on spam blocks (one taken back), "spam" on a body
/// paragraph once its fold is opened. They survive a reload, the "export
/// labels" download holds them as JSONL with what the report showed, and
/// a second report does not see them. Page scripts still never run.
/// See: issue 13, item 1.
#[cfg(unix)]
#[test]
fn report_labels_are_clicked_kept_and_exported() {
    use crate::cdp::Browser;
    let Some(browser) = chromium("the report labelling test") else {
        return;
    };
    let tmp = TempDir::new("labels");
    let dir = tmp.0.join("in");
    hostile_folder(&dir);
    let clean = |report: &Path| {
        let r = run(
            &[
                "clean",
                "-q",
                dir.to_str().unwrap(),
                "--report",
                report.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(r.code, 1, "{}", r.stderr);
        records(&r.stdout)
    };
    let report = tmp.0.join("report.html");
    let recs = clean(&report);
    // The report asks for block records; the records do not get them.
    assert!(recs.iter().all(|r| r.get("blocks").is_none()));

    // What the test will click, found in the records, not in the report:
    // a page's place in the output is its `seq` there.
    let seq = |name: &str| {
        1 + recs
            .iter()
            .position(|r| r["source"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    let (evil_seq, hij_seq) =
        (seq("/evil.html"), seq("/hijacked_01_renovation.html"));
    let (evil, hij) = (&recs[evil_seq - 1], &recs[hij_seq - 1]);
    let evil_spam = evil["spam"].as_array().unwrap();
    let img = evil_spam
        .iter()
        .position(|b| b["text"].as_str().unwrap().contains("onerror"))
        .expect("the <img onerror> item is spam");
    let body = evil["body"].as_array().unwrap();
    let para = body
        .iter()
        .position(|p| p.as_str().unwrap().contains("<script>"))
        .expect("the paragraph with a <script> is body");
    assert!(hij["spam"].as_array().unwrap().len() >= 3);
    // The paragraph's score on its page, from the CLI's own block records.
    let with_blocks = run(
        &["clean", "--blocks", dir.join("evil.html").to_str().unwrap()],
        b"",
    );
    let para_score = records(&with_blocks.stdout)[0]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["role"] == "body")
        .nth(para)
        .unwrap()["score"]
        .as_f64()
        .unwrap();

    let mut b = Browser::launch(&browser, &tmp.0.join("chromium"));
    let url = format!("file://{}", report.display());
    b.goto(&url);
    assert_eq!(b.eval("document.body.getAttribute('data-ready')"), "1");
    assert_eq!(b.eval("document.getElementById('n-labels').textContent"), "0");
    assert_eq!(b.eval("document.getElementById('export').disabled"), true);

    let key = |seq: usize, item: &str| format!("[data-key=\"{seq}/{item}\"]");
    let (img_key, para_key) = (
        key(evil_seq, &format!("b{img}")),
        key(evil_seq, &format!("p{para}")),
    );
    let (hij0, hij2) = (key(hij_seq, "b0"), key(hij_seq, "b2"));
    b.click(&format!("{img_key} button.lab"));
    // Body paragraphs start folded: not shown until opened.
    let on_screen =
        |k: &str| format!("document.querySelector('{k}').checkVisibility()");
    assert_eq!(b.eval(&on_screen(&para_key)), false);
    b.click(&format!("article[data-seq=\"{evil_seq}\"] details.body summary"));
    assert_eq!(b.eval(&on_screen(&para_key)), true);
    b.click(&format!("{para_key} button.lab"));
    b.click(&format!("{hij0} button.lab"));
    b.click(&format!("{hij0} button.lab"));
    b.click(&format!("{hij2} button.lab"));
    let state = |b: &mut Browser| {
        b.eval(&format!(
            "[{}].map(function(k){{var e=document.querySelector(k);\
             return [e.getAttribute('data-labelled'),\
             e.querySelector('button.lab').getAttribute('aria-pressed')];}})\
             .concat([document.getElementById('n-labels').textContent])",
            [&img_key, &para_key, &hij0, &hij2]
                .map(|k| serde_json::to_string(k).unwrap())
                .join(",")
        ))
    };
    let expected = serde_json::json!([
        ["ham", "true"],
        ["spam", "true"],
        [null, "false"],
        ["ham", "true"],
        "3"
    ]);
    assert_eq!(state(&mut b), expected, "after the clicks");
    b.reload();
    assert_eq!(state(&mut b), expected, "kept over a reload");

    b.click("#export");
    let file = b.download(&tmp.0.join("chromium"));
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("zhclean-labels-") && name.ends_with(".jsonl"),
        "{name}"
    );
    let jsonl = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))
        })
        .collect();
    assert!(jsonl.ends_with('\n'));
    // One line per label, in input order, each with what the report
    // showed: the text exactly (markup and quotes included), the source,
    // the rules that fired and the score.
    let block_line = |rec: &Value, i: usize| {
        let block = &rec["spam"][i];
        let mut rules: Vec<&str> = Vec::new();
        for r in block["reasons"].as_array().unwrap() {
            let name = r["rule"].as_str().unwrap();
            if !rules.contains(&name) {
                rules.push(name);
            }
        }
        (
            block["text"].as_str().unwrap().to_string(),
            "ham",
            rec["source"].clone(),
            rules.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
            block["score"].as_f64().unwrap(),
            block["where"].as_str().unwrap().to_string(),
        )
    };
    let want = [
        block_line(evil, img),
        (
            body[para].as_str().unwrap().to_string(),
            "spam",
            evil["source"].clone(),
            Vec::new(),
            para_score,
            "body".to_string(),
        ),
        block_line(hij, 2),
    ];
    assert_eq!(lines.len(), want.len(), "{jsonl}");
    for (line, (text, label, source, rules, score, place)) in
        lines.iter().zip(&want)
    {
        assert_eq!(line["text"], *text, "{line}");
        assert_eq!(line["label"], *label, "{line}");
        assert_eq!(line["source"], *source, "{line}");
        let got: Vec<&str> = line["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(got, *rules, "{line}");
        let s = line["score"].as_f64().expect("a score");
        assert!((s - score).abs() < 0.006, "score {s} vs {score}: {line}");
        assert_eq!(line["where"], *place, "{line}");
        assert_eq!(line["cut"], 0, "{line}");
    }
    assert!(lines[0]["text"]
        .as_str()
        .unwrap()
        .contains("<img src=x onerror="));
    assert!(lines[1]["text"].as_str().unwrap().contains("<script>document"));

    // None of the page's markup ran, before or after the clicks.
    assert_eq!(b.eval("document.body.hasAttribute('data-pwned')"), false);
    assert_eq!(
        b.eval("document.querySelectorAll('img,script:not([nonce])').length"),
        0
    );
    assert!(b
        .eval("document.title")
        .as_str()
        .unwrap()
        .starts_with("zhclean review"));

    // A second report of the same folder starts with no labels, and the
    // first keeps its own.
    let second = tmp.0.join("report2.html");
    clean(&second);
    b.goto(&format!("file://{}", second.display()));
    assert_eq!(b.eval("document.getElementById('n-labels').textContent"), "0");
    assert_eq!(
        b.eval("document.querySelectorAll('[data-labelled]').length"),
        0
    );
    // Chromium commits localStorage from the page's process a moment
    // after the write; coming straight back from another file can read
    // before that, so give it a few tries.
    let mut back = Value::Null;
    for _ in 0..10 {
        b.goto(&url);
        back = state(&mut b);
        if back == expected {
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    assert_eq!(back, expected, "the first report's labels");
}
