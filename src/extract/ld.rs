//! What a page's JSON-LD says about its article: dates, author,
//! publisher, headline.
//!
//! Pages carry schema.org objects (`NewsArticle` with `datePublished`,
//! `author: {"name": ...}`) and Baidu's "cambrian" form (`pubDate`,
//! `upDate`, `title`). I read both, from any depth of `@graph` and arrays,
//! and take the first value of each kind.

use serde_json::Value;

use crate::blocks::Head;

/// The facts found in a page's JSON-LD scripts.
#[derive(Debug, Default)]
pub(super) struct Ld {
    pub published: Option<String>,
    pub modified: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub headline: Option<String>,
}

/// Nesting deeper than this is not an article's metadata.
const MAX_DEPTH: usize = 8;

impl Ld {
    pub(super) fn read(head: &Head) -> Ld {
        let mut ld = Ld::default();
        for text in &head.json_ld {
            // Sites leave trailing commas and raw newlines in strings; a
            // script that does not parse is skipped, not repaired.
            if let Ok(v) = serde_json::from_str::<Value>(text.trim()) {
                ld.visit(&v, 0);
            }
        }
        ld
    }

    fn visit(&mut self, v: &Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Array(items) => {
                for item in items {
                    self.visit(item, depth + 1);
                }
            }
            Value::Object(map) => {
                let text = |k: &str| {
                    map.get(k)
                        .and_then(Value::as_str)
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                };
                let set = |slot: &mut Option<String>, v: Option<String>| {
                    if slot.is_none() {
                        *slot = v;
                    }
                };
                set(
                    &mut self.published,
                    text("datePublished")
                        .or_else(|| text("pubDate"))
                        .or_else(|| text("dateCreated")),
                );
                set(
                    &mut self.modified,
                    text("dateModified").or_else(|| text("upDate")),
                );
                set(
                    &mut self.headline,
                    text("headline").or_else(|| text("title")),
                );
                if let Some(a) = map.get("author") {
                    set(&mut self.author, name_of(a));
                }
                if let Some(p) = map.get("publisher") {
                    set(&mut self.publisher, name_of(p));
                }
                for (k, child) in map {
                    if k == "@graph" || k == "mainEntity" {
                        self.visit(child, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
}

/// `"张三"`, `{"name": "张三"}` or a list of either: the names, joined by
/// a space.
fn name_of(v: &Value) -> Option<String> {
    let one = |v: &Value| -> Option<String> {
        let s = match v {
            Value::String(s) => s.as_str(),
            Value::Object(m) => m.get("name")?.as_str()?,
            _ => return None,
        };
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    match v {
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(one).collect();
            (!names.is_empty()).then(|| names.join(" "))
        }
        _ => one(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(json: &str) -> Ld {
        let html = format!(
            "<script type='application/ld+json'>{json}</script><p>x</p>"
        );
        Ld::read(crate::Blocks::from_dom(&crate::parse(&html)).head())
    }

    #[test]
    fn schema_org_article() {
        let l =
            ld(r#"{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "标题", "datePublished": "2024-03-05T14:22:00+08:00",
            "dateModified": "2024-03-06T09:00:00+08:00",
            "author": [{"@type": "Person", "name": "张三"}, {"name": "李四"}],
            "publisher": {"@type": "Organization", "name": "某某日报"}}"#);
        assert_eq!(l.published.as_deref(), Some("2024-03-05T14:22:00+08:00"));
        assert_eq!(l.modified.as_deref(), Some("2024-03-06T09:00:00+08:00"));
        assert_eq!(l.author.as_deref(), Some("张三 李四"));
        assert_eq!(l.publisher.as_deref(), Some("某某日报"));
        assert_eq!(l.headline.as_deref(), Some("标题"));
    }

    #[test]
    fn graph_and_cambrian() {
        let l = ld(r#"{"@graph": [{"@type": "WebSite", "name": "站"},
            {"@type": "Article", "datePublished": "2020-01-02"}]}"#);
        assert_eq!(l.published.as_deref(), Some("2020-01-02"));
        let l = ld(
            r#"{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
            "title": "标题", "pubDate": "2019-09-07T15:14:21"}"#,
        );
        assert_eq!(l.published.as_deref(), Some("2019-09-07T15:14:21"));
        assert!(ld("{not json").published.is_none());
    }
}
