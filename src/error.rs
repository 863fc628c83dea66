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
    /// An error in a file read by path (an overlay folder's files).
    File { path: std::path::PathBuf, err: Box<Error> },
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

    /// The same error, said to come from the file at `path`.
    pub(crate) fn in_file(self, path: &std::path::Path) -> Error {
        Error {
            kind: ErrorKind::File {
                path: path.to_path_buf(),
                err: Box::new(self),
            },
        }
    }

    /// The file this error comes from, when the data was read by path
    /// (as [`Overlay::from_dir`](crate::Overlay::from_dir) reads).
    ///
    /// # Examples
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("zhclean-doc-error-path");
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("allow.txt"), "version\t1\nnot-hex\n")?;
    /// let err = zhclean::Overlay::from_dir(&dir).unwrap_err();
    /// assert_eq!(err.path(), Some(dir.join("allow.txt").as_path()));
    /// assert_eq!(err.line(), Some(2));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn path(&self) -> Option<&std::path::Path> {
        match &self.kind {
            ErrorKind::File { path, .. } => Some(path),
            _ => None,
        }
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
        match &self.kind {
            ErrorKind::Data { line, .. } => Some(*line),
            ErrorKind::File { err, .. } => err.line(),
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
            ErrorKind::File { path, err } => {
                write!(f, "{}: {err}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(err) => Some(err),
            ErrorKind::File { err, .. } => err.source(),
            _ => None,
        }
    }
}
