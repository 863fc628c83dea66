//! `zhclean._zhclean`: the Rust side of the `zhclean` wheel.
//!
//! The Python package (`python/zhclean/`) wraps this module; users import
//! `zhclean`, never `_zhclean`. What lives here is what must be fast or
//! must not hold the GIL: cleaning, and turning pages into their JSON
//! contract.
//!
//! Every page crosses the boundary as JSON text made by the same serde
//! code the CLI uses, and `json.loads` turns it into dicts. That is exact
//! by construction. I measured `pythonize` against it (python/bench.py,
//! corpus pages of 8 kB, three runs): 20 to 37 us a record for
//! pythonize, 28 to 35 us for JSON, no clear winner, and about 8% of
//! cleaning such a page either way (less on real pages, which are
//! bigger). pythonize also widens the `f32` scores (a lexicon weight of
//! `2.7` comes out as `2.700000047683716`), which breaks the contract. So
//! JSON it is. The serialising happens on the worker threads with the GIL
//! released; only `json.loads` runs under it, once per batch.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use rayon::prelude::*;
use zhclean::{CleanPage, Lexicon};

pyo3::create_exception!(
    _zhclean,
    LexiconError,
    PyValueError,
    "A lexicon line that cannot be read; `.line` is its 1-based number."
);

/// The cleaner behind `zhclean.Cleaner`.
#[pyclass(frozen, subclass, module = "zhclean._zhclean", name = "_Cleaner")]
struct PyCleaner {
    inner: zhclean::Cleaner,
}

/// One page handed in from Python, borrowed where Python lets us.
enum Page<'a> {
    Bytes(&'a [u8]),
    Owned(Vec<u8>),
    Missing,
}

impl Page<'_> {
    fn bytes(&self) -> Option<&[u8]> {
        match self {
            Page::Bytes(b) => Some(b),
            Page::Owned(b) => Some(b),
            Page::Missing => None,
        }
    }
}

/// Reads one page argument. `bytes` is borrowed (no copy); `str` is
/// encoded to UTF-8, since the limited API before 3.10 cannot lend its
/// UTF-8 buffer.
fn page_arg<'a>(
    obj: &'a Bound<'_, PyAny>,
    what: &dyn Fn() -> String,
    allow_none: bool,
) -> PyResult<Page<'a>> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Page::Bytes(b.as_bytes()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Page::Owned(str_lossy(s).into_bytes()));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Page::Owned(b.to_vec()));
    }
    if allow_none && obj.is_none() {
        return Ok(Page::Missing);
    }
    let ty = obj.get_type().name()?;
    Err(PyTypeError::new_err(format!(
        "{} must be bytes or str (the page's HTML), not {ty}",
        what()
    )))
}

/// A str as UTF-8. A str with lone surrogates (what `surrogateescape`
/// decoding leaves) cannot be encoded; rather than fail a whole batch for
/// it, the surrogates become U+FFFD, as undecodable bytes do.
fn str_lossy(s: &Bound<'_, PyString>) -> String {
    match s.to_cow() {
        Ok(c) => c.into_owned(),
        Err(_) => s.to_string_lossy().into_owned(),
    }
}

/// Cleans one page without letting a panic cross into Python: a page
/// that panics the library gets an error record, like an unreadable file
/// does in the CLI, and the batch goes on.
fn clean_one(cleaner: &zhclean::Cleaner, page: &Page<'_>) -> Record {
    let Some(bytes) = page.bytes() else {
        return error_page("no page: the input was None (null)");
    };
    // As in the CLI: no bytes is no page, not an empty article.
    if bytes.is_empty() {
        return error_page("empty: no bytes to clean");
    }
    match catch_unwind(AssertUnwindSafe(|| cleaner.clean(bytes))) {
        Ok(page) => Record { source: None, page, error: None },
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            error_page(&format!("internal error in zhclean: {msg}"))
        }
    }
}

/// One record as the wheel hands it out: the library's page with the
/// caller's `source` before it and an `error` after it, the keys the CLI
/// writes too (the library knows neither: it never reads a file).
#[derive(serde::Serialize)]
struct Record {
    source: Option<String>,
    #[serde(flatten)]
    page: CleanPage,
    error: Option<String>,
}

fn error_page(msg: &str) -> Record {
    Record {
        source: None,
        page: CleanPage::default(),
        error: Some(msg.to_string()),
    }
}

/// Serialising a `CleanPage` cannot fail (string keys, finite floats),
/// but if it ever did the record must still be there, so it becomes an
/// error record rather than a gap in the batch.
fn to_json(page: &Record, out: &mut Vec<u8>) {
    let start = out.len();
    if let Err(e) = serde_json::to_writer(&mut *out, page) {
        out.truncate(start);
        let page = error_page(&format!("cannot serialise the page: {e}"));
        serde_json::to_writer(&mut *out, &page)
            .expect("an error record always serialises");
    }
}

/// The thread pools handed out by `threads=N`, one per N, built once:
/// building a pool per call would cost more than a small batch.
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Option<HashMap<usize, Arc<rayon::ThreadPool>>>> =
        Mutex::new(None);
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    let pools = pools.get_or_insert_with(HashMap::new);
    if let Some(p) = pools.get(&threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("zhclean-{i}"))
        .build()
        .map_err(|e| {
            PyValueError::new_err(format!(
                "cannot start {threads} threads: {e}"
            ))
        })?;
    let p = Arc::new(p);
    pools.insert(threads, p.clone());
    Ok(p)
}

/// Cleans `pages` and writes them as one JSON array (`lines = false`) or
/// as JSON lines (`lines = true`), in input order. Runs without the GIL.
fn clean_many(
    cleaner: &zhclean::Cleaner,
    pages: &[Page<'_>],
    sources: Option<&[Option<String>]>,
    threads: Option<usize>,
    lines: bool,
) -> PyResult<Vec<u8>> {
    let one = |i: usize| {
        let mut page = clean_one(cleaner, &pages[i]);
        if let Some(s) = sources.and_then(|s| s[i].clone()) {
            page.source = Some(s);
        }
        let mut out = Vec::with_capacity(4096);
        to_json(&page, &mut out);
        out
    };
    let parts: Vec<Vec<u8>> = match threads {
        // One thread: stay on the caller's thread. In Spark or Ray each
        // worker process already has its core, and a pool would only
        // add hand-offs.
        Some(1) => (0..pages.len()).map(one).collect(),
        Some(n) => pool(n)?
            .install(|| (0..pages.len()).into_par_iter().map(one).collect()),
        None => (0..pages.len()).into_par_iter().map(one).collect(),
    };
    let mut out = Vec::with_capacity(
        parts.iter().map(|p| p.len() + 1).sum::<usize>() + 2,
    );
    if !lines {
        out.push(b'[');
    }
    for (i, p) in parts.iter().enumerate() {
        if !lines && i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(p);
        if lines {
            out.push(b'\n');
        }
    }
    if !lines {
        out.push(b']');
    }
    Ok(out)
}

fn check_threads(threads: Option<usize>) -> PyResult<Option<usize>> {
    match threads {
        Some(0) => Err(PyValueError::new_err(
            "threads must be at least 1 (or None for all cores)",
        )),
        t => Ok(t),
    }
}

fn sources_arg(
    sources: Option<&Bound<'_, PyAny>>,
    n: usize,
) -> PyResult<Option<Vec<Option<String>>>> {
    let Some(sources) = sources.filter(|s| !s.is_none()) else {
        return Ok(None);
    };
    let v: Vec<Option<String>> = sources.extract().map_err(|_| {
        PyTypeError::new_err("sources must be a list of str or None")
    })?;
    if v.len() != n {
        return Err(PyValueError::new_err(format!(
            "sources has {} items but there are {n} pages",
            v.len()
        )));
    }
    Ok(Some(v))
}

fn json_loads<'py>(
    py: Python<'py>,
    json: &[u8],
) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.import(py, "json", "loads")?;
    loads.call1((PyBytes::new(py, json),))
}

#[pymethods]
impl PyCleaner {
    /// threshold: the spam threshold (None: the default, 5.0).
    /// lexicon: extra `term<TAB>category<TAB>weight` lines added to the
    /// embedded lexicon (the Python wrapper reads files into this text).
    /// max_input_bytes, max_depth, max_tag_bytes, max_blocks: the
    /// builder's limits (None: its defaults), whole numbers >= 0.
    #[new]
    #[pyo3(signature = (
        threshold=None, lexicon=None, *, max_input_bytes=None,
        max_depth=None, max_tag_bytes=None, max_blocks=None
    ))]
    fn new(
        threshold: Option<&Bound<'_, PyAny>>,
        lexicon: Option<&str>,
        max_input_bytes: Option<&Bound<'_, PyAny>>,
        max_depth: Option<&Bound<'_, PyAny>>,
        max_tag_bytes: Option<&Bound<'_, PyAny>>,
        max_blocks: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyCleaner> {
        let threshold = match threshold.filter(|t| !t.is_none()) {
            None => None,
            Some(t) => {
                // bool is an int in Python; a threshold of True is a bug.
                if t.is_instance_of::<pyo3::types::PyBool>() {
                    return Err(PyTypeError::new_err(
                        "threshold must be a number, not bool",
                    ));
                }
                let v: f64 = t.extract().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "threshold must be a number, not {}",
                        t.get_type()
                            .name()
                            .map(|n| n.to_string())
                            .unwrap_or_default()
                    ))
                })?;
                if !v.is_finite() || v <= 0.0 || v > f64::from(f32::MAX) {
                    return Err(PyValueError::new_err(format!(
                        "threshold must be a finite number greater than 0, \
                         not {v}"
                    )));
                }
                Some(v as f32)
            }
        };
        let mut builder = zhclean::Cleaner::builder();
        if let Some(t) = threshold {
            builder.threshold(t);
        }
        if let Some(text) = lexicon {
            let extra = Lexicon::from_reader(text.as_bytes())
                .map_err(lexicon_error)?;
            let mut lex = Lexicon::embedded();
            lex.extend(extra);
            builder.lexicon(lex);
        }
        type Setter = fn(&mut zhclean::CleanerBuilder, usize);
        let limits: [(&str, _, Setter); 4] = [
            ("max_input_bytes", max_input_bytes, |b, n| {
                b.max_input_bytes(n);
            }),
            ("max_depth", max_depth, |b, n| {
                b.max_depth(n);
            }),
            ("max_tag_bytes", max_tag_bytes, |b, n| {
                b.max_tag_bytes(n);
            }),
            ("max_blocks", max_blocks, |b, n| {
                b.max_blocks(n);
            }),
        ];
        for (name, arg, set) in limits {
            if let Some(n) = limit_arg(name, arg)? {
                set(&mut builder, n);
            }
        }
        let inner = builder
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(PyCleaner { inner })
    }

    /// The spam threshold in use.
    #[getter]
    fn threshold(&self) -> f64 {
        // Through its shortest decimal form, so 4.2 reads back as 4.2.
        shortest_f64(self.inner.threshold())
    }

    /// Cleans one page; returns its JSON record as a dict.
    #[pyo3(signature = (html, source=None))]
    fn clean<'py>(
        &self,
        py: Python<'py>,
        html: &Bound<'py, PyAny>,
        source: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let json = self.clean_json(py, html, source)?;
        json_loads(py, json.as_bytes())
    }

    /// Cleans one page; returns its JSON record as a str (one line).
    #[pyo3(signature = (html, source=None))]
    fn clean_json(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        source: Option<String>,
    ) -> PyResult<String> {
        let page = page_arg(html, &|| "html".to_string(), false)?;
        let cleaner = &self.inner;
        let out = py.detach(|| {
            let mut page = clean_one(cleaner, &page);
            page.source = source;
            let mut out = Vec::new();
            to_json(&page, &mut out);
            out
        });
        Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
    }

    /// Cleans many pages on `threads` threads (None: all cores) with the
    /// GIL released; returns their records as dicts, in input order.
    #[pyo3(signature = (pages, threads=None, sources=None))]
    fn clean_batch<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<usize>,
        sources: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let json = self.batch_bytes(py, pages, threads, sources, false)?;
        json_loads(py, &json)
    }

    /// Like `clean_batch`, but returns the records as JSON lines (bytes,
    /// one record and one `\n` per page).
    #[pyo3(signature = (pages, threads=None, sources=None))]
    fn clean_batch_jsonl<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<usize>,
        sources: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let json = self.batch_bytes(py, pages, threads, sources, true)?;
        Ok(PyBytes::new(py, &json))
    }

    /// Cleans the pages of an Arrow binary or string column given as its
    /// raw buffers (what `pyarrow.Array.buffers()` returns, as bytes);
    /// returns the records as JSON lines. The Python wrapper
    /// `Cleaner.clean_arrow` is the public face of this.
    #[pyo3(signature = (data, offsets, large, offset, length, validity=None, threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn _clean_arrow_buffers<'py>(
        &self,
        py: Python<'py>,
        data: &[u8],
        offsets: &[u8],
        large: bool,
        offset: usize,
        length: usize,
        validity: Option<&[u8]>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let threads = check_threads(threads)?;
        let pages =
            arrow_pages(data, offsets, large, offset, length, validity)?;
        let cleaner = &self.inner;
        let json =
            py.detach(|| clean_many(cleaner, &pages, None, threads, true))?;
        Ok(PyBytes::new(py, &json))
    }

    /// Cleans the pages `repeat` times on the calling thread and returns
    /// the seconds it took, making no record: the cost of cleaning alone,
    /// which python/bench.py subtracts to find the boundary's overhead.
    fn _bench_clean_only(
        &self,
        py: Python<'_>,
        pages: Vec<Vec<u8>>,
        repeat: usize,
    ) -> f64 {
        let cleaner = &self.inner;
        py.detach(|| {
            let t = std::time::Instant::now();
            for _ in 0..repeat {
                for p in &pages {
                    std::hint::black_box(cleaner.clean(p));
                }
            }
            t.elapsed().as_secs_f64()
        })
    }

    /// `clean_batch` through pythonize instead of JSON, for the
    /// benchmark only (its scores are widened f32, not the contract).
    #[cfg(feature = "pythonize")]
    #[pyo3(signature = (pages, threads=None))]
    fn _clean_batch_pythonize<'py>(
        &self,
        py: Python<'py>,
        pages: Vec<Vec<u8>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let batch: Vec<Page<'_>> =
            pages.into_iter().map(Page::Owned).collect();
        let cleaner = &self.inner;
        let run = || -> Vec<Record> {
            match threads {
                Some(1) => {
                    batch.iter().map(|p| clean_one(cleaner, p)).collect()
                }
                _ => batch.par_iter().map(|p| clean_one(cleaner, p)).collect(),
            }
        };
        let cleaned = py.detach(run);
        cleaned
            .iter()
            .map(|p| {
                pythonize::pythonize(py, p)
                    .map_err(|e| PyValueError::new_err(e.to_string()))
            })
            .collect()
    }

    /// Scores one text (a headline, a list item, a paragraph); returns
    /// `{"spam": bool, "score": float, "reasons": [...]}`.
    fn score_text<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let Ok(s) = text.cast::<PyString>() else {
            let ty = text.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "text must be str, not {ty}"
            )));
        };
        let text = str_lossy(s);
        let cleaner = &self.inner;
        let json = py.detach(|| {
            catch_unwind(AssertUnwindSafe(|| {
                serde_json::to_vec(&cleaner.score_text(&text))
            }))
        });
        match json {
            Ok(Ok(json)) => json_loads(py, &json),
            Ok(Err(e)) => Err(PyValueError::new_err(format!(
                "cannot serialise the verdict: {e}"
            ))),
            Err(_) => Err(pyo3::exceptions::PyRuntimeError::new_err(
                "internal error in zhclean while scoring this text",
            )),
        }
    }
}

impl PyCleaner {
    fn batch_bytes(
        &self,
        py: Python<'_>,
        pages: &Bound<'_, PyAny>,
        threads: Option<usize>,
        sources: Option<&Bound<'_, PyAny>>,
        lines: bool,
    ) -> PyResult<Vec<u8>> {
        let threads = check_threads(threads)?;
        if pages.is_instance_of::<PyBytes>()
            || pages.is_instance_of::<PyString>()
        {
            return Err(PyTypeError::new_err(
                "pages must be a list of pages, not one page \
                 (use clean() for a single page)",
            ));
        }
        let items: Vec<Bound<'_, PyAny>> = pages
            .try_iter()
            .map_err(|_| {
                PyTypeError::new_err(
                    "pages must be a list (or other iterable) of bytes or str",
                )
            })?
            .collect::<PyResult<_>>()?;
        let mut batch = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            batch.push(page_arg(item, &|| format!("pages[{i}]"), true)?);
        }
        let sources = sources_arg(sources, batch.len())?;
        let cleaner = &self.inner;
        py.detach(|| {
            clean_many(cleaner, &batch, sources.as_deref(), threads, lines)
        })
    }
}

/// The pages of an Arrow `binary`/`utf8` (`large = false`, i32 offsets) or
/// `large_binary`/`large_utf8` (i64 offsets) array, from its buffers,
/// checked so that a bad buffer is an exception, not a crash.
fn arrow_pages<'a>(
    data: &'a [u8],
    offsets: &[u8],
    large: bool,
    offset: usize,
    length: usize,
    validity: Option<&[u8]>,
) -> PyResult<Vec<Page<'a>>> {
    let width = if large { 8 } else { 4 };
    let needed = (offset + length + 1) * width;
    if offsets.len() < needed {
        return Err(PyValueError::new_err(format!(
            "arrow offsets buffer has {} bytes, {needed} needed",
            offsets.len()
        )));
    }
    if let Some(v) = validity {
        if v.len() * 8 < offset + length {
            return Err(PyValueError::new_err(
                "arrow validity buffer is too short",
            ));
        }
    }
    let at = |i: usize| -> i64 {
        let b = &offsets[i * width..(i + 1) * width];
        if large {
            i64::from_le_bytes(b.try_into().expect("8 bytes"))
        } else {
            i64::from(i32::from_le_bytes(b.try_into().expect("4 bytes")))
        }
    };
    let mut pages = Vec::with_capacity(length);
    for i in offset..offset + length {
        let valid = validity.is_none_or(|v| v[i / 8] & (1 << (i % 8)) != 0);
        if !valid {
            pages.push(Page::Missing);
            continue;
        }
        let (s, e) = (at(i), at(i + 1));
        let ok = 0 <= s && s <= e && (e as u64) <= data.len() as u64;
        if !ok {
            return Err(PyValueError::new_err(format!(
                "arrow offsets out of range at row {}",
                i - offset
            )));
        }
        pages.push(Page::Bytes(&data[s as usize..e as usize]));
    }
    Ok(pages)
}

/// A limit argument: None, or a whole number >= 0 (not a bool, which is
/// an int in Python but a bug here).
fn limit_arg(
    name: &str,
    arg: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<usize>> {
    let Some(v) = arg.filter(|v| !v.is_none()) else { return Ok(None) };
    let type_name =
        || v.get_type().name().map(|n| n.to_string()).unwrap_or_default();
    if v.is_instance_of::<pyo3::types::PyBool>()
        || !v.is_instance_of::<pyo3::types::PyInt>()
    {
        return Err(PyTypeError::new_err(format!(
            "{name} must be an int, not {}",
            type_name()
        )));
    }
    let n: i128 = v.extract()?;
    usize::try_from(n).map(Some).map_err(|_| {
        PyValueError::new_err(format!(
            "{name} must be a whole number >= 0, not {n}"
        ))
    })
}

fn lexicon_error(e: zhclean::Error) -> PyErr {
    let line = e.line();
    let err = LexiconError::new_err(e.to_string());
    Python::attach(|py| {
        // Best effort: the attribute only adds to the message.
        let _ = err.value(py).setattr("line", line);
    });
    err
}

fn shortest_f64(v: f32) -> f64 {
    v.to_string().parse().unwrap_or(f64::from(v))
}

/// The extension module `zhclean._zhclean`.
#[pymodule]
fn _zhclean(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCleaner>()?;
    m.add("LexiconError", m.py().get_type::<LexiconError>())?;
    m.add("DEFAULT_THRESHOLD", shortest_f64(zhclean::DEFAULT_THRESHOLD))?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
