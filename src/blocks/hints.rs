//! Class/id hints: what an element's tag, class and id suggest about its
//! region, and whether it is hidden.

/// Class/id hints, one bit per kind of region.
pub(crate) mod hint {
    pub const NAV: u32 = 1;
    pub const FOOTER: u32 = 1 << 1;
    pub const SHARE: u32 = 1 << 2;
    pub const RELATED: u32 = 1 << 3;
    pub const COMMENT: u32 = 1 << 4;
    pub const AD: u32 = 1 << 5;
    pub const SIDEBAR: u32 = 1 << 6;
    pub const CONTENT: u32 = 1 << 7;
    pub const EDITOR: u32 = 1 << 8;
    pub const STATEMENT: u32 = 1 << 9;
    pub const META: u32 = 1 << 10;
    pub const TITLE: u32 = 1 << 11;
    pub const BREADCRUMB: u32 = 1 << 12;
    pub const COPYRIGHT: u32 = 1 << 13;
    /// Names the source (`class="source"`, `media-name`).
    pub const SOURCE: u32 = 1 << 14;
    /// Names the author.
    pub const AUTHOR: u32 = 1 << 15;
    /// Byline hints.
    pub const LABEL: u32 = META | SOURCE | AUTHOR;
    /// Regions that are never article text.
    pub const BOILER: u32 = NAV
        | FOOTER
        | SHARE
        | RELATED
        | COMMENT
        | AD
        | SIDEBAR
        | EDITOR
        | STATEMENT
        | BREADCRUMB
        | COPYRIGHT;
}

/// Hidden by its `hidden` attribute (`hidden_attr`), a hiding class or
/// its inline `style`. Hidden text is a classic place for injected links,
/// so it is kept, marked, and never counted as body.
pub(super) fn is_hidden(
    el: &scraper::node::Element,
    hidden_attr: bool,
    style: Option<&str>,
) -> bool {
    if hidden_attr {
        return true;
    }
    if el.classes().any(|c| {
        c.eq_ignore_ascii_case("hidden")
            || c.eq_ignore_ascii_case("hide")
            || c.eq_ignore_ascii_case("d-none")
    }) {
        return true;
    }
    style.is_some_and(style_hides)
}

/// Whether an inline style hides its element: `display:none`,
/// `visibility:hidden`, pushed off screen by -999px or more, or zero size
/// with overflow hidden.
fn style_hides(style: &str) -> bool {
    // Every hiding form has one of these; most styles have none.
    let lower = style.to_ascii_lowercase();
    if !["none", "hidden", ":-", ": -", "font-size"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    let s: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if s.contains("display:none") || s.contains("visibility:hidden") {
        return true;
    }
    // Pushed off screen: left/top/text-indent of -999px or more.
    for prop in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
        if let Some(pos) = s.find(prop) {
            let digits = s[pos + prop.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits >= 3 {
                return true;
            }
        }
    }
    (s.contains("height:0") || s.contains("width:0"))
        && s.contains("overflow:hidden")
        || s.contains("font-size:0px")
        || s.ends_with("font-size:0")
        || s.contains("font-size:0;")
}

/// Hint bits from the element's tag, class and id.
///
/// English words match as prefixes of tokens (`relatedNews`); pinyin
/// abbreviations such as `xgxw` (相关新闻) match whole tokens only, since
/// short letter runs occur inside unrelated words.
pub(super) fn hints_of(el: &scraper::node::Element) -> u32 {
    let mut h = match el.name() {
        "nav" => hint::NAV,
        "footer" => hint::FOOTER,
        "aside" => hint::SIDEBAR,
        "article" => hint::CONTENT,
        "h1" => hint::TITLE,
        _ => 0,
    };
    for name in el.classes().chain(el.id()) {
        // `media` names a source in `media-name`, not in WeChat's
        // `rich_media_content` and `rich_media_title`.
        let words = name.split(|c: char| !c.is_ascii_alphanumeric());
        let long = words.filter(|w| !w.is_empty()).count() > 2;
        tokens(name, |t| {
            if !(long && t == "media") {
                h |= token_hint(t);
            }
        });
    }
    h
}

/// Calls `f` with the lower-case tokens of class/id text: split on
/// non-alphanumerics, at camelCase humps and at letter/digit changes, and
/// each unsplit word too (`relatedNews` gives `relatednews`, `related`,
/// `news`). Tokens are lowered into a stack buffer: this runs for every
/// element with a class, so it must not allocate.
fn tokens(s: &str, mut f: impl FnMut(&str)) {
    let mut buf = [0u8; 32];
    let mut emit = |w: &[u8], f: &mut dyn FnMut(&str)| {
        if w.is_empty() || w.len() > buf.len() {
            return;
        }
        for (d, c) in buf.iter_mut().zip(w) {
            *d = c.to_ascii_lowercase();
        }
        if let Ok(t) = std::str::from_utf8(&buf[..w.len()]) {
            f(t);
        }
    };
    for word in s.as_bytes().split(|c| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let mut start = 0;
        let mut parts = 0;
        for k in 1..word.len() {
            let (p, c) = (word[k - 1], word[k]);
            let split = (p.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (p.is_ascii_digit() != c.is_ascii_digit());
            if split {
                emit(&word[start..k], &mut f);
                start = k;
                parts += 1;
            }
        }
        if parts > 0 {
            emit(&word[start..], &mut f);
        }
        emit(word, &mut f);
    }
}

/// The region names of the hint bits, as `src/data/classes.tsv` writes
/// them.
pub(crate) const NAMES: &[(&str, u32)] = &[
    ("nav", hint::NAV),
    ("footer", hint::FOOTER),
    ("share", hint::SHARE),
    ("related", hint::RELATED),
    ("comment", hint::COMMENT),
    ("ad", hint::AD),
    ("sidebar", hint::SIDEBAR),
    ("content", hint::CONTENT),
    ("editor", hint::EDITOR),
    ("statement", hint::STATEMENT),
    ("meta", hint::META),
    ("title", hint::TITLE),
    ("breadcrumb", hint::BREADCRUMB),
    ("copyright", hint::COPYRIGHT),
    ("source", hint::SOURCE),
    ("author", hint::AUTHOR),
];

/// The class/id words (`src/data/classes.tsv`).
const CLASSES: &str = include_str!("../data/classes.tsv");

/// The class table format this crate reads.
const CLASSES_VERSION: u32 = 1;

/// (word, hint bits, whether it matches as a prefix)
type Word = (String, u32, bool);

/// Reads the class table: the words by first letter, so that a token is
/// checked against only the few that could match it.
fn read_classes(text: &str) -> Result<Vec<Vec<Word>>, String> {
    let mut by_letter = vec![Vec::new(); 26];
    let mut version = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = |what: &str| format!("classes.tsv line {}: {what}", n + 1);
        if f[0] == "version" {
            if f.get(1).and_then(|v| v.parse().ok()) != Some(CLASSES_VERSION) {
                return Err(bad("unknown version"));
            }
            version = Some(());
            continue;
        }
        if version.is_none() {
            return Err(bad("words before the version line"));
        }
        let [word, how, region] = f[..] else {
            return Err(bad("not word<TAB>match<TAB>region"));
        };
        let first = word.as_bytes().first().copied().unwrap_or(0);
        if !first.is_ascii_lowercase()
            || !word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return Err(bad("a word is lower-case ASCII from a letter on"));
        }
        let prefix = match how {
            "prefix" => true,
            "exact" => false,
            _ => return Err(bad("match is prefix or exact")),
        };
        let Some(&(_, bit)) = NAMES.iter().find(|(name, _)| *name == region)
        else {
            return Err(bad("unknown region"));
        };
        by_letter[usize::from(first - b'a')].push((
            word.to_string(),
            bit,
            prefix,
        ));
    }
    version.ok_or_else(|| "classes.tsv: no version line".to_string())?;
    Ok(by_letter)
}

fn token_hint(t: &str) -> u32 {
    static BY_LETTER: std::sync::LazyLock<Vec<Vec<Word>>> =
        std::sync::LazyLock::new(|| {
            read_classes(CLASSES).expect("the class table is tested to parse")
        });
    let Some(&first) = t.as_bytes().first() else { return 0 };
    if !first.is_ascii_lowercase() {
        return 0;
    }
    let mut h = 0;
    for (w, bit, prefix) in &BY_LETTER[usize::from(first - b'a')] {
        if (*prefix && t.starts_with(w.as_str())) || t == w {
            h |= bit;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_table_parses() {
        let t = read_classes(CLASSES).unwrap();
        assert!(t.iter().map(Vec::len).sum::<usize>() > 100);
        assert_eq!(token_hint("relatednews"), hint::RELATED);
        assert_eq!(token_hint("xgxw"), hint::RELATED);
        assert_eq!(token_hint("xgxwa"), 0, "pinyin initials match whole");
        assert!(read_classes("nav\texact\tnav\n").is_err());
        assert!(read_classes("version\t1\nnav\tsome\tnav\n").is_err());
        assert!(read_classes("version\t1\nnav\texact\tfoo\n").is_err());
        assert!(read_classes("version\t2\n").is_err());
    }

    /// The names of our own corpus templates are not in the table: the
    /// corpus must pass on structure and text (issue 12).
    #[test]
    fn no_template_names() {
        for name in ["wzbt", "wzxx", "wznr", "xgwz", "rmzx", "tjyd", "xgnr"] {
            assert_eq!(token_hint(name), 0, "{name}");
        }
    }
}
