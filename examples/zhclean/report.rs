//! `--report FILE.html`: one self-contained page for a moderator. The
//! summary sits at the top; below it every page with spam, its removed
//! blocks highlighted with their reasons and scores, filterable by
//! category and sortable by score.
//!
//! Page text is hostile: everything taken from a page goes through
//! [`esc`], and a Content-Security-Policy lets only our own nonce-marked
//! style and script run, so even an escaping bug could not run a page's
//! script or load anything from the network. Each page keeps its spam
//! blocks and, folded under them, the start of its body: whole paragraphs
//! up to [`MAX_BODY`] characters, so a moderator can mark what the filter
//! missed while the report still grows with the spam shown and not with
//! the articles. Pages are spooled to `FILE.html.part` while the batch
//! runs (memory stays flat) and copied under the summary at the end.
//!
//! Moderators decide there: every spam block has a "not spam" button and
//! every body paragraph shown a "spam" button. The script keeps the
//! choices in `localStorage` under the report's own id, so a reload (or a
//! second report from the same folder) neither loses nor mixes them, and
//! "export labels" downloads them as JSONL through a `blob:` URL, which
//! the CSP does not stop since nothing is fetched. What the script
//! exports comes from the page itself: the text is the text content of
//! the item's `.t` element (escaped like all page text, so the browser
//! gives back exactly the string we wrote), the source, rules, score and
//! place sit in `data-*` attributes, escaped as well.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use zhclean::{CleanPage, Reason, Role};

use crate::record::Record;
use crate::summary::{category, Summary};

/// Longer spam texts (and body paragraphs) are cut here, so one huge
/// hidden block cannot blow up the report.
const MAX_TEXT: usize = 1000;
/// Body characters shown per page, in whole paragraphs from the top (a
/// paragraph counts as the characters shown of it, at most [`MAX_TEXT`]).
/// A typical article fits; a long one shows its start and says how many
/// paragraphs are left out.
const MAX_BODY: usize = 5000;
/// Errors listed in the report; the summary counts them all.
const MAX_ERRORS: usize = 200;

pub struct Report {
    out: File,
    spool_path: PathBuf,
    spool: BufWriter<File>,
    nonce: String,
    /// Keys the moderator's labels in `localStorage`: unique per report.
    id: String,
    seq: u64,
    errors: Vec<(String, String)>,
    /// The sequence number of each page shown, by source, so that a
    /// campaign can link to its pages.
    seqs: HashMap<String, u64>,
}

/// Escapes text for HTML content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Report {
    /// Opens the report and its spool now, so a path we cannot write
    /// fails before any work is done.
    pub fn create(path: &Path) -> io::Result<Report> {
        let out = File::create(path)?;
        let mut spool_path = path.as_os_str().to_owned();
        spool_path.push(".part");
        let spool_path = PathBuf::from(spool_path);
        let spool = BufWriter::new(File::create(&spool_path)?);
        Ok(Report {
            out,
            spool_path,
            spool,
            nonce: nonce(),
            id: report_id(),
            seq: 0,
            seqs: HashMap::new(),
            errors: Vec::new(),
        })
    }

    /// Takes every record in output order; keeps pages with spam and
    /// errors.
    pub fn add(&mut self, record: &Record) -> io::Result<()> {
        self.seq += 1;
        let source = record.source();
        let page = &record.page;
        if let Some(e) = &record.error {
            if self.errors.len() < MAX_ERRORS {
                self.errors.push((source.to_string(), e.clone()));
            }
            return Ok(());
        }
        if page.spam.is_empty() {
            return Ok(());
        }
        self.seqs.insert(source.to_string(), self.seq);
        let max = page.spam.iter().map(|b| b.score).fold(f32::MIN, f32::max);
        let mut cats: Vec<&str> = page.spam.iter().map(category).collect();
        cats.sort_unstable();
        cats.dedup();
        let w = &mut self.spool;
        writeln!(
            w,
            "<article class=\"page\" id=\"page-{0}\" data-seq=\"{0}\" \
             data-score=\"{max:.2}\" data-cats=\"{1}\" data-source=\"{2}\">",
            self.seq,
            cats.join(" "),
            esc(source)
        )?;
        let title = page.title.as_deref().filter(|t| !t.trim().is_empty());
        match title {
            Some(t) => writeln!(w, "<h2>{}</h2>", esc(t))?,
            None => writeln!(w, "<h2 class=\"none\">(no title)</h2>")?,
        }
        write!(
            w,
            "<p class=\"meta\"><code class=\"src\">{}</code>",
            esc(source)
        )?;
        if let Some(v) = verdict(page) {
            write!(
                w,
                " <span class=\"verdict v-{0}\">{1}</span>",
                esc(&v),
                esc(&v.replace('_', " "))
            )?;
        }
        writeln!(
            w,
            " <span class=\"count\">{} spam block{} removed, top score \
             {max:.1}</span></p>",
            page.spam.len(),
            if page.spam.len() == 1 { "" } else { "s" }
        )?;
        for (i, block) in page.spam.iter().enumerate() {
            let cat = category(block);
            let place = serde_json::to_value(block.place)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let (text, cut) = shorten(&block.text);
            // Every rule that fired, strongest first, as in the table.
            let mut rules: Vec<&str> =
                block.reasons.iter().map(|r| r.rule.name()).collect();
            let mut seen = std::collections::HashSet::new();
            rules.retain(|r| seen.insert(*r));
            writeln!(
                w,
                "<div class=\"block\" data-key=\"{}/b{i}\" data-cat=\"{cat}\" \
                 data-score=\"{:.2}\" data-where=\"{}\" data-rules=\"{}\" \
                 data-cut=\"{cut}\">\
                 <div class=\"bhead\"><span class=\"cat c-{cat}\">{cat}</span> \
                 <span class=\"where\">in {}</span> \
                 <span class=\"score\">score {:.1}</span> \
                 <button type=\"button\" class=\"lab\" data-label=\"ham\" \
                 aria-pressed=\"false\">not spam</button></div>",
                self.seq,
                block.score,
                esc(&place),
                esc(&rules.join(" ")),
                esc(&place),
                block.score
            )?;
            writeln!(
                w,
                "<p class=\"text\"><span class=\"t\">{}</span>{}</p>",
                highlight(text, &block.reasons),
                more(cut)
            )?;
            writeln!(w, "<table class=\"reasons\">")?;
            for r in &block.reasons {
                writeln!(
                    w,
                    "<tr class=\"{}\"><td class=\"rule\">{}</td>\
                     <td class=\"w\">{:+.1}</td><td class=\"detail\">{}</td></tr>",
                    if r.weight < 0.0 { "neg" } else { "pos" },
                    esc(r.rule.name()),
                    r.weight,
                    esc(&r.detail)
                )?;
            }
            writeln!(w, "</table></div>")?;
        }
        self.write_body(page)?;
        writeln!(self.spool, "</article>")
    }

    /// The page's body paragraphs, folded, each with a "spam" button and
    /// the score it got on its page (from the block records, which the
    /// batch asks for when it writes a report).
    fn write_body(&mut self, page: &CleanPage) -> io::Result<()> {
        if page.body.is_empty() {
            return Ok(());
        }
        let scores: Option<Vec<f32>> = page.blocks.as_ref().map(|bs| {
            bs.iter()
                .filter(|b| b.role == Role::Body)
                .map(|b| b.score)
                .collect()
        });
        // The body is the blocks whose role is body, in order; if that
        // ever stops holding, no score beats a wrong one.
        let scores = scores.filter(|s| s.len() == page.body.len());
        let mut shown = 0;
        let mut budget = MAX_BODY;
        for p in &page.body {
            let n = p.chars().count().min(MAX_TEXT);
            if n > budget {
                break;
            }
            budget -= n;
            shown += 1;
        }
        let total = page.body.len();
        let w = &mut self.spool;
        if shown == total {
            writeln!(
                w,
                "<details class=\"body\"><summary>article body: {total} \
                 paragraph{}</summary><ol>",
                if total == 1 { "" } else { "s" }
            )?;
        } else {
            writeln!(
                w,
                "<details class=\"body\"><summary>article body: the first \
                 {shown} of {total} paragraphs (the report keeps {MAX_BODY} \
                 characters of each body)</summary><ol>"
            )?;
        }
        for (i, p) in page.body.iter().take(shown).enumerate() {
            let (text, cut) = shorten(p);
            let score = scores
                .as_ref()
                .map(|s| format!(" data-score=\"{:.2}\"", s[i]))
                .unwrap_or_default();
            writeln!(
                w,
                "<li class=\"para\" data-key=\"{}/p{i}\" data-where=\"body\"\
                 {score} data-rules=\"\" data-cut=\"{cut}\"><span class=\"t\">\
                 {}</span>{} <button type=\"button\" class=\"lab\" \
                 data-label=\"spam\" aria-pressed=\"false\">spam</button></li>",
                self.seq,
                esc(text),
                more(cut)
            )?;
        }
        writeln!(w, "</ol></details>")
    }

    /// Writes the report: head, summary, the spooled pages, the script.
    pub fn finish(
        mut self,
        summary: &Summary,
        threshold: f32,
    ) -> io::Result<()> {
        self.spool.flush()?;
        let mut w = BufWriter::new(&self.out);
        let n = &self.nonce;
        write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src \
             'none'; style-src 'nonce-{n}'; script-src 'nonce-{n}'\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>zhclean review: {} pages with spam</title>\n\
             <style nonce=\"{n}\">{STYLE}</style></head>\n\
             <body data-report=\"{}\">\n",
            summary.pages_with_spam,
            self.id
        )?;
        writeln!(
            w,
            "<header><h1>zhclean review report</h1><p class=\"sub\">\
             generated {} · spam threshold {threshold:.1}{}</p></header>",
            utc_now(),
            if summary.interrupted {
                " · <strong>run interrupted: partial results</strong>"
            } else {
                ""
            }
        )?;
        self.write_summary(&mut w, summary)?;
        writeln!(
            w,
            "<nav id=\"controls\"><label>category <select id=\"cat\">\
             <option value=\"\">all</option>"
        )?;
        for (cat, count) in &summary.categories {
            writeln!(w, "<option value=\"{cat}\">{cat} ({count})</option>")?;
        }
        writeln!(
            w,
            "</select></label> <label>sort <select id=\"sort\">\
             <option value=\"score-desc\">score, highest first</option>\
             <option value=\"score-asc\">score, lowest first</option>\
             <option value=\"input\">input order</option></select></label> \
             <label>search <input id=\"q\" type=\"search\" \
             placeholder=\"title or source\"></label> \
             <span class=\"shown\">showing <span id=\"shown\">{0}</span> of \
             {0} pages</span> <span id=\"labels\" title=\"kept in this \
             browser for this report; export them as JSONL\"><span \
             id=\"n-labels\">0</span> labelled <button type=\"button\" \
             id=\"export\" disabled>export labels</button> <button \
             type=\"button\" id=\"clear\" disabled>clear</button></span>\
             </nav>\n<main id=\"pages\">",
            summary.pages_with_spam
        )?;
        w.flush()?;
        drop(w);
        io::copy(&mut File::open(&self.spool_path)?, &mut self.out)?;
        let mut w = BufWriter::new(&self.out);
        if summary.pages_with_spam == 0 {
            writeln!(w, "<p class=\"empty\">No spam found.</p>")?;
        }
        writeln!(
            w,
            "</main>\n<script nonce=\"{n}\">{SCRIPT}</script>\n</body></html>"
        )?;
        w.flush()?;
        drop(w);
        drop(self.spool);
        std::fs::remove_file(&self.spool_path)
    }

    /// Templates seen on more than one page, most sites first, each
    /// opening to its pages (links to them below).
    fn write_campaigns(
        &self,
        w: &mut impl Write,
        s: &Summary,
    ) -> io::Result<()> {
        let recurring = s.recurring();
        if recurring.is_empty() {
            return Ok(());
        }
        writeln!(
            w,
            "<section id=\"campaigns\"><h2>Campaigns</h2><p class=\"sub\">\
             {} spam template{} seen on more than one page (digits, IDs, \
             contacts, brands and places masked)</p>",
            recurring.len(),
            if recurring.len() == 1 { "" } else { "s" }
        )?;
        for c in &recurring {
            write!(
                w,
                "<details class=\"campaign\" data-sites=\"{}\" \
                 data-pages=\"{}\"><summary><strong>{} site{}</strong>, {} \
                 pages, {} blocks: <span class=\"sample\">{}</span></summary>\
                 <p class=\"meta\">sites: {} · rules: {} · id <code>{}</code>\
                 </p><ul>",
                c.sites,
                c.pages,
                c.sites,
                if c.sites == 1 { "" } else { "s" },
                c.pages,
                c.blocks,
                esc(&c.sample),
                esc(&c.site_names.join(", ")),
                esc(&c
                    .top_rules
                    .iter()
                    .map(|(r, n)| format!("{r} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", ")),
                esc(&c.id)
            )?;
            for src in &c.page_sources {
                match self.seqs.get(src) {
                    Some(seq) => write!(
                        w,
                        "<li><a href=\"#page-{seq}\"><code>{}</code></a></li>",
                        esc(src)
                    )?,
                    None => write!(w, "<li><code>{}</code></li>", esc(src))?,
                }
            }
            if c.pages as usize > c.page_sources.len() {
                write!(
                    w,
                    "<li>... and {} more</li>",
                    c.pages as usize - c.page_sources.len()
                )?;
            }
            writeln!(w, "</ul></details>")?;
        }
        writeln!(w, "</section>")
    }

    fn write_summary(
        &self,
        w: &mut impl Write,
        s: &Summary,
    ) -> io::Result<()> {
        writeln!(
            w,
            "<section id=\"summary\"><h2>Summary</h2><div class=\"cols\">"
        )?;
        writeln!(
            w,
            "<table class=\"nums\">\
             <tr><th>pages</th><td id=\"n-pages\">{}</td></tr>\
             <tr><th>pages with spam</th><td id=\"n-spam-pages\">{}</td></tr>\
             <tr><th>spam blocks removed</th><td id=\"n-blocks\">{}</td></tr>\
             <tr><th>errors</th><td id=\"n-errors\">{}</td></tr>\
             <tr><th>speed</th><td>{:.1} pages/s ({:.1} s)</td></tr></table>",
            s.pages,
            s.pages_with_spam,
            s.spam_blocks,
            s.errors,
            s.pages_per_second(),
            s.seconds()
        )?;
        writeln!(
            w,
            "<table class=\"cats\"><caption>spam blocks by category</caption>"
        )?;
        let mut cats: Vec<_> = s.categories.iter().collect();
        cats.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (cat, count) in cats {
            writeln!(
                w,
                "<tr><th><span class=\"cat c-{cat}\">{cat}</span></th><td>{count}</td></tr>"
            )?;
        }
        writeln!(w, "</table>")?;
        writeln!(
            w,
            "<table class=\"rules\"><caption>top rules (spam blocks each \
             fired on)</caption>"
        )?;
        for r in s.top_rules().iter().take(10) {
            writeln!(
                w,
                "<tr><th>{}</th><td>{}</td></tr>",
                esc(r.rule),
                r.blocks
            )?;
        }
        writeln!(w, "</table></div>")?;
        self.write_campaigns(w, s)?;
        if !self.errors.is_empty() {
            writeln!(
                w,
                "<details id=\"errors\"><summary>{} input{} could not be \
                 cleaned</summary><ul>",
                s.errors,
                if s.errors == 1 { "" } else { "s" }
            )?;
            for (source, e) in &self.errors {
                writeln!(
                    w,
                    "<li><code>{}</code>: {}</li>",
                    esc(source),
                    esc(e)
                )?;
            }
            if s.errors > self.errors.len() as u64 {
                writeln!(
                    w,
                    "<li>... and {} more</li>",
                    s.errors - self.errors.len() as u64
                )?;
            }
            writeln!(w, "</ul></details>")?;
        }
        writeln!(w, "</section>")
    }
}

/// The page verdict by its JSON name (`spam_around`, `injected`, ...).
fn verdict(page: &CleanPage) -> Option<String> {
    let v = serde_json::to_value(page.verdict).ok()?;
    v.as_str().map(str::to_owned)
}

/// The text's first [`MAX_TEXT`] characters and how many were cut.
fn shorten(text: &str) -> (&str, usize) {
    match text.char_indices().nth(MAX_TEXT) {
        Some((i, _)) => (&text[..i], text[i..].chars().count()),
        None => (text, 0),
    }
}

/// Says how much of a text was cut, outside its `.t` element so the
/// exported text is the text alone.
fn more(cut: usize) -> String {
    if cut == 0 {
        return String::new();
    }
    format!("<span class=\"cut\"> … ({cut} more characters)</span>")
}

/// The block text, escaped, with what the rules matched in `<mark>`.
fn highlight(text: &str, reasons: &[Reason]) -> String {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for r in reasons.iter().filter(|r| r.weight > 0.0) {
        // Lexicon rules list their terms as `a,b`; combination rules
        // quote both halves as `a + b`.
        for part in r.detail.split([',', '+']).map(str::trim) {
            if part.chars().count() < 2 {
                continue;
            }
            spans.extend(
                text.match_indices(part).map(|(i, m)| (i, i + m.len())),
            );
        }
    }
    spans.sort_unstable();
    let mut out = String::new();
    let mut at = 0;
    // Touching or overlapping matches merge into one mark.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    for (start, end) in merged {
        out.push_str(&esc(&text[at..start]));
        out.push_str("<mark>");
        out.push_str(&esc(&text[start..end]));
        out.push_str("</mark>");
        at = end;
    }
    out.push_str(&esc(&text[at..]));
    out
}

/// A per-report nonce for the CSP. It need not be secret from us, only
/// unknowable to whoever wrote the pages, and std's RandomState is seeded
/// from the OS.
fn nonce() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    format!("{:016x}", h.finish())
}

/// The report's id: when it was made and a random part, so two reports
/// never share their labels in the browser. It names the export too.
fn report_id() -> String {
    format!("{}-{}", unix_now(), &nonce()[..8])
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `2025-03-01 14:05 UTC`, without a date crate.
fn utc_now() -> String {
    let secs = unix_now();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    format!("{y}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

const STYLE: &str = "
body{font:15px/1.55 system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header,#summary,#controls,main{max-width:1000px;margin:0 auto;padding:0 16px}
h1{font-size:22px;margin:18px 0 2px}.sub{color:#666;margin:0 0 12px}
h2{font-size:17px;margin:0 0 4px}
#summary{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px}
.cols{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}
table{border-collapse:collapse}th,td{text-align:left;padding:2px 10px 2px 0;vertical-align:top}
caption{text-align:left;color:#666;font-size:13px}
.nums td{font-weight:600;font-variant-numeric:tabular-nums}
#errors{margin-top:8px}#errors li{font-size:13px}
#controls{position:sticky;top:0;background:#f6f6f4;padding:10px 16px;border-bottom:1px solid #ddd;z-index:1}
#controls label{margin-right:12px}.shown{color:#666}
.page{background:#fff;border:1px solid #ddd;border-radius:6px;margin:12px auto;padding:12px 16px}
.meta{margin:0 0 8px;color:#555;font-size:13px}.src{word-break:break-all}
.verdict{border-radius:3px;padding:0 5px;color:#fff;background:#888}
.v-injected{background:#b3261e}.v-spam_around{background:#b86e00}
.block{border-left:4px solid #b3261e;padding:4px 10px;margin:8px 0;background:#fdf5f4}
.bhead{font-size:13px;color:#555}.score{font-weight:600;color:#b3261e}
.cat{border-radius:3px;padding:0 5px;background:#555;color:#fff;font-size:12px}
.c-gambling{background:#8e24aa}.c-casino{background:#6a1b9a}.c-porn{background:#c2185b}
.c-fraud{background:#e65100}.c-contact{background:#1565c0}.c-selling{background:#2e7d32}
.text{margin:4px 0;white-space:pre-wrap;word-break:break-all}
mark{background:#ffe066;padding:0 1px}.cut{color:#888}
.reasons{font-size:12px;color:#333}.reasons .w{font-variant-numeric:tabular-nums}
.reasons .neg{color:#2e7d32}.rule{font-family:monospace}
.none{color:#888;font-style:italic}.empty{color:#666}
button.lab{font:12px system-ui,sans-serif;margin-left:6px;padding:0 6px;border:1px solid #999;border-radius:3px;background:#fff;cursor:pointer}
button.lab[aria-pressed=true]{background:#1d1d1f;color:#fff;border-color:#1d1d1f}
.block[data-labelled=ham]{border-left-color:#2e7d32;background:#f2f8f1}
details.body{margin:8px 0 0;font-size:14px}details.body summary{cursor:pointer;color:#555}
details.body ol{margin:4px 0;padding-left:24px}.para{margin:2px 0;word-break:break-all}
.para[data-labelled=spam]{background:#fdf5f4;outline:1px solid #b3261e}
#labels{margin-left:12px}
[hidden]{display:none!important}
";

/// Filter by category, search title and source, sort by score. Pages
/// carry their top score and categories in data attributes.
///
/// Labels: `labels` maps an item's `data-key` (`SEQ/bN` for spam block N
/// of page SEQ, `SEQ/pN` for body paragraph N) to `ham` or `spam`, saved
/// in `localStorage` under `zhclean-labels/` and the report's id; the
/// rest of what an exported line holds is read from the item when it is
/// exported. A second click on a pressed button takes the label back.
/// Without `localStorage` (some browsers refuse it to `file:` pages) the
/// labels live until the tab closes, and the bar says so.
const SCRIPT: &str = "
(function(){
  var list=document.getElementById('pages');
  var pages=Array.prototype.slice.call(list.querySelectorAll('article.page'));
  // Taken before the sort below moves pages: the export is in input order.
  var items=Array.prototype.slice.call(list.querySelectorAll('[data-key]'));
  var id=document.body.getAttribute('data-report'),skey='zhclean-labels/'+id;
  var store=null,labels={};
  try{store=window.localStorage;labels=JSON.parse(store.getItem(skey)||'{}')||{};}
  catch(e){store=null;labels={};}
  var nl=document.getElementById('n-labels'),ex=document.getElementById('export'),cl=document.getElementById('clear');
  if(!store)document.getElementById('labels').title='this browser keeps no labels for file pages: export before closing the tab';
  function save(){if(store){try{store.setItem(skey,JSON.stringify(labels));}catch(e){}}}
  function show(el){
    var l=labels[el.getAttribute('data-key')];
    if(l)el.setAttribute('data-labelled',l);else el.removeAttribute('data-labelled');
    el.querySelector('button.lab').setAttribute('aria-pressed',l?'true':'false');
  }
  function labelled(){return items.filter(function(el){return labels[el.getAttribute('data-key')];});}
  function count(){var n=labelled().length;nl.textContent=n;ex.disabled=cl.disabled=!n;}
  items.forEach(show);count();
  list.addEventListener('click',function(e){
    var b=e.target.closest('button.lab');if(!b)return;
    var el=b.closest('[data-key]'),k=el.getAttribute('data-key'),l=b.getAttribute('data-label');
    if(labels[k]===l)delete labels[k];else labels[k]=l;
    save();show(el);count();
  });
  function line(el){
    var r=el.getAttribute('data-rules'),s=el.getAttribute('data-score');
    return JSON.stringify({
      text:el.querySelector('.t').textContent,
      label:labels[el.getAttribute('data-key')],
      source:el.closest('article.page').getAttribute('data-source'),
      rules:r?r.split(' '):[],
      score:s===null?null:+s,
      where:el.getAttribute('data-where'),
      cut:+el.getAttribute('data-cut')
    // Line separators stay escaped, so no reader splits a line on them.
    }).replace(/[\\u2028\\u2029]/g,function(c){return '\\\\u'+c.charCodeAt(0).toString(16);})+'\\n';
  }
  ex.addEventListener('click',function(){
    var blob=new Blob(labelled().map(line),{type:'application/x-ndjson'});
    var a=document.createElement('a');
    a.href=URL.createObjectURL(blob);a.download='zhclean-labels-'+id+'.jsonl';
    document.body.appendChild(a);a.click();a.remove();
    setTimeout(function(){URL.revokeObjectURL(a.href);},60000);
  });
  cl.addEventListener('click',function(){
    if(!window.confirm('Forget the '+labelled().length+' labels of this report?'))return;
    labels={};save();items.forEach(show);count();
  });
  var cat=document.getElementById('cat'),sort=document.getElementById('sort'),q=document.getElementById('q');
  function apply(){
    var c=cat.value,s=sort.value,t=q.value.trim().toLowerCase(),shown=0;
    pages.forEach(function(p){
      var any=false;
      p.querySelectorAll('.block').forEach(function(b){
        var ok=!c||b.getAttribute('data-cat')===c;b.hidden=!ok;if(ok)any=true;
      });
      var key=(p.querySelector('h2').textContent+' '+p.querySelector('.src').textContent).toLowerCase();
      p.hidden=!(any&&(!t||key.indexOf(t)>=0));
      if(!p.hidden)shown++;
    });
    var seq=function(p){return +p.getAttribute('data-seq');};
    var score=function(p){return +p.getAttribute('data-score');};
    var sorted=pages.slice().sort(function(a,b){
      if(s==='score-desc')return score(b)-score(a)||seq(a)-seq(b);
      if(s==='score-asc')return score(a)-score(b)||seq(a)-seq(b);
      return seq(a)-seq(b);
    });
    sorted.forEach(function(p){list.appendChild(p);});
    document.getElementById('shown').textContent=shown;
  }
  cat.addEventListener('change',apply);sort.addEventListener('change',apply);q.addEventListener('input',apply);
  apply();
  document.body.setAttribute('data-ready','1');
})();
";
