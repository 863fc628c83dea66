//! WARC files: the HTML pages among their `response` (and `resource`)
//! records, HTTP headers stripped, chunked and gzip bodies decoded. Record
//! framing is the `warc` crate's; a record that does not parse ends the
//! file with an error record, since after a bad record (or in a truncated
//! gzip, which fails on every read) nothing can be trusted.

use std::io::{BufRead, Read};

use flate2::read::{DeflateDecoder, ZlibDecoder};
use warc::{WarcHeader, WarcReader};

use crate::inputs::{gunzip, gzip_message, Job, MAX_PAGE};

/// Reads records until the end, the first bad record or `emit` saying
/// stop.
pub fn read(
    mut reader: impl BufRead,
    name: &str,
    emit: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let mut n = 0;
    loop {
        match at_record(&mut reader) {
            Ok(true) => n += 1,
            Ok(false) => return true,
            Err(e) => {
                let error = stopped(n + 1, &e);
                return emit(Job::Failed { source: name.into(), error });
            }
        }
        // One fresh iterator per record over the same reader: the crate's
        // iterator would swallow a record cut off inside its header, and
        // this way we see that bytes were left (see `at_record`).
        let next = WarcReader::new(&mut reader).iter_raw_records().next();
        let (head, body) = match next {
            Some(Ok(record)) => record,
            Some(Err(e)) => {
                let error = stopped(n, &describe(e));
                return emit(Job::Failed { source: name.into(), error });
            }
            None => {
                let error = stopped(n, "the file ends inside its header");
                return emit(Job::Failed { source: name.into(), error });
            }
        };
        let Some(page) = page_of(&head.headers, body) else { continue };
        let source = match head.headers.get(&WarcHeader::TargetURI) {
            Some(uri) if !uri.is_empty() => {
                String::from_utf8_lossy(uri).into_owned()
            }
            _ => format!("{name}#{n}"),
        };
        let job = match page {
            Ok(bytes) => Job::Page { source, bytes },
            Err(error) => Job::Failed { source, error },
        };
        if !emit(job) {
            return false;
        }
    }
}

fn stopped(n: usize, why: &str) -> String {
    format!(
        "truncated or corrupt WARC at record {n}: {why}; reading stopped \
         ({} records before it were read)",
        n.saturating_sub(1)
    )
}

/// Skips blank lines between records and tells whether a record follows;
/// anything that does not start like one is an error, not a silent end.
fn at_record(reader: &mut impl BufRead) -> Result<bool, String> {
    loop {
        let buf = reader.fill_buf().map_err(|e| gzip_message(&e))?;
        if buf.is_empty() {
            return Ok(false);
        }
        let blank =
            buf.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
        if blank == buf.len() {
            reader.consume(blank);
            continue;
        }
        let rest = &buf[blank..];
        let head = &rest[..rest.len().min(5)];
        let ok = b"WARC/".starts_with(head);
        reader.consume(blank);
        return if ok {
            Ok(true)
        } else {
            Err("no WARC/ version line where a record should start".into())
        };
    }
}

fn describe(e: warc::Error) -> String {
    match e {
        warc::Error::ReadData(io) => gzip_message(&io),
        warc::Error::UnexpectedEOB => {
            "the file ends inside the record body".into()
        }
        warc::Error::ReadOverflow => {
            "the body does not end where its Content-Length says".into()
        }
        warc::Error::ParseHeaders(_) => "malformed record header".into(),
        other => other.to_string(),
    }
}

type Headers = std::collections::HashMap<WarcHeader, Vec<u8>>;

fn header(h: &Headers, name: WarcHeader) -> String {
    h.get(&name)
        .map(|v| String::from_utf8_lossy(v).trim().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_html(content_type: &str) -> bool {
    let t = content_type.split(';').next().unwrap_or("").trim();
    t.is_empty() || t == "text/html" || t == "application/xhtml+xml"
}

/// The HTML of a record, an error, or `None` when the record holds no page
/// (requests, metadata, images, ...).
fn page_of(h: &Headers, block: Vec<u8>) -> Option<Result<Vec<u8>, String>> {
    let warc_type = header(h, WarcHeader::WarcType);
    let content_type = header(h, WarcHeader::ContentType);
    match warc_type.as_str() {
        "response" if content_type.starts_with("application/http") => {
            http_page(&block)
        }
        "response" | "resource"
            if content_type.starts_with("text/html")
                || content_type.starts_with("application/xhtml+xml") =>
        {
            Some(Ok(block))
        }
        _ => None,
    }
}

/// Splits an HTTP response into its headers and payload and decodes the
/// payload; `None` when it is not HTML.
fn http_page(block: &[u8]) -> Option<Result<Vec<u8>, String>> {
    let (head, payload) = match find(block, b"\r\n\r\n") {
        Some(i) => (&block[..i], &block[i + 4..]),
        None => match find(block, b"\n\n") {
            Some(i) => (&block[..i], &block[i + 2..]),
            None => {
                return Some(Err(
                    "HTTP response without the end of its headers".into(),
                ))
            }
        },
    };
    let head = String::from_utf8_lossy(head);
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in head.lines().skip(1) {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = v.trim().to_ascii_lowercase();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => encoding = v,
            _ => {}
        }
    }
    if !is_html(&content_type) {
        return None;
    }
    // Some crawlers store the body as it came over the wire; when it does
    // not parse as chunks, it was stored decoded.
    let payload = if chunked {
        dechunk(payload).unwrap_or_else(|| payload.to_vec())
    } else {
        payload.to_vec()
    };
    Some(match encoding.as_str() {
        "" | "identity" | "none" => Ok(payload),
        "gzip" | "x-gzip" => gunzip(&payload),
        "deflate" => inflate(&payload),
        other => Err(format!("unsupported HTTP Content-Encoding: {other}")),
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `deflate` is zlib-wrapped by the standard and raw by some servers.
fn inflate(payload: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if ZlibDecoder::new(payload).take(MAX_PAGE).read_to_end(&mut out).is_ok() {
        return Ok(out);
    }
    out.clear();
    DeflateDecoder::new(payload)
        .take(MAX_PAGE)
        .read_to_end(&mut out)
        .map(|_| out)
        .map_err(|e| format!("corrupt deflate body ({e})"))
}

/// Decodes `Transfer-Encoding: chunked`; `None` when it does not parse.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = find(data, b"\r\n")?;
        let size = std::str::from_utf8(&data[..eol]).ok()?;
        let size = size.split(';').next()?.trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}
