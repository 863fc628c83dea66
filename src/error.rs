//! The crate's one error type.
//!
//! Errors only come from data a caller hands in (a lexicon or model file,
//! a builder setting); cleaning a page never fails.

use std::fmt;

/// An error from loading data or building a [`Cleaner`](crate::Cleaner).
///
/// The kind is private on purpose: I want to be free to add kinds without
/// breaking callers, so callers match on [`Error::line`] and the message.
///
/// # Examples
///
/// ```
/// let err = zhclean::Lexicon::from_reader("房卡\tgambling\tlots\n".as_bytes())
///     .unwrap_err();
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().contains("line 1"));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// A data file (lexicon, model) has a bad line.
    Data { what: &'static str, line: usize, msg: String },
    /// Reading a data file failed.
    Io(std::io::Error),
    /// A builder setting is out of range, or data is inconsistent.
    Config(String),
}

impl Error {
    pub(crate) fn data(
        what: &'static str,
        line: usize,
        msg: impl Into<String>,
    ) -> Error {
        Error { kind: ErrorKind::Data { what, line, msg: msg.into() } }
    }

    pub(crate) fn io(err: std::io::Error) -> Error {
        Error { kind: ErrorKind::Io(err) }
    }

    pub(crate) fn config(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Config(msg.into()) }
    }

    /// The 1-based line of a data file that caused this error, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// let bad = "# comment\n房卡\tnot-a-category\t2.0\n";
    /// let err = zhclean::Lexicon::from_reader(bad.as_bytes()).unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn line(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::Data { line, .. } => Some(line),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Data { what, line, msg } => {
                write!(f, "{what}: line {line}: {msg}")
            }
            ErrorKind::Io(err) => write!(f, "reading data failed: {err}"),
            ErrorKind::Config(msg) => {
                write!(f, "invalid configuration: {msg}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(err) => Some(err),
            _ => None,
        }
    }
}
