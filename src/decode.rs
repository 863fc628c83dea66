//! Stage 1: page bytes to UTF-8 text. Never fails.
//!
//! Order of evidence: a byte-order mark, then a `<meta charset>` or
//! `http-equiv` declaration in the first bytes, then (only when nothing is
//! declared) detection with chardetng on the head of the page. A declaration
//! that the bytes contradict is overruled: many Chinese pages say `gb2312`
//! and are really UTF-8.

use encoding_rs::{Encoding, GB18030, GBK, UTF_8};

/// How far into the page the `<meta>` prescan looks. The HTML standard
/// says 1024 bytes; real Chinese portals put kilobytes of scripts first.
const PRESCAN: usize = 4096;
/// How much of the page chardetng sees when nothing is declared. It costs
/// more than parsing, so only the head.
const DETECT_HEAD: usize = 32 * 1024;

/// Where the encoding of a page came from.
///
/// # Examples
///
/// ```
/// use zhclean::stages::{decode, EncodingSource};
/// let page = decode(b"<meta charset=utf-8><p>\xe4\xbd\xa0\xe5\xa5\xbd</p>");
/// assert_eq!(page.source, EncodingSource::Declared);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// A `<meta>` declaration the bytes agree with.
    Declared,
    /// A `<meta>` declaration the bytes contradicted; another was used.
    Overruled,
    /// Nothing declared: the bytes were valid UTF-8 or chardetng guessed.
    Detected,
}

/// A decoded page.
///
/// # Examples
///
/// ```
/// let gbk = b"<meta charset=gbk><p>\xc4\xe3\xba\xc3</p>";
/// let page = zhclean::stages::decode(gbk);
/// assert_eq!(page.encoding, "gb18030");
/// assert!(page.text.contains("你好"));
/// assert!(!page.had_errors);
/// ```
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The page as UTF-8. Undecodable bytes are U+FFFD.
    pub text: String,
    /// The WHATWG name of the encoding used, lower case (`utf-8`,
    /// `gb18030`, `big5`, ...). GBK and GB2312 are decoded as GB18030, its
    /// superset, and reported so.
    pub encoding: &'static str,
    /// Where the encoding came from.
    pub source: EncodingSource,
    /// Whether any bytes were replaced by U+FFFD.
    pub had_errors: bool,
}

/// Decodes page bytes to UTF-8, never failing.
///
/// # Examples
///
/// ```
/// // Declared gb2312, really UTF-8: the declaration is overruled.
/// let bytes = "<meta charset=gb2312><p>新闻</p>".as_bytes();
/// let page = zhclean::stages::decode(bytes);
/// assert_eq!(page.encoding, "utf-8");
/// assert!(page.text.contains("新闻"));
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(enc, &bytes[bom_len..], EncodingSource::Bom);
    }
    let declared = prescan(&bytes[..bytes.len().min(PRESCAN)]).map(widen);
    match declared {
        Some(enc) if enc == UTF_8 => {
            // Stray bytes in a UTF-8 page are common; a page that is
            // mostly invalid UTF-8 was mislabelled.
            if mostly_invalid_utf8(bytes) {
                let guess = detect(bytes);
                if guess != UTF_8 {
                    return finish(guess, bytes, EncodingSource::Overruled);
                }
            }
            finish(UTF_8, bytes, EncodingSource::Declared)
        }
        Some(enc) => {
            // A legacy charset declared over bytes that are valid UTF-8
            // with real multi-byte sequences: legacy CJK text is almost
            // never valid UTF-8 by chance, so trust the bytes.
            if enc.is_ascii_compatible() && is_utf8_with_non_ascii(bytes) {
                return finish(UTF_8, bytes, EncodingSource::Overruled);
            }
            finish(enc, bytes, EncodingSource::Declared)
        }
        None => {
            if std::str::from_utf8(bytes).is_ok() {
                return finish(UTF_8, bytes, EncodingSource::Detected);
            }
            finish(widen(detect(bytes)), bytes, EncodingSource::Detected)
        }
    }
}

fn finish(
    enc: &'static Encoding,
    bytes: &[u8],
    source: EncodingSource,
) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    // encoding_rs's GBK decoder is the GB18030 decoder; say so.
    let encoding = if enc == GBK || enc == GB18030 {
        "gb18030"
    } else {
        static_lower(enc.name())
    };
    Decoded { text: text.into_owned(), encoding, source, had_errors }
}

/// encoding_rs names are mixed case (`Big5`, `UTF-8`); report lower case.
fn static_lower(name: &'static str) -> &'static str {
    match name {
        "UTF-8" => "utf-8",
        "Big5" => "big5",
        "EUC-JP" => "euc-jp",
        "Shift_JIS" => "shift_jis",
        "EUC-KR" => "euc-kr",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1252" => "windows-1252",
        "ISO-8859-2" => "iso-8859-2",
        "KOI8-R" => "koi8-r",
        other => other,
    }
}

/// GB2312 and GBK pages routinely use characters outside those sets, and
/// GB18030 decodes a superset of both.
fn widen(enc: &'static Encoding) -> &'static Encoding {
    if enc == GBK {
        GB18030
    } else {
        enc
    }
}

fn is_utf8_with_non_ascii(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// True when more than a fifth of the non-ASCII sequences are invalid.
fn mostly_invalid_utf8(bytes: &[u8]) -> bool {
    // The common case, valid UTF-8, is settled by one fast check.
    if std::str::from_utf8(bytes).is_ok() {
        return false;
    }
    let mut rest = bytes;
    let (mut good, mut bad) = (0usize, 0usize);
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let valid = &rest[..e.valid_up_to()];
                // SAFETY-free: valid_up_to guarantees this slice is UTF-8.
                good += std::str::from_utf8(valid).map_or(0, |s| {
                    s.chars().filter(|c| !c.is_ascii()).count()
                });
                bad += 1;
                let skip =
                    e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[e.valid_up_to() + skip.max(1)..];
                if bad > 64 && bad * 4 > good {
                    return true;
                }
            }
        }
        if rest.is_empty() {
            break;
        }
    }
    bad > 0 && bad * 4 > good
}

/// chardetng on the head of the page, cut at a line break if one is near,
/// with `last = false` because the head is a prefix (a prefix cut
/// mid-character with `last = true` reads as windows-1252).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let head = &bytes[..bytes.len().min(DETECT_HEAD)];
    let mut det = chardetng::EncodingDetector::new();
    det.feed(head, head.len() == bytes.len());
    det.guess(None, true)
}

/// Finds a charset declared in `<meta charset=...>` or
/// `<meta http-equiv=Content-Type content="...; charset=...">`.
///
/// This is a byte scan, not a parse: it looks for `charset` inside `<meta`
/// tags, which is what browsers' prescan does in effect.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while let Some(pos) = find_ci(&head[i..], b"<meta") {
        let start = i + pos + 5;
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| start + p);
        let tag = &head[start..end];
        if let Some(cpos) = find_ci(tag, b"charset") {
            let mut rest = &tag[cpos + 7..];
            rest = trim_start(rest);
            if let Some(r) = rest.strip_prefix(b"=") {
                let r = trim_start(r);
                let r = r
                    .strip_prefix(b"\"")
                    .or_else(|| r.strip_prefix(b"'"))
                    .unwrap_or(r);
                let label_end = r
                    .iter()
                    .position(|&b| {
                        matches!(b, b'"' | b'\'' | b';' | b'/' | b'>')
                            || b.is_ascii_whitespace()
                    })
                    .unwrap_or(r.len());
                if let Some(enc) = Encoding::for_label(&r[..label_end]) {
                    // A page cannot really be UTF-16 if its meta tag was
                    // readable as ASCII; browsers treat that as UTF-8.
                    if enc == encoding_rs::UTF_16LE
                        || enc == encoding_rs::UTF_16BE
                    {
                        return Some(UTF_8);
                    }
                    return Some(enc);
                }
            }
        }
        i = end;
        if i >= head.len() {
            break;
        }
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        GBK.encode(s).0.into_owned()
    }

    #[test]
    fn bom_wins() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<meta charset=gbk>中文".as_bytes());
        let d = decode(&b);
        assert_eq!(d.source, EncodingSource::Bom);
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.ends_with("中文"));
    }

    #[test]
    fn http_equiv_gb2312_is_gb18030() {
        let page = gbk("<meta http-equiv=\"Content-Type\" \
             content=\"text/html; charset=GB2312\"><p>人民日报评论</p>");
        let d = decode(&page);
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.source, EncodingSource::Declared);
        assert!(d.text.contains("人民日报评论"));
    }

    #[test]
    fn declared_gbk_but_utf8_is_overruled() {
        let d = decode("<meta charset='gbk'><p>新华社北京电</p>".as_bytes());
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.source, EncodingSource::Overruled);
    }

    #[test]
    fn undeclared_gbk_is_detected() {
        let text = "<html><body><p>".to_string()
            + &"国家统计局今天发布数据，全国居民消费价格同比上涨。".repeat(20)
            + "</p></body></html>";
        let d = decode(&gbk(&text));
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.source, EncodingSource::Detected);
        assert!(d.text.contains("国家统计局"));
    }

    #[test]
    fn big5_declared() {
        let (b, _, _) =
            encoding_rs::BIG5.encode("<meta charset=big5>臺灣新聞");
        let d = decode(&b);
        assert_eq!(d.encoding, "big5");
        assert!(d.text.contains("臺灣新聞"));
    }

    #[test]
    fn declared_utf8_but_gbk_is_overruled() {
        let text = "<meta charset=utf-8><p>".to_string()
            + &"国务院常务会议研究部署进一步扩大内需的措施。".repeat(10);
        let d = decode(&gbk(&text));
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.source, EncodingSource::Overruled);
    }

    #[test]
    fn stray_bytes_in_utf8_stay_utf8() {
        let mut b = "<meta charset=utf-8><p>".as_bytes().to_vec();
        b.extend_from_slice("正常的中文段落内容".repeat(20).as_bytes());
        b.push(0xFF);
        let d = decode(&b);
        assert_eq!(d.encoding, "utf-8");
        assert!(d.had_errors);
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn empty_and_garbage() {
        assert_eq!(decode(b"").text, "");
        let junk: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let _ = decode(&junk);
    }
}
