//! What the CLI writes per input: the library's `CleanPage` with where the
//! page came from and, for an input that gave no page, what went wrong.
//! Both are the CLI's to know; the library never reads a file.

use serde::{Deserialize, Serialize};
use zhclean::CleanPage;

/// One output line. `source` comes first and `error` last, around the
/// page's own keys, so the JSON has the keys DESIGN.md lists.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Record {
    /// The path as given, `FILE#LINE` in a dump, `-`, or a WARC URL.
    pub source: Option<String>,
    #[serde(flatten)]
    pub page: CleanPage,
    /// Set when the input could not be read; the page is then empty and
    /// has no verdict.
    pub error: Option<String>,
}

impl Record {
    /// A cleaned page from `source`.
    pub fn cleaned(source: String, page: CleanPage) -> Record {
        Record { source: Some(source), page, error: None }
    }

    /// A record for an input that could not be read, so that a batch
    /// keeps one record per input.
    pub fn failed(
        source: impl Into<String>,
        error: impl Into<String>,
    ) -> Record {
        Record {
            source: Some(source.into()),
            page: CleanPage::default(),
            error: Some(error.into()),
        }
    }

    /// The source, or `-` when unknown.
    pub fn source(&self) -> &str {
        self.source.as_deref().unwrap_or("-")
    }
}
