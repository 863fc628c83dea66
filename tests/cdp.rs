//! Just enough of the Chrome DevTools Protocol to click through the
//! review report the way a person does: real mouse events at a button's
//! place on the screen, reloads, and downloads saved to a folder.
//!
//! `--dump-dom` cannot click, and a test hook in the report's script
//! would test the hook. So I drive Chromium over `--remote-debugging-pipe`:
//! JSON messages ended by NUL, read from fd 3 and written to fd 4. No
//! websocket, no port, no new dependency. The one awkward part is handing
//! a child fds 3 and 4: std can't without `pre_exec`, which is unsafe
//! (and this crate forbids unsafe), so `sh` opens two FIFOs onto them and
//! execs Chromium. Unix only, like `mkfifo`.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long any one answer or event may take.
const WAIT: Duration = Duration::from_secs(60);

/// A headless Chromium with one page attached; killed when dropped.
pub struct Browser {
    child: Child,
    to: File,
    from: mpsc::Receiver<Value>,
    /// Events read while waiting for an answer, kept for `event`.
    events: VecDeque<Value>,
    next_id: u64,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// Starts `browser` with its profile, pipes and downloads under `dir`
    /// (downloads land in `dir/downloads`), attached to its blank page.
    pub fn launch(browser: &Path, dir: &Path) -> Browser {
        std::fs::create_dir_all(dir).unwrap();
        let (to_path, from_path) = (dir.join("cdp-in"), dir.join("cdp-out"));
        for p in [&to_path, &from_path] {
            let made = Command::new("mkfifo").arg(p).status().unwrap();
            assert!(made.success(), "mkfifo {}", p.display());
        }
        let child = Command::new("sh")
            .arg("-c")
            .arg(r#"i=$1; o=$2; shift 2; exec "$@" 3<"$i" 4>"$o""#)
            .arg("sh")
            .arg(&to_path)
            .arg(&from_path)
            .arg(browser)
            .args(crate::HEADLESS)
            .args(["--remote-debugging-pipe"])
            .arg(format!("--user-data-dir={}", dir.join("profile").display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sh starts");
        // The shell opens fd 3 (our writing end) first, then fd 4: opening
        // a FIFO blocks until the other side opens it, so the same order
        // here.
        let to = File::options().write(true).open(&to_path).unwrap();
        let from = File::open(&from_path).unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(from);
            loop {
                let mut msg = Vec::new();
                match r.read_until(0, &mut msg) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if msg.last() == Some(&0) {
                    msg.pop();
                }
                let v: Value =
                    serde_json::from_slice(&msg).expect("DevTools sends JSON");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let mut b = Browser {
            child,
            to,
            from: rx,
            events: VecDeque::new(),
            next_id: 0,
            session: String::new(),
        };
        let targets = b.send(None, "Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .expect("a page target")["targetId"]
            .clone();
        let attached = b.send(
            None,
            "Target.attachToTarget",
            json!({ "targetId": page, "flatten": true }),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_string();
        let downloads = dir.join("downloads");
        b.send(
            None,
            "Browser.setDownloadBehavior",
            json!({
                "behavior": "allow",
                "downloadPath": downloads.to_str().unwrap(),
                "eventsEnabled": true,
            }),
        );
        b.call("Page.enable", json!({}));
        b
    }

    /// Sends a command (to the browser, or to a session) and returns its
    /// result; a protocol error fails the test.
    fn send(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).unwrap();
        loop {
            let m = self.recv(method);
            if m["id"] == id {
                assert!(m.get("error").is_none(), "{method}: {m}");
                return m["result"].clone();
            }
            self.events.push_back(m);
        }
    }

    fn recv(&mut self, waiting_for: &str) -> Value {
        self.from.recv_timeout(WAIT).unwrap_or_else(|e| {
            panic!(
                "no answer from Chromium while waiting for {waiting_for}: {e}"
            )
        })
    }

    /// A command to the page.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        self.send(Some(&session), method, params)
    }

    /// The next event called `method` (from the page or the browser).
    pub fn event(&mut self, method: &str) -> Value {
        if let Some(i) = self.events.iter().position(|m| m["method"] == method)
        {
            return self.events.remove(i).unwrap();
        }
        loop {
            let m = self.recv(method);
            if m["method"] == method {
                return m;
            }
            self.events.push_back(m);
        }
    }

    /// Opens `url` and waits for its load event (scripts have run).
    pub fn goto(&mut self, url: &str) {
        self.events.retain(|m| m["method"] != "Page.loadEventFired");
        self.call("Page.navigate", json!({ "url": url }));
        self.event("Page.loadEventFired");
    }

    /// Reloads the page and waits for its load event.
    pub fn reload(&mut self) {
        self.events.retain(|m| m["method"] != "Page.loadEventFired");
        self.call("Page.reload", json!({}));
        self.event("Page.loadEventFired");
    }

    /// Evaluates a JavaScript expression in the page; returns its value.
    pub fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expr, "returnByValue": true }),
        );
        assert!(r.get("exceptionDetails").is_none(), "{expr}: {r}");
        r["result"]["value"].clone()
    }

    /// Clicks the element `selector` finds with the mouse, as a person
    /// does: scrolled into view, pressed and released at its centre, once
    /// the test has checked that nothing else sits on that spot.
    pub fn click(&mut self, selector: &str) {
        let sel = serde_json::to_string(selector).unwrap();
        let at = self.eval(&format!(
            "(function(){{var e=document.querySelector({sel});\
             if(!e)return 'missing';\
             e.scrollIntoView({{block:'center'}});\
             var r=e.getBoundingClientRect(),x=r.x+r.width/2,y=r.y+r.height/2;\
             var top=document.elementFromPoint(x,y);\
             if(!top||!(top===e||e.contains(top)))return 'covered or hidden';\
             return [x,y];}})()"
        ));
        let (x, y) = match at.as_array() {
            Some(xy) => (xy[0].as_f64().unwrap(), xy[1].as_f64().unwrap()),
            None => panic!("cannot click {selector}: {at}"),
        };
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({
                    "type": kind, "x": x, "y": y,
                    "button": "left", "clickCount": 1,
                }),
            );
        }
    }

    /// Waits for the download the page started to finish; returns the
    /// saved file's path under `dir/downloads`.
    pub fn download(&mut self, dir: &Path) -> PathBuf {
        let begin = self.event("Browser.downloadWillBegin");
        let name = begin["params"]["suggestedFilename"]
            .as_str()
            .expect("a suggested file name")
            .to_string();
        let start = Instant::now();
        loop {
            let p = self.event("Browser.downloadProgress");
            match p["params"]["state"].as_str() {
                Some("completed") => break,
                Some("inProgress") => {}
                other => panic!("download {name}: {other:?}"),
            }
            assert!(start.elapsed() < WAIT, "download {name} never ended");
        }
        dir.join("downloads").join(name)
    }
}
