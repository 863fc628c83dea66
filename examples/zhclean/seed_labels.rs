//! The seed page's labels, as its data README gives them: the row for the
//! seed file says which list items are spam ("the 热门资讯 items whose
//! title sells TERM are spam (N of M)"). The term and the counts are read
//! from there, so a changed seed or README is a loud error, not a label
//! we made up. Used by `train`/`eval` and, through `#[path]`, by
//! tests/seed.rs: one reading of the labels for both.

use std::path::Path;

/// What the README says of one seed file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedLabels {
    /// A list item whose title holds this is spam.
    pub term: String,
    /// Spam items, and all items, on the page.
    pub spam: usize,
    pub items: usize,
}

impl SeedLabels {
    /// The labels of `seed` (`<shared>/seeds/NAME.txt`), from
    /// `<shared>/data/README.md`.
    pub fn of(seed: &Path) -> Result<SeedLabels, String> {
        let readme = seed
            .parent()
            .and_then(Path::parent)
            .map(|shared| shared.join("data").join("README.md"))
            .ok_or_else(|| {
                format!("{}: not in a seeds folder", seed.display())
            })?;
        let text = std::fs::read_to_string(&readme)
            .map_err(|e| format!("{}: {e}", readme.display()))?;
        let name = seed.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let row = text
            .lines()
            .find(|l| {
                l.starts_with('|') && l.contains(&format!("seeds/{name}"))
            })
            .ok_or_else(|| {
                format!("{}: no row for {name}", readme.display())
            })?;
        SeedLabels::parse(row).ok_or_else(|| {
            format!(
                "{}: the row for {name} does not say \"whose title sells TERM are spam (N of M)\"",
                readme.display()
            )
        })
    }

    fn parse(row: &str) -> Option<SeedLabels> {
        let (_, rest) = row.split_once("whose title sells ")?;
        let (term, rest) = rest.split_once(" are spam (")?;
        let (spam, rest) = rest.split_once(" of ")?;
        let (items, _) = rest.split_once(')')?;
        Some(SeedLabels {
            term: term.trim().to_string(),
            spam: spam.trim().parse().ok()?,
            items: items.trim().parse().ok()?,
        })
    }

    /// Whether a list item with this title is spam.
    pub fn is_spam(&self, title: &str) -> bool {
        !self.term.is_empty() && title.contains(&self.term)
    }

    /// An error unless `spam` of `items` items are labelled spam, as the
    /// README counts them.
    pub fn check(&self, spam: usize, items: usize) -> Result<(), String> {
        if (spam, items) == (self.spam, self.items) {
            Ok(())
        } else {
            Err(format!(
                "the seed's labels give {spam} spam of {items} items; its README says {} of {}",
                self.spam, self.items
            ))
        }
    }
}
