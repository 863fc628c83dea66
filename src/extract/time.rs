//! The publication time: metadata and the dates a reader sees.

use super::ld::Ld;
use crate::blocks::Blocks;
use crate::page::Role;

re!(
    pub(super) DATE,
    r"((?:19|20)\d{2})(?:\s*[-/.年]\s*|\s+)(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?(?:[\sT]*(?:(上午|下午|晚上|中午|凌晨)\s*)?(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
);

re!(
    DATE_LABEL,
    r"发布时间|发表时间|发布日期|发表日期|发表于|发布于|时间\s*[:：]|日期\s*[:：]|更新时间|来源"
);

// `7/5/2005 9:23:57 PM`, `06/02/2022 - 13:48`: day first as most of the
// world writes it, month first when the first number cannot be a month.
re!(
    SLASH_DATE,
    r"(?:^|[^\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s*-?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?)?"
);

fn format_date(
    y: u32,
    m: u32,
    d: u32,
    time: Option<(u32, u32, u32)>,
) -> Option<String> {
    if !(1990..=2099).contains(&y)
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    // Midnight on the dot is a placeholder for "no time".
    if let Some((h, mi, s)) = time {
        if h < 24 && mi < 60 && s < 60 && (h, mi, s) != (0, 0, 0) {
            out.push_str(&format!(" {h:02}:{mi:02}:{s:02}"));
        }
    }
    Some(out)
}

/// Parses the first date in a text to `YYYY-MM-DD[ HH:MM:SS]`.
pub(super) fn parse_date(text: &str) -> Option<String> {
    let iso = parse_ymd(text);
    let us = SLASH_DATE.captures(text).and_then(|c| {
        let num =
            |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (mut d, mut m, y) = (num(1)?, num(2)?, num(3)?);
        if m > 12 {
            std::mem::swap(&mut m, &mut d);
        }
        let time = match (num(4), num(5)) {
            (Some(mut h), Some(mi)) => {
                match c.get(7).map(|x| x.as_str().to_ascii_lowercase()) {
                    Some(p) if p == "p" && h < 12 => h += 12,
                    Some(p) if p == "a" && h == 12 => h = 0,
                    _ => {}
                }
                Some((h, mi, num(6).unwrap_or(0)))
            }
            _ => None,
        };
        Some((c.get(0)?.start(), format_date(y, m, d, time)?))
    });
    match (iso, us) {
        (Some((a, x)), Some((b, y))) => Some(if b < a { y } else { x }),
        (x, y) => x.or(y).map(|(_, d)| d),
    }
}

fn parse_ymd(text: &str) -> Option<(usize, String)> {
    for c in DATE.captures_iter(text) {
        let num =
            |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (y, m, d) = (num(1)?, num(2)?, num(3)?);
        let time = match (num(5), num(6)) {
            (Some(mut h), Some(mi)) => {
                if matches!(
                    c.get(4).map(|m| m.as_str()),
                    Some("下午" | "晚上")
                ) && h < 12
                {
                    h += 12;
                }
                Some((h, mi, num(7).unwrap_or(0)))
            }
            _ => None,
        };
        if let Some(out) = format_date(y, m, d, time) {
            return Some((c.get(0)?.start(), out));
        }
    }
    None
}

const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "datepublished",
    "apub:time",
    "weibo: article:create_at",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "firstpublishedtime",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "createdate",
    "releasedate",
    "article:published",
    "og:published_time",
    "time",
];

/// Where pages say when an article was last changed: a fallback only,
/// since the published time beats it wherever both appear.
const UPDATED_METAS: &[&str] = &[
    "dateupdate",
    "datemodified",
    "article:modified_time",
    "og:updated_time",
    "lastmodified",
    "last-modified",
];

pub(super) fn find_date(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
    ld: &Ld,
) -> Option<String> {
    let head = blocks.head();
    let meta = DATE_METAS
        .iter()
        .find_map(|key| head.meta(key).and_then(parse_date))
        .or_else(|| ld.published.as_deref().and_then(parse_date));
    let updated = UPDATED_METAS
        .iter()
        .find_map(|key| head.meta(key).and_then(parse_date))
        .or_else(|| ld.modified.as_deref().and_then(parse_date));
    // What the reader sees beside the title wins over a meta tag on the
    // same or the next day: meta times are often in UTC.
    let bs = blocks.blocks();
    let labelled = zone
        .clone()
        .filter(|&i| {
            !bs[i].hidden
                && bs[i].chars <= 400
                && DATE_LABEL.is_match(&bs[i].text)
        })
        .find_map(|i| parse_date(&bs[i].text))
        .or_else(|| under_title(blocks, roles, zone.clone()));
    if let (Some(m), Some(v)) = (&meta, &labelled) {
        if v.len() > 10 && days_apart(m, v) <= 1 {
            return labelled;
        }
    }
    if meta.as_ref().is_some_and(|d| d.len() > 10) {
        return meta;
    }
    let visible = visible_date(blocks, roles, zone, meta.as_deref(), updated);
    match (meta, visible) {
        // A meta date without a time, and the page shows that day with a
        // time: take the richer one.
        (Some(m), Some(v)) if v.starts_with(&m) => Some(v),
        (Some(m), _) => Some(m),
        (None, v) => v,
    }
}

/// The first date in the short lines under the headline, unlabelled
/// (`2019年09月07日 04:04`, or `2019` `09/07` `19:02` in three spans):
/// the time the reader is shown, which a meta tag's later or UTC time
/// must not replace.
fn under_title(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
) -> Option<String> {
    let bs = blocks.blocks();
    let title = roles.iter().position(|r| *r == Role::Title)?;
    let short = |i: &usize| !bs[*i].hidden && bs[*i].chars <= 40;
    let lines: Vec<usize> = zone
        .filter(|&i| i > title)
        .take_while(|i| roles[*i] != Role::Body && short(i))
        .collect();
    // A date split over spans is read from up to three lines joined.
    (0..lines.len()).find_map(|k| {
        let mut text = String::new();
        lines[k..].iter().take(3).find_map(|&i| {
            text.push(' ');
            text.push_str(&bs[i].text);
            parse_date(&text).filter(|d| d.len() > 10)
        })
    })
}

/// Days between two `YYYY-MM-DD...` dates, roughly (months as 31 days):
/// only "same day or next" matters.
fn days_apart(a: &str, b: &str) -> u32 {
    let key = |s: &str| -> Option<i64> {
        let y: i64 = s.get(0..4)?.parse().ok()?;
        let m: i64 = s.get(5..7)?.parse().ok()?;
        let d: i64 = s.get(8..10)?.parse().ok()?;
        Some((y * 12 + m) * 31 + d)
    };
    match (key(a), key(b)) {
        (Some(x), Some(y)) => (x - y).unsigned_abs() as u32,
        _ => u32::MAX,
    }
}

fn visible_date(
    blocks: &Blocks,
    roles: &[Role],
    zone: std::ops::Range<usize>,
    day: Option<&str>,
    updated: Option<String>,
) -> Option<String> {
    let bs = blocks.blocks();
    let labelled = |i: &usize| DATE_LABEL.is_match(&bs[*i].text);
    let visible = |i: &usize| !bs[*i].hidden;
    // A labelled date near the title, then any date there, then a
    // labelled date anywhere, then a date in the article, then anywhere.
    let near = zone.clone().filter(visible);
    let tries: [Box<dyn Iterator<Item = usize>>; 5] = [
        Box::new(near.clone().filter(labelled)),
        // Unlabelled, a date in a paragraph is the story's, not the page's.
        Box::new(
            near.filter(|&i| roles[i] != Role::Body || bs[i].chars <= 40),
        ),
        Box::new((0..bs.len()).filter(visible).filter(labelled)),
        Box::new((0..bs.len()).filter(|&i| {
            matches!(roles[i], Role::Body | Role::Byline | Role::Editor)
        })),
        Box::new((0..bs.len()).filter(visible)),
    ];
    for (k, it) in tries.into_iter().enumerate() {
        // Past the title's neighbourhood, the page's own "updated" time
        // beats a date picked from anywhere (a comment, a list).
        if k == 2 && day.is_none() && updated.is_some() {
            return updated;
        }
        for i in it {
            if bs[i].chars > 400 {
                continue;
            }
            if let Some(d) = parse_date(&bs[i].text) {
                if day.is_none_or(|day| d.starts_with(day)) {
                    return Some(d);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(html: &str) -> Option<String> {
        crate::extract(&crate::Blocks::from_dom(&crate::parse(html))).published
    }

    const BODY: &str = "<h1>标题在这里</h1><div class=content><p>正文第一段，\
        有足够的标点。内容如此。</p><p>第二段正文，同样如此，内容丰富。</p></div>";

    #[test]
    fn json_ld_and_itemprop_dates() {
        let ld = format!(
            "<script type='application/ld+json'>{{\"@type\": \"NewsArticle\",\
             \"datePublished\": \"2024-03-05T14:22:00+08:00\"}}</script>{BODY}"
        );
        assert_eq!(published(&ld).as_deref(), Some("2024-03-05 14:22:00"));
        let item = format!(
            "<meta itemprop=datePublished content='2019-10-08 12:00:57'>{BODY}"
        );
        assert_eq!(published(&item).as_deref(), Some("2019-10-08 12:00:57"));
    }

    #[test]
    fn published_beats_updated() {
        let both = format!(
            "<meta itemprop=dateUpdate content='2019-10-09 08:00:00'>\
             <meta property=article:published_time \
             content='2019-10-08T12:00:57+08:00'>{BODY}"
        );
        assert_eq!(published(&both).as_deref(), Some("2019-10-08 12:00:57"));
        // Updated alone is better than nothing.
        let updated = format!(
            "<meta itemprop=dateUpdate content='2019-10-09 08:00:00'>{BODY}"
        );
        assert_eq!(
            published(&updated).as_deref(),
            Some("2019-10-09 08:00:00")
        );
    }

    #[test]
    fn the_time_under_the_headline_beats_a_meta_time() {
        let page = |line: &str| {
            format!(
                "<meta property=article:published_time \
                 content='2019-09-07T06:52:51+08:00'><h1>标题在这里</h1>\
                 {line}<div class=content><p>正文第一段，有足够的标点。\
                 内容如此。</p><p>第二段正文，同样如此，内容丰富。</p></div>"
            )
        };
        let one = page("<div class=date>2019年09月07日 04:04</div>");
        assert_eq!(published(&one).as_deref(), Some("2019-09-07 04:04:00"));
        let split = page(
            "<div><span>2019</span> <span>09/07</span> \
            <span>19:02</span></div>",
        );
        assert_eq!(published(&split).as_deref(), Some("2019-09-07 19:02:00"));
        // Another day under the headline is not this article's time.
        let other = page("<div class=date>2019年09月12日 04:04</div>");
        assert_eq!(published(&other).as_deref(), Some("2019-09-07 06:52:51"));
    }

    #[test]
    fn dates() {
        for (input, want) in [
            ("2018年05月21日 10:23", "2018-05-21 10:23:00"),
            ("2018-05-21 10:23:45", "2018-05-21 10:23:45"),
            ("发布时间：2005-5-7 21:23:57", "2005-05-07 21:23:57"),
            ("2024-03-05T14:22:00+08:00", "2024-03-05 14:22:00"),
            ("2024年3月5日", "2024-03-05"),
            ("2024/03/05 下午3:05", "2024-03-05 15:05:00"),
            ("2018年05月21日10:23", "2018-05-21 10:23:00"),
            ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17 05:54:13"),
            ("7/5/2005 9:23:57 PM", "2005-05-07 21:23:57"),
            ("发表时间： 06/02/2022 - 13:48", "2022-02-06 13:48:00"),
            ("2024 01/02 09:30:05", "2024-01-02 09:30:05"),
            ("2024-03-05 00:00:00", "2024-03-05"),
        ] {
            assert_eq!(parse_date(input).as_deref(), Some(want), "{input}");
        }
        assert_eq!(parse_date("第2018期"), None);
        assert_eq!(parse_date("2018-13-45"), None);
    }
}
